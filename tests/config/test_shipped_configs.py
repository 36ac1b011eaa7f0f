"""Every shipped task and model config validates against its schema (run from the project root)."""
from __future__ import annotations

from pathlib import Path

import pytest

from modelcall.config.loader import load_model_config, load_task

ROOT = Path(__file__).resolve().parents[2]
TASK_CONFIGS = sorted((ROOT / "configs" / "tasks").rglob("*.yaml"))
MODEL_CONFIGS = sorted((ROOT / "configs" / "models").glob("*.yaml"))


def test_configs_are_shipped():
    assert len(TASK_CONFIGS) >= 20 and len(MODEL_CONFIGS) >= 7


@pytest.mark.parametrize("path", TASK_CONFIGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_task_config_validates(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    loaded = load_task(path.relative_to(ROOT), check_keys=False)
    assert loaded.config.task_type == loaded.runner_class.task_type


@pytest.mark.parametrize("path", MODEL_CONFIGS, ids=lambda p: p.name)
def test_model_config_validates_with_pricing(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    model = load_model_config(str(path.relative_to(ROOT)))
    assert model.alias == path.stem
    if model.provider != "mock":
        # the official APIs need a key variable; a self-hosted or fake server named by base_url may not
        assert model.api_key_env or model.base_url, "a real provider names its key variable or its server"
    assert model.pricing.input_per_mtok >= 0 and model.pricing.output_per_mtok >= 0


@pytest.mark.parametrize("path", TASK_CONFIGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_show_config_output_loads_back_as_the_same_config(path, monkeypatch, tmp_path, capsys):
    from modelcall.cli import main

    monkeypatch.chdir(ROOT)
    assert main(["show-config", str(path.relative_to(ROOT))]) == 0
    shown = tmp_path / "shown.yaml"
    shown.write_text(capsys.readouterr().out, encoding="utf-8")
    again = load_task(shown, check_keys=False).config
    original = load_task(path.relative_to(ROOT), check_keys=False).config
    assert again.model_dump(mode="json") == original.model_dump(mode="json")
