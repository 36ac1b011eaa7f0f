"""Redaction: registered values and secret-named keys never reach text the program writes."""
from __future__ import annotations

import logging

from modelcall.secrets import RedactingFilter, is_secret_key, redact, redact_data, register_secret


def test_redact_replaces_every_registered_value():
    register_secret("sk-ant-verysecret-0001")
    register_secret("tok-2")  # short but above the floor
    assert redact("a sk-ant-verysecret-0001 b tok-2 c") == "a *** b *** c"


def test_short_values_are_not_registered():
    register_secret("ab")
    assert redact("ab abc") == "ab abc"


def test_redact_data_hides_secret_named_keys_but_not_references():
    register_secret("hunter2-password")
    data = {
        "api_key": "literal-in-config",
        "api_key_env": "ANTHROPIC_API_KEY",
        "nested": [{"note": "pw is hunter2-password", "access_key_secret": "x"}],
        "count": 3,
    }
    assert redact_data(data) == {
        "api_key": "***",
        "api_key_env": "ANTHROPIC_API_KEY",
        "nested": [{"note": "pw is ***", "access_key_secret": "***"}],
        "count": 3,
    }


def test_is_secret_key():
    assert is_secret_key("ANTHROPIC_API_KEY")
    assert is_secret_key("SIFLOW_ACCESS_KEY_SECRET")
    assert not is_secret_key("api_key_env")
    assert not is_secret_key("VLLM_BASE_URL")
    assert is_secret_key("ANTHROPIC_AUTH_TOKEN") and is_secret_key("token")
    for name in ("input_tokens", "max_tokens", "token_lengths", "cache_read_tokens", "dedup_key", "tokenizer_path"):
        assert not is_secret_key(name), name


def test_counts_under_token_named_keys_stay_visible():
    usage = {"usage": {"input_tokens": 120, "output_tokens": 30}, "auth_token": "abc-123-secret"}
    assert redact_data(usage) == {"usage": {"input_tokens": 120, "output_tokens": 30}, "auth_token": "***"}


def test_logging_filter_redacts_messages_and_args(caplog):
    register_secret("sk-live-123456789")
    logger = logging.getLogger("modelcall.test_secrets")
    handler = logging.Handler()
    records = []
    handler.emit = records.append  # type: ignore[method-assign]
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    try:
        logger.warning("key=%s", "sk-live-123456789")
    finally:
        logger.removeHandler(handler)
    assert records[0].getMessage() == "key=***"
