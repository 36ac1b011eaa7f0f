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


class RedactingFilter(logging.Filter):
    """Logging filter that redacts the formatted message of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _pattern is not None:
            message = record.getMessage()
            record.msg = redact(message)
            record.args = None
        return True
