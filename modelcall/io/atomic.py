"""Atomic writes: write a temporary file beside the target, fsync, then rename over it.

A crash at any moment leaves either the old file or the new one, never a mix.
"""
from __future__ import annotations

import fcntl
import glob
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import orjson

from modelcall.io.jsonl import dumps_line

log = logging.getLogger("modelcall.io")


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


class AtomicWriter:
    """Context manager yielding a binary handle; the target appears only on a clean exit."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._handle: IO[bytes] | None = None
        self._tmp: str | None = None

    def __enter__(self) -> IO[bytes]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            fcntl.flock(fd, fcntl.LOCK_EX)  # "a live writer's": a later cleanup leaves this file alone
            if os.fstat(fd).st_nlink:
                break
            os.close(fd)  # a cleanup took it between mkstemp and flock: start again
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        self._handle = os.fdopen(fd, "wb")
        return self._handle

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self._handle is not None and self._tmp is not None
        try:
            if exc_type is None:
                self._handle.flush()
                os.fsync(self._handle.fileno())
            self._handle.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
                _fsync_dir(self.path.parent)
                self._tmp = None
        finally:
            if self._tmp is not None and os.path.exists(self._tmp):
                os.unlink(self._tmp)


def remove_stale_temps(path: str | os.PathLike) -> list[Path]:
    """Remove the temporary files a killed atomic write of ``path`` left (``.<name>.*.tmp`` beside it, and
    for a folder, those inside it); return them. Runs once per run of an output (see ``output_lock``), not
    per write: a folder of 100,000 program files is listed once.

    A live writer holds a lock on its temporary file, so only a dead one's can be locked here.
    """
    target = Path(path)
    removed = []
    candidates = list(target.parent.glob(f".{glob.escape(target.name)}.*.tmp"))
    if target.is_dir():
        candidates += target.glob(".*.tmp")
    for tmp in candidates:
        try:
            fd = os.open(tmp, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(tmp)
            removed.append(tmp)
        except OSError:
            pass  # locked by a live writer, or already gone
        finally:
            os.close(fd)
    if removed:
        log.info("%s: removed %d temporary file(s) of an interrupted write: %s", target, len(removed),
                 ", ".join(p.name for p in removed))
    return removed


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with AtomicWriter(path) as handle:
        handle.write(text.encode("utf-8"))


def atomic_write_json(path: str | os.PathLike, data: Any, indent: bool = True) -> None:
    option = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS if indent else orjson.OPT_NON_STR_KEYS
    with AtomicWriter(path) as handle:
        handle.write(orjson.dumps(data, option=option, default=str))
        handle.write(b"\n")


def atomic_write_jsonl(path: str | os.PathLike, records: Iterable[dict[str, Any]]) -> int:
    """Write all records to ``path`` atomically; return how many were written."""
    count = 0
    with AtomicWriter(path) as handle:
        for record in records:
            handle.write(dumps_line(record))
            count += 1
    return count
