"""Fixtures for sft_build tests: the hand-written validated records, and generated selected records."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from modelcall.tasks import run_task_mapping

DATA = Path(__file__).resolve().parents[1] / "data"
LINES = [
    "const g{i} = this.add.graphics();",
    "g{i}.fillStyle(0x{c}, 1).fillCircle({a}, {b}, {r});",
    "this.add.text({a}, {b}, 'hi', {{ fontSize: '{r}px' }});",
    "this.tweens.add({{ targets: o{i}, x: {a}, duration: {r}, yoyo: true }});",
    "this.time.addEvent({{ delay: {r}, loop: true, callback: () => tick{i}() }});",
    "const p{i} = this.physics.add.sprite({a}, {b}, 't{i}');",
    "p{i}.setCollideWorldBounds(true);",
    "this.cameras.main.startFollow(p{i});",
    "if (this.cursors.left.isDown) {{ p{i}.setVelocityX(-{r}); }}",
    "this.input.on('pointerdown', (q) => o{i}.setPosition(q.x, q.y));",
    "const s{i} = this.add.star({a}, {b}, 5, {r}, {a}, 0x{c});",
    "for (let k = 0; k < {r}; k++) {{ list{i}.push(k * {a}); }}",
    "score{i} += {r}; label{i}.setText('得分 ' + score{i});",
]
MODULES = [["Scene", "GameObjects"], ["Scene", "Physics"], ["Scene", "Input"], ["Scene", "Animations"], ["Scene", "Camera"]]


def random_program(rng: random.Random) -> str:
    body = "\n    ".join(
        rng.choice(LINES).format(i=rng.randint(0, 9), a=rng.randint(0, 800), b=rng.randint(0, 600), r=rng.randint(1, 99),
                                 c=f"{rng.randrange(1 << 24):06x}")
        for _ in range(rng.randint(12, 20))
    )
    return f"class S extends Phaser.Scene {{\n  create() {{\n    {body}\n  }}\n}}\nnew Phaser.Game({{ scene: S }});\n"


def make_selected(path: Path, prompts: int, seed: int = 3) -> list[dict]:
    """Selected-like records: 1-3 variants per prompt over 3 difficulties x 5 module sets."""
    rng = random.Random(seed)
    records = []
    for p in range(prompts):
        pid = f"gen_{p:04d}"
        meta = {"id": pid, "difficulty": ["easy", "medium", "hard"][p % 3], "modules": MODULES[(p // 3) % 5],
                "task": f"任务 {p}", "constraints": ["使用 Phaser3"], "must_use_apis": [], "eval_hints": [], "tags": [], "notes": ""}
        for v in range(rng.randint(1, 3)):
            records.append({
                "request_id": f"{pid}_v{v}", "prompt_id": pid, "variant": v, "code": random_program(rng),
                "plan": {"requirements": [meta["task"]], "apis": ["Phaser.Scene"], "steps": ["a", "b"], "raw": ""},
                "prompt_meta": meta, "teacher_model": "mock", "passed": True,
                "quality_score": round(rng.uniform(0.6, 1.0), 4), "selection": {"rank": v + 1, "near_duplicate_of": None},
            })
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


@pytest.fixture
def selected_small(tmp_path: Path) -> Path:
    """selected.jsonl made by the select task from tests/data/select/validated_small.jsonl."""
    out = tmp_path / "selected.jsonl"
    outcome = run_task_mapping(
        {"task_name": "select_fixture", "task_type": "select", "input_path": str(DATA / "select" / "validated_small.jsonl"),
         "output_path": str(out), "reports_dir": str(tmp_path / "reports"), "progress": False},
        "test",
    )
    assert outcome.status == "ok"
    return out


def run_sft(tmp_path: Path, input_path: Path, **extra) -> tuple[Path, dict]:
    out = tmp_path / "sft"
    outcome = run_task_mapping(
        {"task_name": "sft_test", "task_type": "sft_build", "input_path": str(input_path), "output_dir": str(out),
         "reports_dir": str(tmp_path / "reports"), "progress": False, **extra},
        "test",
    )
    assert outcome.status == "ok"
    return out, json.loads((tmp_path / "reports" / "sft_test.json").read_text(encoding="utf-8"))
