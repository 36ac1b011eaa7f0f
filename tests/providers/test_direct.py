"""The lean online path sends the same bytes as the SDK, and its errors classify as the SDK's do."""
from __future__ import annotations

import asyncio
import os

import orjson
import pytest
from aiohttp import web

from modelcall.fakeprovider.testing import FAKE_KEY_ENV, fake_model, sample_requests
from modelcall.generation.retry import classify
from modelcall.providers import make_provider

KEY = "sk-wire-test-0123456789"

ANSWERS = {
    "/v1/messages": {"id": "msg_1", "content": [{"type": "text", "text": "hi"}], "stop_reason": "end_turn",
                     "usage": {"input_tokens": 7, "output_tokens": 2, "cache_read_input_tokens": 3}},
    "/v1/chat/completions": {"id": "c_1", "choices": [{"message": {"content": "hi"}, "finish_reason": "stop"}],
                             "usage": {"prompt_tokens": 7, "completion_tokens": 2}},
}


class Recorder:
    """A loopback server that keeps every request as it arrived and answers what ``reply`` says."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, list[tuple[bytes, bytes]], bytes]] = []
        self.reply: tuple[int, dict[str, str], bytes] | None = None

    async def handle(self, request: web.Request) -> web.Response:
        self.seen.append((request.method, str(request.rel_url), list(request.raw_headers), await request.read()))
        if self.reply is not None:
            status, headers, body = self.reply
            return web.Response(status=status, headers=headers, body=body, content_type="application/json")
        return web.json_response(ANSWERS[request.path], headers={"x-ratelimit-remaining-requests": "41"})

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"


def wire(entry: tuple[str, str, list[tuple[bytes, bytes]], bytes]) -> tuple:
    """A recorded request with the key's value masked (the one header that may differ by design)."""
    method, url, headers, body = entry
    return method, url, [(k, v.replace(KEY.encode(), b"KEY")) for k, v in headers], body


def requests_to_send() -> list[dict]:
    reqs = sample_requests()[:4]
    odd = dict(reqs[0], request_id="odd_v0", gen={"temperature": 0.25, "top_p": 0.9, "max_tokens": 123, "seed": 7})
    odd["messages"] = [{"role": "system", "content": "系统 \"quotes\" \\ back\tslash\u2028"},
                       {"role": "user", "content": "控制字符 \x01 and emoji 🎮"}]
    cached = dict(reqs[1], request_id="cached_v0", meta={**(reqs[1].get("meta") or {}), "system_prefix_chars": 20})
    return [*reqs, odd, cached]


def model_for(provider: str, url: str, transport: str):
    return fake_model(provider, url, options={"transport": transport},
                      params={"top_k": 40, "stop": ["</end>"], "extra_body": {"metadata_tag": "x"}})


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_direct_path_sends_the_bytes_the_sdk_sends(provider_name):
    os.environ[FAKE_KEY_ENV] = KEY

    async def scenario() -> tuple[tuple, tuple]:
        rec = Recorder()
        url = await rec.start()
        results = {}
        try:
            for transport in ("sdk", "direct"):
                rec.seen.clear()
                provider = make_provider(model_for(provider_name, url, transport))
                completions = [await provider.complete(r) for r in requests_to_send()]
                await provider.aclose()
                results[transport] = (list(rec.seen), completions)
        finally:
            await rec.runner.cleanup()
        return results["sdk"], results["direct"]

    (sdk_seen, sdk_done), (direct_seen, direct_done) = asyncio.run(scenario())
    assert len(sdk_seen) == len(direct_seen) == len(requests_to_send())  # the learning call sends nothing
    for a, b in zip(sdk_seen, direct_seen, strict=True):
        assert wire(a) == wire(b)
        assert any(KEY.encode() in v for _, v in a[2])  # the key did travel, in the SDK's own header
    bodies = [orjson.loads(s[3]) for s in direct_seen]
    assert bodies[-2].get("top_k") == 40 and bodies[-2].get("metadata_tag") == "x"
    for x, y in zip(sdk_done, direct_done, strict=True):
        assert (x.text, x.finish_reason, x.usage, x.response_id) == (y.text, y.finish_reason, y.usage, y.response_id)
        assert y.headers.get("X-RateLimit-Remaining-Requests") == x.headers.get("x-ratelimit-remaining-requests") == "41"


ERRORS = [
    (429, {"retry-after": "7"}, {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}),
    (529, {}, {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}),
    (500, {}, {"type": "error", "error": {"type": "api_error", "message": "oops"}}),
    (401, {}, {"type": "error", "error": {"type": "authentication_error", "message": f"bad key {KEY}"}}),
    (404, {}, {"type": "error", "error": {"type": "not_found_error", "message": "no model"}}),
    (400, {}, {"type": "error", "error": {"type": "invalid_request_error", "message": "too long"}}),
    (200, {}, b"{not json"),
    (503, {"retry-after-ms": "1500"}, b"<html>upstream</html>"),
]


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_direct_errors_classify_as_the_sdk_errors_do(provider_name):
    os.environ[FAKE_KEY_ENV] = KEY

    async def classified(url: str, rec: Recorder, transport: str) -> list:
        provider = make_provider(model_for(provider_name, url, transport))
        rec.reply = None
        await provider.complete(sample_requests()[0])  # the lean path learns on a good answer
        out = []
        for status, headers, body in ERRORS:
            rec.reply = (status, headers, body if isinstance(body, bytes) else orjson.dumps(body))
            with pytest.raises(Exception) as caught:
                await provider.complete(sample_requests()[0])
            info = classify(caught.value)
            out.append((info.error_type, info.retryable, info.fatal_run, info.status_code, info.retry_after_s,
                        KEY in info.message, "bad key" in info.message if status == 401 else None))
        await provider.aclose()
        return out

    async def scenario() -> tuple[list, list]:
        rec = Recorder()
        url = await rec.start()
        try:
            return await classified(url, rec, "sdk"), await classified(url, rec, "direct")
        finally:
            await rec.runner.cleanup()

    sdk, direct = asyncio.run(scenario())
    kinds = [row[0] for row in direct]
    assert kinds == ["rate_limit", "overloaded", "server_error", "auth", "not_found", "invalid_request",
                     "malformed_response", "server_error"]
    assert direct[0][4] == 7.0 and direct[-1][4] == 1.5
    assert not any(row[5] for row in direct)  # an echoed key never reaches the message
    assert [row[:5] for row in direct] == [row[:5] for row in sdk]


def test_transport_option_typo_is_a_config_error():
    from modelcall.errors import ConfigError

    with pytest.raises(ConfigError, match="options.transport"):
        make_provider(fake_model("openai", "http://127.0.0.1:9", options={"transport": "fast"}))


def test_usage_as_dict_names_every_field():
    import dataclasses

    from modelcall.providers import Usage

    usage = Usage(1, 2, 3, 4)
    assert usage.as_dict() == dataclasses.asdict(usage)
