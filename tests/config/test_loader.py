"""Config loading: paths, interpolation, overrides, env files, model configs and every error message."""
from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from modelcall.config.loader import load_model_config, load_task
from modelcall.errors import ConfigError, CredentialError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


SPLIT_TASK = """\
task_name: split_me
task_type: jsonl_split
input_path: in.jsonl
output_dir: out
num_chunks: 2
"""


def test_loads_and_validates_a_task(tmp_path):
    cfg = load_task(write(tmp_path / "t.yaml", SPLIT_TASK)).config
    assert cfg.task_type == "jsonl_split"
    assert cfg.num_chunks == 2
    assert cfg.reports_dir == "reports"  # default from the base schema
    assert cfg.on_bad_line == "error"


def test_dotted_overrides_win(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK)
    cfg = load_task(path, ["num_chunks=5", "environment.env_file=null", "reports_dir=elsewhere"]).config
    assert cfg.num_chunks == 5
    assert cfg.reports_dir == "elsewhere"


def test_env_interpolation(tmp_path, monkeypatch):
    monkeypatch.setenv("MC_TEST_INPUT", "from_env.jsonl")
    path = write(tmp_path / "t.yaml", SPLIT_TASK.replace("in.jsonl", "${oc.env:MC_TEST_INPUT}"))
    assert load_task(path).config.input_path == "from_env.jsonl"


def test_env_file_values_feed_interpolation_and_process_env_wins(tmp_path, monkeypatch):
    env = write(tmp_path / "my.env", "MC_A=from_file\nMC_B=from_file\n")
    monkeypatch.setenv("MC_B", "from_shell")
    text = SPLIT_TASK.replace("in.jsonl", "${oc.env:MC_A}").replace("out\n", "${oc.env:MC_B}\n")
    path = write(tmp_path / "t.yaml", text + f"environment: {{env_file: {env}}}\n")
    cfg = load_task(path).config
    assert cfg.input_path == "from_file"
    assert cfg.output_dir == "from_shell"


def test_missing_env_file_is_a_clear_error(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK + "environment: {env_file: env/nope.env}\n")
    with pytest.raises(ConfigError, match=r"environment.env_file: env/nope.env not found"):
        load_task(path)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_task(tmp_path / "nope.yaml")
    assert str(info.value).startswith("config error: ")
    assert "nope.yaml" in str(info.value) and "not found" in str(info.value)


def test_unknown_key_suggests_the_closest(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK.replace("num_chunks", "num_chunkz"))
    with pytest.raises(ConfigError) as info:
        load_task(path)
    assert str(info.value) == f"config error: {path}: num_chunkz: unknown key (did you mean 'num_chunks'?)"


def test_unknown_nested_key_names_the_dotted_path(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK + "environment: {env_fille: x.env}\n")
    with pytest.raises(ConfigError, match=r"environment\.env_fille: unknown key \(did you mean 'env_file'\?\)"):
        load_task(path)


def test_wrong_type(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK.replace("num_chunks: 2", "num_chunks: many"))
    with pytest.raises(ConfigError, match=r"num_chunks: input should be a valid integer.*got 'many'"):
        load_task(path)


def test_missing_required_key(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK.replace("input_path: in.jsonl\n", ""))
    with pytest.raises(ConfigError, match=r"input_path: missing required key"):
        load_task(path)


def test_unknown_task_type_lists_valid_ones(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK.replace("jsonl_split", "jsonl_splitt"))
    with pytest.raises(ConfigError) as info:
        load_task(path)
    text = str(info.value)
    assert "unknown task type 'jsonl_splitt'" in text and "did you mean 'jsonl_split'" in text
    assert "jsonl_merge" in text and "jsonl_split" in text


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path / "t.yaml", "task_name: x\ntask_type: [unclosed\nother: 1\n")
    with pytest.raises(ConfigError, match=r"t\.yaml:\d+: invalid YAML"):
        load_task(path)


def test_bad_override_syntax(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK)
    with pytest.raises(ConfigError, match="not of the form key.path=value"):
        load_task(path, ["num_chunks"])


MODEL = """\
provider: anthropic
model: claude-test
api_key_env: MC_TEST_KEY
params: {temperature: 0.2, max_tokens: 100}
pricing: {input_per_mtok: 3.0, output_per_mtok: 15.0}
"""


def test_model_config_from_path_gets_alias_and_override(tmp_path):
    model_path = write(tmp_path / "models" / "my-model.yaml", MODEL)
    model = load_model_config(str(model_path), overrides=["params.temperature=0.9"])
    assert model.alias == "my-model"
    assert model.params.temperature == 0.9
    assert model.pricing.output_per_mtok == 15.0


def test_model_config_unknown_key_names_the_model_file(tmp_path):
    model_path = write(tmp_path / "models" / "m.yaml", MODEL.replace("temperature", "temprature"))
    with pytest.raises(ConfigError) as info:
        load_model_config(str(model_path))
    assert f"{model_path}: params.temprature: unknown key (did you mean 'temperature'?)" in str(info.value)


def test_model_config_inline_mapping():
    model = load_model_config({"provider": "mock", "model": "mock-teacher"})
    assert model.provider == "mock" and model.alias is None


def test_model_config_bad_provider(tmp_path):
    model_path = write(tmp_path / "m.yaml", MODEL.replace("anthropic", "antropic"))
    with pytest.raises(ConfigError, match=r"provider: input should be 'anthropic', 'openai' or 'mock'"):
        load_model_config(str(model_path))


