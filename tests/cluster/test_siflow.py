"""The siflow backend against a fake SDK client that records every call."""
from __future__ import annotations

import builtins
import sys

import pytest

from modelcall.cluster.backends.base import JobState
from modelcall.cluster.backends.siflow import SiflowBackend, default_client_factory, map_state
from modelcall.cluster.config import SiflowSettings
from modelcall.cluster.manifest import Manifest
from modelcall.errors import ConfigError, CredentialError
from modelcall.secrets import redact
from modelcall.tasks import run_task_mapping


class FakeTasks:
    def __init__(self):
        self.calls: list[tuple[str, object]] = []
        self.states: dict[str, str] = {}
        self.hidden: set[str] = set()  # tasks get() does not find (list() still does)

    def create(self, **kwargs):
        self.calls.append(("create", kwargs))
        uuid = f"task-{len(self.states)}"
        self.states[uuid] = "Pending"
        return {"uuid": uuid, "name": kwargs["name_prefix"]}

    def get(self, uuid):  # the SDK is called as get(uuid=...)
        self.calls.append(("get", uuid))
        if uuid in self.hidden:
            raise RuntimeError("404")
        return {"uuid": uuid, "status": self.states[uuid]}

    def list(self, labels=None):
        self.calls.append(("list", labels))
        return [{"uuid": u, "status": s} for u, s in self.states.items()]

    def query_logs(self, uuid, limit=100, sort_order="desc"):
        self.calls.append(("query_logs", uuid))
        return {"logs": [{"content": "line 3"}, {"content": "line 2"}, {"content": "line 1"}][:limit]}

    def stop(self, uuid):
        self.calls.append(("stop", uuid))
        self.states[uuid] = "Stopped"


class FakeClient:
    def __init__(self, region, cluster, access_key_id, access_key_secret):
        self.args = (region, cluster, access_key_id, access_key_secret)
        self.tasks = FakeTasks()


SETTINGS = {
    "region": "cn-sh", "cluster": "c1", "image": "registry/modelcall", "image_version": "0.1",
    "resource_pool": "cpu-pool", "instances": [{"name": "cpu.c8", "count_per_pod": 1}], "priority": "high",
    "volumes": [{"volume_name": "shared", "mount_dir": "/mnt/shared"}], "task_env": {"TZ": "UTC"},
    "secret_env_vars": ["TEACHER_API_KEY"],
    "labels": {"project": "phaser"}, "workdir": "/mnt/shared/modelcall",
}


@pytest.fixture
def fake_siflow(monkeypatch):
    made: list[FakeClient] = []

    def factory(*args):  # one SiFlow account: every backend instance sees the same tasks
        if not made:
            made.append(FakeClient(*args))
        return made[-1]

    monkeypatch.setattr("modelcall.cluster.backends.siflow.default_client_factory", factory)
    return made


@pytest.mark.parametrize(("raw", "state"), [
    ("Pending", JobState.PENDING), ("Queueing", JobState.PENDING), ("PartialPending", JobState.PENDING),
    ("Running", JobState.RUNNING), ("Stopping", JobState.RUNNING), ("Succeeded", JobState.COMPLETED),
    ("Failed", JobState.FAILED), ("Error", JobState.FAILED), ("Stopped", JobState.CANCELLED), ("Odd", JobState.UNKNOWN),
])
def test_state_mapping(raw, state):
    assert map_state(raw) is state


