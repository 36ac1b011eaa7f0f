"""Error classification (on the real SDKs' exceptions from the fake provider) and the backoff policy."""
from __future__ import annotations

import asyncio
import email.utils
import random
import time

import pytest

from modelcall.fakeprovider.testing import fake_model
from modelcall.generation.retry import RetryPolicy, classify, parse_retry_after
from modelcall.providers import make_provider

REQUEST = {"request_id": "r_v0", "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "hi"}]}


def _error_of(provider_name: str, url: str, **model_overrides) -> BaseException:
    provider = make_provider(fake_model(provider_name, url, **model_overrides))

    async def call():
        try:
            await provider.complete(REQUEST)
        except Exception as exc:  # noqa: BLE001
            return exc
        finally:
            await provider.aclose()
        raise AssertionError("the call succeeded")

    return asyncio.run(call())


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
@pytest.mark.parametrize(
    ("fault", "error_type", "retryable"),
    [
        ("rate_429", "rate_limit", True),
        ("rate_529", "overloaded", True),
        ("rate_5xx", "server_error", True),
        ("rate_reset", "connection", True),
        ("rate_malformed", "malformed_response", True),
        ("rate_timeout", "timeout", True),
    ],
)
def test_retryable_faults_are_classified(fake_provider, provider_name, fault, error_type, retryable):
    server = fake_provider(**{fault: 1.0}, timeout_hold_s=2.0, fault_retry_after_s=7)
    exc = _error_of(provider_name, server.url, timeout_s=0.3)
    info = classify(exc)
    assert (info.error_type, info.retryable, info.fatal_run) == (error_type, retryable, False)
    if fault == "rate_429":
        assert info.status_code == 429 and info.retry_after_s == 7


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_bad_key_is_fatal_for_the_run(fake_provider, provider_name):
    server = fake_provider(api_key="the-right-key")
    info = classify(_error_of(provider_name, server.url))
    assert (info.error_type, info.status_code, info.fatal_run, info.retryable) == ("auth", 401, True, False)


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_unknown_model_is_fatal_for_the_run(fake_provider, provider_name):
    server = fake_provider(models=["another-model"])
    info = classify(_error_of(provider_name, server.url))
    assert (info.error_type, info.status_code, info.fatal_run) == ("not_found", 404, True)


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_invalid_request_is_fatal_for_the_request_only(fake_provider, provider_name):
    server = fake_provider(max_output_tokens=1000)
    info = classify(_error_of(provider_name, server.url))  # asks for 4000
    assert (info.error_type, info.status_code, info.retryable, info.fatal_run) == ("invalid_request", 400, False, False)


def test_unexpected_exceptions_are_not_retried():
    assert classify(RuntimeError("a bug")).retryable is False
    assert classify(ConnectionResetError()).error_type == "connection"


def test_retry_after_forms():
    assert parse_retry_after({"retry-after-ms": "1500"}) == 1.5
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 28 <= parse_retry_after({"retry-after": when}) <= 31
    assert parse_retry_after({}) is None


def test_backoff_grows_with_jitter_and_is_capped():
    policy = RetryPolicy(base_s=1.0, cap_s=8.0, retry_after_cap_s=20.0)
    rng = random.Random(0)
    for failures, ceiling in [(1, 1), (2, 2), (3, 4), (4, 8), (9, 8)]:
        delays = [policy.delay(failures, None, rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 40  # jittered
    assert 5.0 <= policy.delay(1, 5.0, rng) <= 5.5  # retry-after honoured
    assert policy.delay(1, 3600.0, rng) <= 22.0  # ...up to the cap


def test_classification_follows_the_sdks_exception_types_not_class_names():
    import anthropic
    import httpx
    import openai

    from modelcall.generation.retry import classify

    request = httpx.Request("POST", "http://127.0.0.1/v1/messages")
    assert classify(openai.APITimeoutError(request=request)).error_type == "timeout"
    assert classify(anthropic.APITimeoutError(request=request)).error_type == "timeout"
    assert classify(anthropic.APIConnectionError(request=request)).error_type == "connection"
    assert classify(httpx.ReadTimeout("slow")).error_type == "timeout"

    class TimeoutBudgetExceeded(Exception):  # a name that says Timeout is not a timeout
        pass

    assert classify(TimeoutBudgetExceeded("x")).error_type == "unexpected"
