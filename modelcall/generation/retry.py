"""Error classification and the per-request backoff policy (one policy; the SDKs' retries are off).

Retryable: 429, 408, 409, 5xx, 529 overloaded, timeouts, connection resets, malformed bodies.
Fatal for the request: 400/413/422 invalid request. Fatal for the run: 401/403 auth, 404 model.
"""
from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
import anthropic
import httpx
import openai

from modelcall.secrets import redact

if TYPE_CHECKING:
    from modelcall.generation.settings import GenerationSettings

log = logging.getLogger("modelcall.generation")
T = TypeVar("T")


@dataclass
class ErrorInfo:
    """What went wrong with one attempt, and what to do about it."""

    error_type: str
    retryable: bool
    status_code: int | None = None
    retry_after_s: float | None = None
    message: str = ""
    fatal_run: bool = False
    headers: Mapping[str, str] | None = None


def _status_type(status: int) -> tuple[str, bool, bool]:
    """(error_type, retryable, fatal_run) for an HTTP status."""
    if status == 429:
        return "rate_limit", True, False
    if status == 408:
        return "request_timeout", True, False
    if status == 409:
        return "conflict", True, False
    if status == 529:
        return "overloaded", True, False
    if status >= 500:
        return "server_error", True, False
    if status == 401:
        return "auth", False, True
    if status == 403:
        return "permission", False, True
    if status == 404:
        return "not_found", False, True
    return "invalid_request", False, False


def parse_retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date)."""
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - (now if now is not None else time.time()))


def _message(exc: BaseException) -> str:
    text = redact(str(exc)) or type(exc).__name__  # a provider's error body may quote the key
    return text if len(text) <= 500 else text[:497] + "..."


# the SDKs' and transports' own exception types (both SDKs' timeout errors subclass their connection errors)
_DISCONNECTS = (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError, httpx.RemoteProtocolError, httpx.ConnectError,
                ConnectionResetError)
_TIMEOUTS = (asyncio.TimeoutError, TimeoutError, anthropic.APITimeoutError, openai.APITimeoutError, httpx.TimeoutException)
_MALFORMED = (anthropic.APIResponseValidationError, openai.APIResponseValidationError, json.JSONDecodeError,
              UnicodeDecodeError)
_CONNECTION = (anthropic.APIConnectionError, openai.APIConnectionError, aiohttp.ClientError, httpx.TransportError,
               ConnectionError, OSError)


def _disconnected(exc: BaseException) -> bool:
    """A reset or dropped connection somewhere in the cause chain (the OpenAI SDK calls it a timeout)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 6:
        if isinstance(current, _DISCONNECTS):
            return True
        if "disconnected" in str(current).lower() or "connection reset" in str(current).lower():
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


def classify(exc: BaseException) -> ErrorInfo:
    """Map an SDK / transport exception to an :class:`ErrorInfo` (works for both SDKs and aiohttp)."""
    status = getattr(exc, "status_code", None)
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) if response is not None else None
    if isinstance(status, int):
        error_type, retryable, fatal = _status_type(status)
        body = getattr(exc, "body", None)
        if status >= 500 and isinstance(body, dict):
            err = body.get("error") if isinstance(body.get("error"), dict) else {}
            if err.get("type") == "overloaded_error":
                error_type = "overloaded"
        return ErrorInfo(error_type, retryable, status, parse_retry_after(headers), _message(exc), fatal, headers)
    name = type(exc).__name__
    if _disconnected(exc):
        return ErrorInfo("connection", True, None, None, _message(exc))
    if isinstance(exc, _TIMEOUTS):
        return ErrorInfo("timeout", True, None, None, _message(exc))
    if isinstance(exc, _MALFORMED):
        return ErrorInfo("malformed_response", True, None, None, _message(exc))
    if isinstance(exc, _CONNECTION):
        return ErrorInfo("connection", True, None, None, _message(exc))
    if isinstance(exc, (ValueError, KeyError, TypeError)) and "JSON" in _message(exc).upper():
        return ErrorInfo("malformed_response", True, None, None, _message(exc))
    return ErrorInfo("unexpected", False, None, None, f"{name}: {_message(exc)}")


@dataclass
class RetryPolicy:
    """Exponential backoff with jitter; a server's retry-after is honoured up to ``retry_after_cap_s``."""

    max_attempts: int = 6
    max_rate_limit_retries: int = 30
    base_s: float = 1.0
    cap_s: float = 60.0
    retry_after_cap_s: float = 120.0

    def delay(self, failures: int, retry_after_s: float | None, rng: random.Random | None = None) -> float:
        """Seconds before the next attempt after ``failures`` failed ones (1-based)."""
        r = rng or random
        if retry_after_s is not None:
            # the server knows best, but never sleep for as long as any server says
            return min(self.retry_after_cap_s, retry_after_s) * (1.0 + 0.1 * r.random())
        ceiling = min(self.cap_s, self.base_s * (2 ** max(0, failures - 1)))
        return ceiling * (0.5 + 0.5 * r.random())  # "equal jitter": never 0, never in lockstep

    @classmethod
    def from_settings(cls, settings: GenerationSettings) -> RetryPolicy:
        return cls(settings.max_attempts, settings.max_rate_limit_retries, settings.backoff_base_s,
                   settings.backoff_cap_s, settings.retry_after_cap_s)

    def wait_before_retry(self, info: ErrorInfo, tries: Tries) -> float | None:
        """Seconds to wait before the next attempt after this failure, or None to give up.

        429s have their own allowance (``max_rate_limit_retries``); other transient errors share
        ``max_attempts``; errors that are not transient, or end the run, are never retried."""
        if info.fatal_run:
            return None
        if info.error_type == "rate_limit":
            tries.rate_limited += 1
            wait = self.delay(tries.rate_limited, info.retry_after_s)
            return wait if tries.rate_limited <= self.max_rate_limit_retries else None
        if not info.retryable:
            return None
        tries.failures += 1
        return self.delay(tries.failures, info.retry_after_s) if tries.failures < self.max_attempts else None


@dataclass
class Tries:
    """The failures of one call so far, as the policy counts them."""

    failures: int = 0
    rate_limited: int = 0


async def call_with_retries(call: Callable[[], Awaitable[T]], policy: RetryPolicy, what: str,
                            only: tuple[str, ...] | None = None) -> T:
    """Run ``call()`` (one API call that is not a request's answer: a batch submit, poll or fetch) under the
    policy; errors the policy gives up on propagate. ``only`` narrows the retried error types: a create whose
    answer was lost (timeout, reset) may have made the batch, so submits are retried only when the server said no."""
    tries = Tries()
    while True:
        try:
            return await call()
        except Exception as exc:  # noqa: BLE001 - classified; what is not retried propagates
            info = classify(exc)
            wait = None if only is not None and info.error_type not in only else policy.wait_before_retry(info, tries)
            if wait is None:
                raise
            log.warning("%s failed (%s: %s); retrying in %.1fs", what, info.error_type, info.message, wait)
            await asyncio.sleep(wait)


def as_dict(info: ErrorInfo) -> dict[str, Any]:
    return {"error_type": info.error_type, "status_code": info.status_code, "message": info.message}
