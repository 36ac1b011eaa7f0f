"""The online engine through the real SDKs against the fake provider on loopback."""
from __future__ import annotations

import collections

import orjson
import pytest

from modelcall.errors import ConfigError, CredentialError
from modelcall.fakeprovider.testing import fake_model, read_ids, write_requests
from modelcall.generation.engine import generate_file

FAST = {"backoff_base_s": 0.02, "backoff_cap_s": 0.1, "retry_after_cap_s": 0.3, "fsync_interval_s": 0.0}


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_every_request_survives_injected_faults(fake_provider, tmp_path, provider_name):
    server = fake_provider(rate_429=0.15, rate_5xx=0.08, rate_529=0.05, rate_timeout=0.04, rate_reset=0.05,
                           rate_malformed=0.03, fault_retry_after_s=0.05, timeout_hold_s=1.0, seed=1)
    ids = write_requests(tmp_path / "req.jsonl", 30)
    out = tmp_path / "raw.jsonl"
    report = generate_file(tmp_path / "req.jsonl", out, fake_model(provider_name, server.url, timeout_s=0.4),
                           concurrency=16, **FAST)
    got = read_ids(out)
    assert sorted(got) == sorted(ids)  # 100% in the output, 0 duplicates
    assert report["status"] == {"ok": 30}
    assert sum(report["retried_attempt_errors"].values()) > 0
    assert max(int(k) for k in report["attempts_histogram"]) > 1
    first = orjson.loads(out.read_bytes().splitlines()[0])
    assert first["mode"] == "online" and first["model"]["provider"] == provider_name
    assert first["usage"]["input_tokens"] > 0 and first["usage"]["output_tokens"] > 0 and first["cost_usd"] > 0
    assert first["text"].startswith("[PLAN]") and first["prompt_meta"]["id"] == first["prompt_id"]
    assert report["latency_s"]["p50"] is not None and report["cost_usd"] > 0


def test_resume_skips_done_ids_and_duplicates_are_sent_once(fake_provider, tmp_path):
    server = fake_provider()
    ids = write_requests(tmp_path / "req.jsonl", 20, duplicates=5)
    out = tmp_path / "raw.jsonl"
    model = fake_model("anthropic", server.url)
    first = generate_file(tmp_path / "req.jsonl", out, model, max_items=8, **FAST)
    assert first["status"] == {"ok": 8}
    second = generate_file(tmp_path / "req.jsonl", out, model, **FAST)
    assert second["status"] == {"ok": 12}
    assert second["requests"]["skipped_done"] == 8 and second["requests"]["duplicate_in_input"] == 5
    assert sorted(read_ids(out)) == sorted(ids)
    assert server.fake.stats["ok"] == 20  # nothing paid twice


def test_errors_go_to_the_errors_file_and_retry_errors_clears_them(fake_provider, tmp_path):
    broken = fake_provider(rate_5xx=1.0)
    write_requests(tmp_path / "req.jsonl", 6)
    out = tmp_path / "raw.jsonl"
    report = generate_file(tmp_path / "req.jsonl", out, fake_model("openai", broken.url), max_attempts=2, **FAST)
    assert report["status"] == {"error": 6} and report["error_types"] == {"server_error": 6}
    errors = tmp_path / "raw.errors.jsonl"
    first = orjson.loads(errors.read_bytes().splitlines()[0])
    assert set(first) >= {"request_id", "error_type", "status_code", "message", "attempts", "at"} and first["attempts"] == 2

    healthy = fake_provider()
    model = fake_model("openai", healthy.url)
    plain = generate_file(tmp_path / "req.jsonl", out, model, **FAST)  # a plain rerun leaves failures alone
    assert plain["status"] == {} and plain["requests"]["skipped_failed"] == 6
    retried = generate_file(tmp_path / "req.jsonl", out, model, retry_errors=True, **FAST)
    assert retried["status"] == {"ok": 6}
    assert len(read_ids(out)) == 6 and errors.read_bytes() == b""


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_a_rejected_key_stops_the_run_at_once(fake_provider, tmp_path, provider_name):
    server = fake_provider(api_key="the-right-key")
    write_requests(tmp_path / "req.jsonl", 200)
    with pytest.raises(CredentialError, match="MODELCALL_FAKE_KEY"):
        generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model(provider_name, server.url), concurrency=4, **FAST)
    assert server.fake.stats["requests"] <= 8  # only what was already in flight
    assert read_ids(tmp_path / "raw.errors.jsonl") == []  # not the requests' fault: a rerun sends them


def test_an_unknown_model_stops_the_run(fake_provider, tmp_path):
    server = fake_provider(models=["real-model"])
    write_requests(tmp_path / "req.jsonl", 20)
    with pytest.raises(ConfigError, match="not found"):
        generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("openai", server.url), concurrency=2, **FAST)


