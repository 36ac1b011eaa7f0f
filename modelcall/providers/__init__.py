"""Provider adapters chosen by ``provider:`` in a model config: anthropic, openai (any compatible base_url), mock."""
from __future__ import annotations

from modelcall.config.model import ModelConfig
from modelcall.providers.base import Completion, Provider, Usage


def make_provider(model: ModelConfig) -> Provider:
    """The adapter for ``model.provider``; SDKs are imported only when used."""
    if model.provider == "anthropic":
        from modelcall.providers.anthropic_api import AnthropicProvider

        return AnthropicProvider(model)
    if model.provider == "openai":
        from modelcall.providers.openai_api import OpenAIProvider

        return OpenAIProvider(model)
    from modelcall.providers.mock import MockProvider

    return MockProvider(model)


__all__ = ["Completion", "Provider", "Usage", "make_provider"]
