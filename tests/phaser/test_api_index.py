from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.errors import InputError
from modelcall.phaser.api_index import (
    ensure_api_index,
    find_phaser_package,
    load_api_index,
    normalize_type,
    parse_dts,
)
from modelcall.tasks import run_task_file, run_task_mapping


def test_counts_and_version(phaser_build):
    assert phaser_build.version == "3.90.0"
    assert len(phaser_build.records) >= 19000
    counts = phaser_build.counts
    assert set(counts) <= {"namespace", "class", "interface", "method", "property", "function", "const", "event"}
    assert counts["event"] >= 200 and counts["class"] >= 250 and counts["const"] >= 200
    ids = [r["symbol_id"] for r in phaser_build.records]
    assert len(ids) == len(set(ids))


def test_inherited_members_resolved(api_index):
    rec = api_index.get("Phaser.Cameras.Scene2D.Camera#setBounds")
    assert rec is not None and rec["kind"] == "method"
    assert rec["inherited_from"] == "Phaser.Cameras.Scene2D.BaseCamera"
    assert rec["returns"] == "Phaser.Cameras.Scene2D.Camera"  # 'this' resolved onto the subclass
    # generic parent from phaser.d.ts / augments: DisplayList extends List<GameObject>
    get_at = api_index.get("Phaser.GameObjects.DisplayList#getAt")
    assert get_at is not None and get_at["inherited_from"] == "Phaser.Structs.List"
    assert get_at["returns"] == "Phaser.GameObjects.GameObject"
    assert "setVelocity" in api_index.members("Phaser.Physics.Arcade.Sprite")
    assert "setVelocity" not in api_index.members("Phaser.Physics.Arcade.Sprite", include_inherited=False)


def test_events_constants_functions_static(api_index):
    ev = api_index.get("Phaser.Input.Events.POINTER_DOWN")
    assert ev["kind"] == "event" and ev["event_name"] == "pointerdown"
    assert "pointerdown" in ev["signature"]
    assert any(e["symbol_id"] == "Phaser.Input.Events.POINTER_DOWN" for e in api_index.events_named("pointerdown"))
    assert api_index.get("Phaser.AUTO")["kind"] == "const"
    between = api_index.get("Phaser.Math.Between")
    assert between["kind"] == "function" and between["static"] is True
    assert between["signature"] == "Between(min: number, max: number): number"
    assert "Phaser.Math#Between" not in api_index
    assert api_index.get("Phaser.GameObjects.Components.Alpha")["kind"] == "interface"
    assert api_index.get("Phaser.Math")["kind"] == "namespace"


def test_chain_types(api_index):
    assert api_index.member_type("Phaser.Scene", "add") == "Phaser.GameObjects.GameObjectFactory"
    assert api_index.member_type("Phaser.Scene", "physics") == "Phaser.Physics.Arcade.ArcadePhysics"
    chain = api_index.resolve_chain("Phaser.Scene", ["input", "keyboard", "createCursorKeys", "left", "isDown"])
    assert [c["symbol_id"] for c in chain][-1] == "Phaser.Input.Keyboard.Key#isDown"
    chain = api_index.resolve_chain("Phaser.Scene", ["cameras", "main", "notAMethod", "x"])
    assert chain[1]["symbol_id"] == "Phaser.Cameras.Scene2D.CameraManager#main"
    assert chain[2] is None and chain[3] is None
    assert api_index.member("Phaser.Display.Color", "GetColor")["static"] is True