def test_missing_api_key_names_variable_and_env_file(tmp_path, monkeypatch):
    """Uses a real registered runner with a model_config when one exists; otherwise the credential check directly."""
    from modelcall.config.loader import check_credentials

    monkeypatch.delenv("MC_TEST_KEY", raising=False)
    model = load_model_config({"provider": "anthropic", "model": "x", "api_key_env": "MC_TEST_KEY"})
    with pytest.raises(CredentialError) as info:
        check_credentials([model], [], "configs/tasks/t.yaml")
    text = str(info.value)
    assert text.startswith("credential error: configs/tasks/t.yaml: MC_TEST_KEY is not set")
    assert "env/anthropic.env" in text


def test_api_key_present_is_registered_as_secret(monkeypatch):
    from modelcall.config.loader import check_credentials
    from modelcall.secrets import redact

    monkeypatch.setenv("MC_TEST_KEY", "sk-test-abcdef123456")
    model = load_model_config({"provider": "anthropic", "model": "x", "api_key_env": "MC_TEST_KEY"})
    check_credentials([model], [], "t.yaml")
    assert redact("key is sk-test-abcdef123456!") == "key is ***!"


def test_relative_paths_resolve_from_cwd_then_config_folder(tmp_path, monkeypatch):
    write(tmp_path / "cfgs" / "models" / "m.yaml", MODEL)
    monkeypatch.chdir(tmp_path)
    model = load_model_config("models/m.yaml", task_source=str(tmp_path / "cfgs" / "task.yaml"))
    assert model.model == "claude-test"
    assert os.path.basename(os.getcwd()) == tmp_path.name


GEN_TASK = """\
task_name: leak
task_type: response_generation
model_config: {model}
input_path: in.jsonl
output_path: out.jsonl
"""


@pytest.mark.parametrize("inline", [False, True])
def test_model_key_is_redacted_in_config_errors_before_validation(tmp_path, monkeypatch, inline):
    """A key whose variable name says nothing (not *_API_KEY) is still hidden in a config error it reaches."""
    monkeypatch.delenv("MC_PLAIN_VAR", raising=False)
    env = write(tmp_path / "keys.env", "MC_PLAIN_VAR=sk-ant-abcdefghij0123456789\n")
    model = write(tmp_path / "m.yaml", "provider: anthropic\nmodel: x\napi_key_env: MC_PLAIN_VAR\n")
    value = "{provider: anthropic, model: x, api_key_env: MC_PLAIN_VAR}" if inline else str(model)
    text = GEN_TASK.format(model=value) + f"environment: {{env_file: {env}}}\n"
    path = write(tmp_path / "t.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_task(path, ["generation.concurrency=${oc.env:MC_PLAIN_VAR}"])
    from modelcall.secrets import redact  # what the CLI prints

    assert "sk-ant-abcdefghij0123456789" not in redact(str(info.value))
    assert "***" in redact(str(info.value))


def test_show_config_redacts_a_model_key_it_resolves(tmp_path, run_cli):
    model = write(tmp_path / "m.yaml", "provider: anthropic\nmodel: x\napi_key_env: MC_PLAIN_VAR\n")
    path = write(tmp_path / "t.yaml", GEN_TASK.format(model=model) + "description: ${oc.env:MC_PLAIN_VAR}\n")
    result = run_cli("show-config", str(path), env={"MC_PLAIN_VAR": "sk-ant-abcdefghij0123456789"})
    assert result.returncode == 0, result.stderr
    assert "sk-ant-abcdefghij0123456789" not in result.stdout
    assert "description: '***'" in result.stdout or "description: ***" in result.stdout


def test_a_misspelt_task_type_key_is_named_with_the_suggestion(tmp_path):
    path = write(tmp_path / "t.yaml", SPLIT_TASK.replace("task_type:", "task_typ:"))
    with pytest.raises(ConfigError) as info:
        load_task(path)
    assert "task_typ: unknown key (did you mean 'task_type'?)" in str(info.value)


def test_a_misspelt_model_config_path_suggests_the_closest_file(tmp_path):
    write(tmp_path / "models" / "claude-sonnet-4-5.yaml", "provider: mock\nmodel: m\n")
    with pytest.raises(ConfigError) as info:
        load_model_config(str(tmp_path / "models" / "claude-sonet-4-5.yaml"))
    assert "file not found" in str(info.value) and "did you mean" in str(info.value)
    assert str(tmp_path / "models" / "claude-sonnet-4-5.yaml") in str(info.value)


def test_a_cascade_teacher_given_as_a_path_finds_its_key_in_its_providers_env_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MC_CASCADE_KEY", raising=False)
    write(tmp_path / "env" / "anthropic.env", "MC_CASCADE_KEY=sk-ant-cascade0123456789\n")
    write(tmp_path / "models" / "strong.yaml", "provider: anthropic\nmodel: x\napi_key_env: MC_CASCADE_KEY\n")
    task = write(tmp_path / "repair.yaml", """\
        task_name: r
        task_type: repair
        input_path: validated.jsonl
        requests_path: requests.jsonl
        output_path: out.jsonl
        teachers:
          - {model_config: configs/models/mock.yaml}
          - {model_config: models/strong.yaml, rounds: 1}
        """)
    (tmp_path / "configs" / "models").mkdir(parents=True)
    (tmp_path / "configs" / "models" / "mock.yaml").write_text("provider: mock\nmodel: mock-teacher\n", encoding="utf-8")
    loaded = load_task(task)
    assert [t.model.alias for t in loaded.config.teachers] == ["mock", "strong"]
    assert os.environ["MC_CASCADE_KEY"] == "sk-ant-cascade0123456789"
    assert "env/anthropic.env" in loaded.env_files
