"""Fixtures for the reward tests: the shipped completions, and a full validator config (browser) per session."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPLETIONS = ROOT / "tests" / "data" / "reward" / "completions.jsonl"


def load_completions() -> list[dict[str, Any]]:
    return [json.loads(line) for line in COMPLETIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def chromium_available() -> bool:
    from modelcall.validator.browser import default_executable

    return default_executable() is not None or shutil.which("chromium") is not None


@pytest.fixture(scope="session")
def reward_config(tmp_path_factory) -> dict[str, Any]:
    """A RewardConfig mapping with the full validator (L1-L4, the browser), no verdict cache."""
    if not chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")
    shots = tmp_path_factory.mktemp("reward_shots")
    return {"validator": {"cache_path": None, "runtime": {"screenshots_dir": str(shots)}}}


@pytest.fixture(scope="session")
def scorer(reward_config):
    from modelcall.reward import RewardScorer

    with RewardScorer(reward_config) as s:
        yield s