def test_record_schema(phaser_build):
    keys = {"symbol_id", "name", "kind", "owner", "signature", "params", "returns", "inherited_from", "tags", "source"}
    for rec in phaser_build.records[:: max(1, len(phaser_build.records) // 500)]:
        assert keys <= set(rec)
        assert rec["source"]["version"] == "3.90.0"
        for p in rec["params"]:
            assert set(p) == {"name", "type", "optional", "rest"}


def test_normalize_type():
    assert normalize_type(["Array.<Phaser.GameObjects.GameObject>"]) == "Phaser.GameObjects.GameObject[]"
    assert normalize_type(["*", "Array.<*>"]) == "any | any[]"
    assert normalize_type(None) is None


def test_parse_dts_generic_parent(tmp_path):
    dts = tmp_path / "x.d.ts"
    dts.write_text(
        "declare namespace Phaser {\n    namespace Structs {\n        class List<T> {\n        }\n    }\n"
        "    namespace GameObjects {\n        class DisplayList extends Phaser.Structs.List<Phaser.GameObjects.GameObject> {\n"
        "        }\n        interface Alpha {\n        }\n    }\n}\n"
    )
    decls = parse_dts(dts)
    assert decls["Phaser.GameObjects.DisplayList"].extends == ["Phaser.Structs.List<Phaser.GameObjects.GameObject>"]
    assert decls["Phaser.Structs.List"].generics == ["T"]
    assert decls["Phaser.GameObjects.Alpha"].kind == "interface"


def test_ensure_and_load(phaser_build, tmp_path, monkeypatch):
    import modelcall.phaser.api_index as api_module

    calls = []
    monkeypatch.setattr(api_module, "build_api_index", lambda *a: calls.append(a) or phaser_build)  # built once already
    target = tmp_path / "idx.jsonl"
    path = ensure_api_index(str(target))
    assert len(calls) == 1
    assert path == target and path.is_file()
    first_mtime = path.stat().st_mtime_ns
    assert ensure_api_index(str(target)).stat().st_mtime_ns == first_mtime  # cached, not rebuilt
    assert len(calls) == 1
    ensure_api_index(str(target), rebuild=True)
    assert len(calls) == 2
    index = load_api_index(path)
    assert len(index) == len(phaser_build.records) and index.version == "3.90.0"
    assert load_api_index(path) is index


def test_errors(tmp_path):
    with pytest.raises(InputError, match="npm ci"):
        find_phaser_package(tmp_path)
    with pytest.raises(InputError, match="3.80.0"):
        ensure_api_index(str(tmp_path / "x.jsonl"), version="3.80.0")
    with pytest.raises(InputError, match="not found"):
        load_api_index(tmp_path / "missing.jsonl")
    bad = tmp_path / "phaser"
    (bad / "types").mkdir(parents=True)
    (bad / "types" / "phaser.json").write_text("{not json")
    (bad / "package.json").write_text(json.dumps({"version": "3.1.0"}))
    with pytest.raises(InputError, match="cannot read"):
        ensure_api_index(str(tmp_path / "y.jsonl"), version="3.1.0", package_dir=bad)


def test_runner(tmp_path, phaser_build):
    out = tmp_path / "api.jsonl"
    root = Path(__file__).resolve().parents[2]
    outcome = run_task_file(root / "configs/tasks/phaser/api_index.yaml",
                            [f"output_path={out}", f"reports_dir={tmp_path / 'r'}", "progress=false"])
    assert outcome.exit_code == 0
    report = json.loads(outcome.report_path.read_text())
    assert report["version"] == "3.90.0"
    assert report["counts"]["entries"] == len(phaser_build.records) == sum(report["counts_by_kind"].values())
    assert all(report["checks"].values())
    assert report["funnel"] == [{"stage": "entries", "count": len(phaser_build.records)}] and report["failures"] == []
    assert sum(1 for _ in out.open()) == len(phaser_build.records)
    with pytest.raises(InputError, match="3.55.2"):
        run_task_mapping(
            {"task_name": "idx2", "task_type": "api_index", "version": "3.55.2", "output_path": str(out),
             "reports_dir": str(tmp_path / "r"), "progress": False},
            source="<test>",
        )
    assert json.loads((tmp_path / "r" / "idx2.json").read_text())["status"] == "invalid_input"
    assert json.loads(outcome.report_path.read_text())["task_name"] == "phaser_api_index"


def test_runner_fails_on_a_broken_index(tmp_path, phaser_build, monkeypatch):
    import dataclasses

    import modelcall.phaser.api_index as api_module
    from modelcall.errors import TaskFailed

    broken = dataclasses.replace(phaser_build, records=[r for r in phaser_build.records if r["kind"] != "event"])
    monkeypatch.setattr(api_module, "build_api_index", lambda *a: broken)
    with pytest.raises(TaskFailed, match=r"Phaser.Input.Events.POINTER_DOWN"):
        run_task_mapping({"task_name": "idx3", "task_type": "api_index", "output_path": str(tmp_path / "a.jsonl"),
                          "reports_dir": str(tmp_path / "r"), "progress": False}, source="<test>")
    report = json.loads((tmp_path / "r" / "idx3.json").read_text())
    assert report["status"] == "failed" and report["checks"]["Phaser.Input.Events.POINTER_DOWN"] is False
    from modelcall.runners.api_index import _MUST_EXIST

    expected = [s for s in _MUST_EXIST if s not in {r["symbol_id"] for r in broken.records}]
    (missing,) = report["failures"]
    assert (missing["stage"], missing["reason"], missing["count"]) == ("checks", "missing_symbol", len(expected))
    assert [e["id"] for e in missing["examples"]] == expected[:3] and "Phaser.Input.Events.POINTER_DOWN" in expected
