"""The one small interface every backend implements: submit, status, cancel, logs (+ describe for dry runs)."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum

from modelcall.cluster.jobs import JobBatch


class JobState(str, Enum):
    """A backend's view of one job, normalised. UNKNOWN: the backend has no record of it (any more)."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def active(self) -> bool:
        return self in (JobState.PENDING, JobState.RUNNING)


@dataclass
class JobStatus:
    state: JobState
    exit_code: int | None = None
    reason: str | None = None  # the backend's own word (TIMEOUT, OUT_OF_MEMORY, Error, ...)


class Backend(ABC):
    """Where jobs run. Backends keep no state of their own beyond what the cluster keeps: the manifest is ours."""

    name: str = "?"

    @abstractmethod
    def submit(self, batch: JobBatch) -> list[str]:
        """Submit every job of ``batch`` (its file is already written); return one job id per job, in order."""

    @abstractmethod
    def status(self, job_ids: list[str]) -> dict[str, JobStatus]:
        """The state of each job id (UNKNOWN for ids the backend does not know)."""

    @abstractmethod
    def cancel(self, job_ids: list[str]) -> None:
        """Ask the backend to stop these jobs."""

    @abstractmethod
    def logs(self, job_id: str, tail: int = 50) -> str:
        """The last ``tail`` lines a job printed (or where to find them)."""

    @abstractmethod
    def describe(self, batch: JobBatch) -> str:
        """What :meth:`submit` would send, for ``dry_run`` (a script, a request), with no side effects."""


def tail_file(path: str, lines: int) -> str:
    """The last ``lines`` lines of a text file (read from the end; logs can be large)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            block = min(size, max(4096, lines * 200))
            handle.seek(size - block)
            data = handle.read()
    except OSError as exc:
        return f"(no log: {exc})"
    return "\n".join(data.decode("utf-8", "replace").splitlines()[-lines:])
