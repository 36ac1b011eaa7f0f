"""The run's state, owned by us and not by any backend: a manifest plus one completion marker per chunk.

``<output_base_dir>/manifest.json`` lists the chunks of the split input and, per (model, chunk), the job
that was last submitted for it: backend, job id, attempt and the state last seen. Only ``batch_submit``
writes the manifest (atomically); a job writes nothing but its own completion marker
``<output_base_dir>/<model>/<chunk>/_COMPLETE``, so there is never more than one writer per file.
A marker is the truth: a chunk with a marker is complete whatever the backend says.

Paths inside the run folder (chunk files) are kept relative to it, so a run folder that was moved or copied
elsewhere (another mount point, an archive unpacked) still merges and resubmits.
"""
from __future__ import annotations

import fcntl
import os
import socket
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path
from typing import IO, Any

import orjson

from modelcall.errors import InputError
from modelcall.io import atomic_write_json
from modelcall.reporting import utc_now

MANIFEST_NAME = "manifest.json"
LOCK_NAME = ".batch_submit.lock"
MARKER_NAME = "_COMPLETE"
MANIFEST_VERSION = 1
CHUNKS_SUBDIR = "chunks"


class ChunkState(str, Enum):
    """Where one (model, chunk) stands. ``new``: never submitted; ``lost``: its job vanished unfinished."""

    NEW = "new"
    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    LOST = "lost"

    @property
    def active(self) -> bool:
        return self in (ChunkState.PENDING, ChunkState.RUNNING)

    @property
    def finished(self) -> bool:
        return not self.active


@dataclass
class ChunkInfo:
    """One piece of the split input."""

    name: str
    path: str
    records: int


@dataclass
class JobEntry:
    """The last job submitted for one (model, chunk), and what became of earlier attempts."""

    model: str
    chunk: str
    backend: str
    job_id: str | None
    attempt: int
    state: str
    submitted_at: str | None = None
    updated_at: str | None = None
    exit_code: int | None = None
    reason: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return job_key(self.model, self.chunk)


def job_key(model: str, chunk: str) -> str:
    return f"{model}/{chunk}"


@dataclass
class Manifest:
    """What ``batch_submit`` knows about a run; load with :meth:`load`, save with :meth:`save`."""

    output_base_dir: Path
    input_path: str = ""
    input_size: int = 0
    split: dict[str, Any] = field(default_factory=dict)
    chunks: list[ChunkInfo] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    jobs: dict[str, JobEntry] = field(default_factory=dict)
    created_at: str = field(default_factory=utc_now)
    # a run of another task than generation: alias, task_type, frozen config file, keys (see cluster.task)
    task: dict[str, Any] | None = None

    @property
    def path(self) -> Path:
        return manifest_path(self.output_base_dir)

    @classmethod
    def load(cls, output_base_dir: str | Path) -> Manifest | None:
        """The manifest of a run, or None when the folder holds none yet."""
        base = Path(output_base_dir)
        path = manifest_path(base)
        if not path.exists():
            return None
        try:
            data = orjson.loads(path.read_bytes())
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{path}: not valid JSON ({exc}); restore it or start a new output_base_dir") from None
        if data.get("version") != MANIFEST_VERSION:
            raise InputError(f"{path}: manifest version {data.get('version')!r}, expected {MANIFEST_VERSION}")
        return cls(
            output_base_dir=base,
            input_path=data.get("input_path", ""),
            input_size=data.get("input_size", 0),
            split=data.get("split", {}),
            chunks=[ChunkInfo(c["name"], str(resolve_in_run(base, c["path"], CHUNKS_SUBDIR)), c["records"])
                    for c in data.get("chunks", [])],
            models=list(data.get("models", [])),
            jobs={k: JobEntry(**v) for k, v in data.get("jobs", {}).items()},
            created_at=data.get("created_at", utc_now()),
            task=data.get("task"),
        )

    def save(self) -> Path:
        data = {
            "version": MANIFEST_VERSION,
            "created_at": self.created_at,
            "updated_at": utc_now(),
            "input_path": self.input_path,
            "input_size": self.input_size,
            "split": self.split,
            "chunks": [{**asdict(c), "path": relative_to_run(self.output_base_dir, c.path)} for c in self.chunks],
            "models": self.models,
            "jobs": {k: asdict(v) for k, v in sorted(self.jobs.items())},
        }
        if self.task is not None:
            data["task"] = self.task
        atomic_write_json(self.path, data)
        return self.path

    def chunk(self, name: str) -> ChunkInfo | None:
        for info in self.chunks:
            if info.name == name:
                return info
        return None

    def state_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.jobs.values():
            counts[entry.state] = counts.get(entry.state, 0) + 1
        return counts


def relative_to_run(base: Path, path: str | Path) -> str:
    """``path`` relative to the run folder when it lies inside it (else as it is)."""
    p = Path(path)
    try:
        return p.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(p)


def resolve_in_run(base: Path, path: str, subdir: str | None = None) -> Path:
    """A path as the manifest keeps it, for the run folder where it is now.

    Relative paths are under the run folder. An absolute one written by an older version that no longer
    exists (the folder was moved) is looked for under ``<base>/<subdir>/`` by its file name.
    """
    p = Path(path)
    if not p.is_absolute():
        return (base / p).resolve()
    if not p.exists() and subdir is not None and (base / subdir / p.name).exists():
        return (base / subdir / p.name).resolve()
    return p


def manifest_path(output_base_dir: str | Path) -> Path:
    return Path(output_base_dir) / MANIFEST_NAME


def chunk_output_dir(output_base_dir: str | Path, model: str, chunk: str) -> Path:
    """``<output_base_dir>/<model>/<chunk>/``: where one job writes raw_outputs.jsonl and errors.jsonl."""
    return Path(output_base_dir) / model / chunk


def marker_path(output_base_dir: str | Path, model: str, chunk: str) -> Path:
    return chunk_output_dir(output_base_dir, model, chunk) / MARKER_NAME


def write_marker(path: str | Path, info: dict[str, Any]) -> None:
    """Mark a chunk complete (atomically: a half-written marker never exists)."""
    atomic_write_json(path, {"finished_at": utc_now(), **info})


class RunLock:
    """One batch_submit at a time per run folder (two would submit the same chunks twice).

    An advisory ``flock`` on ``<output_base_dir>/.batch_submit.lock``: the kernel drops it when the process
    dies, so a crashed run never leaves a stale lock behind.
    """

    def __init__(self, output_base_dir: str | Path):
        self.path = Path(output_base_dir) / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(orjson.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": utc_now()}).decode())
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> str:
        """Who holds the lock: ``pid N on HOST since TIME``."""
        try:
            data = orjson.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return "pid ?"
        if not isinstance(data, dict):
            return f"pid {data}"  # written by an older version: the pid alone
        return f"pid {data.get('pid', '?')} on {data.get('host', '?')} since {data.get('since', '?')}"

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
