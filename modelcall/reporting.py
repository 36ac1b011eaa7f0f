"""The JSON report every task writes to ``<reports_dir>/<task_name>.json`` (atomically)."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from modelcall.io.atomic import atomic_write_json
from modelcall.records import utc_now
from modelcall.secrets import redact_data


class TaskReport:
    """Counts, timings and free-form sections of one task run; secrets are redacted on write."""

    def __init__(self, task_name: str, task_type: str, reports_dir: str | Path, config: dict[str, Any] | None = None):
        self.task_name = task_name
        self.task_type = task_type
        self.path = Path(reports_dir) / f"{task_name}.json"
        self.config = config or {}
        self.counts: Counter[str] = Counter()
        self.timings: dict[str, float] = {}
        self.sections: dict[str, Any] = {}
        self.artifacts: dict[str, str] = {}
        self.started_at = utc_now()
        self._t0 = time.monotonic()

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def set(self, key: str, value: Any) -> None:
        """A named section of the report (pass rates, histograms, examples...)."""
        self.sections[key] = value

    def artifact(self, name: str, path: str | Path) -> None:
        """Record an output path; the CLI prints them at the end."""
        self.artifacts[name] = str(path)

    @contextmanager
    def timer(self, name: str) -> Iterator[None]:
        start = time.monotonic()
        try:
            yield
        finally:
            self.timings[name] = round(self.timings.get(name, 0.0) + time.monotonic() - start, 4)

    def as_dict(self, status: str, error: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "task_name": self.task_name,
            "task_type": self.task_type,
            "status": status,
            "started_at": self.started_at,
            "finished_at": utc_now(),
            "duration_s": round(time.monotonic() - self._t0, 3),
            "counts": dict(self.counts),
            "timings_s": dict(self.timings),
            "artifacts": dict(self.artifacts),
        }
        if error:
            data["error"] = error
        data.update(self.sections)
        data["config"] = self.config
        return redact_data(data)

    def write(self, status: str, error: str | None = None) -> Path:
        atomic_write_json(self.path, self.as_dict(status, error))
        return self.path