def test_limits_are_learned_from_headers_and_429s_cool_down(fake_provider, tmp_path):
    # the client is told nothing; the server allows 1200 RPM with a 0.25 s bucket (5 requests)
    server = fake_provider(rpm=1200, burst_s=0.25)
    ids = write_requests(tmp_path / "req.jsonl", 40)
    report = generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("anthropic", server.url),
                           concurrency=16, limiter_burst_s=0.25, **FAST)
    assert sorted(read_ids(tmp_path / "raw.jsonl")) == sorted(ids)
    assert report["limiter"]["header_limits"]["requests"] == 1200
    assert report["limiter"]["limits_per_minute"]["requests"] <= 1200


def test_anthropic_prompt_cache_is_marked_and_priced(fake_provider, tmp_path):
    server = fake_provider(cache_min_tokens=0)
    write_requests(tmp_path / "req.jsonl", 4)
    out = tmp_path / "raw.jsonl"
    model = fake_model("anthropic", server.url, pricing={"cache_read_per_mtok": 0.3, "cache_write_per_mtok": 3.75})
    generate_file(tmp_path / "req.jsonl", out, model, concurrency=1, **FAST)
    usages = [orjson.loads(line)["usage"] for line in out.read_bytes().splitlines()]
    assert usages[0]["cache_write_tokens"] > 0 and usages[0]["cache_read_tokens"] == 0
    assert all(u["cache_read_tokens"] > 0 for u in usages[1:])


def test_openai_repeated_prefix_reports_cached_tokens(fake_provider, tmp_path):
    server = fake_provider(cache_min_tokens=0)
    write_requests(tmp_path / "req.jsonl", 3)
    out = tmp_path / "raw.jsonl"
    generate_file(tmp_path / "req.jsonl", out, fake_model("openai", server.url), concurrency=1, **FAST)
    usages = [orjson.loads(line)["usage"] for line in out.read_bytes().splitlines()]
    assert usages[0]["cache_read_tokens"] == 0
    # small prompts: cached tokens are whole 128-token blocks, which a tiny prefix may not reach
    assert all(u["cache_read_tokens"] % 128 == 0 for u in usages)


def test_mock_provider_offline_with_faults(tmp_path):
    write_requests(tmp_path / "req.jsonl", 40)
    model = {"provider": "mock", "model": "mock-teacher", "options": {"faults": {"runtime_error": 0.5}}}
    report = generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", model, concurrency=4)
    assert report["status"] == {"ok": 40}
    assert 8 <= report["mock_injected_faults"]["runtime_error"] <= 32
    texts = [orjson.loads(line)["text"] for line in (tmp_path / "raw.jsonl").read_bytes().splitlines()]
    assert all("runtime_error" not in t for t in texts)  # the fault is never named in the answer
    assert collections.Counter(t.count("```javascript") for t in texts) == {1: 40}


def test_bad_input_line_names_file_and_line(tmp_path):
    path = tmp_path / "req.jsonl"
    write_requests(path, 2)
    with open(path, "ab") as handle:
        handle.write(b'{"request_id": "x_v0"}\n')
    from modelcall.errors import InputError

    with pytest.raises(InputError, match=r"req.jsonl:3: missing 'messages'"):
        generate_file(path, tmp_path / "raw.jsonl", {"provider": "mock", "model": "m"})
    report = generate_file(path, tmp_path / "raw2.jsonl", {"provider": "mock", "model": "m"}, on_bad_line="skip")
    assert report["status"] == {"ok": 2} and report["input"]["skipped_bad_lines"] == 1


@pytest.mark.parametrize("provider_name", ["anthropic", "openai"])
def test_reasoning_is_kept(fake_provider, tmp_path, provider_name):
    server = fake_provider(reasoning=True)
    write_requests(tmp_path / "req.jsonl", 2)
    out = tmp_path / "raw.jsonl"
    generate_file(tmp_path / "req.jsonl", out, fake_model(provider_name, server.url), **FAST)
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert all(r["reasoning_content"] == "Plan the scene first." and r["text"].startswith("[PLAN]") for r in records)


@pytest.mark.timeout(20)
def test_a_concurrency_far_above_the_requests_starts_only_the_workers_needed(tmp_path):
    req, out = tmp_path / "req.jsonl", tmp_path / "raw.jsonl"
    ids = write_requests(req, 3)
    report = generate_file(req, out, "configs/models/mock.yaml", concurrency=10**12)
    assert report["status"]["ok"] == 3 and sorted(read_ids(out)) == sorted(ids)


def test_an_output_path_that_is_the_input_is_refused(tmp_path):
    req = tmp_path / "req.jsonl"
    write_requests(req, 3)
    before = req.read_bytes()
    with pytest.raises(ConfigError, match="output_path: .* is the input file"):
        generate_file(req, tmp_path / "." / "req.jsonl", "configs/models/mock.yaml")
    assert req.read_bytes() == before


