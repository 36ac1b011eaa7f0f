"""batch_submit on the local backend: manifest, markers, reruns, resubmits, dry run, cancel + resume."""
from __future__ import annotations

import json
import os
import time

import pytest

from modelcall.cluster.backends.local import LocalBackend
from modelcall.cluster.manifest import Manifest, marker_path
from modelcall.errors import ConfigError, CredentialError, InputError, TaskFailed
from modelcall.io import read_jsonl
from modelcall.tasks import run_task_mapping


def merged_ids(path):
    return [r["request_id"] for r in read_jsonl(path)]


def test_run_waits_merges_and_rerun_submits_nothing(tmp_path, cluster_kit):
    cluster_kit.requests(tmp_path / "requests.jsonl", 30)
    task = cluster_kit.task(tmp_path, n_chunks=3, wait=True)
    outcome = run_task_mapping(task, "test")
    assert outcome.exit_code == 0
    report = outcome.report
    assert report.counts["jobs_submitted"] == 3 and report.counts["jobs_completed"] == 3
    run = tmp_path / "run"
    manifest = Manifest.load(run)
    assert [c.records for c in manifest.chunks] == [10, 10, 10]
    for entry in manifest.jobs.values():
        assert entry.state == "completed" and entry.attempt == 1 and entry.backend == "local"
        assert marker_path(run, entry.model, entry.chunk).exists()
    ids = merged_ids(run / "mock1_merged.jsonl")
    assert sorted(ids) == [f"p{i:05d}_v0" for i in range(30)]
    merge = report.sections["merge"]["mock1"]
    assert (merge["expected"], merge["found"], merge["errors"], merge["missing"]) == (30, 30, 0, 0)
    assert [(r["stage"], r["count"]) for r in report.funnel] == [
        ("input records", 30), ("jobs", 3), ("jobs to submit", 3), ("jobs completed", 3), ("expected", 30), ("merged", 30)]
    assert report.failures() == []

    again = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=3), "test")
    assert again.report.counts["jobs_submitted"] == 0
    assert again.report.counts["jobs_completed_before"] == 3


def test_dry_run_prints_and_writes_nothing(tmp_path, cluster_kit, capsys):
    cluster_kit.requests(tmp_path / "requests.jsonl", 8)
    outcome = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, dry_run=True), "test")
    printed = capsys.readouterr().out
    assert "mock1/chunk_00000" in printed and "mock1/chunk_00001" in printed
    assert "fake_generate.py" in printed
    assert outcome.report.counts["jobs_would_submit"] == 2
    assert not (tmp_path / "run").exists()


def test_two_models_make_one_job_per_chunk_and_model(tmp_path, cluster_kit):
    cluster_kit.requests(tmp_path / "requests.jsonl", 6)
    models = [{"alias": "a", "provider": "mock", "model": "m"}, {"alias": "b", "provider": "mock", "model": "m"}]
    outcome = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, models=models, wait=True), "test")
    assert outcome.report.counts["jobs_submitted"] == 4
    for alias in ("a", "b"):
        assert len(merged_ids(tmp_path / "run" / f"{alias}_merged.jsonl")) == 6
        assert (tmp_path / "run" / "model_configs" / f"{alias}.yaml").exists()


def test_failed_chunk_needs_resubmit_failed_and_gets_attempt_two(tmp_path, cluster_kit):
    cluster_kit.requests(tmp_path / "requests.jsonl", 8)
    failing = cluster_kit.task(tmp_path, n_chunks=2, wait=True, job={"command": cluster_kit.command("--exit-code", "3")})
    with pytest.raises(TaskFailed, match="did not complete"):
        run_task_mapping(failing, "test")
    manifest = Manifest.load(tmp_path / "run")
    assert {e.state for e in manifest.jobs.values()} == {"failed"}
    assert {e.exit_code for e in manifest.jobs.values()} == {3}

    plain = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2), "test")
    assert plain.report.counts["jobs_submitted"] == 0  # failed ones wait for resubmit_failed

    retry = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True, resubmit_failed=True), "test")
    assert retry.report.counts["jobs_submitted"] == 2
    manifest = Manifest.load(tmp_path / "run")
    for entry in manifest.jobs.values():
        assert entry.state == "completed" and entry.attempt == 2
        assert entry.history[0]["state"] == "failed" and entry.history[0]["attempt"] == 1
    # the failed attempt had written everything already: the retry resumed and added no duplicate
    assert len(merged_ids(tmp_path / "run" / "mock1_merged.jsonl")) == 8


