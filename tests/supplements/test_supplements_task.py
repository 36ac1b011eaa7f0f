"""The supplements task end to end on the shipped example programs: asset policies, check/repair, overlap,
provenance, the report, the fake provider through the real SDK, and the dry run."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from modelcall.tasks import run_task_file

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "data" / "supplements" / "programs"
needs_browser = pytest.mark.skipif(
    not Path("/usr/bin/chromium").exists() or shutil.which("node") is None or not (ROOT / "node_modules" / "phaser").is_dir(),
    reason="needs chromium, node and npm ci",
)
pytestmark = [pytest.mark.browser, needs_browser]
SKIPPED = {"misc/enemy_scene": "no_phaser_game", "misc/module_game": "module_imports", "misc/needs_helper": "external_script",
           "misc/phaser.min": "library_file", "misc/two_games": "several_games",
           "misc/runtime_error": "program_failed", "misc/syntax_error": "program_failed"}
ASSET_FREE = {"graphics/spinner_no_preload", "graphics/square", "input/inline_texture", "misc/title"}
WITH_ASSETS = {"input/logo_tween", "input/walker_spritesheet", "input/click_sound"}


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("validator") / "validator.sqlite"


def write_config(tmp_path: Path, cache: Path, **extra) -> Path:
    cfg = {
        "task_name": "sup", "task_type": "supplements", "input_path": str(PROGRAMS),
        "output_path": str(tmp_path / "pairs.jsonl"), "reports_dir": str(tmp_path / "reports"),
        "model_config": str(ROOT / "configs" / "models" / "mock.yaml"), "licence": "MIT (code only)", "progress": False,
        "validator": {"cache_path": str(cache), "runtime": {"screenshots_dir": None}},
    }
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(cfg.get(key), dict):
            cfg[key] = {**cfg[key], **value}
        else:
            cfg[key] = value
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "task.yaml"
    path.write_text(json.dumps(cfg))
    return path


def read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def outcome(tmp_path: Path):
    pairs = {p["id"]: p for p in read(tmp_path / "pairs.jsonl")}
    rejected = {r["id"]: r["reason"].split(":")[0] for r in read(tmp_path / "pairs.rejected.jsonl")}
    report = json.loads((tmp_path / "reports" / "sup.json").read_text())
    return pairs, rejected, report


@pytest.mark.parametrize("policy", ["drop", "placeholder", "rewrite"])
def test_asset_policies(tmp_path, cache, policy):
    result = run_task_file(write_config(tmp_path, cache, assets={"policy": policy}), [])
    assert result.status == "ok"
    pairs, rejected, report = outcome(tmp_path)
    expected = {k: v for k, v in SKIPPED.items()} | {"graphics/square_copy": "near_duplicate_pair"}
    if policy == "drop":
        expected |= {name: "loads_assets" for name in WITH_ASSETS}
        assert set(pairs) == ASSET_FREE
    elif policy == "placeholder":
        expected["input/click_sound"] = "prompt_mismatch"  # the mock's plan names a sound API the check does not count
        assert set(pairs) == ASSET_FREE | {"input/logo_tween", "input/walker_spritesheet"}
        assert pairs["input/logo_tween"]["uses_assets"] is True and pairs["input/logo_tween"]["asset_policy"] == "placeholder"
        assert "可以加载图片" in "".join(pairs["input/logo_tween"]["prompt_meta"]["constraints"])
    else:
        assert set(pairs) == ASSET_FREE | WITH_ASSETS
        for name in WITH_ASSETS:
            pair = pairs[name]
            assert pair["rewritten"] is True and pair["uses_assets"] is False and pair["asset_policy"] == "rewrite"
            assert pair["code_hash"] != pair["original_code_hash"] and "this.load." not in pair["code"]
        assert report["stages"]["rewrite"] == {**report["stages"]["rewrite"], "requests": 3, "answers": 3, "passed": 3}
    assert rejected == expected
    for pair in pairs.values():
        assert pair["passed"] is True and pair["source"] == "official" and pair["request_id"] == f"official:{pair['id']}"
        assert pair["provenance"]["licence"] == "MIT (code only)" and pair["provenance"]["path"].startswith(pair["id"])
        seed = pair["prompt_meta"]
        assert seed["id"] == pair["id"] and seed["difficulty"] in ("easy", "medium", "hard") and seed["must_use_apis"]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in seed["task"])
        assert not pair["validation"]["api_usage"]["must_use_misses"]
        assert "fail" not in pair["validation"]["hints"].values() and pair["plan"]["apis"]
        assert pair["supplement_cost_usd"] > 0 and pair["quality_score"] is not None
    assert pairs["graphics/spinner_no_preload"]["edits"][0].startswith("added_empty_preload")
    assert "preload ()" in pairs["graphics/spinner_no_preload"]["code"]
    # the mock's first prompt for inline_texture names pointerdown (only a string there): repaired once
    assert pairs["input/inline_texture"]["prompt_repaired"] is True
    # ... and its first task asked for clicks the program never reads (l4:no_input): the repaired one does not
    assert "点击" not in pairs["input/inline_texture"]["prompt_meta"]["task"]
    assert report["asset_policy"]["used"] == policy and report["counts"]["pairs"] == len(pairs)
    assert report["cost"]["per_pair_usd"] > 0 and report["time"]["per_pair_s"] > 0
    assert sum(report["pairs_by_area"].values()) == len(pairs)
    assert report["rejected_reasons"]["program_failed"] == 2
    funnel = [(r["stage"], r["count"]) for r in report["funnel"]]
    assert funnel[-1] == ("pairs", len(pairs)) and funnel[0][1] == report["counts"]["files_in"]
    assert sum(f["count"] for f in report["failures"]) == len(rejected)
    assert {e["id"] for f in report["failures"] for e in f["examples"]} <= set(rejected)
    spend = report["spend"]
    assert sum(m["answers"] for m in spend.values()) >= len(pairs)
    assert abs(sum(m["cost_usd"] for m in spend.values()) - report["cost"]["teacher_usd"]) < 1e-5


def test_auto_policy_follows_the_constraints(tmp_path, cache):
    seeds = tmp_path / "seeds.jsonl"
    rows = [{"id": f"s{i}", "difficulty": d, "modules": ["Scene"], "task": f"画一个圆 {i}", "constraints": ["使用 Phaser 3"],
             "must_use_apis": [], "eval_hints": []} for i, d in enumerate(["easy", "medium", "hard"])]
    seeds.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    cfg = write_config(tmp_path, cache, prompts={"seeds_path": str(seeds)}, max_programs=3)
    assert run_task_file(cfg, []).status == "ok"
    pairs, _, report = outcome(tmp_path)
    assert report["asset_policy"] == {"configured": "auto", "used": "placeholder", "why": "auto: the constraints allow assets"}
    assert all(p["prompt_meta"]["constraints"] == ["使用 Phaser 3"] for p in pairs.values())
    request = read(tmp_path / "supplements_work" / "reverse" / "requests.jsonl")[0]
    assert "画一个圆 0" in request["messages"][1]["content"]  # the seeds are shown as style examples


def test_overlap_with_distilled_samples_and_eval_prompts(tmp_path, cache):
    first = tmp_path / "first"
    run_task_file(write_config(first, cache, assets={"policy": "drop"}), [])
    pairs, _, _ = outcome(first)
    distilled = tmp_path / "selected.jsonl"
    square = (PROGRAMS / "graphics" / "square.js").read_text().replace("0x9b59b6", "0x123456")
    distilled.write_text(json.dumps({"request_id": "demo_001_v0", "code": square, "passed": True}) + "\n")
    eval_prompts = tmp_path / "eval.jsonl"
    leaked = pairs["misc/title"]["prompt_meta"]["task"].replace("。", "!")  # punctuation does not hide a leak
    eval_prompts.write_text(json.dumps({"id": "eval_007", "task": leaked}, ensure_ascii=False) + "\n")
    second = tmp_path / "second"
    cfg = write_config(second, cache, assets={"policy": "drop"},
                       overlap={"distilled_path": str(distilled), "eval_prompts_path": [str(eval_prompts)]})
    assert run_task_file(cfg, []).status == "ok"
    pairs, rejected, report = outcome(second)
    assert rejected["graphics/square"] == rejected["graphics/square_copy"] == "near_duplicate_distilled"
    assert rejected["misc/title"] == "eval_leak"
    assert set(pairs) == {"graphics/spinner_no_preload", "input/inline_texture"}
    assert report["overlap"] == {"distilled_programs": 1, "eval_prompts": 1, "near_duplicate_distilled": 2, "eval_leak": 1}
    why = [r for r in read(second / "pairs.rejected.jsonl") if r["id"] == "misc/title"][0]["reason"]
    assert "eval:eval_007" in why


def test_fake_provider_through_the_anthropic_sdk_and_a_rerun_resumes(tmp_path, cache, fake_provider):
    server = fake_provider()
    model = {"alias": "fake-anthropic", "provider": "anthropic", "model": "fake-model", "api_key_env": "MODELCALL_FAKE_KEY",
             "base_url": server.url, "params": {"temperature": 0.7, "max_tokens": 4000},
             "pricing": {"input_per_mtok": 3.0, "output_per_mtok": 15.0}, "timeout_s": 10}
    cfg = write_config(tmp_path, cache, model_config=model, assets={"policy": "rewrite"})
    assert run_task_file(cfg, []).status == "ok"
    pairs, _, report = outcome(tmp_path)
    assert set(pairs) == ASSET_FREE | WITH_ASSETS
    assert report["stages"]["reverse"]["answers"] == 8 and report["cost"]["teacher_usd"] > 0
    calls = server.fake.stats["requests"]
    assert calls >= 3 + 8
    assert run_task_file(cfg, []).status == "ok"  # answers are on disk: nothing is sent again
    _, _, again = outcome(tmp_path)
    assert again["stages"]["reverse"]["answers"] == 8 and server.fake.stats["requests"] == calls


def test_batch_api_mode_through_the_fake_provider(tmp_path, cache, fake_provider):
    server = fake_provider(batch_latency_s=0.1)
    model = {"alias": "fake-anthropic", "provider": "anthropic", "model": "fake-model", "api_key_env": "MODELCALL_FAKE_KEY",
             "base_url": server.url, "params": {"max_tokens": 4000}, "pricing": {"input_per_mtok": 3.0, "output_per_mtok": 15.0,
                                                                               "batch_discount": 0.5}, "timeout_s": 10}
    cfg = write_config(tmp_path, cache, model_config=model, assets={"policy": "drop"},
                       generation={"mode": "batch", "batch_poll_s": 0.05})
    assert run_task_file(cfg, []).status == "ok"
    pairs, _, report = outcome(tmp_path)
    assert set(pairs) == ASSET_FREE
    rows = read(tmp_path / "supplements_work" / "reverse" / "raw_outputs.jsonl")
    assert rows and {r["mode"] for r in rows} == {"batch"} and server.fake.stats["batches_created"] >= 1


def test_dry_run_estimates_cost_without_answers(tmp_path, cache):
    cfg = write_config(tmp_path, cache, assets={"policy": "rewrite"},
                       generation={"mode": "dry_run", "compare_models": [str(ROOT / "configs" / "models" / "claude-sonnet-4-5.yaml")]})
    assert run_task_file(cfg, []).status == "ok"
    report = json.loads((tmp_path / "reports" / "sup.json").read_text())
    assert not (tmp_path / "pairs.jsonl").exists()
    assert report["dry_run"]["requests"] == 3 + 8  # 3 rewrites + a reverse prompt for each of the 8 programs that run
    assert len(report["dry_run_per_program"]) == 2
