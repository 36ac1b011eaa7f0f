"""The shared rate limiter: token buckets for requests, tokens, and Anthropic's input/output tokens.

Each call reserves an *estimate* (input from the tokenizer estimate, output from the running mean of
what answers used), and is *corrected* with the real usage afterwards. Limits start from the model
config and are tightened by the provider's rate-limit headers; a 429 pauses every caller (cool-down)
and lowers the request rate when the server did not say its limits (after 30 s without a 429 that rate
climbs back towards the configured one, 10% every 5 s).
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class TokenBucket:
    """Refills continuously at ``rate`` per second up to ``capacity``; may go negative (debt)."""

    def __init__(self, per_minute: float, burst_s: float, now: float):
        self.per_minute = float(per_minute)
        self.burst_s = burst_s
        self.rate = self.per_minute / 60.0
        self.capacity = max(1.0, self.rate * burst_s)
        self.tokens = self.capacity
        self.updated = now

    def set_limit(self, per_minute: float) -> None:
        self.per_minute = float(per_minute)
        self.rate = self.per_minute / 60.0
        self.capacity = max(1.0, self.rate * self.burst_s)
        self.tokens = min(self.tokens, self.capacity)

    def refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now

    def wait_time(self, amount: float, now: float) -> float:
        """Seconds until ``amount`` may be taken (an amount above capacity needs a full bucket)."""
        self.refill(now)
        need = min(amount, self.capacity)
        if self.tokens >= need - 1e-9:  # a refill's rounding must not leave a wait below the clock's resolution
            return 0.0
        return (need - self.tokens) / self.rate if self.rate > 0 else 3600.0

    def take(self, amount: float) -> None:
        self.tokens -= amount

    def give(self, amount: float) -> None:
        self.tokens = min(self.capacity, self.tokens + amount)


@dataclass
class Reservation:
    input_tokens: int
    output_tokens: int


# header name -> (bucket, field); both providers' spellings
_HEADER_LIMITS = {
    "anthropic-ratelimit-requests-limit": ("requests", "limit"),
    "anthropic-ratelimit-requests-remaining": ("requests", "remaining"),
    "anthropic-ratelimit-input-tokens-limit": ("input_tokens", "limit"),
    "anthropic-ratelimit-input-tokens-remaining": ("input_tokens", "remaining"),
    "anthropic-ratelimit-output-tokens-limit": ("output_tokens", "limit"),
    "anthropic-ratelimit-output-tokens-remaining": ("output_tokens", "remaining"),
    "anthropic-ratelimit-tokens-limit": ("tokens", "limit"),
    "anthropic-ratelimit-tokens-remaining": ("tokens", "remaining"),
    "x-ratelimit-limit-requests": ("requests", "limit"),
    "x-ratelimit-remaining-requests": ("requests", "remaining"),
    "x-ratelimit-limit-tokens": ("tokens", "limit"),
    "x-ratelimit-remaining-tokens": ("tokens", "remaining"),
}


class RateLimiter:
    """Paces calls under RPM/TPM limits. All limits are optional; with none it only honours cool-downs."""

    def __init__(
        self,
        rpm: float | None = None,
        tpm: float | None = None,
        input_tpm: float | None = None,
        output_tpm: float | None = None,
        burst_s: float = 10.0,
        initial_output_estimate: float = 1000.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ):
        self._clock = clock
        self._sleep = sleep
        now = clock()
        self.burst_s = burst_s
        self.buckets: dict[str, TokenBucket] = {}
        for name, limit in (("requests", rpm), ("tokens", tpm), ("input_tokens", input_tpm), ("output_tokens", output_tpm)):
            if limit:
                self.buckets[name] = TokenBucket(limit, burst_s, now)
        self.configured = {name: b.per_minute for name, b in self.buckets.items()}
        self.header_limits: dict[str, float] = {}
        self.paused_until = 0.0
        self.rate_limited = 0
        self.last_429 = -1e9
        self._last_raise = -1e9
        self._lock = asyncio.Lock()
        self._out_sum = 0.0
        self._out_n = 0
        self._initial_out = initial_output_estimate
        self.waited_s = 0.0
        self.shared_pauses = 0
        self._recent: deque[bool] = deque(maxlen=self.SILENT_WINDOW)
        self._silent_in_window = 0

    # -- estimates ----------------------------------------------------------------------------
    def expected_output(self) -> int:
        """Running mean of observed output tokens (the configured guess until answers arrive)."""
        if self._out_n < 3:
            return int(self._initial_out)
        return int(self._out_sum / self._out_n)

    def observe_output(self, tokens: int) -> None:
        self._out_sum += tokens
        self._out_n += 1

    # -- reserve / correct ------------------------------------------------------------------
    def _amounts(self, input_tokens: int, output_tokens: int) -> dict[str, float]:
        return {"requests": 1, "tokens": input_tokens + output_tokens, "input_tokens": input_tokens, "output_tokens": output_tokens}

    async def acquire(self, input_tokens: int, output_tokens: int | None = None) -> Reservation:
        """Wait until the buckets allow this call, then reserve its estimate (callers served in order)."""
        out = self.expected_output() if output_tokens is None else output_tokens
        amounts = self._amounts(input_tokens, out)
        if not self.buckets and self.paused_until <= self._clock():
            return Reservation(input_tokens, out)
        async with self._lock:
            self._recover(self._clock())
            while True:
                now = self._clock()
                wait = self.paused_until - now
                for name, bucket in self.buckets.items():
                    wait = max(wait, bucket.wait_time(amounts[name], now))
                if wait <= 0:
                    break
                self.waited_s += wait
                await self._sleep(wait)
            for name, bucket in self.buckets.items():
                bucket.take(amounts[name])
        return Reservation(input_tokens, out)

    def settle(self, reservation: Reservation, input_tokens: int, output_tokens: int) -> None:
        """Correct a reservation with the real usage (gives back an overestimate, books an underestimate)."""
        self.observe_output(output_tokens)
        now = self._clock()
        reserved = self._amounts(reservation.input_tokens, reservation.output_tokens)
        actual = self._amounts(input_tokens, output_tokens)
        for name, bucket in self.buckets.items():
            if name == "requests":
                continue
            bucket.refill(now)
            diff = reserved[name] - actual[name]
            if diff >= 0:
                bucket.give(diff)
            else:
                bucket.take(-diff)

    def refund(self, reservation: Reservation, keep_request: bool = True) -> None:
        """A failed call: return the token estimate (the request slot stays used unless told)."""
        now = self._clock()
        reserved = self._amounts(reservation.input_tokens, reservation.output_tokens)
        for name, bucket in self.buckets.items():
            if name == "requests" and keep_request:
                continue
            bucket.refill(now)
            bucket.give(reserved[name])

    # -- feedback from the server -----------------------------------------------------------
    def update_from_headers(self, headers: Mapping[str, str] | None) -> None:
        """Tighten (never loosen past the config) from ``anthropic-ratelimit-*`` / ``x-ratelimit-*``."""
        if not headers:
            return
        now = self._clock()
        for header, (name, kind) in _HEADER_LIMITS.items():
            value = headers.get(header)
            if value is None:
                continue
            try:
                number = float(value)
            except ValueError:
                continue
            bucket = self.buckets.get(name)
            if kind == "limit":
                if number <= 0:
                    continue
                self.header_limits[name] = number
                if bucket is None:
                    if name == "tokens" and ("input_tokens" in self.buckets or "output_tokens" in self.buckets):
                        continue
                    self.buckets[name] = TokenBucket(number, self.burst_s, now)
                    self.configured[name] = number
                elif number < bucket.per_minute:
                    bucket.set_limit(number)
            elif bucket is not None:
                bucket.refill(now)
                if number < bucket.tokens:
                    bucket.tokens = number

    @staticmethod
    def exhausted(headers: Mapping[str, str] | None) -> bool | None:
        """Does a 429 say a limit ran out (a ``*-remaining`` of 0)? None when it says nothing about limits."""
        if not headers:
            return None
        seen = False
        for header, (_, kind) in _HEADER_LIMITS.items():
            if kind != "remaining":
                continue
            value = headers.get(header)
            if value is None:
                continue
            seen = True
            try:
                if float(value) < 1:
                    return True
            except ValueError:
                return True
        return False if seen else None

    # of the last SILENT_WINDOW answers, more than SILENT_SHARE header-less 429s is a limit nobody announced
    SILENT_WINDOW = 40
    SILENT_SHARE = 0.5

    def note_answer(self) -> None:
        """An attempt that was not a header-less 429 (for :meth:`shared_pause`'s share)."""
        self._note_silent(False)

    def _note_silent(self, silent: bool) -> None:
        if len(self._recent) == self._recent.maxlen:
            self._silent_in_window -= self._recent[0]
        self._recent.append(silent)
        self._silent_in_window += silent

    def shared_pause(self, headers: Mapping[str, str] | None) -> bool:
        """Should this 429 pause every caller (cool-down), or only the request it hit?

        Everyone waits when the headers show a limit ran out, or when header-less 429s are most of
        the recent answers (a limit the server does not announce). A header-less 429 now and then
        (a gateway's transient, another tenant's burst) slows only its own request: pausing every
        worker for each one made 10% such 429s cost 4.7x the wall time.
        """
        said = self.exhausted(headers)
        if said is not None:
            return said
        self._note_silent(True)
        return len(self._recent) >= self.SILENT_WINDOW // 2 and self._silent_in_window > self.SILENT_SHARE * len(self._recent)

    def cool_down(self, seconds: float | None) -> None:
        """A 429: pause every caller; without a server-stated limit, also slow the request rate."""
        now = self._clock()
        self.rate_limited += 1
        self.shared_pauses += 1
        pause = seconds if seconds is not None else 1.0
        self.paused_until = max(self.paused_until, now + pause)
        requests = self.buckets.get("requests")
        if requests is not None:
            requests.refill(now)
            requests.tokens = min(requests.tokens, 0.0)
            if "requests" not in self.header_limits and now - self.last_429 > pause:
                requests.set_limit(max(requests.per_minute * 0.8, self.configured.get("requests", 60) * 0.1))
        self.last_429 = now

    # after this long without a 429, a request rate cut by silent 429s climbs back (never past the config)
    RECOVER_AFTER_S = 30.0
    RECOVER_EVERY_S = 5.0
    RECOVER_STEP = 0.1  # of the configured limit

    def _recover(self, now: float) -> None:
        requests = self.buckets.get("requests")
        target = self.configured.get("requests")
        if requests is None or target is None or "requests" in self.header_limits or requests.per_minute >= target:
            return
        if now - self.last_429 < self.RECOVER_AFTER_S or now - self._last_raise < self.RECOVER_EVERY_S:
            return
        requests.refill(now)
        requests.set_limit(min(target, requests.per_minute + target * self.RECOVER_STEP))
        self._last_raise = now

    def snapshot(self) -> dict[str, object]:
        return {
            "limits_per_minute": {name: round(b.per_minute, 1) for name, b in self.buckets.items()},
            "header_limits": dict(self.header_limits),
            "rate_limited_429": self.rate_limited,
            "shared_pauses": self.shared_pauses,
            "expected_output_tokens": self.expected_output(),
            "waited_s": round(self.waited_s, 2),
        }
