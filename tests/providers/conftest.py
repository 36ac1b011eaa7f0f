"""Fixtures: a fake provider on an ephemeral loopback port (its own thread), and request files."""
from __future__ import annotations

import os

import pytest

from modelcall.fakeprovider import FakeProviderConfig, FakeProviderThread
from modelcall.fakeprovider.testing import FAKE_KEY_ENV


@pytest.fixture
def fake_provider():
    """``fake_provider(**FakeProviderConfig fields)`` starts one; all are stopped after the test."""
    started: list[FakeProviderThread] = []
    os.environ[FAKE_KEY_ENV] = "test-key"

    def start(**config) -> FakeProviderThread:
        server = FakeProviderThread(FakeProviderConfig(**config)).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
