"""Batch mode through the real SDKs' batch APIs on the fake provider: split, resubmit, reattach, price."""
from __future__ import annotations

import asyncio
import collections

import orjson
import pytest

from modelcall.config.model import ModelConfig
from modelcall.fakeprovider.testing import fake_model, read_ids, write_requests
from modelcall.generation.batch import ProviderBatchRunner, custom_id_for, state_path_for
from modelcall.generation.engine import generate_file
from modelcall.generation.settings import GenerationSettings


def test_custom_ids_fit_the_providers_pattern():
    assert custom_id_for("seed_000001_v2") == "seed_000001_v2"
    odd = custom_id_for("seed/1 v2 " + "x" * 80)
    assert odd.startswith("r_") and len(odd) <= 64 and odd == custom_id_for("seed/1 v2 " + "x" * 80)


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_batches_split_collect_and_resubmit_failures(fake_provider, tmp_path, provider_name):
    server = fake_provider(batch_latency_s=0.1, batch_error_rate=0.2, batch_expire_rate=0.1, seed=3)
    ids = write_requests(tmp_path / "req.jsonl", 25)
    out = tmp_path / "raw.jsonl"
    report = generate_file(tmp_path / "req.jsonl", out, fake_model(provider_name, server.url),
                           mode="batch", batch_size=10, batch_poll_s=0.05)
    counts = collections.Counter(read_ids(out))
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    assert report["requests"]["submitted_batches"] >= 4  # 3 for 25 requests at 10 per batch, plus resubmissions
    assert report["requests"]["resubmitted_requests"] > 0
    first = orjson.loads(out.read_bytes().splitlines()[0])
    assert first["mode"] == "batch"
    usage = first["usage"]
    assert first["cost_usd"] == pytest.approx((usage["input_tokens"] * 3 + usage["output_tokens"] * 15) / 1e6 * 0.5, rel=1e-4)
    state = orjson.loads(state_path_for(out).read_bytes())
    assert all(b["status"] == "collected" for b in state["batches"])


def test_a_rerun_reattaches_instead_of_paying_twice(fake_provider, tmp_path):
    server = fake_provider(batch_latency_s=0.3)
    ids = write_requests(tmp_path / "req.jsonl", 12)
    out = tmp_path / "raw.jsonl"
    model = fake_model("anthropic", server.url)
    settings = GenerationSettings(mode="batch", batch_poll_s=0.05)

    # a first run that dies right after submitting (state written, nothing collected)
    runner = ProviderBatchRunner(model, settings, tmp_path / "req.jsonl", out)
    runner.store.load()
    runner._index_input()

    async def submit_only():
        from modelcall.generation.batch import make_backend
        from modelcall.providers import make_provider

        provider = make_provider(model)
        with open(tmp_path / "req.jsonl", "rb") as handle:
            await runner._submit_missing(make_backend(provider), handle)
        await provider.aclose()

    asyncio.run(submit_only())
    assert server.fake.stats["batches_created"] == 1
    report = generate_file(tmp_path / "req.jsonl", out, model, mode="batch", batch_poll_s=0.05)
    assert report["requests"]["reattached_batches"] == 1 and report["requests"]["submitted_batches"] == 0
    assert server.fake.stats["batches_created"] == 1
    assert sorted(read_ids(out)) == sorted(ids)


def test_mock_batch_mode_runs_offline(tmp_path):
    write_requests(tmp_path / "req.jsonl", 5)
    report = generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", {"provider": "mock", "model": "m"}, mode="batch")
    assert report["status"] == {"ok": 5}


class FlakySubmits:
    """A batch backend whose first submits fail with the SDK's own errors (a 429 or a 503), then go through."""

    def __init__(self, inner, failures: list[int]):
        self.inner, self.failures, self.submits = inner, list(failures), 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    async def submit(self, lines):
        import anthropic
        import httpx

        self.submits += 1
        if self.failures:
            status = self.failures.pop(0)
            response = httpx.Response(status, request=httpx.Request("POST", "https://api.example/v1/messages/batches"))
            error = anthropic.RateLimitError if status == 429 else anthropic.InternalServerError
            raise error(f"HTTP {status}", response=response, body=None)
        return await self.inner.submit(lines)


def run_with_flaky_submits(tmp_path, monkeypatch, failures, **settings):
    import modelcall.generation.batch as batch

    backends = []

    def flaky(provider):
        backends.append(FlakySubmits(batch.MockBatches(provider), failures))
        return backends[-1]

    monkeypatch.setattr(batch, "make_backend", flaky)
    write_requests(tmp_path / "req.jsonl", 3)
    runner = ProviderBatchRunner(ModelConfig(provider="mock", model="m"), GenerationSettings(mode="batch", batch_poll_s=0.01,
                                 **settings), tmp_path / "req.jsonl", tmp_path / "raw.jsonl")
    return runner, backends


def test_batch_submits_retry_under_the_generation_retry_policy(tmp_path, monkeypatch):
    # 429s have their own allowance (max_rate_limit_retries), apart from max_attempts, as for online requests
    runner, backends = run_with_flaky_submits(tmp_path, monkeypatch, [429] * 8, max_attempts=2, max_rate_limit_retries=10,
                                              backoff_base_s=0.001)
    report = runner.run()
    assert backends[0].submits == 9 and report["requests"]["submitted_batches"] == 1
    assert sorted(read_ids(tmp_path / "raw.jsonl")) == sorted(read_ids(tmp_path / "req.jsonl"))


def test_batch_submits_give_up_at_the_policys_max_attempts(tmp_path, monkeypatch):
    import anthropic

    runner, backends = run_with_flaky_submits(tmp_path, monkeypatch, [503] * 3, max_attempts=2, backoff_base_s=0.001)
    with pytest.raises(anthropic.InternalServerError):
        runner.run()
    assert backends[0].submits == 2