def test_submit_status_cancel_through_the_sdk(tmp_path, cluster_kit, fake_siflow, monkeypatch):
    env = tmp_path / "siflow.env"
    env.write_text("SIFLOW_ACCESS_KEY_ID=ak-id-0001\nSIFLOW_ACCESS_KEY_SECRET=sk-secret-0002\nTEACHER_API_KEY=sk-teacher-0003\n")
    cluster_kit.requests(tmp_path / "requests.jsonl", 6)
    task = cluster_kit.task(tmp_path, n_chunks=2, backend="siflow", siflow=SETTINGS,
                            environment={"env_file": str(env)})
    outcome = run_task_mapping(task, "test")
    assert outcome.report.counts["jobs_submitted"] == 2
    client = fake_siflow[-1]
    assert client.args == ("cn-sh", "c1", "ak-id-0001", "sk-secret-0002")
    creates = [kw for name, kw in client.tasks.calls if name == "create"]
    assert len(creates) == 2
    first = creates[0]
    assert first["type"] == "pytorchjob" and first["image"] == "registry/modelcall" and first["image_version"] == "0.1"
    assert first["resource_pool"] == "cpu-pool" and first["instances"] == [{"name": "cpu.c8", "count_per_pod": 1}]
    assert first["priority"] == "high" and first["guarantee"] is False and first["workers"] == 0
    assert first["volumes"] == [{"volume_name": "shared", "mount_dir": "/mnt/shared"}]
    assert first["task_env"] == [{"env_key": "TZ", "env_value": "UTC", "hide": False},
                                 {"env_key": "TEACHER_API_KEY", "env_value": "sk-teacher-0003", "hide": True}]
    assert first["labels"]["project"] == "phaser" and first["labels"]["modelcall-index"] == "0"
    assert first["cmd"].startswith("cd /mnt/shared/modelcall && python -m modelcall.cluster.worker ")
    assert first["cmd"].endswith(" 0")
    assert "sk-secret-0002" not in str(creates)  # the account secret never travels in the task request
    assert redact("sk-secret-0002") == "***" and redact("sk-teacher-0003") == "***"
    assert "sk-teacher-0003" not in (tmp_path / "reports" / "batch.json").read_text()
    manifest = Manifest.load(tmp_path / "run")
    assert sorted(e.job_id for e in manifest.jobs.values()) == ["task-0", "task-1"]

    # status: one running, one hidden from get() (found by list), then a stop
    backend = SiflowBackend(SiflowSettings(**SETTINGS))
    backend._client = client
    client.tasks.states["task-0"] = "Running"
    client.tasks.hidden.add("task-1")
    status = backend.status(["task-0", "task-1"])
    assert status["task-0"].state is JobState.RUNNING and status["task-1"].state is JobState.PENDING
    assert ("list", {"project": "phaser"}) in client.tasks.calls
    backend.cancel(["task-0"])
    assert ("stop", "task-0") in client.tasks.calls
    assert backend.status(["task-0"])["task-0"].state is JobState.CANCELLED
    assert backend.logs("task-0", 2) == "line 2\nline 3"

    # a rerun: task-0 stopped -> resubmitted as attempt 2; task-1 still pending -> left alone
    client.tasks.hidden.clear()
    rerun = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, backend="siflow", siflow=SETTINGS,
                                              environment={"env_file": str(env)}), "test")
    assert [(s["key"], s["attempt"]) for s in rerun.report.sections["submitted"]] == [("mock1/chunk_00000", 2)]


def test_sdk_types_and_long_name_prefix(tmp_path):
    class Types:  # what siflow.types offers
        class TaskUserSelectedInstance(dict):
            def __init__(self, name, count_per_pod):
                super().__init__(kind="instance", name=name, count_per_pod=count_per_pod)

        class TaskVolume(dict):
            def __init__(self, volume_name, mount_dir):
                super().__init__(kind="volume", volume_name=volume_name, mount_dir=mount_dir)

        class TaskEnv(dict):
            def __init__(self, env_key, env_value, hide):
                super().__init__(kind="env", env_key=env_key, env_value=env_value, hide=hide)

    from modelcall.cluster.jobs import JobBatch, JobSpec

    settings = SiflowSettings(**{**SETTINGS, "secret_env_vars": [], "name_prefix": "phaser-distillation-run-for-the-big-model"})
    backend = SiflowBackend(settings, types_module=lambda: Types)
    jobs = [JobSpec(key=f"m/c{i}", model="m", chunk=f"c{i}", attempt=1, argv=["true"], output_dir="/o", marker="/o/m",
                    workdir="/w") for i in range(12)]
    request = backend.task_request(JobBatch(name="b", jobs=jobs, path=tmp_path / "b.json", log_dir=tmp_path), 11)
    assert request["instances"][0]["kind"] == "instance" and request["volumes"][0]["kind"] == "volume"
    assert request["task_env"][0]["kind"] == "env"
    assert len(request["name_prefix"]) <= 35 and request["name_prefix"].endswith("-11")
    assert "--" not in request["name_prefix"]


def test_missing_credentials_name_the_variable(tmp_path, cluster_kit, fake_siflow, monkeypatch):
    monkeypatch.delenv("SIFLOW_ACCESS_KEY_ID", raising=False)
    monkeypatch.delenv("SIFLOW_ACCESS_KEY_SECRET", raising=False)
    cluster_kit.requests(tmp_path / "requests.jsonl", 2)
    with pytest.raises(CredentialError, match="SIFLOW_ACCESS_KEY_ID"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, backend="siflow", siflow=SETTINGS), "test")


def test_missing_sdk_is_a_clear_config_error(monkeypatch):
    real_import = builtins.__import__

    def no_siflow(name, *args, **kwargs):
        if name == "siflow":
            raise ImportError("No module named 'siflow'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "siflow", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_siflow)
    with pytest.raises(ConfigError, match="not on PyPI"):
        default_client_factory("r", "c", "a", "s")


def test_dry_run_describes_the_requests_without_credentials(tmp_path, cluster_kit, capsys, monkeypatch):
    monkeypatch.delenv("SIFLOW_ACCESS_KEY_ID", raising=False)
    cluster_kit.requests(tmp_path / "requests.jsonl", 2)
    run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, backend="siflow", siflow=SETTINGS, dry_run=True), "test")
    printed = capsys.readouterr().out
    assert "tasks.create(" in printed and "'resource_pool': 'cpu-pool'" in printed
