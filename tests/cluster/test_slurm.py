"""The slurm backend: script generation and state parsing, then real runs on a local single-node Slurm."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from modelcall.cluster.backends.base import JobState
from modelcall.cluster.backends.slurm import SlurmBackend, map_state
from modelcall.cluster.config import SlurmSettings
from modelcall.cluster.jobs import JobBatch, JobSpec
from modelcall.cluster.manifest import Manifest
from modelcall.errors import TaskFailed
from modelcall.io import read_jsonl
from modelcall.tasks import run_task_mapping


def small_batch(tmp_path: Path, n: int) -> JobBatch:
    jobs = [JobSpec(key=f"m/chunk_{i}", model="m", chunk=f"chunk_{i}", attempt=1, argv=["true"], output_dir=str(tmp_path),
                    marker=str(tmp_path / f"m{i}"), workdir="/work/dir") for i in range(n)]
    return JobBatch(name="b1", jobs=jobs, path=tmp_path / "jobs" / "b1.json", log_dir=tmp_path / "logs")


def test_script_holds_the_configured_directives(tmp_path):
    settings = SlurmSettings(partition="cpu", cpus_per_task=4, mem="8G", time="02:00:00", array_throttle=3,
                             extra_directives=["--exclusive"], setup_lines=["source .venv/bin/activate"])
    backend = SlurmBackend(settings, tmp_path / "jobs", tmp_path / "logs", python="/opt/py/bin/python")
    script = backend.script(small_batch(tmp_path, 8))
    for line in ("#SBATCH --array=0-7%3", "#SBATCH --partition=cpu", "#SBATCH --cpus-per-task=4", "#SBATCH --mem=8G",
                 "#SBATCH --time=02:00:00", "#SBATCH --exclusive", "#SBATCH --chdir=/work/dir",
                 f"#SBATCH --output={tmp_path}/logs/slurm-%A_%a.out", "source .venv/bin/activate"):
        assert line in script
    assert script.rstrip().endswith(f'-m modelcall.cluster.worker {tmp_path}/jobs/b1.json "$SLURM_ARRAY_TASK_ID"')
    assert script.startswith("#!/bin/bash\n")
    assert "#SBATCH --array=0\n" in backend.script(small_batch(tmp_path, 1))


@pytest.mark.parametrize(("raw", "state"), [
    ("PENDING", JobState.PENDING), ("RUNNING", JobState.RUNNING), ("COMPLETING", JobState.RUNNING),
    ("COMPLETED", JobState.COMPLETED), ("CANCELLED by 0", JobState.CANCELLED), ("TIMEOUT", JobState.FAILED),
    ("OUT_OF_MEMORY", JobState.FAILED), ("NODE_FAIL", JobState.FAILED), ("", JobState.UNKNOWN),
])
def test_state_mapping(raw, state):
    assert map_state(raw) is state


def test_jobcomp_log_gives_state_of_long_finished_jobs(tmp_path, monkeypatch):
    log = tmp_path / "jobcomp.log"
    log.write_text(
        "JobId=41 UserId=root(0) Name=x JobState=COMPLETED ArrayJobId=40 ArrayTaskId=0 ExitCode=0:0 \n"
        "JobId=42 UserId=root(0) Name=x JobState=FAILED ArrayJobId=40 ArrayTaskId=1 ExitCode=2:0 \n"
        "JobId=43 UserId=root(0) Name=x JobState=CANCELLED ArrayJobId=400 ArrayTaskId=1 ExitCode=0:15 \n"
    )
    backend = SlurmBackend(SlurmSettings(jobcomp_log=str(log)), tmp_path, tmp_path)

    def no_slurm(argv, check=True):  # squeue/scontrol know nothing of these jobs any more
        if argv[0] == "squeue":
            return subprocess.CompletedProcess(argv, 0, "7_0|RUNNING|None\n", "")
        return subprocess.CompletedProcess(argv, 1, "", "Invalid job id specified")

    monkeypatch.setattr(backend, "_run", no_slurm)
    status = backend.status(["40_0", "40_1", "40_2"])
    assert status["40_0"].state is JobState.COMPLETED
    assert status["40_1"].state is JobState.FAILED and status["40_1"].exit_code == 2
    assert status["40_2"].state is JobState.UNKNOWN


def test_a_failing_squeue_is_an_error_not_lost_jobs(tmp_path, monkeypatch):
    backend = SlurmBackend(SlurmSettings(), tmp_path, tmp_path)
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr("subprocess.run", lambda argv, **kw: subprocess.CompletedProcess(argv, 1, "", "Unable to contact slurm controller"))
    with pytest.raises(TaskFailed, match="Unable to contact slurm controller"):
        backend.status(["5_0"])


# -- a real Slurm -------------------------------------------------------------------------------------------
@pytest.mark.slurm
def test_real_slurm_run_completes_and_merges(tmp_path, cluster_kit, slurm_env):
    cluster_kit.requests(tmp_path / "requests.jsonl", 40)
    task = cluster_kit.task(tmp_path, n_chunks=4, backend="slurm", wait=True, slurm={"array_throttle": 2})
    outcome = run_task_mapping(task, "test")
    assert outcome.report.counts["jobs_completed"] == 4
    ids = [r["request_id"] for r in read_jsonl(tmp_path / "run" / "mock1_merged.jsonl")]
    assert len(ids) == len(set(ids)) == 40
    manifest = Manifest.load(tmp_path / "run")
    job_ids = sorted(e.job_id for e in manifest.jobs.values())
    array = job_ids[0].split("_")[0]
    assert job_ids == [f"{array}_{i}" for i in range(4)]
    script = next((tmp_path / "run" / "jobs").glob("*.sbatch")).read_text()
    assert "#SBATCH --array=0-3%2" in script
    backend = SlurmBackend(SlurmSettings(), tmp_path / "run" / "jobs", tmp_path / "run" / "logs")
    assert "complete" in backend.logs(job_ids[0])


@pytest.mark.slurm
def test_real_slurm_scancel_then_rerun_resubmits_that_chunk_and_resumes(tmp_path, cluster_kit, slurm_env):
    cluster_kit.requests(tmp_path / "requests.jsonl", 60)
    slow = {"command": cluster_kit.command("--delay", "0.1")}
    first = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, backend="slurm", job=slow), "test")
    assert first.report.counts["jobs_submitted"] == 2
    run = tmp_path / "run"
    done_before = cluster_kit.cancel_midway(run, "mock1/chunk_00001", 3)
    assert 0 < done_before < 30
    backend = SlurmBackend(SlurmSettings(), run / "jobs", run / "logs")

    rerun = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, backend="slurm", wait=True, job=slow), "test")
    submitted = rerun.report.sections["submitted"]
    assert [s["key"] for s in submitted] == ["mock1/chunk_00001"] and submitted[0]["attempt"] == 2
    assert f"resumed={done_before}" in backend.logs(submitted[0]["job_id"], 200)
    ids = [r["request_id"] for r in read_jsonl(run / "mock1_merged.jsonl")]
    assert len(ids) == len(set(ids)) == 60
    entry = Manifest.load(run).jobs["mock1/chunk_00001"]
    assert entry.history[-1]["state"] == "cancelled" and entry.state == "completed"


@pytest.mark.slurm
def test_local_slurm_script_is_idempotent_and_single_node(slurm_env):
    conf = Path(slurm_env).read_text()
    for line in ("ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "JobCompType=jobcomp/filetxt",
                 "AccountingStorageType=accounting_storage/none", "JobAcctGatherType=jobacct_gather/none"):
        assert line in conf
    script = Path(__file__).resolve().parents[2] / "scripts" / "slurm_local.sh"
    run_dir = Path(slurm_env).parent / "run"
    daemons = {name: (run_dir / f"{name}.pid").read_text().strip() for name in ("slurmctld", "slurmd")}
    again = subprocess.run(["bash", str(script), "start"], capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "ready: node" in again.stderr
    # idempotent: the running daemons were kept, not restarted
    assert {name: (run_dir / f"{name}.pid").read_text().strip() for name in daemons} == daemons
    status = subprocess.run(["bash", str(script), "status"], capture_output=True, text=True, timeout=60)
    assert status.returncode == 0 and "node: " in status.stdout
    nodes = subprocess.run(["sinfo", "-h", "-N", "-o", "%N %c"], capture_output=True, text=True, env={"SLURM_CONF": slurm_env, "PATH": "/usr/bin:/bin"})
    assert len(nodes.stdout.strip().splitlines()) == 1


def test_sbatch_environment_leaves_out_what_the_env_files_hold(tmp_path, monkeypatch):
    env_file = tmp_path / "keys.env"
    env_file.write_text("TEACHER_KEY=sk-abc-123456\n")
    monkeypatch.setenv("TEACHER_KEY", "sk-abc-123456")
    monkeypatch.setenv("KEEP_ME", "1")
    batch = small_batch(tmp_path, 2)
    for job in batch.jobs:
        job.env_files = [str(env_file)]
    env = SlurmBackend._submit_environment(batch)
    assert "TEACHER_KEY" not in env and env["KEEP_ME"] == "1"


def test_sacct_answers_where_accounting_runs(tmp_path, monkeypatch):
    backend = SlurmBackend(SlurmSettings(jobcomp_log=str(tmp_path / "none.log")), tmp_path, tmp_path)

    def cluster_with_accounting(argv, check=True, env=None):
        if argv[0] == "squeue":
            return subprocess.CompletedProcess(argv, 0, "", "")
        if argv[0] == "sacct":
            return subprocess.CompletedProcess(argv, 0, "70_0|COMPLETED|0:0\n70_1|TIMEOUT|0:15\n70_2|CANCELLED by 0|0:0\n", "")
        return subprocess.CompletedProcess(argv, 1, "", "Invalid job id specified")

    monkeypatch.setattr(backend, "_run", cluster_with_accounting)
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/" + name)
    status = backend.status(["70_0", "70_1", "70_2"])
    assert [status[j].state for j in ("70_0", "70_1", "70_2")] == [JobState.COMPLETED, JobState.FAILED, JobState.CANCELLED]
    assert status["70_1"].reason == "TIMEOUT"


def test_array_tasks_cancelled_while_pending_are_cancelled_not_lost(tmp_path, monkeypatch):
    # what a real Slurm answers after `scancel` on an array throttled to 2 (%2): tasks 0 and 1 ran, 2 and 3 never
    # started and live on only in the array's own record (ArrayTaskId NO_VAL, later only in the jobcomp log)
    scontrol = (
        "JobId=260 ArrayJobId=260 ArrayTaskId=4294967294 ArrayTaskThrottle=2 JobState=CANCELLED Reason=JobArrayTaskLimit ExitCode=0:0\n"
        "JobId=262 ArrayJobId=260 ArrayTaskId=1 ArrayTaskThrottle=2 JobState=CANCELLED Reason=None ExitCode=143:0\n"
        "JobId=261 ArrayJobId=260 ArrayTaskId=0 ArrayTaskThrottle=2 JobState=CANCELLED Reason=None ExitCode=143:0\n"
    )
    log = tmp_path / "jobcomp.log"
    log.write_text(
        "JobId=262 UserId=root(0) Name=x JobState=CANCELLED ArrayJobId=260 ArrayTaskId=1 ExitCode=0:0 \n"
        "JobId=260 UserId=root(0) Name=x JobState=CANCELLED NodeList=(null) ExitCode=0:0 \n"
        "JobId=261 UserId=root(0) Name=x JobState=CANCELLED ArrayJobId=260 ArrayTaskId=0 ExitCode=0:0 \n"
    )
    backend = SlurmBackend(SlurmSettings(jobcomp_log=str(log)), tmp_path, tmp_path)
    for known in (True, False):  # scontrol still knows the array / it forgot it (MinJobAge): the jobcomp log
        def fake(argv, check=True, known=known):
            if argv[0] == "squeue":
                return subprocess.CompletedProcess(argv, 0, "", "")
            if known:
                return subprocess.CompletedProcess(argv, 0, scontrol, "")
            return subprocess.CompletedProcess(argv, 1, "", "Invalid job id specified")

        monkeypatch.setattr(backend, "_run", fake)
        status = backend.status(["260_0", "260_1", "260_2", "260_3"])
        assert {j: s.state for j, s in status.items()} == {j: JobState.CANCELLED for j in ("260_0", "260_1", "260_2", "260_3")}
    # a remainder that names its tasks covers only those
    from modelcall.cluster.backends.slurm import _task_in
    assert _task_in("3", "2-3%1") and not _task_in("1", "2-3") and _task_in("7", "2-3,7") and _task_in("4", "0-8:2")
