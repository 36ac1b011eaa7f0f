"""The rate limiter with a fast-forwarded clock: no real sleeping."""
from __future__ import annotations

import asyncio

import pytest

from modelcall.generation.limiter import RateLimiter, TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def make(clock: FakeClock, **limits) -> RateLimiter:
    return RateLimiter(clock=clock, sleep=clock.sleep, **limits)


def test_bucket_refills_continuously_up_to_capacity():
    bucket = TokenBucket(per_minute=60, burst_s=2, now=0.0)
    assert bucket.capacity == 2
    bucket.take(2)
    assert bucket.wait_time(1, 0.0) == pytest.approx(1.0)
    assert bucket.wait_time(1, 10.0) == 0.0
    assert bucket.tokens == 2  # capped


def test_requests_are_paced_at_the_rpm_after_the_burst():
    clock = FakeClock()
    limiter = make(clock, rpm=120, burst_s=1.0)  # 2 per second, bucket of 2

    async def go():
        times = []
        for _ in range(8):
            await limiter.acquire(10, 10)
            times.append(clock.now - 1000.0)
        return times

    times = asyncio.run(go())
    assert times[:2] == [0.0, 0.0]
    gaps = [b - a for a, b in zip(times[1:], times[2:], strict=False)]
    assert all(g == pytest.approx(0.5) for g in gaps)
    assert times[-1] == pytest.approx(3.0)


def test_estimate_is_reserved_then_corrected():
    clock = FakeClock()
    limiter = make(clock, tpm=6000, burst_s=1.0)  # 100 tokens per second, bucket of 100

    async def go():
        res = await limiter.acquire(20, 60)  # reserve 80
        assert limiter.buckets["tokens"].tokens == pytest.approx(20)
        limiter.settle(res, 20, 10)  # really used 30: 50 come back
        assert limiter.buckets["tokens"].tokens == pytest.approx(70)
        res = await limiter.acquire(20, 40)
        limiter.settle(res, 20, 100)  # used more than reserved: the bucket goes into debt
        assert limiter.buckets["tokens"].tokens == pytest.approx(-50)
        start = clock.now
        await limiter.acquire(10, 10)
        return clock.now - start

    waited = asyncio.run(go())
    assert waited == pytest.approx(0.7)  # from -50 to +20 at 100/s


def test_anthropic_input_and_output_limits_are_separate():
    clock = FakeClock()
    limiter = make(clock, input_tpm=60_000, output_tpm=600, burst_s=1.0)  # 1000 in/s, 10 out/s

    async def go():
        await limiter.acquire(100, 10)
        start = clock.now
        await limiter.acquire(100, 10)  # input has room; output must refill 10 tokens
        return clock.now - start

    assert asyncio.run(go()) == pytest.approx(1.0)
    assert set(limiter.buckets) == {"input_tokens", "output_tokens"}


def test_output_estimate_is_the_running_mean():
    limiter = RateLimiter(initial_output_estimate=500)
    assert limiter.expected_output() == 500
    for tokens in (100, 200, 300):
        limiter.observe_output(tokens)
    assert limiter.expected_output() == 200


def test_headers_tighten_limits_but_never_loosen_them():
    clock = FakeClock()
    limiter = make(clock, rpm=1200, burst_s=1.0)
    limiter.update_from_headers({"anthropic-ratelimit-requests-limit": "600"})
    assert limiter.buckets["requests"].per_minute == 600
    limiter.update_from_headers({"anthropic-ratelimit-requests-limit": "5000"})
    assert limiter.buckets["requests"].per_minute == 600
    limiter.update_from_headers({"x-ratelimit-remaining-requests": "0"})
    assert limiter.buckets["requests"].tokens == 0
    # a limit the config did not name is learned from the headers
    limiter.update_from_headers({"x-ratelimit-limit-tokens": "90000"})
    assert limiter.buckets["tokens"].per_minute == 90000


def test_cool_down_pauses_every_caller():
    clock = FakeClock()
    limiter = make(clock)  # no limits at all: only cool-downs apply

    async def go():
        await limiter.acquire(1, 1)
        limiter.cool_down(3.0)
        start = clock.now
        await asyncio.gather(limiter.acquire(1, 1), limiter.acquire(1, 1))
        return clock.now - start

    assert asyncio.run(go()) == pytest.approx(3.0)
    assert limiter.rate_limited == 1


def test_429_without_stated_limits_slows_the_request_rate():
    clock = FakeClock()
    limiter = make(clock, rpm=1000)
    limiter.cool_down(1.0)
    assert limiter.buckets["requests"].per_minute == pytest.approx(800)
    limiter.update_from_headers({"anthropic-ratelimit-requests-limit": "700"})
    clock.now += 10
    limiter.cool_down(1.0)  # the server said its limit: trust it, do not shrink further
    assert limiter.buckets["requests"].per_minute == pytest.approx(700)


def test_only_an_exhausted_limit_or_a_run_of_silent_429s_pauses_everyone():
    limiter = make(FakeClock(), rpm=1000)
    assert limiter.shared_pause({"anthropic-ratelimit-requests-remaining": "0"}) is True
    assert limiter.shared_pause({"x-ratelimit-remaining-requests": "12", "x-ratelimit-remaining-tokens": "900"}) is False
    # a stray 429 that says nothing about limits slows only the request it hit
    for _ in range(9):
        limiter.note_answer()
    assert limiter.shared_pause(None) is False
    assert limiter.shared_pause({"retry-after": "1"}) is False
    # ... but when most recent answers are header-less 429s, a limit nobody announced is being hit
    for _ in range(30):
        paused = limiter.shared_pause(None)
    assert paused is True


def test_ten_percent_silent_429s_never_pause_everyone():
    limiter = make(FakeClock(), rpm=1000)
    pauses = 0
    for i in range(2000):
        if i % 10 == 3:
            pauses += limiter.shared_pause(None)
        else:
            limiter.note_answer()
    assert pauses == 0


def test_a_rate_cut_by_silent_429s_climbs_back_after_a_quiet_spell():
    """Occasional header-less 429s must not leave a long run at a tenth of its limit for good."""
    clock = FakeClock()
    limiter = make(clock, rpm=1000, burst_s=0.5)
    for _ in range(20):
        clock.now += 2
        limiter.cool_down(1.0)
    assert limiter.buckets["requests"].per_minute == pytest.approx(100)  # the floor: 10% of the config

    async def calls(seconds: float) -> None:
        end = clock.now + seconds
        while clock.now < end:
            await limiter.acquire(10, 10)

    asyncio.run(calls(20))  # soon after the last 429: still cautious
    assert limiter.buckets["requests"].per_minute == pytest.approx(100)
    asyncio.run(calls(120))
    assert limiter.buckets["requests"].per_minute == pytest.approx(1000)  # never past the config
    clock.now += 2
    limiter.cool_down(1.0)
    assert limiter.buckets["requests"].per_minute == pytest.approx(800)
