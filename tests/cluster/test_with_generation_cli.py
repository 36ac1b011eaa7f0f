"""batch_submit with the real job command, ``python -m modelcall distillation generate``.

Locally with the mock teacher; on the real local Slurm against the fake provider (through the openai
provider), with one chunk's job cancelled midway: the rerun resubmits only it, and it resumes.
"""
from __future__ import annotations

import pytest

from modelcall.io import read_jsonl
from modelcall.tasks import run_task_mapping

pytest.importorskip("modelcall.generation.cli", reason="the generation CLI is not in this checkout")


def real_task(tmp_path, cluster_kit, n_chunks, **overrides):
    task = cluster_kit.task(tmp_path, n_chunks=n_chunks, **overrides)
    task["job"] = {**task["job"], "concurrency": 4, "batch_size": 8}
    del task["job"]["command"]  # the default: the generation CLI
    return task


def test_local_run_with_the_mock_teacher(tmp_path, cluster_kit, project_root):
    cluster_kit.requests(tmp_path / "requests.jsonl", 24)
    models = [str(project_root / "configs" / "models" / "mock.yaml")]
    outcome = run_task_mapping(real_task(tmp_path, cluster_kit, 3, models=models, wait=True), "test")
    assert outcome.report.counts["jobs_completed"] == 3
    records = list(read_jsonl(tmp_path / "run" / "mock_merged.jsonl"))
    assert sorted(r["request_id"] for r in records) == [f"p{i:05d}_v0" for i in range(24)]
    assert all(r["text"] for r in records)


@pytest.mark.slurm
def test_slurm_fake_provider_scancel_and_resume(tmp_path, cluster_kit, slurm_env):
    from modelcall.fakeprovider.server import FakeProviderConfig, FakeProviderThread

    n = 40
    cluster_kit.requests(tmp_path / "requests.jsonl", n)
    env = tmp_path / "fake.env"
    env.write_text("FAKE_PROVIDER_KEY=fake-key-0123456789\n")
    with FakeProviderThread(FakeProviderConfig(latency_s=0.25, answer="short")) as fake:
        model = {"alias": "fake", "provider": "openai", "model": "fake-teacher", "api_key_env": "FAKE_PROVIDER_KEY",
                 "base_url": fake.url + "/v1", "timeout_s": 20}
        common = {"models": [model], "backend": "slurm", "environment": {"env_file": str(env)}}
        task = real_task(tmp_path, cluster_kit, 2, **common)
        task["job"]["env_file"] = str(env)
        task["job"]["concurrency"] = 2  # 20 requests per chunk take ~2.5 s: time to cancel one midway
        first = run_task_mapping(task, "test")
        assert first.report.counts["jobs_submitted"] == 2
        run = tmp_path / "run"
        out = run / "fake" / "chunk_00001" / "raw_outputs.jsonl"
        done_at_cancel = cluster_kit.cancel_midway(run, "fake/chunk_00001", 5, start_timeout_s=40)
        assert 0 < done_at_cancel < 20

        rerun = run_task_mapping({**task, "wait": True}, "test")
        sent = fake.fake.stats_dict()["requests"]
    submitted = rerun.report.sections["submitted"]
    assert [(s["key"], s["attempt"]) for s in submitted] == [("fake/chunk_00001", 2)]
    ids = [r["request_id"] for r in read_jsonl(run / "fake_merged.jsonl")]
    assert sorted(ids) == [f"p{i:05d}_v0" for i in range(n)]
    # resumed, not restarted: only the requests in flight at the cancel were sent twice
    assert sent - n < done_at_cancel
    assert len(out.read_text().splitlines()) == 20
