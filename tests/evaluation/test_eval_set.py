"""eval_set: held-out IID prompts, OOD module combinations, determinism, and the leakage check."""
from __future__ import annotations

import json

import pytest

from modelcall.errors import TaskFailed
from modelcall.evaluation.eval_set import module_combo
from modelcall.tasks import run_task_mapping

from .conftest import load_seeds, write_train_split


def _task(tmp_path, seeds_path, train_path, **extra):
    mapping = {
        "task_name": "eval_set_test",
        "task_type": "eval_set",
        "seeds_path": str(seeds_path),
        "train_path": str(train_path),
        "output_path": str(tmp_path / "out" / "prompts_eval.jsonl"),
        "reports_dir": str(tmp_path / "reports"),
        "ood_size": 5,
        "human_size": 6,
        "progress": False,
    }
    mapping.update(extra)
    return mapping


def _read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_iid_held_out_and_ood_unseen_combinations(tmp_path, seeds_path, train_split):
    outcome = run_task_mapping(_task(tmp_path, seeds_path, train_split), "test")
    assert outcome.exit_code == 0
    prompts = _read(tmp_path / "out" / "prompts_eval.jsonl")
    seeds = load_seeds()
    train_ids = {s["id"] for s in seeds[:16]}
    train_combos = {module_combo(s["modules"]) for s in seeds[:16]}
    iid = [p for p in prompts if p["eval"]["split"] == "iid"]
    ood = [p for p in prompts if p["eval"]["split"] == "ood"]
    assert sorted(p["id"] for p in iid) == sorted(s["id"] for s in seeds[16:])
    assert len(ood) == 5
    report = json.loads(outcome.report_path.read_text(encoding="utf-8"))
    assert [(r["stage"], r["count"]) for r in report["funnel"]] == [
        ("seeds", len(seeds)), ("held out", len(iid)), ("eval prompts", len(prompts)), ("iid", len(iid)), ("ood", 5),
        ("for human rating", 6)]
    used = [src for p in ood for src in p["eval"]["sources"]]
    assert len(used) == len(set(used))  # every seed at most once
    by_id = {s["id"]: s for s in seeds}
    for p in ood:
        a, b = (by_id[x] for x in p["eval"]["sources"])
        assert module_combo(a["modules"]) != module_combo(b["modules"])
        assert p["eval"]["module_combo"] not in train_combos
        assert set(p["modules"]) == set(a["modules"]) | set(b["modules"])
        assert a["task"].rstrip("。") in p["task"] and b["task"] in p["task"]
        assert set(a["must_use_apis"]) | set(b["must_use_apis"]) == set(p["must_use_apis"])
        assert p["id"] not in train_ids
    human = _read(tmp_path / "out" / "prompts_human.jsonl")
    assert len(human) == 6 and {p["id"] for p in human} <= {p["id"] for p in prompts}
    assert {p["eval"]["split"] for p in human} == {"iid", "ood"}
    report = json.loads(outcome.report_path.read_text(encoding="utf-8"))
    assert report["counts"]["iid"] == 8 and report["counts"]["ood"] == 5
    assert report["leakage"]["leak_count"] == 0


def test_same_seed_same_files_other_seed_differs(tmp_path, seeds_path, train_split):
    outputs = []
    for run, seed in (("a", 7), ("b", 7), ("c", 8)):
        out = tmp_path / run / "prompts_eval.jsonl"
        run_task_mapping(_task(tmp_path, seeds_path, train_split, seed=seed, output_path=str(out), iid_size=5), "t")
        outputs.append((out.read_bytes(), (out.parent / "prompts_human.jsonl").read_bytes()))
    assert outputs[0] == outputs[1]
    assert outputs[0] != outputs[2]


def test_leakage_fails_loudly_and_writes_nothing(tmp_path, seeds_path):
    seeds = load_seeds()
    # a held-out seed's task sneaks into training under another id (a duplicate seed)
    leaked = seeds[20]
    train = write_train_split(tmp_path / "train.jsonl", seeds[:16], extra_texts={"dup_99": f"任务：{leaked['task']}"})
    with pytest.raises(TaskFailed, match=r"LEAKAGE: 1 eval prompt.*seed_020: its task text appears"):
        run_task_mapping(_task(tmp_path, seeds_path, train), "test")
    assert not (tmp_path / "out" / "prompts_eval.jsonl").exists()
    report = json.loads((tmp_path / "reports" / "eval_set_test.json").read_text(encoding="utf-8"))
    assert report["status"] == "failed" and report["leakage"]["leaks"][0]["prompt_id"] == "seed_020"
    (leak,) = report["failures"]
    assert (leak["stage"], leak["reason"], leak["count"], leak["examples"][0]["id"]) == ("leakage", "in_train_split", 1, "seed_020")


def test_no_held_out_seeds_fails(tmp_path, seeds_path):
    train = write_train_split(tmp_path / "train.jsonl", load_seeds())
    with pytest.raises(TaskFailed, match="only 0 seeds are held out"):
        run_task_mapping(_task(tmp_path, seeds_path, train), "test")


def test_train_path_may_be_the_sft_folder(tmp_path, seeds_path, train_split):
    info = {"phaser_sft_train": {"file_name": "train.jsonl", "columns": {"prompt": "instruction"}}}
    (train_split.parent / "dataset_info.json").write_text(json.dumps(info), encoding="utf-8")
    outcome = run_task_mapping(_task(tmp_path, seeds_path, train_split.parent), "test")
    assert outcome.report.counts["train_prompt_ids"] == 16
