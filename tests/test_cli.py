"""The command line as a user meets it: exit codes, one-line errors, redaction, list-tasks."""
from __future__ import annotations

import json
import textwrap


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_missing_task_file_exits_2_with_one_line(run_cli):
    result = run_cli("run-task", "configs/tasks/does-not-exist.yaml")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("config error: configs/tasks/does-not-exist.yaml: task config file not found")
    assert "Traceback" not in result.stderr


def test_misspelt_key_exits_2_naming_key_and_suggestion(run_cli, tmp_path):
    write(tmp_path / "t.yaml", "task_name: t\ntask_type: jsonl_split\ninput_path: a\noutput_dir: b\nnum_chunkz: 2\n")
    result = run_cli("run-task", "t.yaml")
    assert result.returncode == 2
    assert result.stderr.strip() == "config error: t.yaml: num_chunkz: unknown key (did you mean 'num_chunks'?)"


def test_bad_input_line_exits_2_with_file_and_line(run_cli, tmp_path):
    (tmp_path / "in.jsonl").write_text('{"a": 1}\n{"a":\n', encoding="utf-8")
    write(tmp_path / "t.yaml", "task_name: t\ntask_type: jsonl_split\ninput_path: in.jsonl\noutput_dir: out\nnum_chunks: 2\n")
    result = run_cli("run-task", "t.yaml")
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("input error: in.jsonl:2: invalid JSON")
    assert "Traceback" not in result.stderr
    report = json.loads((tmp_path / "reports" / "t.json").read_text())
    assert report["status"] == "invalid_input" and "in.jsonl:2" in report["error"]


def test_debug_shows_the_traceback(run_cli):
    result = run_cli("--debug", "run-task", "nope.yaml")
    assert result.returncode == 2
    assert "Traceback" in result.stderr


def test_list_tasks_lists_every_type_with_a_line(run_cli):
    result = run_cli("list-tasks")
    assert result.returncode == 0
    lines = dict(line.split(None, 1) for line in result.stdout.strip().splitlines())
    assert "jsonl_split" in lines and "jsonl_merge" in lines
    assert all(text.strip() for text in lines.values())


def test_show_config_resolves_and_redacts(run_cli, tmp_path):
    write(tmp_path / "env" / "mine.env", "MY_SERVICE_TOKEN=tok-supersecret-42\nPLAIN_VALUE=visible\n")
    write(
        tmp_path / "t.yaml",
        """\
        task_name: t
        task_type: jsonl_split
        description: "token ${oc.env:MY_SERVICE_TOKEN} and ${oc.env:PLAIN_VALUE}"
        environment: {env_file: env/mine.env}
        input_path: in.jsonl
        output_dir: out
        num_chunks: 2
        """,
    )
    result = run_cli("show-config", "t.yaml", "num_chunks=3")
    assert result.returncode == 0, result.stderr
    assert "tok-supersecret-42" not in result.stdout
    assert "token *** and visible" in result.stdout
    assert "num_chunks: 3" in result.stdout


def test_secret_never_reaches_report_or_log(run_cli, tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    write(tmp_path / "env" / "mine.env", "MY_API_KEY=sk-zzz-secret-value-123\n")
    write(
        tmp_path / "t.yaml",
        """\
        task_name: t
        task_type: jsonl_split
        description: "${oc.env:MY_API_KEY}"
        environment: {env_file: env/mine.env}
        input_path: in.jsonl
        output_dir: out
        num_chunks: 1
        """,
    )
    result = run_cli("run-task", "t.yaml")
    assert result.returncode == 0, result.stderr
    texts = [result.stderr, result.stdout]
    texts += [p.read_text(encoding="utf-8") for p in (tmp_path / "reports").rglob("*") if p.is_file()]
    assert len(texts) >= 4  # report + at least one log file
    assert all("sk-zzz-secret-value-123" not in t for t in texts)
    assert '"description": "***"' in (tmp_path / "reports" / "t.json").read_text(encoding="utf-8")


def test_describe_task_lists_keys_with_defaults(run_cli):
    result = run_cli("describe-task", "jsonl_merge")
    assert result.returncode == 0
    assert "dedup_key" in result.stdout and "environment.env_file" in result.stdout
    bad = run_cli("describe-task", "nope")
    assert bad.returncode == 2 and "valid types:" in bad.stderr


def test_real_env_files_are_ignored_by_git(project_root):
    import subprocess

    ignored = subprocess.run(["git", "check-ignore", "env/anthropic.env"], cwd=project_root, capture_output=True)
    assert ignored.returncode == 0
    example = subprocess.run(["git", "check-ignore", "env/example.env"], cwd=project_root, capture_output=True)
    assert example.returncode == 1


def test_unset_api_key_variable_exits_2_naming_it(run_cli, tmp_path):
    write(tmp_path / "m.yaml", "provider: anthropic\nmodel: claude-x\napi_key_env: MC_UNSET_KEY_FOR_TEST\n")
    write(
        tmp_path / "t.yaml",
        "task_name: t\ntask_type: response_generation\nmodel_config: m.yaml\n"
        "input_path: in.jsonl\noutput_path: out.jsonl\n",
    )
    result = run_cli("run-task", "t.yaml", env={"MC_UNSET_KEY_FOR_TEST": ""})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("credential error: t.yaml: MC_UNSET_KEY_FOR_TEST is not set")
    assert "env/anthropic.env" in lines[0]


def test_run_task_without_a_file_names_only_the_file_as_required(run_cli):
    for command in ("run-task", "show-config"):
        result = run_cli(command)
        assert result.returncode == 2
        assert "required: config" in result.stderr and "overrides" not in result.stderr.splitlines()[-1]


def test_an_unusable_output_folder_is_one_line_exit_2(run_cli, tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    (tmp_path / "t.yaml").write_text("task_name: s\ntask_type: jsonl_split\ninput_path: in.jsonl\n"
                                     "output_dir: afile/chunks\nnum_chunks: 1\n", encoding="utf-8")
    result = run_cli("run-task", "t.yaml")
    assert result.returncode == 2, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert "afile" in last and "Traceback" not in result.stderr


def test_describe_task_names_yaml_keys_and_path_roles(run_cli):
    result = run_cli("describe-task", "repair")
    assert result.returncode == 0
    keys = [line.split()[0] for line in result.stdout.splitlines()[2:] if line.strip()]
    assert "model_config" in keys and "model" not in keys  # the key as written in YAML
    raw = next(line for line in result.stdout.splitlines() if line.split()[:1] == ["raw_outputs_path"])
    assert "[reads]" in raw
    assert "[writes]" in next(line for line in result.stdout.splitlines() if line.split()[:1] == ["repairs_path"])
