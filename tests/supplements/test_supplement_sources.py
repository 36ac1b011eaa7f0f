"""Finding standalone programs: folders (.js/.html), JSONL, provenance, and one skip reason per file."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from modelcall.errors import InputError
from modelcall.supplements.assets import asset_summary, find_asset_loads, strip_comments
from modelcall.supplements.normalise import add_missing_preload
from modelcall.supplements.sources import Program, find_programs, html_program

PROGRAMS = Path(__file__).resolve().parents[1] / "data" / "supplements" / "programs"


def split(items):
    programs = {p.id: p for p in items if isinstance(p, Program)}
    skipped = {s.id: s.reason.split(":")[0] for s in items if not isinstance(s, Program)}
    return programs, skipped


def test_folder_programs_and_skip_reasons():
    programs, skipped = split(list(find_programs(str(PROGRAMS), 15000, "MIT (code only)")))
    assert skipped == {"misc/enemy_scene": "no_phaser_game", "misc/module_game": "module_imports",
                       "misc/needs_helper": "external_script", "misc/phaser.min": "library_file",
                       "misc/two_games": "several_games"}
    assert set(programs) == {"graphics/spinner_no_preload", "graphics/square", "graphics/square_copy", "input/click_sound",
                             "input/inline_texture", "input/logo_tween", "input/walker_spritesheet", "misc/runtime_error",
                             "misc/syntax_error", "misc/title"}
    title = programs["misc/title"]
    assert title.area == "misc" and "new Phaser.Game(config)" in title.code and "<script" not in title.code
    assert title.provenance["path"] == "misc/title.html" and title.provenance["licence"] == "MIT (code only)"
    assert programs["graphics/square"].area == "graphics"


def test_too_long_is_skipped():
    _, skipped = split(list(find_programs(str(PROGRAMS), 600, None)))
    assert skipped["input/click_sound"] == "too_long" and "graphics/square" not in skipped


def test_git_checkout_commit_and_modified_flag(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("needs git")
    repo = tmp_path / "games"
    shutil.copytree(PROGRAMS / "graphics", repo)
    env = ["-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-C", str(repo), *env, "commit", "-qm", "games"], check=True)
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    (repo / "square.js").write_text((repo / "square.js").read_text() + "\n// local change\n")
    programs, _ = split(list(find_programs(str(repo), 15000, None)))
    assert programs["square"].provenance["commit"] == head
    assert programs["square"].provenance["modified_since_commit"] is True
    assert programs["square_copy"].provenance["modified_since_commit"] is False
    assert programs["square_copy"].provenance["repo_path"] == "square_copy.js"


def test_folder_outside_git_has_no_commit(tmp_path):
    shutil.copy(PROGRAMS / "graphics" / "square.js", tmp_path / "square.js")
    programs, _ = split(list(find_programs(str(tmp_path), 15000, None)))
    if (tmp_path / ".git").exists() or subprocess.run(["git", "-C", str(tmp_path), "rev-parse"], capture_output=True).returncode == 0:
        pytest.skip("tmp is inside a git checkout here")
    assert programs["square"].provenance["commit"] is None and programs["square"].area == "root"


def test_jsonl_input_keeps_its_provenance_and_html(tmp_path):
    square = (PROGRAMS / "graphics" / "square.js").read_text()
    page = (PROGRAMS / "misc" / "title.html").read_text()
    rows = [
        {"id": "graphics/square", "path": "src/graphics/square.js", "commit": "abc123", "area": "graphics", "code": square},
        {"id": "misc/title", "path": "src/misc/title.html", "code": page, "licence": "CC0"},
        {"id": "scene_only", "code": "class A extends Phaser.Scene {}"},
    ]
    path = tmp_path / "programs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    programs, skipped = split(list(find_programs(str(path), 15000, "MIT")))
    assert skipped == {"scene_only": "no_phaser_game"}
    assert programs["graphics/square"].provenance == {"path": "src/graphics/square.js", "source_file": f"{path}:1",
                                                       "commit": "abc123", "licence": "MIT"}
    assert programs["misc/title"].provenance["licence"] == "CC0" and programs["misc/title"].area == "misc"
    assert "<script" not in programs["misc/title"].code


def test_jsonl_line_without_code_names_the_line(tmp_path):
    path = tmp_path / "programs.jsonl"
    path.write_text('{"id": "a", "code": "new Phaser.Game({})"}\n{"id": "b"}\n')
    with pytest.raises(InputError, match=r"programs.jsonl:2: a program line needs 'code'"):
        list(find_programs(str(path), 15000, None))
    items = list(find_programs(str(path), 15000, None, on_bad_line="skip"))
    assert [getattr(i, "reason", "").split(":")[0] for i in items] == ["", "no_code"]


def test_missing_input_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such folder or JSONL file"):
        list(find_programs(str(tmp_path / "nope"), 15000, None))


def test_html_page_without_inline_script():
    code, why = html_program("<html><script src='phaser.js'></script></html>")
    assert code is None and why.startswith("no_inline_script")


def test_asset_loads_ignore_comments_data_uris_and_urls_in_strings():
    code = """
    // this.load.image('old', 'assets/old.png');
    /* this.load.audio('x', 'x.mp3'); */
    this.load.setBaseURL('https://labs.phaser.io');
    this.load.image('dot', 'data:image/png;base64,AAAA');
    this.load.image('logo', 'assets/sprites/logo.png');
    this.load.atlas('gems', 'assets/gems.png', 'assets/gems.json');
    this.load.audio('blip', ['a.ogg', 'a.mp3']);
    this.load.image('sky');
    """
    loads = find_asset_loads(code)
    assert [(a.method, a.urls) for a in loads] == [
        ("image", ["assets/sprites/logo.png"]), ("atlas", ["assets/gems.png", "assets/gems.json"]),
        ("audio", ["a.ogg", "a.mp3"]), ("image", []),
    ]
    assert loads[0].line == 6
    assert asset_summary(code)["asset_kinds"] == ["audio", "image"]
    assert "https://labs.phaser.io" in strip_comments(code) and "old.png" not in strip_comments(code)


def test_empty_preload_added_only_where_missing():
    cls = "class A extends Phaser.Scene\n{\n    create ()\n    {\n        this.add.text(0, 0, 'create');\n    }\n}\nnew Phaser.Game({ scene: A });\n"
    code, edits = add_missing_preload(cls)
    assert edits and "    preload ()\n    {\n    }\n\n    create ()" in code
    assert add_missing_preload(code) == (code, [])
    obj = "var config = { scene: { create: create, update: update } };\nfunction create () { var o = { create: 1 }; }\nnew Phaser.Game(config);"
    code, edits = add_missing_preload(obj)
    assert "scene: { preload: function () {}, create: create" in code and len(edits) == 1
    assert add_missing_preload("new Phaser.Game({ scene: { preload: p, create: c } });")[1] == []


def test_task_config_errors_are_one_line(tmp_path, monkeypatch):
    from modelcall.errors import ConfigError
    from modelcall.tasks import run_task_mapping

    base = {"task_name": "s", "task_type": "supplements", "input_path": str(PROGRAMS), "output_path": str(tmp_path / "o.jsonl"),
            "reports_dir": str(tmp_path), "progress": False}
    monkeypatch.chdir(PROGRAMS.parents[3])  # the project root: default template paths are relative to it
    with pytest.raises(ConfigError, match="model_config is required"):
        run_task_mapping(base, "test")
    with pytest.raises(ConfigError, match=r"assets\.policy"):
        run_task_mapping({**base, "model_config": "configs/models/mock.yaml", "assets": {"policy": "keep"}}, "test")
    with pytest.raises(InputError, match="no such folder or JSONL file"):
        run_task_mapping({**base, "model_config": "configs/models/mock.yaml", "input_path": str(tmp_path / "none")}, "test")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "scene.js").write_text("class A extends Phaser.Scene {}\n")
    with pytest.raises(InputError, match=r"no standalone Phaser program found \(1 file\(s\) skipped: \{'no_phaser_game': 1\}\)"):
        run_task_mapping({**base, "model_config": "configs/models/mock.yaml", "input_path": str(empty)}, "test")
