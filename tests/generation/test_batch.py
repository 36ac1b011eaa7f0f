"""Batch mode through the real SDKs' batch APIs on the fake provider: split, resubmit, reattach, price."""
from __future__ import annotations

import asyncio
import collections

import orjson
import pytest

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
