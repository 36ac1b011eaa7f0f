from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.errors import ConfigError, InputError
from modelcall.phaser.requests import context_line, resolve_api
from modelcall.tasks import run_task_file, run_task_mapping

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds_small.jsonl"


def _run(tmp_path, api_index_path, **extra):
    mapping = {
        "task_name": "dr_test", "task_type": "distill_requests", "seeds_path": str(SEEDS),
        "output_path": str(tmp_path / "requests.jsonl"), "api_index_path": str(api_index_path),
        "reports_dir": str(tmp_path / "reports"), "progress": False,
    }
    mapping.update(extra)
    outcome = run_task_mapping(mapping, source="<test>")
    rows = [json.loads(line) for line in (tmp_path / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    return outcome, rows


def test_requests_schema_and_variants(tmp_path, api_index_path):
    outcome, rows = _run(tmp_path, api_index_path)
    seeds = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 3 * len(seeds)
    first = rows[:3]
    assert [r["request_id"] for r in first] == [f"{seeds[0]['id']}_v{i}" for i in range(3)]
    assert [r["gen"]["temperature"] for r in first] == [0.6, 0.8, 1.0]
    assert len({r["gen"]["seed"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) >= {"request_id", "prompt_id", "variant", "messages", "gen", "meta", "prompt_meta"}
        assert [m["role"] for m in r["messages"]] == ["system", "user"]
        assert set(r["gen"]) == {"temperature", "top_p", "max_tokens", "seed"}
        meta = r["meta"]
        assert meta["phaser_version"] == "3.90.0" and meta["api_top_k"] == 20 and meta["template"] == "phaser_teacher_zh"
        assert len(meta["api_context"]) == 20
        seed = r["prompt_meta"]
        assert seed["id"] == r["prompt_id"]
        for api in seed["must_use_apis"]:
            assert api in meta["api_context"]
        user = r["messages"][1]["content"]
        assert seed["task"] in user
        for item in seed["constraints"] + seed["must_use_apis"] + seed["eval_hints"]:
            assert f"- {item}" in user
        system = r["messages"][0]["content"]
        for sid in meta["api_context"]:
            assert sid in system  # injected as signature lines
    # the shared prefix is byte-identical across every request, and the seed part follows it
    prefixes = {r["messages"][0]["content"][: r["meta"]["system_prefix_chars"]] for r in rows}
    assert len(prefixes) == 1
    assert "Phaser.Scene#add: Phaser.GameObjects.GameObjectFactory" in prefixes.pop()
    report = json.loads(outcome.report_path.read_text())
    assert report["counts"]["requests_out"] == len(rows) and report["counts"]["seeds_used"] == len(seeds)
    assert report["retrieval"]["recall_at_20"] >= 0.9
    curve = report["retrieval"]["recall_curve"]
    assert list(curve) == ["@1", "@5", "@10", "@20"] and curve["@1"] <= curve["@5"] <= curve["@10"] <= curve["@20"]
    assert report["prompts"]["templates"]["phaser_teacher_zh"]["system_prefix_chars"] > 1000


def test_template_cycle_options_and_deterministic(tmp_path, api_index_path):
    _, rows = _run(tmp_path, api_index_path, template=["phaser_teacher_zh", "phaser_teacher_json_en"],
                   variants=2, generation={"temperatures": [0.3], "top_p": 0.9, "max_tokens": 100, "base_seed": 7},
                   retrieval={"top_k": 5, "analyzer": "none"}, max_seeds=2)
    assert len(rows) == 4
    assert [r["meta"]["template"] for r in rows[:2]] == ["phaser_teacher_zh", "phaser_teacher_json_en"]
    assert rows[1]["meta"]["contract"] == "json_plan" and "Task:" in rows[1]["messages"][1]["content"]
    assert rows[0]["gen"] == {"temperature": 0.3, "top_p": 0.9, "max_tokens": 100, "seed": rows[0]["gen"]["seed"]}
    assert all(len(r["meta"]["api_context"]) >= 5 for r in rows)
    _, again = _run(tmp_path, api_index_path, template=["phaser_teacher_zh", "phaser_teacher_json_en"],
                    variants=2, generation={"temperatures": [0.3], "top_p": 0.9, "max_tokens": 100, "base_seed": 7},
                    retrieval={"top_k": 5, "analyzer": "none"}, max_seeds=2)
    assert again == rows


def test_bad_seeds_error_or_skip(tmp_path, api_index_path):
    seeds = tmp_path / "seeds.jsonl"
    good = json.loads(SEEDS.read_text(encoding="utf-8").splitlines()[0])
    seeds.write_text("\n".join([json.dumps(good), json.dumps({"id": "x"}), json.dumps(good),
                                json.dumps({**good, "id": "y", "must_use_apis": ["Phaser.NotAThing"]})]) + "\n")
    with pytest.raises(InputError, match=r"seeds.jsonl:2: seed x: missing 'task'"):
        _run(tmp_path, api_index_path, seeds_path=str(seeds))
    outcome, rows = _run(tmp_path, api_index_path, seeds_path=str(seeds), on_bad_line="skip", check_must_use=False)
    report = json.loads(outcome.report_path.read_text())
    assert report["counts"]["seeds_skipped"] == 2 and len(rows) == 6
    assert report["seeds"]["skipped_by_reason"] == {"missing_field": 1, "duplicate_id": 1}
    assert [(r["stage"], r["count"]) for r in report["funnel"]] == [("seed lines", 4), ("seeds used", 2), ("requests", 6)]
    failures = {(f["stage"], f["reason"]): f for f in report["failures"]}
    assert failures[("seeds", "missing_field")]["count"] == 1 and failures[("seeds", "duplicate_id")]["count"] == 1
    assert "seeds.jsonl:2: seed x: missing 'task'" in failures[("seeds", "missing_field")]["examples"][0]["message"]
    assert report["retrieval"]["must_use_not_in_index_examples"] == {"Phaser.NotAThing": 1}


def test_a_must_use_name_no_program_can_meet_stops_the_seed_before_any_request(tmp_path, api_index_path):
    """Every answer to such a seed fails L2's must-use check, so its requests would be paid for and all thrown away."""
    good = json.loads(SEEDS.read_text(encoding="utf-8").splitlines()[0])
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text("\n".join(json.dumps({**good, "id": f"s{i}", "must_use_apis": names}) for i, names in enumerate([
        ["Phaser.Time.Clock.addEvent", "registry", "time.addEvent", "pointermove"],  # loose, but met by real code
        ["Phaser.GameObjects.Graphic"],
        ["Phaser.Physic.Arcade.Sprite"],
        ["cursor keys"],
    ])) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"seeds.jsonl:2: seed s1: must_use_apis names 'Phaser.GameObjects.Graphic', "
                       r"which is no Phaser 3.90.0 API, .*did you mean Phaser.GameObjects.Graphics\?"):
        _run(tmp_path, api_index_path, seeds_path=str(seeds))
    assert not (tmp_path / "requests.jsonl").exists()
    outcome, rows = _run(tmp_path, api_index_path, seeds_path=str(seeds), on_bad_line="skip", variants=1)
    report = json.loads(outcome.report_path.read_text())
    assert [r["prompt_id"] for r in rows] == ["s0"]
    assert report["seeds"]["skipped_by_reason"] == {"unknown_must_use": 3}
    examples = [e["message"] for e in next(f for f in report["failures"] if f["reason"] == "unknown_must_use")["examples"]]
    assert any("did you mean Phaser.Physics.Arcade.Sprite?" in m for m in examples)
    assert any("'cursor keys'" in m and "did you mean" not in m for m in examples)
    _, rows = _run(tmp_path, api_index_path, seeds_path=str(seeds), variants=1, check_must_use=False)
    assert len(rows) == 4


def test_config_errors(tmp_path, api_index_path):
    with pytest.raises(ConfigError, match="retrieval.analyzr: unknown key"):
        _run(tmp_path, api_index_path, retrieval={"analyzr": "both"})
    with pytest.raises(ConfigError, match="not found"):
        _run(tmp_path, api_index_path, template="nope")
    with pytest.raises(InputError, match="file not found"):
        _run(tmp_path, api_index_path, seeds_path=str(tmp_path / "none.jsonl"))
    with pytest.raises(ConfigError, match="indexes Phaser 3.90.0 but phaser_version is 3.80.1"):
        _run(tmp_path, api_index_path, phaser_version="3.80.1")


def test_resolve_api_and_context_lines(api_index):
    assert resolve_api(api_index, "Phaser.Math.Between") == "Phaser.Math.Between"
    assert resolve_api(api_index, "Phaser.Cameras.Scene2D.Camera.setBounds") == "Phaser.Cameras.Scene2D.Camera#setBounds"
    assert resolve_api(api_index, "this.physics.add.sprite") == "Phaser.Physics.Arcade.Factory#sprite"
    assert resolve_api(api_index, "GameObjects.Graphics") == "Phaser.GameObjects.Graphics"
    assert resolve_api(api_index, "Phaser.Nope") is None
    assert context_line(api_index, api_index.get("Phaser.Math.Between")) == "Phaser.Math.Between(min: number, max: number): number"
    assert context_line(api_index, api_index.get("Phaser.GameObjects.Graphics")).startswith("new Phaser.GameObjects.Graphics(")
    assert "pointerdown" in context_line(api_index, api_index.get("Phaser.Input.Events.POINTER_DOWN"))
    assert context_line(api_index, api_index.get("Phaser.Types.Input.Keyboard.CursorKeys")).startswith(
        "interface Phaser.Types.Input.Keyboard.CursorKeys { ")


def test_shipped_config_runs(tmp_path, api_index_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    outcome = run_task_file(ROOT / "configs/tasks/phaser/distill_requests.yaml",
                            [f"output_path={tmp_path}/r.jsonl", f"api_index_path={api_index_path}",
                             f"reports_dir={tmp_path}/rep", "progress=false"])
    assert outcome.exit_code == 0


def test_input_path_alias(tmp_path, api_index_path):
    mapping = {"task_name": "dr_alias", "task_type": "distill_requests", "input_path": str(SEEDS),
               "output_path": str(tmp_path / "r.jsonl"), "api_index_path": str(api_index_path),
               "reports_dir": str(tmp_path / "reports"), "progress": False, "max_seeds": 1, "variants": 1}
    assert run_task_mapping(mapping, source="<test>").exit_code == 0
    assert len((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_a_must_use_class_brings_the_call_that_creates_it(tmp_path, api_index_path):
    """A must-use class comes with its factory line (this.add.particles for ParticleEmitter, this.physics.add.group
    for an Arcade Group): the constructor alone steers teachers to removed APIs like createEmitter."""
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text(json.dumps({"id": "fw", "task": "点击屏幕在点击处爆发彩色粒子，同时掉落一组会反弹的小球。",
                                 "must_use_apis": ["Phaser.GameObjects.Particles.ParticleEmitter", "Phaser.Physics.Arcade.Group"],
                                 "eval_hints": ["应调用 explode"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    outcome, rows = _run(tmp_path, api_index_path, seeds_path=str(seeds), variants=1)
    assert outcome.exit_code == 0
    system = next(m["content"] for m in rows[0]["messages"] if m["role"] == "system")
    system = system if isinstance(system, str) else " ".join(part.get("text", "") for part in system)
    assert "Phaser.GameObjects.GameObjectFactory#particles(" in system
    assert "Phaser.Physics.Arcade.Factory#group(" in system