def test_cancelled_chunk_is_resubmitted_alone_and_resumes(tmp_path, cluster_kit):
    cluster_kit.requests(tmp_path / "requests.jsonl", 40)
    gate = tmp_path / "gate"  # each job writes 3 answers, then waits until the test opens the gate
    held = {"command": cluster_kit.command("--hold-after", "3", "--hold-file", str(gate))}
    first = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, job=held, local={"max_parallel": 2}), "test")
    assert first.report.counts["jobs_submitted"] == 2
    run = tmp_path / "run"
    manifest = Manifest.load(run)
    victim = manifest.jobs["mock1/chunk_00001"]
    out = run / "mock1" / "chunk_00001" / "raw_outputs.jsonl"
    deadline = time.monotonic() + 20
    while (not out.exists() or len(out.read_text().splitlines()) < 3) and time.monotonic() < deadline:
        time.sleep(0.05)
    backend = LocalBackend(run / "jobs")
    backend.cancel([victim.job_id])
    deadline = time.monotonic() + 20
    while backend.status([victim.job_id])[victim.job_id].state.active and time.monotonic() < deadline:
        time.sleep(0.05)
    gate.touch()  # the other chunk goes on; the cancelled one stays at what it had written
    done_before = len(out.read_text().splitlines())
    assert done_before == 3

    rerun = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True), "test")
    assert [s["key"] for s in rerun.report.sections["submitted"]] == ["mock1/chunk_00001"]
    assert rerun.report.sections["submitted"][0]["attempt"] == 2
    logs = sorted((run / "logs").glob("*_0.log"))
    assert f"resumed={done_before}" in logs[-1].read_text()
    ids = merged_ids(run / "mock1_merged.jsonl")
    assert len(ids) == len(set(ids)) == 40


def test_rerun_with_a_different_split_is_refused(tmp_path, cluster_kit):
    cluster_kit.requests(tmp_path / "requests.jsonl", 8)
    run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True), "test")
    with pytest.raises(ConfigError, match="new output_base_dir"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=3), "test")


def test_request_without_id_is_an_input_error(tmp_path, cluster_kit):
    (tmp_path / "requests.jsonl").write_text(json.dumps({"messages": []}) + "\n")
    with pytest.raises(InputError, match="request_id"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1), "test")


def test_repeated_request_ids_land_in_one_chunk_and_merge_once(tmp_path, cluster_kit):
    path = cluster_kit.requests(tmp_path / "requests.jsonl", 9)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines + lines[:3]), encoding="utf-8")  # p00000..p00002 again at the end
    outcome = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=3, wait=True), "test")
    assert outcome.exit_code == 0
    manifest = Manifest.load(tmp_path / "run")
    assert [c.records for c in manifest.chunks] == [3, 3, 3]
    assert outcome.report.counts["duplicate_request_ids"] == 3
    ids = merged_ids(tmp_path / "run" / "mock1_merged.jsonl")
    assert sorted(ids) == [f"p{i:05d}_v0" for i in range(9)]


def test_chunks_are_planned_from_records_not_lines(tmp_path, cluster_kit, capsys):
    path = cluster_kit.requests(tmp_path / "requests.jsonl", 4)
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n\n\n{broken\n", encoding="utf-8")
    dry = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=4, dry_run=True, on_bad_line="skip"), "test")
    assert dry.report.counts["jobs_would_submit"] == 4
    outcome = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=4, on_bad_line="skip", wait=True), "test")
    assert outcome.exit_code == 0
    assert [c.records for c in Manifest.load(tmp_path / "run").chunks] == [1, 1, 1, 1]


