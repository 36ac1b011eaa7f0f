"""Shared fixtures: every test runs with a clean secret registry and a restorable environment."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJECT_ROOT / "tests" / "data"


@pytest.fixture(autouse=True)
def _isolated_secrets_and_env():
    from modelcall.secrets import clear_secrets

    saved = dict(os.environ)
    clear_secrets()
    yield
    clear_secrets()
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture
def project_root() -> Path:
    return PROJECT_ROOT


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture
def run_cli(tmp_path):
    """Run ``python -m modelcall ...`` in a subprocess (cwd: ``tmp_path`` unless given)."""
    import subprocess

    def _run(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 120):
        full_env = dict(os.environ)
        full_env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
        if env:
            full_env.update(env)
        return subprocess.run(
            [sys.executable, "-m", "modelcall", *args],
            cwd=cwd or tmp_path,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return _run


@pytest.fixture
def fake_provider():
    """``fake_provider(**FakeProviderConfig fields)`` starts a fake provider on an ephemeral loopback port (its
    own thread) with ``MODELCALL_FAKE_KEY`` set; every one started is stopped after the test."""
    from modelcall.fakeprovider import FakeProviderConfig, FakeProviderThread
    from modelcall.fakeprovider.testing import FAKE_KEY_ENV

    started: list[FakeProviderThread] = []
    os.environ[FAKE_KEY_ENV] = "test-key"

    def start(**config) -> FakeProviderThread:
        server = FakeProviderThread(FakeProviderConfig(**config)).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def modelcall_log():
    """Messages logged under ``modelcall`` (caplog misses them once a run has set ``propagate = False``)."""
    import logging

    messages: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    handler = _Keep(level=logging.DEBUG)
    logger = logging.getLogger("modelcall")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield messages
    logger.removeHandler(handler)
    logger.setLevel(level)
