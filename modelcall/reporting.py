"""The JSON report every task writes to ``<reports_dir>/<task_name>.json`` (atomically).

Every report has the same three sections a run report merges without knowing the task type:
``funnel`` (how many records reached each stage, input first: ``{"stage", "count"}``, a dataset split also
``"part_of"``), ``failures`` (per stage, the reasons records failed there, most frequent first:
``{"stage", "reason", "count", "examples": [{"id", "message", "line"}]}``) and ``spend`` (what the model
answers behind the outputs cost, per model alias: ``{"answers", "input", "output", "cache_read",
"cache_write", "cost_usd"}``), plus optional ``distributions`` (``{"title", "counts", "edges", "stats"}``).
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from modelcall.io.atomic import atomic_write_json
from modelcall.records import utc_now
from modelcall.secrets import redact_data

MAX_EXAMPLES = 3
MAX_REASONS = 20  # per stage; the rest are summed into "other"
TOKEN_KINDS = ("input", "output", "cache_read", "cache_write")


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
        self.funnel: list[dict[str, Any]] = []
        self._failures: dict[str, dict[str, dict[str, Any]]] = {}
        self.spend: dict[str, dict[str, Any]] = {}
        self.distributions: list[dict[str, Any]] = []
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

    def stage(self, name: str, count: int | None, part_of: str | None = None) -> None:
        """One funnel row: ``count`` records reached stage ``name`` (call in order, the input first);
        ``part_of`` names the stage this one is a share of (a dataset split of the records)."""
        row: dict[str, Any] = {"stage": name, "count": count}
        if part_of:
            row["part_of"] = part_of
        self.funnel = [r for r in self.funnel if r["stage"] != name] + [row]

    def failure(self, stage: str, reason: str, example_id: Any = None, message: str = "", line: Any = None,
                n: int = 1) -> None:
        """``n`` records failed at ``stage`` for ``reason``; the first few are kept as examples."""
        bucket = self._failures.setdefault(stage, {}).setdefault(str(reason), {"count": 0, "examples": []})
        bucket["count"] += n
        if (example_id is not None or message) and len(bucket["examples"]) < MAX_EXAMPLES:
            example = {"id": None if example_id is None else str(example_id), "message": str(message)[:300]}
            if line is not None:
                example["line"] = line
            bucket["examples"].append(example)

    def failures(self) -> list[dict[str, Any]]:
        """The failures section: stages in funnel order (others after, as first met), reasons most frequent first."""
        order = {row["stage"]: i for i, row in enumerate(self.funnel)}
        rows: list[dict[str, Any]] = []
        for stage in sorted(self._failures, key=lambda name: order.get(name, len(order))):
            reasons = self._failures[stage]
            ranked = sorted(reasons.items(), key=lambda kv: -kv[1]["count"])
            for reason, info in ranked[:MAX_REASONS]:
                rows.append({"stage": stage, "reason": reason, **info})
            rest = sum(info["count"] for _, info in ranked[MAX_REASONS:])
            if rest:
                rows.append({"stage": stage, "reason": "other", "count": rest, "examples": []})
        return rows

    def bill(self, model: str, answers: int, tokens: dict[str, Any], cost: float) -> None:
        """``answers`` model answers of ``model`` (alias) with these token counts (keys of TOKEN_KINDS) and cost."""
        m = self.spend.setdefault(model, {"answers": 0, **{k: 0 for k in TOKEN_KINDS}, "cost_usd": 0.0})
        m["answers"] += answers
        for key in TOKEN_KINDS:
            m[key] += int(tokens.get(key) or 0)
        m["cost_usd"] += float(cost or 0.0)

    def bill_answers(self, records: Iterable[dict[str, Any]], default_model: str = "?") -> None:
        """Bill raw-output records (``model``, ``usage``, ``cost_usd``)."""
        for rec in records:
            model = rec.get("model")
            alias = (model.get("alias") or model.get("name")) if isinstance(model, dict) else model
            usage = rec.get("usage") or {}
            self.bill(str(alias or default_model), 1, {k: usage.get(f"{k}_tokens") for k in TOKEN_KINDS},
                      float(rec.get("cost_usd") or 0.0))

    def distribution(self, title: str, counts: list[int], edges: list[float], stats: dict[str, Any] | None = None) -> None:
        """A histogram the run report draws (``len(edges) == len(counts) + 1``)."""
        self.distributions.append({"title": title, "counts": list(counts), "edges": list(edges), "stats": stats or {}})

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
            "funnel": list(self.funnel),
            "failures": self.failures(),
            "spend": {alias: dict(m, cost_usd=round(m["cost_usd"], 6)) for alias, m in self.spend.items()},
        }
        if self.distributions:
            data["distributions"] = list(self.distributions)
        if error:
            data["error"] = error
        data.update(self.sections)
        data["config"] = self.config
        return redact_data(data)

    def write(self, status: str, error: str | None = None) -> Path:
        atomic_write_json(self.path, self.as_dict(status, error))
        return self.path
