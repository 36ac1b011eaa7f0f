"""A local fake Anthropic/OpenAI API for tests and benchmarks (``python -m modelcall fake-provider``)."""
from __future__ import annotations

from typing import Any

from modelcall.fakeprovider.config import FakeProviderConfig

__all__ = ["FakeProvider", "FakeProviderConfig", "FakeProviderThread", "start_server"]


def __getattr__(name: str) -> Any:  # the server (aiohttp, the mock teacher) loads only when used
    if name in ("FakeProvider", "FakeProviderThread", "start_server"):
        from modelcall.fakeprovider import server

        return getattr(server, name)
    raise AttributeError(name)
