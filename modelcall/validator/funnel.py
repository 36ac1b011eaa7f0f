"""The funnel and failure sections of validated records (filter, repair, variants_on_demand, supplements)."""
from __future__ import annotations

from typing import Any

from modelcall.reporting import TaskReport
from modelcall.validator.validator import LAYERS


class LayerFunnel:
    """Counts how many records pass each layer in turn, and files every validator error under its layer."""

    def __init__(self) -> None:
        self.total = 0
        self.passed = [0] * len(LAYERS)
        self.failures: list[tuple[str, str, Any, str, Any]] = []

    def add(self, record: dict[str, Any]) -> None:
        self.total += 1
        layers = record.get("layers") or {}
        ok = True
        for i, name in enumerate(LAYERS):
            # as for ``passed``: a layer that did not run (None, e.g. L3 off) drops nothing, but L1 must have run
            ok = ok and (layers.get(name) is not False if i else bool(layers.get(name)))
            self.passed[i] += ok
        for err in (record.get("validation") or {}).get("errors") or []:
            if isinstance(err, dict):
                self.failures.append((str(err.get("layer") or "?").upper(), str(err.get("code") or "error"),
                                      record.get("request_id"), str(err.get("message") or ""), err.get("line")))

    def write(self, report: TaskReport, first_stage: str = "candidates", prefix: str = "") -> None:
        """``first_stage`` (all records), then L1..L4: the records that passed every layer up to it
        (``prefix`` names the run when a report holds more than one)."""
        report.stage(prefix + first_stage, self.total)
        for name, n in zip(LAYERS, self.passed, strict=True):
            report.stage(prefix + name.upper(), n)
        for layer, code, rid, message, line in self.failures:
            report.failure(prefix + layer, code, rid, message, line)


def first_failure(record: dict[str, Any]) -> tuple[str, str, Any]:
    """(``<layer>:<code>``, message, line) of a failed record's first validator error (its reasons when it has none)."""
    errors = [e for e in (record.get("validation") or {}).get("errors") or [] if isinstance(e, dict)]
    if errors:
        e = errors[0]
        return f"{str(e.get('layer') or '?').lower()}:{e.get('code') or 'error'}", str(e.get("message") or ""), e.get("line")
    return str((record.get("reasons") or ["failed"])[0]), "", None
