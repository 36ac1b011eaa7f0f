"""sft_build: alpaca records from templates, supplements, dedup, the stratified split, dataset_info.json."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from modelcall.errors import ConfigError
from modelcall.sft.llamafactory import load_alpaca_split
from modelcall.sft.split import assign_splits
from modelcall.sft.templates import load_template

from .conftest import DATA, make_selected, run_sft


def _read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_records_follow_template_contract_and_load_like_llamafactory(tmp_path, selected_small):
    out, report = run_sft(tmp_path, selected_small, split={"ratios": {"train": 0.6, "val": 0.2, "test": 0.2}})
    info = json.loads((out / "dataset_info.json").read_text(encoding="utf-8"))
    assert set(info) == {f"phaser_sft_{s}" for s in ("train", "val", "test")}
    assert info["phaser_sft_train"] == {
        "file_name": "train.jsonl", "formatting": "alpaca",
        "columns": {"prompt": "instruction", "query": "input", "response": "output", "system": "system"},
    }
    records = [r for s in ("train", "val", "test") for r in _read(out / f"{s}.jsonl")]
    assert len(records) == 6 == report["counts"]["records_out"]
    splits = [(s, len(_read(out / f"{s}.jsonl"))) for s in ("train", "val", "test")]
    assert [(r["stage"], r["count"]) for r in report["funnel"]] == [
        ("input records", 6), ("distilled kept", 6), ("sft records", 6), *splits]
    assert {r.get("part_of") for r in report["funnel"][3:]} == {"sft records"} and report["failures"] == []
    rot = next(r for r in records if r["metadata"]["id"] == "demo_rot_v0")
    assert "任务：让一个圆形以每秒 90 度的速度持续旋转。" in rot["input"] and "- Phaser.GameObjects.Graphics" in rot["input"]
    assert "涉及模块：Scene, GameObjects" in rot["input"] and "[PLAN]" in rot["instruction"]
    assert rot["system"].startswith("你是一名资深的 Phaser 3")
    assert rot["output"].startswith("[PLAN]\nREQ: 让一个圆形") and "[/PLAN]\n\n```javascript\nconst config" in rot["output"]
    assert rot["output"].endswith("new Phaser.Game(config);\n```")
    assert rot["metadata"] == {"id": "demo_rot_v0", "prompt_id": "demo_rot", "source": "distilled", "difficulty": "easy",
                               "modules": ["Scene", "GameObjects"], "quality_score": rot["metadata"]["quality_score"],
                               "teacher_model": "mock", "area": "GameObjects"}
    # LLaMA-Factory's path: dataset_dir + dataset name -> converted examples
    loaded = {s: load_alpaca_split(out, f"phaser_sft_{s}") for s in ("train", "val", "test")}
    assert sum(len(v) for v in loaded.values()) == 6
    by_prompt = {ex["_prompt"][0]["content"]: ex for v in loaded.values() for ex in v}
    ex = by_prompt[rot["instruction"] + "\n" + rot["input"]]
    assert ex["_response"] == [{"role": "assistant", "content": rot["output"]}] and ex["_system"] == rot["system"]
    with pytest.raises(ValueError, match="Undefined dataset"):
        load_alpaca_split(out, "phaser_sft_dev")
    # the report: counts per split x difficulty x module, and lengths
    table = report["split_difficulty_module"]
    per_module = Counter()
    for cells in table.values():
        for modules in cells.values():
            per_module.update(modules)
    assert per_module == {"GameObjects": 4, "Scene": 3, "Physics": 2, "Input": 1, "Animations": 1, "Camera": 1}
    assert report["length_stats"]["train"]["output"]["n"] == report["counts"]["split_train"]
    assert report["length_stats"]["train"]["total"]["min"] > 100


def test_review_rejections_json_contract_and_english_template(tmp_path, selected_small):
    sheet = tmp_path / "review_sheet.jsonl"
    sheet.write_text(
        json.dumps({"id": "demo_spawn_v1", "verdict": "reject", "notes": "计数不对"}) + "\n"
        + json.dumps({"id": "demo_rot_v0", "verdict": "accept", "notes": ""}) + "\n",
        encoding="utf-8",
    )
    out, report = run_sft(tmp_path, selected_small, review_sheet_path=str(sheet), output_contract="json_plan",
                          language="en", split={"ratios": {"train": 1.0}})
    records = _read(out / "train.jsonl")
    assert {r["metadata"]["id"] for r in records} == {"demo_rot_v0", "demo_spawn_v0", "demo_move_v0", "demo_tween_v0", "demo_cam_v0"}
    assert report["counts"]["excluded_by_review"] == 1
    rot = next(r for r in records if r["metadata"]["id"] == "demo_rot_v0")
    assert rot["input"].startswith("Task: ") and rot["system"].startswith("You are a senior Phaser 3")
    head, code = rot["output"].split("\ncode:\n")
    assert json.loads(head.removeprefix("plan: "))["apis"] == ["Phaser.GameObjects.Graphics"]
    assert code.startswith("const config") and "```" not in rot["output"]
    assert json.loads((out / "dataset_info.json").read_text(encoding="utf-8")).keys() == {"phaser_sft_train"}


def test_supplements_are_tagged_and_deduplicated_against_distilled(tmp_path, selected_small):
    out, report = run_sft(
        tmp_path, selected_small, split={"ratios": {"train": 1.0}},
        supplements=[{"path": str(DATA / "sft" / "supplement_small.jsonl"), "source": "official", "run_validator": False}],
    )
    records = _read(out / "train.jsonl")
    sources = Counter(r["metadata"]["source"] for r in records)
    assert sources == {"distilled": 6, "official": 1}
    bounce = next(r for r in records if r["metadata"]["source"] == "official")
    assert bounce["metadata"]["prompt_id"] == "official:official_bounce" and "让一个小球在画面中反弹" in bounce["input"]
    assert report["counts"]["dropped_exact_duplicate"] == 1
    assert report["duplicates"]["exact_duplicate"][0] == {"id": "official:official_rotate_copy", "duplicate_of": "demo_rot_v0"}
    assert report["counts"]["supplement_official_in"] == 2
    assert [(r["stage"], r["count"]) for r in report["funnel"]][:4] == [
        ("input records", 6), ("distilled kept", 6), ("with supplements", 8), ("sft records", 7)]
    assert [(f["stage"], f["reason"], f["count"], f["examples"][0]["id"]) for f in report["failures"]] == [
        ("dedup", "exact_duplicate", 1, "official:official_rotate_copy")]


def _official_pairs(path: Path, areas: dict[str, int]) -> None:
    """Supplement pairs as the supplements task writes them: distinct programs, an area and a quality score each."""
    rows, n = [], 0
    for area, count in areas.items():
        for i in range(count):
            n += 1
            body = "\n".join(f"    this.add.rectangle({k}, {k}, 10, 10, 0xffffff);" for k in range(n))
            code = (f"class S{n} extends Phaser.Scene {{\n  preload() {{}}\n  create() {{\n{body}\n  }}\n}}\n"
                    f"new Phaser.Game({{ type: Phaser.AUTO, scene: S{n} }});\n")
            rows.append({"id": f"{area}/p{i}", "area": area, "quality_score": 0.5 + i / 100, "code": code,
                         "prompt_meta": {"id": f"{area}/p{i}", "task": f"画 {n} 个矩形", "difficulty": "easy",
                                         "modules": ["Scene", "GameObjects"]}})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_supplements_mix_by_count_or_share_and_the_report_shows_it(tmp_path, selected_small):
    pairs = tmp_path / "official.jsonl"
    _official_pairs(pairs, {"geom": 5, "tweens": 2})
    src = {"path": str(pairs), "source": "official", "run_validator": False}
    out, report = run_sft(tmp_path / "count", selected_small, split={"ratios": {"train": 1.0}}, dedup={"enabled": False},
                          supplements=[{**src, "count": 3}])
    official = [r for r in _read(out / "train.jsonl") if r["metadata"]["source"] == "official"]
    # the best of each area in turn: geom's top two and tweens' top one
    assert sorted(r["metadata"]["id"] for r in official) == ["official:geom/p3", "official:geom/p4", "official:tweens/p1"]
    assert report["supplement_official_mix"] == {"available": 7, "cap": 3, "kept": 3}
    assert report["counts"]["dropped_over_official_cap"] == 4
    assert report["mix"]["by_source"] == {"distilled": {"records": 6, "share": 0.6667}, "official": {"records": 3, "share": 0.3333}}
    assert report["mix"]["by_area"]["official"] == {"geom": 2, "tweens": 1}
    assert report["mix"]["by_difficulty"]["official"] == {"easy": 3}
    assert official[0]["metadata"]["area"] in ("geom", "tweens")
    # share 0.25 beside 6 distilled records: 2 pairs
    _, report = run_sft(tmp_path / "share", selected_small, split={"ratios": {"train": 1.0}}, dedup={"enabled": False},
                        supplements=[{**src, "share": 0.25}])
    assert report["mix"]["by_source"]["official"]["records"] == 2 and report["supplement_official_mix"]["cap"] == 2
    # a pair rejected in a spot-check (the review task run on the supplements output) is left out
    sheet = tmp_path / "sheet.jsonl"
    sheet.write_text(json.dumps({"id": "official:geom/p4", "verdict": "reject", "notes": "prompt too vague"}) + "\n")
    out, report = run_sft(tmp_path / "reviewed", selected_small, split={"ratios": {"train": 1.0}}, dedup={"enabled": False},
                          supplements=[{**src, "count": 3}], review_sheet_path=str(sheet))
    assert report["counts"]["excluded_by_review"] == 1
    assert "official:geom/p4" not in {r["metadata"]["id"] for r in _read(out / "train.jsonl")}
    with pytest.raises(ConfigError, match="set count or share, not both"):
        run_sft(tmp_path / "both", selected_small, supplements=[{**src, "count": 1, "share": 0.1}])


def test_split_is_stratified_grouped_and_seeded(tmp_path):
    source = tmp_path / "selected.jsonl"
    made = make_selected(source, prompts=300)
    out, report = run_sft(tmp_path, source)
    splits = {s: _read(out / f"{s}.jsonl") for s in ("train", "val", "test")}
    total = sum(len(v) for v in splits.values())
    assert total == len(made)
    where = defaultdict(set)
    for name, records in splits.items():
        for r in records:
            where[r["metadata"]["prompt_id"]].add(name)
    assert all(len(s) == 1 for s in where.values())  # no prompt spans two splits
    for name, share in (("train", 0.9), ("val", 0.05), ("test", 0.05)):
        assert abs(len(splits[name]) / total - share) < 0.02, name
    # every difficulty x modules cell is represented in val and test in proportion (to within a prompt or two)
    cells = Counter((r["metadata"]["difficulty"], tuple(r["metadata"]["modules"])) for v in splits.values() for r in v)
    for split in ("val", "test"):
        got = Counter((r["metadata"]["difficulty"], tuple(r["metadata"]["modules"])) for r in splits[split])
        for cell, n in cells.items():
            assert abs(got[cell] - 0.05 * n) <= 3.5, (split, cell)
    # seeded: the same seed gives the same split, another seed another one
    groups = {r["prompt_id"]: (r["prompt_meta"]["difficulty"], 1) for r in made}
    ratios = {"train": 0.9, "val": 0.05, "test": 0.05}
    assert assign_splits(groups, ratios, 1) == assign_splits(groups, ratios, 1)
    assert assign_splits(groups, ratios, 1) != assign_splits(groups, ratios, 2)
    assert report["split_prompts"]["val"] >= 10


def test_template_errors_name_the_problem(tmp_path):
    bad = tmp_path / "t.txt"
    bad.write_text("[instruction]\n做 {{task}}\n[input]\n{{taks}}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown placeholder \{\{taks\}\}"):
        load_template(bad)
    bad.write_text("[instruction]\nx\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"missing the \[input\] section"):
        load_template(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_template(tmp_path / "nope.txt")


@pytest.mark.skipif(not (DATA.parent.parent / "node_modules" / "acorn").is_dir(), reason="needs npm ci (node_modules)")
def test_supplements_pass_through_the_real_validator(tmp_path, selected_small):
    broken = tmp_path / "supp.jsonl"
    rows = [json.loads(x) for x in (DATA / "sft" / "supplement_small.jsonl").read_text(encoding="utf-8").splitlines()]
    rows.append({"id": "broken", "task": "语法错误的程序", "difficulty": "easy", "modules": ["Scene"],
                 "code": "const config = { type: Phaser.AUTO, scene: { create() { this.add.text(1, 1, 'x' } } };\n" * 5})
    broken.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out, report = run_sft(
        tmp_path, selected_small, split={"ratios": {"train": 1.0}}, validator={"runtime": {"enabled": False}, "cache_path": None},
        supplements=[{"path": str(broken), "source": "official", "run_validator": True}],
    )
    assert report["counts"]["supplement_official_in"] == 3 and report["counts"]["supplement_official_passed"] == 2
    assert any("syntax" in reason for reason in report["supplement_official_failures"])
    records = _read(out / "train.jsonl")
    bounce = next(r for r in records if r["metadata"]["source"] == "official")
    assert bounce["metadata"]["quality_score"] > 0.5 and "broken" not in {r["metadata"]["id"] for r in records}


def test_records_without_a_task_or_code_are_dropped_not_trained_on(tmp_path):
    from modelcall.errors import InputError

    src = tmp_path / "selected.jsonl"
    records = make_selected(src, prompts=12)
    broken = [
        {"request_id": "bare_v0", "passed": True, "code": "const a = 1;\nnew Phaser.Game({});"},  # no prompt_meta at all
        dict(records[0], request_id="blank_task_v0", prompt_id="blank", prompt_meta=dict(records[0]["prompt_meta"], task="  ")),
        dict(records[1], request_id="no_code_v0", prompt_id="nocode", code=""),
    ]
    with src.open("a", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in broken))
    out, report = run_sft(tmp_path, src, split={"ratios": {"train": 1.0}})
    ids = {r["metadata"]["id"] for r in _read(out / "train.jsonl")}
    assert not ids & {"bare_v0", "blank_task_v0", "no_code_v0"}
    assert report["counts"]["dropped_no_task"] == 2 and report["counts"]["dropped_no_code"] == 1
    failures = {(f["stage"], f["reason"]): f for f in report["failures"]}
    assert failures[("input", "no_task")]["count"] == 2 and failures[("input", "no_code")]["count"] == 1
    assert [e["id"] for e in failures[("input", "no_task")]["examples"]] == ["bare_v0", "blank_task_v0"]
    with src.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(dict(records[2], request_id="num_v0", code=7)) + "\n")
    lines = len(src.read_text(encoding="utf-8").splitlines())
    with pytest.raises(InputError, match=rf"selected\.jsonl:{lines}: code is int"):
        run_sft(tmp_path, src)


def test_a_tokenizer_that_cannot_be_loaded_is_a_config_error_before_anything_is_written(tmp_path, selected_small):
    pytest.importorskip("transformers")
    from modelcall.tasks import run_task_mapping

    with pytest.raises(ConfigError, match="tokenizer_path"):
        run_task_mapping({"task_name": "sft_tok", "task_type": "sft_build", "input_path": str(selected_small),
                          "output_dir": str(tmp_path / "sft"), "reports_dir": str(tmp_path / "reports"), "progress": False,
                          "tokenizer_path": str(tmp_path / "no_such_tokenizer")}, "test")
    assert not (tmp_path / "sft").exists()


def test_a_missing_list_field_reads_like_an_empty_one():
    template = load_template(DATA.parent.parent / "configs" / "prompts" / "sft_zh.txt")
    _, missing, _ = template.render_prompt({"task": "画一个圆", "difficulty": "easy"}, "plan_block")
    _, empty, _ = template.render_prompt({"task": "画一个圆", "difficulty": "easy", "modules": [], "constraints": [],
                                          "must_use_apis": []}, "plan_block")
    assert missing == empty and "约束：\n（无）" in missing