def test_pending_count_reads_escaped_request_ids_like_the_store(tmp_path):
    """json.dumps writes non-ASCII ids as \\uXXXX escapes: a resumed run must still count them as done."""
    import json

    from modelcall.generation.engine import count_pending
    from modelcall.generation.store import ResultStore

    req, out = tmp_path / "req.jsonl", tmp_path / "raw.jsonl"
    with open(req, "w", encoding="utf-8") as handle:
        for rid in ("跳跃_v0", 'quote"d_v0', "plain_v0"):
            handle.write(json.dumps({"request_id": rid, "messages": [{"role": "user", "content": "做一个游戏"}]}) + "\n")
    assert generate_file(req, out, "configs/models/mock.yaml")["status"]["ok"] == 3
    store = ResultStore(out)
    store.load()
    assert count_pending(req, store, retry_errors=False, max_items=None) == 0


def test_error_bodies_that_echo_the_key_are_redacted_in_the_errors_file_and_report(fake_provider, tmp_path, modelcall_log):
    import os

    os.environ["MODELCALL_FAKE_KEY"] = key = "sk-proj-echoed-0123456789abcdef"
    server = fake_provider(rate_5xx=1.0, echo_key=True)
    write_requests(tmp_path / "req.jsonl", 3)
    report = generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("openai", server.url),
                           max_attempts=2, **FAST)
    errors = (tmp_path / "raw.errors.jsonl").read_text()
    assert len(errors.splitlines()) == 3 and "request key: ***" in errors
    assert key not in errors and key not in str(report)
    assert modelcall_log and not any(key in m for m in modelcall_log)


def test_resume_over_a_corrupt_output_sends_nothing_and_appends_nothing(fake_provider, tmp_path):
    from modelcall.errors import InputError

    server = fake_provider()
    write_requests(tmp_path / "req.jsonl", 6)
    out = tmp_path / "raw.jsonl"
    model = fake_model("anthropic", server.url)
    generate_file(tmp_path / "req.jsonl", out, model, max_items=3, **FAST)
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[0] + b"\x00\x00 not json\n" + b"".join(lines[1:]))
    before = out.read_bytes()
    with pytest.raises(InputError, match=r"raw.jsonl:2: "):
        generate_file(tmp_path / "req.jsonl", out, model, **FAST)
    assert out.read_bytes() == before and server.fake.stats["requests"] == 3


def test_an_empty_requests_file_is_an_input_error_in_one_line(fake_provider, tmp_path):
    from modelcall.errors import InputError

    server = fake_provider()
    (tmp_path / "req.jsonl").write_text("\n\n")
    with pytest.raises(InputError, match=r"req.jsonl: no requests \(the file is empty\)"):
        generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("anthropic", server.url), **FAST)
    assert not (tmp_path / "raw.jsonl").exists() and server.fake.stats["requests"] == 0


def test_header_less_429s_slow_only_the_requests_they_hit(fake_provider, tmp_path):
    server = fake_provider(rate_429=0.1, fault_429_headers=False, seed=3)
    ids = write_requests(tmp_path / "req.jsonl", 80)
    report = generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl",
                           fake_model("openai", server.url, limits={"rpm": 100000}), concurrency=8, **FAST)
    assert sorted(read_ids(tmp_path / "raw.jsonl")) == sorted(ids)
    assert server.fake.stats["fault_429"] > 0 and report["retried_attempt_errors"]["rate_limit"] > 0
    assert report["limiter"]["shared_pauses"] == 0  # nobody else waited
    assert report["limiter"]["limits_per_minute"]["requests"] == 100000  # and the pace was not cut


def test_a_run_whose_answers_keep_timing_out_stops_early_and_reports_what_they_cost(fake_provider, tmp_path):
    # every answer takes 1 s, the client waits 0.2 s: each attempt is an answer the server finishes (and bills)
    server = fake_provider(latency_s=1.0)
    write_requests(tmp_path / "req.jsonl", 200)
    with pytest.raises(ConfigError) as info:
        generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("anthropic", server.url, timeout_s=0.2),
                      concurrency=4, timeout_stop_after=8, **FAST)
    message = str(info.value)
    assert "timeout_s" in message and "raise" in message and "timed out" in message and "$" in message
    assert server.fake.stats["requests"] <= 8 + 4  # stopped after 8 in a row (+ those in flight), not 200 x 6 attempts
    assert read_ids(tmp_path / "raw.errors.jsonl") == []  # not the requests' fault: a rerun with a longer timeout sends them


def test_timed_out_attempts_and_their_estimated_cost_are_reported(fake_provider, tmp_path):
    server = fake_provider(rate_timeout=0.3, timeout_hold_s=1.0, seed=2)
    write_requests(tmp_path / "req.jsonl", 20)
    report = generate_file(tmp_path / "req.jsonl", tmp_path / "raw.jsonl", fake_model("openai", server.url, timeout_s=0.3),
                           concurrency=4, **FAST)
    assert report["status"] == {"ok": 20}
    timed_out = report["timed_out"]
    assert timed_out["attempts"] == report["retried_attempt_errors"]["timeout"] > 0
    assert timed_out["cost_usd_estimate"] > 0
