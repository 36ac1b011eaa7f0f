"""The ``siflow`` backend: one SciTix SiFlow task per job, through the ``siflow`` SDK.

The SDK is not on PyPI (it ships with a SiFlow account), so it is imported only when this backend is used,
and a missing SDK is a one-line error saying how to get it. Credentials come from environment variables
(loaded from an env file), never from the YAML. A task's command ``cd``s to the shared working directory
and runs the worker on its index of the batch file, so the output folder must be on a shared volume.
"""
from __future__ import annotations

import os
import shlex
from collections.abc import Callable
from typing import Any

from modelcall.cluster.backends.base import Backend, JobState, JobStatus
from modelcall.cluster.jobs import JobBatch
from modelcall.errors import ConfigError, CredentialError, TaskFailed
from modelcall.secrets import register_secret

STATE_MAP = {
    "pending": JobState.PENDING,
    "queueing": JobState.PENDING,
    "partialpending": JobState.PENDING,
    "running": JobState.RUNNING,
    "stopping": JobState.RUNNING,
    "succeeded": JobState.COMPLETED,
    "failed": JobState.FAILED,
    "error": JobState.FAILED,
    "stopped": JobState.CANCELLED,
}


def map_state(value: str | None) -> JobState:
    return STATE_MAP.get((value or "").replace("_", "").replace(" ", "").lower(), JobState.UNKNOWN)


def _field(obj: Any, *names: str) -> Any:
    """A field of an SDK object or a plain dict, under the first name present."""
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if not isinstance(obj, dict) and getattr(obj, name, None) is not None:
            return getattr(obj, name)
    return None


def default_client_factory(region: str, cluster: str, access_key_id: str, access_key_secret: str) -> Any:
    try:
        import siflow  # type: ignore[import-not-found]  # not on PyPI: ships with a SiFlow account
    except ImportError:
        raise ConfigError(
            "backend siflow needs the SciTix 'siflow' Python SDK, which is not on PyPI: install the wheel your "
            "SiFlow console provides (pip install siflow-*.whl) into this environment, or use backend: slurm/local"
        ) from None
    return siflow.SiFlow(
        region=region, cluster=cluster, access_key_id=access_key_id, access_key_secret=access_key_secret
    )


class SiflowBackend(Backend):
    name = "siflow"

    def __init__(
        self,
        settings: Any,
        python: str = "python",
        source: str = "<config>",
        client_factory: Callable[..., Any] | None = None,
    ):
        self.settings = settings
        self.python = python
        self.source = source
        self._factory = client_factory or default_client_factory
        self._client: Any = None

    def client(self) -> Any:
        if self._client is None:
            s = self.settings
            values = {}
            for var in (s.access_key_id_env, s.access_key_secret_env):
                value = os.environ.get(var)
                if not value:
                    raise CredentialError(
                        f"{self.source}: {var} is not set: put '{var}=...' in the env file named by "
                        "job.env_file / environment.env_file (never in the YAML), or export it"
                    )
                register_secret(value)
                values[var] = value
            self._client = self._factory(s.region, s.cluster, values[s.access_key_id_env], values[s.access_key_secret_env])
        return self._client

    # -- submit ---------------------------------------------------------------------------------------
    def task_request(self, batch: JobBatch, index: int) -> dict[str, Any]:
        """The keyword arguments of ``tasks.create`` for job ``index`` (no secrets in them)."""
        s = self.settings
        job = batch.jobs[index]
        worker = " ".join(shlex.quote(a) for a in batch.worker_argv(index, s.python or self.python))
        workdir = s.workdir or job.workdir
        labels = {**s.labels, "modelcall-batch": batch.name, "modelcall-index": str(index)}
        return {
            "name_prefix": f"{s.name_prefix}-{index}",
            "image": s.image,
            "image_version": s.image_version,
            "type": "pytorchjob",
            "cmd": f"cd {shlex.quote(workdir)} && {worker}",
            "workers": s.workers,
            "resource_pool": s.resource_pool,
            "instances": [dict(i) for i in s.instances],
            "priority": s.priority,
            "guarantee": s.guarantee,
            "volumes": [dict(v) for v in s.volumes],
            "task_env": [{"name": k, "value": str(v)} for k, v in s.task_env.items()],
            "labels": labels,
        }

    def describe(self, batch: JobBatch) -> str:
        lines = [f"# siflow: {len(batch.jobs)} task(s) in region {self.settings.region}, cluster {self.settings.cluster}"]
        for i, job in enumerate(batch.jobs):
            lines.append(f"#  [{i}] {job.key} (attempt {job.attempt}): tasks.create({self.task_request(batch, i)!r})")
        return "\n".join(lines)

    def submit(self, batch: JobBatch) -> list[str]:
        tasks = self.client().tasks
        ids = []
        for i in range(len(batch.jobs)):
            created = tasks.create(**self.task_request(batch, i))
            uuid = created if isinstance(created, str) else _field(created, "uuid", "task_uuid", "id")
            if not uuid:
                raise TaskFailed(f"siflow tasks.create returned no task uuid: {created!r}")
            ids.append(str(uuid))
        return ids

    # -- status -----------------------------------------------------------------------------------------
    def status(self, job_ids: list[str]) -> dict[str, JobStatus]:
        tasks = self.client().tasks
        result: dict[str, JobStatus] = {}
        unresolved = []
        for uuid in job_ids:
            try:
                task = tasks.get(uuid)
            except Exception:  # noqa: BLE001 - the SDK's errors are its own; fall back to list()
                task = None
            state = _field(task, "status", "state", "phase") if task is not None else None
            if state is None:
                unresolved.append(uuid)
                continue
            result[uuid] = JobStatus(map_state(str(state)), reason=str(state))
        if unresolved:
            listed = tasks.list(labels=dict(self.settings.labels)) or []
            by_uuid = {str(_field(t, "uuid", "task_uuid", "id")): t for t in listed}
            for uuid in unresolved:
                task = by_uuid.get(uuid)
                state = _field(task, "status", "state", "phase") if task is not None else None
                result[uuid] = (
                    JobStatus(map_state(str(state)), reason=str(state))
                    if state is not None
                    else JobStatus(JobState.UNKNOWN, reason="siflow knows no such task")
                )
        return result

    def cancel(self, job_ids: list[str]) -> None:
        tasks = self.client().tasks
        stop = getattr(tasks, "stop", None) or getattr(tasks, "delete", None)
        if stop is None:
            raise TaskFailed("this siflow SDK offers neither tasks.stop nor tasks.delete; stop the tasks in the console")
        for uuid in job_ids:
            stop(uuid)

    def logs(self, job_id: str, tail: int = 50) -> str:
        getter = getattr(self.client().tasks, "logs", None)
        if getter is None:
            return f"(see the SiFlow console for task {job_id})"
        text = str(getter(job_id) or "")
        return "\n".join(text.splitlines()[-tail:])
