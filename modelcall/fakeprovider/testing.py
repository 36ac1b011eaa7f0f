"""Helpers for tests and benchmarks: request files and model configs pointed at a fake provider."""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson

from modelcall.config.model import ModelConfig

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "data" / "generation" / "requests_small.jsonl"
FAKE_KEY_ENV = "MODELCALL_FAKE_KEY"


def sample_requests() -> list[dict[str, Any]]:
    """The shipped small requests fixture (12 requests built from tests/data/seeds_small.jsonl)."""
    return [orjson.loads(line) for line in FIXTURE.read_bytes().splitlines() if line.strip()]


def write_requests(path: str | Path, n: int, duplicates: int = 0, base: list[dict[str, Any]] | None = None) -> list[str]:
    """Write ``n`` distinct requests (plus ``duplicates`` repeated lines) cycling over the fixture; returns the ids."""
    base = base or sample_requests()
    ids = []
    with open(path, "wb") as handle:
        for i in range(n):
            rec = copy.deepcopy(base[i % len(base)])
            rec["request_id"] = f"{rec['prompt_id']}_v{i}"
            rec["variant"] = i
            ids.append(rec["request_id"])
            handle.write(orjson.dumps(rec) + b"\n")
            if i < duplicates:
                handle.write(orjson.dumps(rec) + b"\n")
    return ids


def fake_model(provider: str, url: str, **overrides: Any) -> ModelConfig:
    """A model config for the fake at ``url`` (anthropic: the root; openai: ``url + '/v1'``)."""
    data: dict[str, Any] = {
        "alias": f"fake-{provider}",
        "provider": provider,
        "model": "fake-model",
        "api_key_env": FAKE_KEY_ENV,
        "base_url": url + "/v1" if provider == "openai" else url,
        "params": {"temperature": 0.7, "max_tokens": 4000},
        "pricing": {"input_per_mtok": 3.0, "output_per_mtok": 15.0},
        "timeout_s": 5.0,
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return ModelConfig.model_validate(data)


def read_ids(path: str | Path) -> list[str]:
    p = Path(path)
    if not p.exists():
        return []
    out = []
    for line in p.read_bytes().splitlines():
        if line.strip():
            try:
                out.append(orjson.loads(line)["request_id"])
            except ValueError:
                pass
    return out
