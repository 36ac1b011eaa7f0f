from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.errors import ConfigError, InputError
from modelcall.phaser.prompts import load_template
from modelcall.phaser.seeds import SeedStats, iter_seeds

ROOT = Path(__file__).resolve().parents[2]
GOOD = {"id": "s1", "difficulty": "easy", "modules": ["Scene"], "task": "画一个圆", "constraints": ["c"],
        "must_use_apis": ["Phaser.GameObjects.Graphics"], "eval_hints": ["h"], "tags": [], "notes": ""}


def _write(path: Path, rows: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


BAD_CASES = [
    ({"task": "x"}, "missing 'id'"),
    ({"id": 7, "task": "x"}, "'id' must be a string"),
    ({"id": "a"}, "missing 'task'"),
    ({"id": "a", "task": "  "}, "'task' must be a non-empty string"),
    ({"id": "a", "task": "x", "constraints": "不是列表"}, "'constraints' must be a list of strings"),
    ({"id": "a", "task": "x", "must_use_apis": ["ok", 3]}, "'must_use_apis' must be a list of strings"),
    ({"id": "a", "task": "x", "difficulty": "extreme"}, "'difficulty' must be one of"),
    ({"id": "a", "task": "x", "notes": 5}, "'notes' must be a string"),
]


@pytest.mark.parametrize(("row", "message"), BAD_CASES)
def test_bad_seed_errors_name_file_line(tmp_path, row, message):
    path = _write(tmp_path / "seeds.jsonl", [GOOD, row])
    with pytest.raises(InputError) as err:
        list(iter_seeds(path))
    assert "seeds.jsonl:2: " in str(err.value) and message in str(err.value)
    assert "on_bad_line: skip" in str(err.value)


def test_duplicates_and_skip(tmp_path):
    path = _write(tmp_path / "seeds.jsonl", [GOOD, "{broken", {**GOOD, "task": "again"}, {"id": "s2", "task": "x"},
                                              {"id": 1, "task": "y"}])
    with pytest.raises(InputError, match=r"seeds.jsonl:2: invalid JSON"):
        list(iter_seeds(path))
    with pytest.raises(InputError, match=r"d.jsonl:3: duplicate id 's1' \(first at line 1\)"):
        list(iter_seeds(_write(tmp_path / "d.jsonl", [GOOD, {"id": "s9", "task": "t"}, GOOD])))
    stats = SeedStats()
    seeds = list(iter_seeds(path, "skip", stats))
    assert [s["id"] for s in seeds] == ["s1", "s2"]
    assert seeds[1]["constraints"] == [] and seeds[1]["notes"] == "" and seeds[1]["difficulty"] is None
    report = stats.as_dict()
    assert report["skipped_by_reason"] == {"duplicate_id": 1, "wrong_type": 1}
    assert report["input"]["skipped_bad_lines"] == 1 and report["valid"] == 2


@pytest.mark.parametrize("name", ["phaser_teacher_zh", "phaser_teacher_en", "phaser_teacher_json_zh",
                                  "phaser_teacher_json_en"])
def test_shipped_templates(name):
    template = load_template(str(ROOT / "configs/prompts" / f"{name}.yaml"))
    assert template.name == name and template.contract == ("json_plan" if "json" in name else "plan_block")
    system, prefix = template.render_system("3.90.0", "COMMON-LINES", "SEED-LINES")
    assert system[:prefix].endswith("\n") and "COMMON-LINES" in system[:prefix] and "3.90.0" in system[:prefix]
    assert system[prefix:].startswith("SEED-LINES")
    user = template.render_user({**GOOD, "eval_hints": [], "constraints": ["不得使用外部资源"]})
    assert "画一个圆" in user and "- Phaser.GameObjects.Graphics" in user and "- 不得使用外部资源" in user
    assert template.empty_list in user  # no eval hints
    if template.contract == "plan_block":
        assert "[PLAN]" in template.system and "[/PLAN]" in template.system and "```javascript" in template.system
    else:
        assert "plan:" in template.system and "code:" in template.system


def test_template_by_name_and_errors(tmp_path):
    assert load_template("phaser_teacher_en").language == "en"
    with pytest.raises(ConfigError, match="not found"):
        load_template("no_such_template")
    cases = {
        "list.yaml": ("- a\n", "must be a mapping"),
        "nosys.yaml": ("user: '{TASK}'\n", "'system' must be a non-empty text"),
        "twice.yaml": ("system: '{API_CONTEXT} {API_CONTEXT}'\nuser: '{TASK}'\n", "exactly once"),
        "seedsys.yaml": ("system: '{TASK} {API_CONTEXT}'\nuser: '{TASK}'\n", "shared prefix stays identical"),
        "unknown.yaml": ("system: '{API_CONTEXT}'\nuser: '{TASK} {WHAT}'\n", "unknown user placeholder"),
        "notask.yaml": ("system: '{API_CONTEXT}'\nuser: 'hi'\n", "must hold {TASK}"),
        "contract.yaml": ("system: '{API_CONTEXT}'\nuser: '{TASK}'\ncontract: xml\n", "contract must be one of"),
        "broken.yaml": ("system: [\n", "not valid YAML"),
    }
    for name, (text, message) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_template(str(tmp_path / name))
