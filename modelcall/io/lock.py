"""One writer per output: an advisory OS lock beside the output, held only while the process lives.

``<output>.lock`` is locked with ``flock`` (the kernel drops the lock when its process dies, however it
dies) and holds a small record ``{pid, host, since, command}`` so that a second run can say who holds
it. A record left by a process that died is taken over with a warning. Locks are re-entrant within one
process (a runner and the engine it calls may both lock the same output).
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from modelcall.errors import InputError, OutputBusy
from modelcall.io.atomic import remove_stale_temps

log = logging.getLogger("modelcall.io")

_held: dict[Path, list[int]] = {}  # lock file -> [fd, depth] of the locks this process holds


def lock_path_for(target: str | os.PathLike) -> Path:
    """``raw.jsonl`` -> ``raw.jsonl.lock``, ``data/sft`` -> ``data/sft.lock`` (beside the output)."""
    p = Path(target)
    return p.with_name(p.name + ".lock")


def check_output_path(target: str | os.PathLike, key: str = "output_path") -> None:
    """An output whose folder is (under) a file is an input error naming both, before anything runs."""
    p = Path(target).absolute()
    for parent in p.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InputError(f"{key}: {target}: {parent} is a file, not a folder (choose another {key})")
            return


@dataclass
class Holder:
    pid: int | None
    host: str
    since: str
    command: str

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host} since {self.since}" + (f" ({self.command})" if self.command else "")


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 65536) or b"null")
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid")
    return Holder(pid if isinstance(pid, int) else None, str(data.get("host") or "?"), str(data.get("since") or "?"),
                  str(data.get("command") or ""))


def _command_line() -> str:
    text = " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv[:6]))
    return text[:200]


@contextlib.contextmanager
def output_lock(target: str | os.PathLike, key: str = "output_path") -> Iterator[None]:
    """Hold ``<target>.lock`` for the block; a live holder elsewhere is :class:`OutputBusy` (exit 2)."""
    check_output_path(target, key)
    path = lock_path_for(target).absolute()
    if path not in _held:
        _held[path] = [_acquire(path, target, key), 0]
    _held[path][1] += 1
    try:
        yield
    finally:
        _held[path][1] -= 1
        if _held[path][1] == 0:
            _release(path)


def _acquire(path: Path, target: str | os.PathLike, key: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            who = holder.describe() if holder else "another process"
            raise OutputBusy(
                f"{key}: {target} is being written by another run ({who}); wait for it to finish or stop it"
                + (f" (kill {holder.pid} on {holder.host})" if holder and holder.pid else "")
                + f", or choose another {key}. Its lock is {path}"
            ) from None
        except OSError as exc:
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                log.warning("%s: this filesystem does not support locks; two runs on %s would not be stopped", path, target)
                return fd
            os.close(fd)
            raise
        # the previous holder may have removed the file between our open and our lock: lock the live one
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)
            continue
        break
    stale = _read_holder(fd)
    if stale is not None and stale.pid is not None:
        log.warning("%s: took over the lock of a run that ended without releasing it (%s)", target, stale.describe())
    record = {"pid": os.getpid(), "host": socket.gethostname(),
              "since": datetime.now(timezone.utc).isoformat(timespec="seconds"), "command": _command_line()}
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(record).encode() + b"\n", 0)
    remove_stale_temps(target)  # what an interrupted atomic write of this output left behind
    return fd


def _release(path: Path) -> None:
    fd, _ = _held.pop(path)
    with contextlib.suppress(OSError):
        os.unlink(path)  # still locked: a process waiting on the old file sees it gone and retries
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
