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


def test_logged_tracebacks_are_redacted(tmp_path):
    import logging

    from modelcall.logs import add_run_log_file

    register_secret("sk-logged-0123456789")
    handler = add_run_log_file(tmp_path, "t")
    try:
        try:
            err = ValueError("the server said: bad key sk-logged-0123456789")
            err.add_note("note: sk-logged-0123456789")
            raise err
        except ValueError:
            logging.getLogger("modelcall.test").exception("failed")
    finally:
        logging.getLogger("modelcall").removeHandler(handler)
        handler.close()
    text = next(tmp_path.glob("t-*.log")).read_text()
    assert "Traceback" in text and "bad key ***" in text and "note: ***" in text
    assert "sk-logged-0123456789" not in text


def test_dotenv_parse_warnings_name_the_env_file(tmp_path, modelcall_log):
    from modelcall.config.loader import load_env_files

    env = tmp_path / "anthropic.env"
    env.write_text("GOOD_NAME=1\nthis line is not an assignment sk-secret-in-bad-line\nOTHER=2\n")
    load_env_files([env], required=True, source="test")
    lines = modelcall_log
    assert any(f"{env}:2" in line for line in lines), lines
    assert not any("sk-secret-in-bad-line" in line for line in lines)
