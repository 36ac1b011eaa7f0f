"""Redaction of secret values wherever the program prints or writes text."""
from __future__ import annotations

import logging
import re
from typing import Any

REDACTED = "***"
# a key is a credential when one of its words says so; "token" only as the last word, so that
# ANTHROPIC_AUTH_TOKEN is one and input_tokens / token_lengths are not
_SECRET_WORDS = {"secret", "password", "passwd", "apikey", "credential", "credentials"}
_KEY_QUALIFIERS = {"api", "access", "secret", "private", "auth"}
# names that end in these are references to a secret, not the secret itself
_REFERENCE_SUFFIXES = ("_env", "_env_var", "_file", "_path")
_MIN_SECRET_LEN = 4

_secrets: set[str] = set()
_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Remember a secret value so that :func:`redact` hides it from now on."""
    global _pattern
    if not value or len(value) < _MIN_SECRET_LEN or value in _secrets:
        return
    _secrets.add(value)
    ordered = sorted(_secrets, key=len, reverse=True)
    _pattern = re.compile("|".join(re.escape(s) for s in ordered))


def clear_secrets() -> None:
    """Forget every registered secret (tests)."""
    global _pattern
    _secrets.clear()
    _pattern = None


def is_secret_key(name: str) -> bool:
    """True when a config or env key's name says its value is a credential."""
    lowered = name.lower()
    if lowered.endswith(_REFERENCE_SUFFIXES):
        return False
    words = [w for w in re.split(r"[^a-z0-9]+", lowered) if w]
    if not words:
        return False
    if _SECRET_WORDS.intersection(words) or words[-1] == "token":
        return True
    return words[-1] == "key" and len(words) > 1 and words[-2] in _KEY_QUALIFIERS


def redact(text: str) -> str:
    """Replace every registered secret value in ``text`` with ``***``."""
    if _pattern is None or not text:
        return text
    return _pattern.sub(REDACTED, text)


def redact_data(data: Any) -> Any:
    """Redact a JSON-like structure: secret-named keys and every registered value."""
    if isinstance(data, dict):
        return {
            k: (REDACTED if isinstance(k, str) and isinstance(v, str) and v and is_secret_key(k) else redact_data(v))
            for k, v in data.items()
        }
    if isinstance(data, (list, tuple)):
        return [redact_data(v) for v in data]
    if isinstance(data, str):
        return redact(data)
    return data


def redact_values(data: Any) -> Any:
    """Hide registered secret values anywhere in a data record, changing nothing else (keys stay as they are)."""
    if _pattern is None:
        return data
    if isinstance(data, dict):
        return {k: redact_values(v) for k, v in data.items()}
    if isinstance(data, list):
        return [redact_values(v) for v in data]
    if isinstance(data, str):
        return _pattern.sub(REDACTED, data)
    return data


_FORMATTER = logging.Formatter()


class RedactingFilter(logging.Filter):
    """Logging filter that redacts every record: its message, and any traceback or stack it carries."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _pattern is not None:
            message = record.getMessage()
            record.msg = redact(message)
            record.args = None
            if record.exc_info and not record.exc_text:
                record.exc_text = _FORMATTER.formatException(record.exc_info)  # handlers reuse exc_text
            if record.exc_text:
                record.exc_text = redact(record.exc_text)
            if record.stack_info:
                record.stack_info = redact(record.stack_info)
        return True


def format_exception_redacted() -> str:
    """The traceback being handled (with chained causes and notes), secrets redacted: what ``--debug`` prints."""
    import traceback

    return redact(traceback.format_exc())
