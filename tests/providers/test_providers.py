"""Provider adapters: request bodies, answer parsing, and a real SDK round trip through the fake."""
from __future__ import annotations

import asyncio

import pytest

from modelcall.fakeprovider.testing import fake_model, sample_requests
from modelcall.providers import make_provider
from modelcall.providers.mock import MockProvider

REQ = sample_requests()[0]


def test_anthropic_body_puts_system_apart_marks_the_cache_and_picks_one_sampler():
    provider = make_provider(fake_model("anthropic", "http://127.0.0.1:9", params={"top_p": 0.9}))
    body = provider.build_params(REQ)
    assert [m["role"] for m in body["messages"]] == ["user"]
    cut = REQ["meta"]["system_prefix_chars"]
    assert body["system"][0] == {"type": "text", "text": REQ["messages"][0]["content"][:cut], "cache_control": {"type": "ephemeral"}}
    assert "".join(b["text"] for b in body["system"]) == REQ["messages"][0]["content"]
    assert body["temperature"] == REQ["gen"]["temperature"] and "top_p" not in body  # Claude 4.x: not both
    assert body["max_tokens"] == REQ["gen"]["max_tokens"]
    off = make_provider(fake_model("anthropic", "http://127.0.0.1:9", options={"prompt_cache": False}))
    assert isinstance(off.build_params(REQ)["system"], str)


def test_openai_body_keeps_messages_seed_and_token_field():
    provider = make_provider(fake_model("openai", "http://127.0.0.1:9", options={"max_tokens_field": "max_completion_tokens"}))
    body = provider.build_params(REQ)
    assert body["messages"] == REQ["messages"] and body["seed"] == REQ["gen"]["seed"]
    assert body["max_completion_tokens"] == 4000 and "max_tokens" not in body


def test_openai_parse_keeps_reasoning_and_splits_cached_tokens():
    provider = make_provider(fake_model("openai", "http://127.0.0.1:9"))
    completion = provider.parse_body({
        "id": "c1",
        "choices": [{"message": {"content": "answer", "reasoning_content": "thinking..."}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1000, "completion_tokens": 50, "prompt_tokens_details": {"cached_tokens": 768}},
    })
    assert completion.text == "answer" and completion.reasoning == "thinking..."
    assert (completion.usage.input_tokens, completion.usage.cache_read_tokens, completion.usage.output_tokens) == (232, 768, 50)


def test_anthropic_parse_reads_text_thinking_and_cache_usage():
    provider = make_provider(fake_model("anthropic", "http://127.0.0.1:9"))
    completion = provider.parse_body({
        "id": "m1", "stop_reason": "max_tokens",
        "content": [{"type": "thinking", "thinking": "hmm"}, {"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
        "usage": {"input_tokens": 10, "output_tokens": 5, "cache_read_input_tokens": 100, "cache_creation_input_tokens": 7},
    })
    assert (completion.text, completion.reasoning, completion.finish_reason) == ("ab", "hmm", "max_tokens")
    assert completion.usage.as_dict() == {"input_tokens": 10, "output_tokens": 5, "cache_read_tokens": 100, "cache_write_tokens": 7}


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_sdk_round_trip_returns_text_usage_and_rate_limit_headers(fake_provider, provider_name):
    server = fake_provider(rpm=600, tpm=10_000_000, input_tpm=10_000_000, output_tpm=10_000_000)
    provider = make_provider(fake_model(provider_name, server.url))

    async def call():
        try:
            return await provider.complete(REQ)
        finally:
            await provider.aclose()

    completion = asyncio.run(call())
    assert completion.text.startswith("[PLAN]") and completion.usage.output_tokens > 0
    prefix = "anthropic-ratelimit-requests" if provider_name == "anthropic" else "x-ratelimit"
    assert any(k.lower().startswith(prefix) for k in completion.headers)


def test_mock_provider_needs_no_network():
    provider = MockProvider(fake_model("mock", "http://unused"))
    completion = asyncio.run(provider.complete(REQ))
    assert completion.text.startswith("[PLAN]") and completion.usage.input_tokens > 0