def test_unknown_placeholder_is_a_config_error(tmp_path, cluster_kit):
    cluster_kit.requests(tmp_path / "requests.jsonl", 2)
    with pytest.raises(ConfigError, match="unknown placeholder"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, job={"command": ["echo", "{nope}"]}), "test")


def test_missing_model_key_names_the_variable(tmp_path, cluster_kit, monkeypatch):
    monkeypatch.delenv("SOME_PROVIDER_KEY", raising=False)
    cluster_kit.requests(tmp_path / "requests.jsonl", 2)
    models = [{"alias": "o", "provider": "openai", "model": "x", "api_key_env": "SOME_PROVIDER_KEY"}]
    with pytest.raises(Exception, match="SOME_PROVIDER_KEY"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, models=models), "test")
    env = tmp_path / "cluster.env"
    env.write_text("SOME_PROVIDER_KEY=sk-test-123456\n")
    outcome = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, models=models, wait=True,
                                                job={"env_file": str(env)}), "test")
    assert outcome.report.counts["jobs_completed"] == 1


def test_a_model_key_in_its_provider_env_file_reaches_the_jobs(tmp_path, cluster_kit, monkeypatch):
    """As for every other task, env/<provider>.env holds a model's key: the generation command of each job loads it."""
    import modelcall.config.loader as loader

    monkeypatch.delenv("SOME_PROVIDER_KEY", raising=False)
    (tmp_path / "env").mkdir()
    (tmp_path / "env" / "openai.env").write_text("SOME_PROVIDER_KEY=sk-test-123456\n")
    monkeypatch.setattr(loader, "ENV_DIR", tmp_path / "env")
    cluster_kit.requests(tmp_path / "requests.jsonl", 2)
    models = [{"alias": "o", "provider": "openai", "model": "x", "api_key_env": "SOME_PROVIDER_KEY"}]
    outcome = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, models=models, wait=True), "test")
    assert outcome.report.counts["jobs_completed"] == 1
    (tmp_path / "env" / "openai.env").write_text("OTHER_KEY=sk-test-123456\n")
    with pytest.raises(CredentialError, match=r"SOME_PROVIDER_KEY is not set \(model 'o'\)"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, models=models, output_base_dir=str(tmp_path / "run2")), "test")


def test_status_and_cancel_actions(tmp_path, cluster_kit, capsys):
    cluster_kit.requests(tmp_path / "requests.jsonl", 200)
    with pytest.raises(InputError, match="no manifest"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, action="status"), "test")
    slow = {"command": cluster_kit.command("--delay", "0.05")}
    run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, job=slow), "test")
    capsys.readouterr()
    status = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, job=slow, action="status"), "test")
    printed = capsys.readouterr().out
    assert "mock1/chunk_00000" in printed and "# 2 job(s):" in printed
    assert sum(status.report.sections["states"].values()) == 2
    cancel = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, job=slow, action="cancel", poll_interval_s=1), "test")
    assert cancel.report.counts["jobs_cancelled_now"] == 2
    assert set(cancel.report.sections["states"]) == {"cancelled"}
    rerun = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True), "test")
    assert rerun.report.counts["jobs_submitted"] == 2
    ids = merged_ids(tmp_path / "run" / "mock1_merged.jsonl")
    assert len(ids) == len(set(ids)) == 200


