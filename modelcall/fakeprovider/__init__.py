"""A local fake Anthropic/OpenAI API for tests and benchmarks (``python -m modelcall fake-provider``)."""
from modelcall.fakeprovider.server import FakeProvider, FakeProviderConfig, FakeProviderThread, start_server

__all__ = ["FakeProvider", "FakeProviderConfig", "FakeProviderThread", "start_server"]
