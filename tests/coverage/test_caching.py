"""Prompt caching as the fake provider reports it, priced by the accounting; the mock teacher's repair share."""
from __future__ import annotations

from modelcall.fakeprovider.testing import fake_model
from modelcall.generation.engine import generate_file
from modelcall.io import atomic_write_jsonl
from modelcall.providers.base import Usage
from modelcall.repair.batch import cache_saving_usd
from modelcall.repair.findings import Finding, Findings
from modelcall.repair.followup import build_followup
from tests.coverage.conftest import REQUESTS, read

PRICING = {"input_per_mtok": 3.0, "output_per_mtok": 15.0, "cache_read_per_mtok": 0.3, "cache_write_per_mtok": 3.75}


def followups(requests):
    findings = Findings("syntax", [Finding("syntax", "line 3: Unexpected token")])
    return [build_followup(r, "[PLAN]\nREQ: x\n[/PLAN]\nbroken", findings, r["request_id"], 1, "t") for r in requests]


def test_anthropic_shared_prefix_is_written_once_then_read_and_priced(fake_provider, tmp_path):
    requests = read(REQUESTS)[:4]
    atomic_write_jsonl(tmp_path / "req.jsonl", requests + followups(requests))
    server = fake_provider()
    model = fake_model("anthropic", server.url, pricing=PRICING)
    generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", model, concurrency=1)
    rows = read(tmp_path / "raw.jsonl")
    assert len(rows) == 8
    assert rows[0]["usage"]["cache_write_tokens"] > 1000 and rows[0]["usage"]["cache_read_tokens"] == 0
    for row in rows[1:]:  # other seeds and the follow-ups share the system head
        assert row["usage"]["cache_read_tokens"] == rows[0]["usage"]["cache_write_tokens"]
        usage = Usage(**row["usage"])
        assert cache_saving_usd(usage, model.pricing) > 0
    model_off = fake_model("anthropic", fake_provider().url, pricing=PRICING, options={"prompt_cache": False})
    generate_file(tmp_path / "req.jsonl", tmp_path / "raw_off.jsonl", model_off, concurrency=1)
    off = read(tmp_path / "raw_off.jsonl")
    assert all(r["usage"]["cache_read_tokens"] == r["usage"]["cache_write_tokens"] == 0 for r in off)
    assert sum(r["cost_usd"] for r in rows) < 0.8 * sum(r["cost_usd"] for r in off)


def test_openai_prefix_cache_hits_on_the_identical_system_head(fake_provider, tmp_path):
    requests = read(REQUESTS)[:4]
    atomic_write_jsonl(tmp_path / "req.jsonl", requests)
    server = fake_provider()
    generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("openai", server.url), concurrency=1)
    rows = read(tmp_path / "raw.jsonl")
    assert rows[0]["usage"]["cache_read_tokens"] == 0
    for row in rows[1:]:  # the shared head is ~1,800 tokens; the per-seed tail differs
        cached = row["usage"]["cache_read_tokens"]
        assert cached >= 1024 and cached % 128 == 0 and row["usage"]["input_tokens"] > 0


def test_variants_and_teachers_get_their_own_draws_and_followups_get_fixed(fake_provider, tmp_path):
    base = read(REQUESTS)[0]
    variants = []
    for v, temperature in enumerate((0.6, 0.8, 1.0)):
        variants.append({**base, "request_id": f"{base['prompt_id']}_v{v}", "variant": v, "gen": {**base["gen"], "temperature": temperature}})
    requests = read(REQUESTS)[1:7]
    atomic_write_jsonl(tmp_path / "req.jsonl", variants + requests + followups(requests))
    server = fake_provider(faults={"syntax_error": 1.0, "repair_success": 1.0})
    generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("anthropic", server.url), concurrency=4)
    rows = {r["request_id"]: r for r in read(tmp_path / "raw.jsonl")}
    texts = {rows[v["request_id"]]["text"] for v in variants}
    assert len(texts) == 3
    assert server.fake.stats["teacher_fault_syntax_error"] == len(variants) + len(requests)  # follow-ups come back clean
