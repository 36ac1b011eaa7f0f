"""What every provider adapter offers the engine: build the call, make it, read the answer and usage."""
from __future__ import annotations

import inspect
import os
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from modelcall.config.model import ModelConfig
from modelcall.errors import ConfigError, InputError
from modelcall.providers.direct import DirectPost


@dataclass
class Usage:
    """Token counts of one answer. ``input_tokens`` excludes cached prompt tokens (counted apart)."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0

    def as_dict(self) -> dict[str, int]:
        # spelled out: dataclasses.asdict's recursive copy was a visible share of a request's CPU
        return {"input_tokens": self.input_tokens, "output_tokens": self.output_tokens,
                "cache_read_tokens": self.cache_read_tokens, "cache_write_tokens": self.cache_write_tokens}


@dataclass
class Completion:
    """One successful answer, provider-neutral."""

    text: str
    finish_reason: str | None
    usage: Usage
    headers: Mapping[str, str] | None = None
    reasoning: str | None = None
    response_id: str | None = None


class Provider(ABC):
    """A thin adapter over one SDK. The SDK's own retries are off: the engine's policy decides."""

    name: str = "base"

    def __init__(self, model: ModelConfig):
        self.model = model

    def api_key(self, default: str = "EMPTY") -> str:
        """The key from the variable the model config names (OpenAI-compatible servers accept any)."""
        if self.model.api_key_env:
            return os.environ.get(self.model.api_key_env) or default
        return default

    def sampling(self, request: dict[str, Any]) -> dict[str, Any]:
        """Sampling settings: the request's ``gen`` wins over the model config's ``params``."""
        params = self.model.params
        gen = request.get("gen") or {}
        values: dict[str, Any] = {
            "temperature": params.temperature,
            "top_p": params.top_p,
            "max_tokens": params.max_tokens,
            "seed": None,
        }
        for key in values:
            if gen.get(key) is not None:
                values[key] = gen[key]
        return values

    @abstractmethod
    def build_params(self, request: dict[str, Any]) -> dict[str, Any]:
        """The JSON body of one call (also what a batch line carries)."""

    @abstractmethod
    async def complete(self, request: dict[str, Any]) -> Completion:
        """Make one call; SDK exceptions propagate for the retry policy to classify."""

    @abstractmethod
    def parse_body(self, body: Mapping[str, Any]) -> Completion:
        """Read a response body (a batch result line holds the same JSON as an online answer)."""

    async def aclose(self) -> None:
        return None


class SDKProvider(Provider):
    """A provider over an official async SDK client: SDK retries off, answers read from the raw JSON body.

    Online calls take the lean path (:class:`~modelcall.providers.direct.DirectPost`: the body posted
    with aiohttp under the URL and headers the SDK sends) unless ``options.transport: sdk``; batch
    APIs and everything else go through the SDK.
    """

    client: Any
    direct: DirectPost | None = None
    _typed: frozenset[str] = frozenset()

    def setup_transport(self, create: Any) -> None:
        """Note which body fields ``create`` (the SDK method) types as arguments, and pick the online path."""
        self._typed = frozenset(inspect.signature(create).parameters) - {
            "self", "extra_headers", "extra_query", "extra_body", "timeout"}
        transport = self.model.options.get("transport", "direct")
        if transport not in ("direct", "sdk"):
            raise ConfigError(
                f"model config options.transport: {transport!r} is not one of direct, sdk "
                "(direct: the lean aiohttp path; sdk: every call through the SDK)"
            )
        if transport == "direct":
            self.direct = DirectPost(self.client, self.sdk_call, self.api_key(), self.model.timeout_s)

    def raw_create(self, client: Any) -> Any:
        """The SDK's ``with_raw_response.create`` for this provider's endpoint on ``client``."""
        raise NotImplementedError

    def online_body(self, request: dict[str, Any]) -> dict[str, Any]:
        """The whole JSON body of one online call."""
        return self.build_params(request)

    async def sdk_call(self, client: Any, body: dict[str, Any]) -> Any:
        """``body`` through the SDK: typed fields as arguments, the rest in ``extra_body``."""
        typed = {k: v for k, v in body.items() if k in self._typed}
        extra = {k: v for k, v in body.items() if k not in self._typed}
        return await self.raw_create(client)(**typed, extra_body=extra or None)

    async def complete(self, request: dict[str, Any]) -> Completion:
        body = self.online_body(request)
        if self.direct is not None:
            answer, headers = await self.direct.post(body)
            completion = self.parse_body(answer)
            completion.headers = headers
            return completion
        return await self.read_completion(await self.sdk_call(self.client, body))

    def client_options(self) -> dict[str, Any]:
        """The keyword arguments every SDK client is built with."""
        return {
            "api_key": self.api_key(),
            "base_url": self.model.base_url or None,
            "max_retries": 0,
            "timeout": self.model.timeout_s,
        }

    async def read_completion(self, raw: Any) -> Completion:
        """The completion in an SDK raw response, keeping its HTTP headers for the rate limiter."""
        completion = self.parse_body(await read_json(raw))
        completion.headers = raw.headers
        return completion

    async def aclose(self) -> None:
        if self.direct is not None:
            await self.direct.aclose()
        await self.client.close()


async def read_json(raw: Any) -> dict[str, Any]:
    """The JSON body of an SDK raw response, read with orjson.

    Skipping the SDK's pydantic models cuts the client's CPU per request by about a third; a
    malformed body raises ``orjson.JSONDecodeError`` (a ``json.JSONDecodeError``), which is retried.
    """
    http = getattr(raw, "http_response", None)
    data = http.content if http is not None and getattr(http, "is_closed", True) else None
    if data is None:
        data = raw.read()
        if inspect.isawaitable(data):
            data = await data
    body = orjson.loads(data)
    if not isinstance(body, dict):
        raise orjson.JSONDecodeError("expected a JSON object", str(data[:40]), 0)
    return body


def request_messages(request: dict[str, Any], where: str = "request") -> list[dict[str, Any]]:
    messages = request.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InputError(f"{where}: 'messages' must be a non-empty list of {{role, content}}")
    return messages


def split_system(messages: list[dict[str, Any]]) -> tuple[str | list[dict[str, Any]] | None, list[dict[str, Any]]]:
    """Anthropic takes the system prompt apart from the turns."""
    system: list[Any] = []
    turns: list[dict[str, Any]] = []
    for message in messages:
        if message.get("role") == "system":
            system.append(message.get("content"))
        else:
            turns.append({"role": message.get("role"), "content": message.get("content")})
    if not system:
        return None, turns
    if all(isinstance(s, str) for s in system):
        return "\n\n".join(system), turns
    blocks: list[dict[str, Any]] = []
    for s in system:
        blocks.extend([{"type": "text", "text": s}] if isinstance(s, str) else list(s))
    return blocks, turns
