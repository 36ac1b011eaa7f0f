"""Model-config settings that cannot work (or would burn money) are config errors before anything is sent."""
from __future__ import annotations

import pytest
import yaml

from modelcall.config.loader import load_model_config
from modelcall.errors import ConfigError
from modelcall.secrets import redact

BASE = {"provider": "anthropic", "model": "m", "api_key_env": "ANTHROPIC_API_KEY"}


def write_model(tmp_path, **extra):
    path = tmp_path / "model.yaml"
    path.write_text(yaml.safe_dump({**BASE, **extra}))
    return path


@pytest.mark.parametrize("key, value", [
    ("timeout_s", 0), ("timeout_s", -1), ("limits.rpm", 0), ("limits.rpm", -5), ("limits.tpm", 0),
    ("limits.input_tpm", -1), ("limits.output_tpm", 0), ("limits.max_concurrency", 0),
])
def test_non_positive_limits_and_timeouts_are_config_errors(tmp_path, key, value):
    section, _, name = key.rpartition(".")
    extra = {section: {name: value}} if section else {name: value}
    with pytest.raises(ConfigError) as info:
        load_model_config(str(write_model(tmp_path, **extra)))
    message = str(info.value)
    assert key in message and "model.yaml" in message
    if name in ("rpm", "tpm", "input_tpm", "output_tpm"):
        assert "null" in message  # how to say "no limit"


def test_null_means_no_limit(tmp_path):
    model = load_model_config(str(write_model(tmp_path, limits={"rpm": None, "tpm": None})))
    assert model.limits.rpm is None and model.limits.tpm is None


@pytest.mark.parametrize("value", ["sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"])
def test_a_key_given_where_its_variable_name_belongs_is_refused_without_echoing_it(tmp_path, value):
    with pytest.raises(ConfigError) as info:
        load_model_config(str(write_model(tmp_path, api_key_env=value)))
    message = str(info.value)
    assert "api_key_env" in message and "NAME" in message
    assert value not in message and value[:12] not in message
    assert value not in redact(f"later text that quotes {value}")  # and it is hidden from everything printed later


def test_a_plain_variable_name_is_accepted(tmp_path):
    assert load_model_config(str(write_model(tmp_path, api_key_env="MY_TEAM_KEY_2"))).api_key_env == "MY_TEAM_KEY_2"


def test_a_key_pasted_as_api_key_env_in_a_task_is_never_echoed(tmp_path):
    from modelcall.config.loader import load_task_mapping

    key = "sk-ant-api03-PastedHere0123456789abcdef"
    task = {"task_name": "t", "task_type": "response_generation", "input_path": "in.jsonl", "output_path": "out.jsonl",
            "model_config": {**BASE, "api_key_env": key}, "generation": {"concurency": 2}}
    with pytest.raises(ConfigError) as info:
        load_task_mapping(task, "task.yaml")
    assert key not in str(info.value)
    assert redact(key) == "***"
