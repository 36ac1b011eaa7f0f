"""The result store: append-only raw outputs plus errors, crash-safe, and the resume state behind them.

Every finished request is written with one ``os.write`` of a whole line (O_APPEND) as soon as it
arrives, so a SIGKILL loses only requests still in flight; ``fsync`` runs at most once per
``fsync_interval_s`` (and on close) for durability against power loss. A torn last line left by a
crash is dropped on read and cut off before the next append (``modelcall.io.repair_torn_tail``).
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.io import ReadStats, atomic_write_jsonl, dumps_line, read_jsonl, repair_torn_tail
from modelcall.records import errors_path_for
from modelcall.secrets import redact_values


def default_errors_path(output_path: str | os.PathLike) -> Path:
    """``raw_outputs.jsonl`` -> ``raw_outputs.errors.jsonl`` (see modelcall.records.errors_path_for)."""
    return errors_path_for(output_path)


def _read_own_file(path: Path, stats: ReadStats) -> Iterator[dict[str, Any]]:
    """Records of a file this store wrote. Only a torn last line (a crash mid-write) is expected damage;
    anything else means the file was edited or mixed up, and appending after it would hide the damage."""
    try:
        yield from read_jsonl(path, on_bad_line="error", stats=stats, tolerate_torn_tail=True)
    except InputError as exc:
        where = str(exc).removeprefix("input error: ").split(" (fix the line")[0]
        raise InputError(
            f"{where} (this file is written by generation runs, and this line is damaged: repair or delete the line, "
            "or move the file away, then rerun; nothing was sent or appended)"
        ) from None


class _LineFile:
    """One append-only JSONL file: whole-line writes, periodic fsync."""

    def __init__(self, path: Path, fsync_interval_s: float):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        repair_torn_tail(path)
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.fsync_interval_s = fsync_interval_s
        self.dirty = False
        self.last_sync = time.monotonic()

    def write(self, record: dict[str, Any]) -> None:
        view = memoryview(dumps_line(record))
        while view:
            view = view[os.write(self.fd, view):]
        self.dirty = True
        if time.monotonic() - self.last_sync >= self.fsync_interval_s:
            self.sync()

    def sync(self) -> None:
        if self.dirty and self.fd >= 0:
            os.fsync(self.fd)
            self.dirty = False
        self.last_sync = time.monotonic()

    def close(self) -> None:
        if self.fd >= 0:
            self.sync()
            os.close(self.fd)
            self.fd = -1


class ResultStore:
    """Which request_ids are done or failed, and the append-only files that say so."""

    def __init__(self, output_path: str | os.PathLike, errors_path: str | os.PathLike | None = None, fsync_interval_s: float = 1.0):
        self.output_path = Path(output_path)
        self.errors_path = Path(errors_path) if errors_path else default_errors_path(output_path)
        self.fsync_interval_s = fsync_interval_s
        self.done: set[str] = set()
        self.failed: set[str] = set()
        self.read_stats = ReadStats()
        self.torn_tails = 0
        self.existing_cost_usd = 0.0
        self._out: _LineFile | None = None
        self._err: _LineFile | None = None
        self.written = 0
        self.errors_written = 0

    def load(self) -> None:
        """Read what earlier runs left: done ids from the output, failed ids from the errors file."""
        if self.output_path.exists():
            stats = ReadStats()
            for rec in _read_own_file(self.output_path, stats):
                rid = rec.get("request_id")
                if isinstance(rid, str):
                    self.done.add(rid)
                    self.existing_cost_usd += float(rec.get("cost_usd") or 0.0)
            self.torn_tails += int(stats.torn_tail)
            self.read_stats = stats
        for rec in self.iter_errors():
            rid = rec.get("request_id")
            if isinstance(rid, str) and rid not in self.done:
                self.failed.add(rid)

    def iter_errors(self) -> Iterator[dict[str, Any]]:
        if self.errors_path.exists():
            stats = ReadStats()
            yield from _read_own_file(self.errors_path, stats)
            self.torn_tails += int(stats.torn_tail)

    def open(self) -> ResultStore:
        self._out = _LineFile(self.output_path, self.fsync_interval_s)
        if self.errors_path.exists():
            self._err = _LineFile(self.errors_path, self.fsync_interval_s)  # cut a torn tail now
        return self

    def write_result(self, record: dict[str, Any]) -> None:
        assert self._out is not None, "open() the store first"
        self._out.write(redact_values(record))  # an answer may quote a key too
        rid = record["request_id"]
        self.done.add(rid)
        self.failed.discard(rid)
        self.written += 1

    def write_error(self, record: dict[str, Any]) -> None:
        assert self._out is not None, "open() the store first"
        if self._err is None:
            self._err = _LineFile(self.errors_path, self.fsync_interval_s)
        self._err.write(redact_values(record))
        self.failed.add(record["request_id"])
        self.errors_written += 1

    def close(self) -> None:
        for f in (self._out, self._err):
            if f is not None:
                f.close()
        self._out = self._err = None

    def compact_errors(self) -> int:
        """Rewrite the errors file atomically: the latest error per id, minus ids now in the output."""
        if not self.errors_path.exists():
            return 0
        latest: dict[str, dict[str, Any]] = {}
        for rec in self.iter_errors():
            rid = rec.get("request_id")
            if isinstance(rid, str) and rid not in self.done:
                latest.pop(rid, None)
                latest[rid] = rec
        atomic_write_jsonl(self.errors_path, (redact_values(rec) for rec in latest.values()))
        self.failed = set(latest)
        return len(latest)

    def __enter__(self) -> ResultStore:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()
