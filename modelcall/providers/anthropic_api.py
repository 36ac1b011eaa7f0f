"""Anthropic Messages through ``AsyncAnthropic`` with the aiohttp transport and SDK retries off."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelcall.providers.base import Completion, SDKProvider, Usage, request_messages, split_system


class AnthropicProvider(SDKProvider):
    name = "anthropic"

    def __init__(self, model: Any):
        super().__init__(model)
        import anthropic

        self.client = anthropic.AsyncAnthropic(**self.client_options(), http_client=anthropic.DefaultAioHttpClient())
        # body fields this SDK version does not type as arguments (temperature, top_p, ...) travel in extra_body
        self.setup_transport(anthropic.resources.messages.AsyncMessages.create)

    def raw_create(self, client: Any) -> Any:
        return client.messages.with_raw_response.create

    def build_params(self, request: dict[str, Any]) -> dict[str, Any]:
        system, turns = split_system(request_messages(request, str(request.get("request_id"))))
        s = self.sampling(request)
        params: dict[str, Any] = {"model": self.model.model, "max_tokens": int(s["max_tokens"]), "messages": turns}
        if system is not None:
            params["system"] = self._cacheable(system, request)
        # current Claude models refuse temperature and top_p together: temperature wins
        if s["temperature"] is not None:
            params["temperature"] = s["temperature"]
        elif s["top_p"] is not None:
            params["top_p"] = s["top_p"]
        if self.model.params.top_k is not None:
            params["top_k"] = self.model.params.top_k
        if self.model.params.stop:
            params["stop_sequences"] = list(self.model.params.stop)
        params.update(self.model.params.extra_body)
        return params

    def _cacheable(self, system: Any, request: dict[str, Any]) -> Any:
        """Mark the shared system prefix (``meta.system_prefix_chars``) for prompt caching."""
        cut = (request.get("meta") or {}).get("system_prefix_chars")
        if not self.model.options.get("prompt_cache", True) or not isinstance(system, str) or not isinstance(cut, int):
            return system
        if not 0 < cut <= len(system):
            return system
        blocks = [{"type": "text", "text": system[:cut], "cache_control": {"type": "ephemeral"}}]
        if system[cut:]:
            blocks.append({"type": "text", "text": system[cut:]})
        return blocks

    def parse_body(self, body: Mapping[str, Any]) -> Completion:
        texts, thinking = [], []
        for block in body.get("content") or []:
            kind = block.get("type")
            if kind == "text":
                texts.append(block.get("text") or "")
            elif kind == "thinking":
                thinking.append(block.get("thinking") or "")
        usage = body.get("usage") or {}
        return Completion(
            text="".join(texts),
            finish_reason=body.get("stop_reason"),
            usage=Usage(
                input_tokens=int(usage.get("input_tokens") or 0),
                output_tokens=int(usage.get("output_tokens") or 0),
                cache_read_tokens=int(usage.get("cache_read_input_tokens") or 0),
                cache_write_tokens=int(usage.get("cache_creation_input_tokens") or 0),
            ),
            reasoning="\n".join(thinking) or None,
            response_id=body.get("id"),
        )