def test_resubmit_chunks_reruns_a_complete_chunk_with_retry_errors(tmp_path, cluster_kit):
    cluster_kit.requests(tmp_path / "requests.jsonl", 10)
    failing = {"command": cluster_kit.command("--fail-ids", "p00001_v0,p00007_v0")}
    first = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True, job=failing), "test")
    merge = first.report.sections["merge"]["mock1"]
    assert (merge["found"], merge["errors"], merge["missing"]) == (8, 2, 0)
    assert merge["chunks_with_errors"] == ["chunk_00000", "chunk_00001"]
    with pytest.raises(ConfigError, match="no such chunk"):
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, resubmit_chunks=["chunk_00009"]), "test")
    retry = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True, resubmit_chunks=["mock1/chunk_00001"]), "test")
    assert [(s["key"], s["attempt"]) for s in retry.report.sections["submitted"]] == [("mock1/chunk_00001", 2)]
    merge = retry.report.sections["merge"]["mock1"]
    # the stand-in retries every request not yet answered: p00007 now succeeds, its old error is dropped
    assert (merge["found"], merge["errors"]) == (9, 1)
    assert [r["request_id"] for r in read_jsonl(tmp_path / "run" / "mock1_merged_errors.jsonl")] == ["p00001_v0"]


def test_a_second_batch_submit_on_the_same_run_is_refused(tmp_path, cluster_kit, capsys):
    from modelcall.cluster.manifest import RunLock

    cluster_kit.requests(tmp_path / "requests.jsonl", 4)
    run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True), "test")
    other = RunLock(tmp_path / "run")
    assert other.acquire()
    try:
        with pytest.raises(ConfigError, match=rf"another batch_submit \(pid {os.getpid()} on .* since 20"):
            run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2), "test")
        # looking is still allowed, and writes nothing
        before = (tmp_path / "run" / "manifest.json").read_text()
        run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, action="status"), "test")
        assert "# 2 job(s): completed=2" in capsys.readouterr().out
        assert (tmp_path / "run" / "manifest.json").read_text() == before
    finally:
        other.release()
    assert run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2), "test").exit_code == 0


def test_a_killed_local_pool_leaves_lost_jobs_that_a_rerun_resubmits(tmp_path, cluster_kit):
    import os
    import signal

    cluster_kit.requests(tmp_path / "requests.jsonl", 40)
    slow = {"command": cluster_kit.command("--delay", "1.0")}  # 40 s of work: it cannot finish before it is killed
    run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, job=slow), "test")
    run = tmp_path / "run"
    entry = Manifest.load(run).jobs["mock1/chunk_00000"]
    state_dir = run / "jobs" / entry.job_id.rsplit("_", 1)[0]
    deadline = time.monotonic() + 20
    while "running" not in (state_dir / "0.state.json").read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    job_pid = json.loads((state_dir / "0.state.json").read_text())["pid"]
    os.kill(int((state_dir / "pool.pid").read_text()), signal.SIGKILL)  # the pool dies, its job lives on
    backend = LocalBackend(run / "jobs")
    os.kill(job_pid, 0)  # the job is alive (raises if not) ...
    assert backend.status([entry.job_id])[entry.job_id].state.value == "running"  # ... so it reads as running
    os.killpg(job_pid, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while backend.status([entry.job_id])[entry.job_id].state.value == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
    rerun = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=1, wait=True), "test")
    assert rerun.report.counts["jobs_lost_before"] == 1
    assert [s["attempt"] for s in rerun.report.sections["submitted"]] == [2]
    assert len(merged_ids(run / "mock1_merged.jsonl")) == 40


def test_auto_merge_writes_merge_report_and_names_requests_that_failed_for_good(tmp_path, cluster_kit, capsys):
    cluster_kit.requests(tmp_path / "requests.jsonl", 6)
    job = {"command": cluster_kit.command("--fail-ids", "p00004_v0")}
    outcome = run_task_mapping(cluster_kit.task(tmp_path, n_chunks=2, wait=True, job=job), "test")
    assert outcome.exit_code == 0
    report = json.loads((tmp_path / "run" / "merge_report.json").read_text(encoding="utf-8"))
    assert report["mock1"]["errors"] == 1 and report["mock1"]["chunks_with_errors"] == ["chunk_00001"]
    assert outcome.report.artifacts["merge_report"].endswith("merge_report.json")
    assert "1 request(s) failed for good in chunk_00001" in capsys.readouterr().err
