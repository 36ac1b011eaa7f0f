"""OpenAI chat completions through ``AsyncOpenAI`` against any compatible ``base_url`` (vLLM, SGLang, ...)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelcall.providers.base import Completion, SDKProvider, Usage, request_messages


class OpenAIProvider(SDKProvider):
    name = "openai"

    def __init__(self, model: Any):
        super().__init__(model)
        import openai

        self.client = openai.AsyncOpenAI(**self.client_options(), http_client=openai.DefaultAioHttpClient())
        # newer OpenAI models want max_completion_tokens; OpenAI-compatible servers take max_tokens
        self._max_tokens_field = str(model.options.get("max_tokens_field", "max_tokens"))
        self.setup_transport(openai.resources.chat.completions.AsyncCompletions.create)

    def raw_create(self, client: Any) -> Any:
        return client.chat.completions.with_raw_response.create

    def build_params(self, request: dict[str, Any]) -> dict[str, Any]:
        messages = request_messages(request, str(request.get("request_id")))
        s = self.sampling(request)
        params: dict[str, Any] = {"model": self.model.model, "messages": messages, self._max_tokens_field: int(s["max_tokens"])}
        for key in ("temperature", "top_p", "seed"):
            if s[key] is not None:
                params[key] = s[key]
        if self.model.params.stop:
            params["stop"] = list(self.model.params.stop)
        return params

    def online_body(self, request: dict[str, Any]) -> dict[str, Any]:
        """The params plus ``extra_body`` and ``top_k`` (which OpenAI-compatible servers read from the body)."""
        extra = dict(self.model.params.extra_body)
        if self.model.params.top_k is not None:
            extra.setdefault("top_k", self.model.params.top_k)
        return {**self.build_params(request), **extra}

    def parse_body(self, body: Mapping[str, Any]) -> Completion:
        choices = body.get("choices") or [{}]
        choice = choices[0] or {}
        message = choice.get("message") or {}
        usage = body.get("usage") or {}
        details = usage.get("prompt_tokens_details") or {}
        cached = int(details.get("cached_tokens") or 0)
        reasoning = message.get("reasoning_content") or message.get("reasoning")
        return Completion(
            text=message.get("content") or "",
            finish_reason=choice.get("finish_reason"),
            usage=Usage(
                input_tokens=max(0, int(usage.get("prompt_tokens") or 0) - cached),
                output_tokens=int(usage.get("completion_tokens") or 0),
                cache_read_tokens=cached,
            ),
            reasoning=reasoning if isinstance(reasoning, str) and reasoning else None,
            response_id=body.get("id"),
        )
