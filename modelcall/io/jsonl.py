"""Streaming JSONL: a reader that names ``file:line`` for every bad line, and a crash-safe appender."""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson

from modelcall.errors import InputError

log = logging.getLogger(__name__)

OnBadLine = Literal["error", "skip"]
_MAX_EXAMPLES = 5


@dataclass
class ReadStats:
    """What a read saw; runners copy it into their report."""

    lines: int = 0
    records: int = 0
    blank: int = 0
    skipped: int = 0
    torn_tail: bool = False
    skipped_examples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lines": self.lines,
            "records": self.records,
            "blank": self.blank,
            "skipped_bad_lines": self.skipped,
            "torn_tail_dropped": self.torn_tail,
            "skipped_examples": list(self.skipped_examples),
        }


def dumps_line(record: Any) -> bytes:
    """One JSONL line (UTF-8, not ASCII-escaped, newline-terminated)."""
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS)


def read_jsonl_numbered(
    path: str | os.PathLike,
    on_bad_line: OnBadLine = "error",
    stats: ReadStats | None = None,
    tolerate_torn_tail: bool = False,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, record)`` one line at a time; memory stays bounded.

    A line that is not a JSON object raises :class:`InputError` naming ``file:line``,
    unless ``on_bad_line='skip'``, which counts it in ``stats``. With
    ``tolerate_torn_tail`` an unparsable last line without a newline (a write cut
    off by a crash) is dropped quietly: the request behind it was still in flight.
    """
    stats = stats if stats is not None else ReadStats()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: file not found")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected a JSONL file")
    with open(p, "rb") as handle:
        lineno = 0
        for raw in handle:
            lineno += 1
            stats.lines += 1
            stripped = raw.strip()
            if lineno == 1 and stripped.startswith(b"\xef\xbb\xbf"):
                stripped = stripped[3:].strip()  # a UTF-8 byte order mark (files saved by Windows editors)
            if not stripped:
                stats.blank += 1
                continue
            try:
                record = orjson.loads(stripped)
                if not isinstance(record, dict):
                    raise ValueError(f"expected a JSON object, got {type(record).__name__}")
            except ValueError as exc:
                is_tail = not raw.endswith(b"\n")
                if is_tail and tolerate_torn_tail:
                    stats.torn_tail = True
                    log.warning("%s:%d: dropped a torn last line (a write cut off by a crash)", p, lineno)
                    continue
                reason = _describe_json_error(exc)
                if on_bad_line == "skip":
                    stats.skipped += 1
                    if len(stats.skipped_examples) < _MAX_EXAMPLES:
                        stats.skipped_examples.append(f"{p}:{lineno}: {reason}")
                    continue
                raise InputError(
                    f"{p}:{lineno}: {reason} (fix the line, or set on_bad_line: skip to skip and count bad lines)"
                ) from None
            stats.records += 1
            yield lineno, record


def read_jsonl(
    path: str | os.PathLike,
    on_bad_line: OnBadLine = "error",
    stats: ReadStats | None = None,
    tolerate_torn_tail: bool = False,
) -> Iterator[dict[str, Any]]:
    """Yield the records of a JSONL file; see :func:`read_jsonl_numbered`."""
    for _, record in read_jsonl_numbered(path, on_bad_line, stats, tolerate_torn_tail):
        yield record


def _describe_json_error(exc: ValueError) -> str:
    text = str(exc)
    if text.startswith("expected a JSON object"):
        return text
    return f"invalid JSON: {text}"


def count_lines(path: str | os.PathLike) -> int:
    """Count non-blank lines quickly (for progress-bar totals)."""
    total = 0
    with open(path, "rb") as handle:
        for raw in handle:
            if raw.strip():
                total += 1
    return total


def repair_torn_tail(path: str | os.PathLike) -> int:
    """Truncate a file to its last newline; return how many bytes were dropped.

    An append after a crash must not glue a new record onto a half-written one.
    """
    p = Path(path)
    if not p.exists():
        return 0
    size = p.stat().st_size
    if size == 0:
        return 0
    with open(p, "rb+") as handle:
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return 0
        block = 1 << 16
        pos = size
        cut = 0
        while pos > 0:
            start = max(0, pos - block)
            handle.seek(start)
            chunk = handle.read(pos - start)
            idx = chunk.rfind(b"\n")
            if idx >= 0:
                cut = start + idx + 1
                break
            pos = start
        handle.truncate(cut)
        handle.flush()
        os.fsync(handle.fileno())
    dropped = size - cut
    log.warning("%s: dropped %d bytes of a torn last line left by an earlier crash", p, dropped)
    return dropped


class JsonlAppender:
    """Append-only JSONL writer for resumable outputs.

    Whole lines are buffered and written, flushed and fsynced every ``flush_every``
    records or ``flush_interval_s`` seconds, whichever comes first. A crash loses at
    most the unflushed records; a torn last line is repaired on the next open.
    """

    def __init__(self, path: str | os.PathLike, flush_every: int = 64, flush_interval_s: float = 1.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        repair_torn_tail(self.path)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._buffer: list[bytes] = []
        self._flush_every = max(1, flush_every)
        self._flush_interval_s = flush_interval_s
        self._last_flush = time.monotonic()
        self.written = 0

    def write(self, record: dict[str, Any]) -> None:
        self._buffer.append(dumps_line(record))
        self.written += 1
        if len(self._buffer) >= self._flush_every or time.monotonic() - self._last_flush >= self._flush_interval_s:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            data = b"".join(self._buffer)
            self._buffer.clear()
            view = memoryview(data)
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
            os.fsync(self._fd)
        self._last_flush = time.monotonic()

    def close(self) -> None:
        if self._fd >= 0:
            self.flush()
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JsonlAppender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
