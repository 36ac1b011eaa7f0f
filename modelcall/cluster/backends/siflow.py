"""The ``siflow`` backend: one SciTix SiFlow task per job, through the ``siflow`` SDK.

The SDK is not on PyPI (it ships as a wheel with a SiFlow account), so it is imported only when this
backend is used, and a missing SDK is a one-line error saying how to get it. Credentials come from
environment variables (loaded from an env file), never from the YAML; API keys the jobs need are passed
as hidden task env (``secret_env_vars``) or read by the worker from ``job.env_file`` on a shared volume.
A task ``cd``s to the shared project folder and runs the worker on its index of the batch file, so the
project and the run folder must be on a volume mounted at the same path in the tasks.
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

NAME_PREFIX_MAX = 35  # SiFlow truncates longer prefixes and rejects one that ends in '-'

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
        if isinstance(obj, dict):
            if obj.get(name) is not None:
                return obj[name]
        elif getattr(obj, name, None) is not None:
            return getattr(obj, name)
    return None


def task_state(task: Any) -> str | None:
    """The state word of a task record: ``status``/``phase``/``state``, possibly one level down."""
    value = _field(task, "status", "phase", "state")
    for _ in range(2):
        if value is None or isinstance(value, str):
            return value
        value = _field(value, "phase", "status", "state", "value", "name")
    return None if value is None else str(value)


def default_client_factory(region: str, cluster: str, access_key_id: str, access_key_secret: str) -> Any:
    try:
        import siflow  # type: ignore[import-not-found]  # not on PyPI: ships with a SiFlow account
    except ImportError:
        raise ConfigError(
            "backend siflow needs the SciTix 'siflow' Python SDK, which is not on PyPI: install the wheel your "
            "SiFlow console provides (pip install siflow-*.whl) into this environment, or use backend: slurm/local"
        ) from None
    return siflow.SiFlow(region=region, cluster=cluster, access_key_id=access_key_id, access_key_secret=access_key_secret)


def sdk_types() -> Any:
    """``siflow.types`` (TaskUserSelectedInstance, TaskVolume, TaskEnv) when installed, else None (plain dicts)."""
    try:
        from siflow import types  # type: ignore[import-not-found]
    except ImportError:
        return None
    return types


class SiflowBackend(Backend):
    name = "siflow"

    def __init__(
        self,
        settings: Any,
        python: str = "python",
        source: str = "<config>",
        client_factory: Callable[..., Any] | None = None,
        types_module: Callable[[], Any] | None = None,
    ):
        self.settings = settings
        self.python = python
        self.source = source
        self._factory = client_factory
        self._types = types_module or sdk_types
        self._client: Any = None

    def client(self) -> Any:
        if self._client is None:
            s = self.settings
            values = {var: self._secret(var) for var in (s.access_key_id_env, s.access_key_secret_env)}
            factory = self._factory or default_client_factory
            self._client = factory(s.region, s.cluster, values[s.access_key_id_env], values[s.access_key_secret_env])
        return self._client

    def _secret(self, var: str) -> str:
        value = os.environ.get(var)
        if not value:
            raise CredentialError(
                f"{self.source}: {var} is not set: put '{var}=...' in the env file named by environment.env_file "
                "(never in the YAML), or export it"
            )
        register_secret(value)
        return value

    # -- submit ---------------------------------------------------------------------------------------
    def task_request(self, batch: JobBatch, index: int, with_secrets: bool = False) -> dict[str, Any]:
        """The keyword arguments of ``tasks.create`` for job ``index``; secret values only when submitting."""
        s = self.settings
        job = batch.jobs[index]
        types = self._types()
        worker = " ".join(shlex.quote(a) for a in batch.worker_argv(index, s.python or self.python))
        workdir = s.workdir or job.workdir
        labels = {**s.labels, "modelcall-batch": batch.name, "modelcall-index": str(index)}
        prefix = f"{s.name_prefix}-{index}"
        if len(prefix) > NAME_PREFIX_MAX:
            prefix = f"{s.name_prefix[: NAME_PREFIX_MAX - len(str(index)) - 1].rstrip('-')}-{index}"

        def env(key: str, value: str, hide: bool) -> Any:
            fields = {"env_key": key, "env_value": value, "hide": hide}
            return types.TaskEnv(**fields) if types else fields

        task_env = [env(k, str(v), False) for k, v in s.task_env.items()]
        for var in s.secret_env_vars:
            task_env.append(env(var, self._secret(var) if with_secrets else "***", True))
        request: dict[str, Any] = {
            "name_prefix": prefix,
            "image": s.image,
            "image_version": s.image_version,
            "type": "pytorchjob",
            "cmd": f"cd {shlex.quote(workdir)} && {worker}",
            "workers": s.workers,
            "resource_pool": s.resource_pool,
            "instances": [
                types.TaskUserSelectedInstance(name=i.name, count_per_pod=i.count_per_pod) if types else i.model_dump()
                for i in s.instances
            ],
            "priority": s.priority,
            "guarantee": s.guarantee,
            "volumes": [
                types.TaskVolume(volume_name=v.volume_name, mount_dir=v.mount_dir) if types else v.model_dump()
                for v in s.volumes
            ],
            "task_env": task_env,
            "labels": labels,
        }
        if s.image_url:
            request["image_url"] = s.image_url
        if s.image_type:
            request["image_type"] = s.image_type
        return request

    def describe(self, batch: JobBatch) -> str:
        lines = [f"# siflow: {len(batch.jobs)} task(s) in region {self.settings.region}, cluster {self.settings.cluster}"]
        for i, job in enumerate(batch.jobs):
            lines.append(f"#  [{i}] {job.key} (attempt {job.attempt}): tasks.create({self.task_request(batch, i)!r})")
        return "\n".join(lines)

    def submit(self, batch: JobBatch) -> list[str]:
        tasks = self.client().tasks
        ids = []
        for i in range(len(batch.jobs)):
            created = tasks.create(**self.task_request(batch, i, with_secrets=True))
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
                state = task_state(tasks.get(uuid=uuid))
            except Exception:  # noqa: BLE001 - the SDK's errors are its own (timeouts included); try list()
                state = None
            if state is None:
                unresolved.append(uuid)
            else:
                result[uuid] = JobStatus(map_state(state), reason=state)
        if unresolved:
            listed = tasks.list(labels=dict(self.settings.labels)) or []
            by_uuid = {str(_field(t, "uuid", "task_uuid", "id")): t for t in listed}
            for uuid in unresolved:
                state = task_state(by_uuid[uuid]) if uuid in by_uuid else None
                result[uuid] = (
                    JobStatus(map_state(state), reason=state)
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
            stop(uuid=uuid)

    def logs(self, job_id: str, tail: int = 50) -> str:
        query = getattr(self.client().tasks, "query_logs", None)
        if query is None:
            return f"(see the SiFlow console for task {job_id})"
        try:
            page = query(job_id, limit=tail, sort_order="desc")
        except Exception as exc:  # noqa: BLE001 - log queries can time out; say so instead of failing the run
            return f"(siflow log query failed: {exc}; see the console for task {job_id})"
        items = _field(page, "logs") or []
        return "\n".join(str(_field(item, "content") or item) for item in reversed(list(items)))
