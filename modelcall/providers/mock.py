"""The offline mock provider: answers in-process with the mock teacher, no network, no key."""
from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Mapping
from typing import Any

from modelcall.generation.tokens import estimate_message_tokens, estimate_text_tokens
from modelcall.providers.base import Completion, Provider, Usage, request_messages
from modelcall.providers.mock_teacher import teacher_answer

log = logging.getLogger(__name__)


class MockProvider(Provider):
    """Deterministic per request_id. ``options``: ``faults`` (see mock_faults), ``latency_s``."""

    name = "mock"

    def __init__(self, model: Any):
        super().__init__(model)
        self.faults: dict[str, Any] = dict(model.options.get("faults") or {})
        self.latency_s = float(model.options.get("latency_s", 0.0))
        self.injected: Counter[str] = Counter()

    def build_params(self, request: dict[str, Any]) -> dict[str, Any]:
        return {
            "request_id": request.get("request_id"),
            "messages": request_messages(request, str(request.get("request_id"))),
            "prompt_meta": request.get("prompt_meta"),
            "contract": (request.get("meta") or {}).get("contract"),
            "max_tokens": self.sampling(request)["max_tokens"],
        }

    async def complete(self, request: dict[str, Any]) -> Completion:
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        return self.parse_body(self.build_params(request))

    def parse_body(self, body: Mapping[str, Any]) -> Completion:
        messages = list(body.get("messages") or [])
        text, fault = teacher_answer(
            str(body.get("request_id")), body.get("prompt_meta"), messages, self.faults, body.get("contract")
        )
        if fault:
            self.injected[fault] += 1
        return Completion(
            text=text,
            finish_reason="end_turn",
            usage=Usage(input_tokens=estimate_message_tokens(messages), output_tokens=estimate_text_tokens(text)),
            response_id=f"mock_{body.get('request_id')}",
        )

    async def aclose(self) -> None:
        if self.injected:
            log.info("mock teacher injected faults: %s", dict(sorted(self.injected.items())))
