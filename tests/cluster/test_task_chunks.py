"""batch_submit with a task: filter, parse and response_generation run on chunks through run-task, merged by id."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from modelcall.cluster.manifest import Manifest, marker_path
from modelcall.cluster.merge import RecordKeys, merge_chunk
from modelcall.errors import ConfigError
from modelcall.io import read_jsonl
from modelcall.tasks import run_task_mapping

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = DATA.parents[1]


def candidates(path: Path) -> Path:
    """The validator fixture: 10 candidates, one request_id repeated (both are validated, as by one process)."""
    shutil.copy(DATA / "validator" / "candidates_small.jsonl", path)
    return path


def filter_task(tmp_path: Path, runtime: bool = False) -> dict:
    return {
        "task_name": "filter_small",
        "task_type": "filter",
        "input_path": "unused.jsonl",
        "output_path": str(tmp_path / "single" / "validated.jsonl"),
        "reports_dir": str(tmp_path / "reports"),
        "progress": False,
        "validator": {"runtime": {"enabled": runtime, "screenshots_dir": None, "pages": 1}, "cache_path": None,
                      "workers": 1},
    }


def chunked(tmp_path: Path, task: dict, n_chunks: int = 2, **overrides) -> dict:
    mapping = {
        "task_name": "chunks",
        "task_type": "batch_submit",
        "input_path": str(tmp_path / "input.jsonl"),
        "output_base_dir": str(tmp_path / "run"),
        "output_path": str(tmp_path / "merged.jsonl"),
        "reports_dir": str(tmp_path / "reports"),
        "progress": False,
        "task": {"config": task},
        "split": {"num_chunks": n_chunks},
        "local": {"max_parallel": 2},
        "wait": True,
        "poll_interval_s": 0.3,
        "wait_timeout_s": 240,
    }
    mapping.update(overrides)
    return mapping


def verdicts(path: Path) -> list[tuple]:
    """What must not differ between a chunked and a single-process filter run (timings may)."""
    rows = []
    for r in read_jsonl(path):
        v = r["validation"]
        rows.append((r["request_id"], r["position"], r["passed"], r["reasons"], r["layers"], v["errors"],
                     v["api_usage"], v["structure"], v["hints"]))
    return rows


def single_filter(tmp_path: Path, task: dict) -> Path:
    run_task_mapping({**task, "input_path": str(tmp_path / "input.jsonl")}, "test")
    return Path(task["output_path"])


def test_filter_on_chunks_merges_to_the_single_process_output(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    candidates(tmp_path / "input.jsonl")
    task = filter_task(tmp_path)
    single = verdicts(single_filter(tmp_path, task))
    outcome = run_task_mapping(chunked(tmp_path, task), "test")
    report = outcome.report
    assert report.counts["jobs_completed"] == 2 and report.counts["records_out"] == len(single) == 10
    assert verdicts(tmp_path / "merged.jsonl") == single
    assert report.counts["task_passed"] == sum(1 for row in single if row[2])
    assert report.artifacts["output"] == str(tmp_path / "merged.jsonl")
    run = tmp_path / "run"
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["task"]["task_type"] == "filter" and manifest["task"]["config"] == "task_configs/filter_small.yaml"
    assert [c["path"] for c in manifest["chunks"]] == ["chunks/chunk_00000.jsonl", "chunks/chunk_00001.jsonl"]
    # each job ran run-task on its chunk with the chunk's paths and its own reports folder
    job = json.loads(next((run / "jobs").glob("*.json")).read_text())["jobs"][0]
    assert job["argv"][1:5] == ["-m", "modelcall", "run-task", str(run / "task_configs" / "filter_small.yaml")]
    assert f"input_path={run / 'chunks' / 'chunk_00000.jsonl'}" in job["argv"]
    assert f"output_path={run / 'filter_small' / 'chunk_00000' / 'validated.jsonl'}" in job["argv"]
    assert (run / "filter_small" / "chunk_00000" / "reports" / "filter_small.json").exists()

    again = run_task_mapping(chunked(tmp_path, task), "test")
    assert again.report.counts["jobs_submitted"] == 0 and again.report.counts["jobs_completed_before"] == 2

    # merge_results on the run reads the task's output name and keys from the manifest
    merge = {"task_name": "merge", "task_type": "merge_results", "output_base_dir": str(run),
             "output_dir": str(tmp_path / "by_hand"), "reports_dir": str(tmp_path / "reports"), "progress": False}
    merged = run_task_mapping(merge, "test")
    assert merged.report.counts["records_out"] == 10 and merged.report.counts["missing"] == 0
    assert verdicts(tmp_path / "by_hand" / "filter_small_merged.jsonl") == single


def test_a_missing_node_is_one_error_before_any_job(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    candidates(tmp_path / "input.jsonl")
    task = filter_task(tmp_path, runtime=True)
    task["validator"]["node_binary"] = "no-such-node-18"
    task["validator"]["runtime"]["executable_path"] = str(tmp_path / "no-chromium")
    with pytest.raises(ConfigError) as caught:
        run_task_mapping(chunked(tmp_path, task, n_chunks=4), "test")
    message = str(caught.value)
    assert "a filter job would fail here" in message and "nothing was submitted" in message
    assert "validator.node_binary: 'no-such-node-18' not found" in message and "no Chromium found" in message
    assert Manifest.load(tmp_path / "run") is None and not (tmp_path / "run" / "jobs").exists()


def test_a_bad_task_key_is_a_config_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    candidates(tmp_path / "input.jsonl")
    task = filter_task(tmp_path)
    task["validator"]["runtime"]["pagez"] = 2
    with pytest.raises(ConfigError, match=r"validator.runtime.pagez: unknown key \(did you mean 'pages'\?\)"):
        run_task_mapping(chunked(tmp_path, task), "test")
    with pytest.raises(ConfigError, match="task.browser_pages: task type 'parse' opens no browser pages"):
        parse = chunked(tmp_path, {"task_type": "parse", "task_name": "p", "input_path": "x", "output_path": "y"})
        parse["task"]["browser_pages"] = 2
        run_task_mapping(parse, "test")
    with pytest.raises(ConfigError, match="set exactly one of models"):
        run_task_mapping(chunked(tmp_path, task, models=["configs/models/mock.yaml"]), "test")


def test_a_changed_task_config_is_refused_on_rerun(tmp_path, monkeypatch, cluster_kit):
    monkeypatch.chdir(ROOT)
    shutil.copy(DATA / "parsing" / "raw_outputs_small.jsonl", tmp_path / "input.jsonl")
    parse = {"task_name": "parse_small", "task_type": "parse", "input_path": "x", "output_path": "candidates.jsonl",
             "codes_dir": str(tmp_path / "codes"), "progress": False}
    run_task_mapping(chunked(tmp_path, parse, wait=False, dry_run=False), "test")
    changed = {**parse, "strip_phaser_import": True}
    with pytest.raises(ConfigError, match=r"its config changed since this run started \(strip_phaser_import: false -> true\)"):
        run_task_mapping(chunked(tmp_path, changed), "test")


def test_parse_on_chunks_with_per_chunk_overrides_equals_one_run(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    shutil.copy(DATA / "parsing" / "raw_outputs_small.jsonl", tmp_path / "input.jsonl")
    parse = {"task_name": "parse_small", "task_type": "parse", "input_path": "x", "output_path": "candidates.jsonl",
             "codes_dir": str(tmp_path / "codes"), "progress": False}
    run_task_mapping({**parse, "input_path": str(tmp_path / "input.jsonl"), "output_path": str(tmp_path / "one.jsonl"),
                      "reports_dir": str(tmp_path / "reports")}, "test")
    mapping = chunked(tmp_path, parse, n_chunks=3, backend="local")
    mapping["task"]["overrides"] = {"text_field": None, "reports_dir": "{output_dir}/my_reports"}
    run_task_mapping(mapping, "test")
    def without_source(path: Path) -> list[dict]:  # `source` names the file and line parse read (the chunk's)
        return [{k: v for k, v in r.items() if k != "source"} for r in read_jsonl(path)]

    assert without_source(tmp_path / "merged.jsonl") == without_source(tmp_path / "one.jsonl")
    # the repeated id stayed in one chunk, so its candidates are numbered t_001_v1/0 and /1 as in one run
    assert [len(list(read_jsonl(p))) for p in sorted((tmp_path / "run" / "chunks").glob("*.jsonl"))] == [3, 1, 1]
    assert (tmp_path / "run" / "parse_small" / "chunk_00002" / "my_reports" / "parse_small.json").exists()


def test_generation_task_merges_in_input_order_and_a_moved_run_folder_still_works(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    shutil.copy(DATA / "generation" / "requests_small.jsonl", tmp_path / "input.jsonl")
    generate = {"task_name": "gen", "task_type": "response_generation", "input_path": "x", "output_path": "raw.jsonl",
                "model_config": {"provider": "mock", "model": "mock-teacher", "alias": "mock", "options": {"faults": {}}},
                "generation": {"concurrency": 4}, "progress": False}
    run_task_mapping(chunked(tmp_path, generate, n_chunks=2), "test")
    want = [r["request_id"] for r in read_jsonl(tmp_path / "input.jsonl")]
    assert [r["request_id"] for r in read_jsonl(tmp_path / "merged.jsonl")] == want

    moved = tmp_path / "elsewhere" / "run"
    moved.parent.mkdir()
    shutil.move(str(tmp_path / "run"), moved)
    marker_path(moved, "gen", "chunk_00001").unlink()
    (moved / "gen" / "chunk_00001" / "raw.jsonl").unlink()
    rerun = run_task_mapping(chunked(tmp_path, generate, n_chunks=2, output_base_dir=str(moved),
                                     output_path=str(tmp_path / "merged2.jsonl")), "test")
    assert [s["key"] for s in rerun.report.sections["submitted"]] == ["gen/chunk_00001"]
    assert [r["request_id"] for r in read_jsonl(tmp_path / "merged2.jsonl")] == want
    manifest = Manifest.load(moved)
    assert manifest.chunks[1].path == str((moved / "chunks" / "chunk_00001.jsonl").resolve())
    merge = rerun.report.sections["merge"]["gen"]
    assert (merge["expected"], merge["found"], merge["missing"]) == (12, 12, 0)


def test_merge_orders_by_input_links_groups_and_reports_missing(tmp_path):
    chunk = tmp_path / "c"
    chunk.mkdir()
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": i}) + "\n" for i in ("a", "b", "c", "d")))
    # answers in completion order, two samples per prompt (infer), one repeated line, one torn tail
    lines = [{"request_id": "c_s0", "prompt_id": "c"}, {"request_id": "a_s1", "prompt_id": "a"},
             {"request_id": "a_s0", "prompt_id": "a"}, {"request_id": "c_s0", "prompt_id": "c", "dup": 1},
             {"request_id": "x_s0", "prompt_id": "x"}]
    (chunk / "out.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines) + '{"request_id": "d_s0"')
    (chunk / "out.errors.jsonl").write_text(json.dumps({"request_id": "b_s0", "prompt_id": "b"}) + "\n")
    merged, errors = tmp_path / "m.jsonl", tmp_path / "e.jsonl"
    with open(merged, "wb") as out, open(errors, "wb") as err:
        result = merge_chunk(chunk, str(inputs), out, err, "out.jsonl", None, 5, None,
                             RecordKeys("request_id", "prompt_id", ("prompt_id", "id")))
    assert [r["request_id"] for r in read_jsonl(merged)] == ["a_s1", "a_s0", "c_s0", "x_s0"]
    assert (result["expected"], result["found"], result["errors"], result["missing"]) == (4, 4, 1, 1)
    assert result["missing_examples"] == ["d"] and result["duplicates_dropped"] == 1


# -- a real Slurm ---------------------------------------------------------------------------------------------
@pytest.mark.slurm
def test_real_slurm_filter_over_4_chunks_cancel_one_resubmit_equals_one_process(tmp_path, monkeypatch, slurm_env):
    import subprocess
    import time

    from modelcall.cluster.backends.slurm import SlurmBackend
    from modelcall.cluster.config import SlurmSettings

    monkeypatch.chdir(ROOT)
    candidates(tmp_path / "input.jsonl")
    task = filter_task(tmp_path, runtime=True)  # the whole validator: L3 runs every program in headless Chromium
    single = verdicts(single_filter(tmp_path, task))
    mapping = chunked(tmp_path, task, n_chunks=4, backend="slurm", wait=False,
                      slurm={"array_throttle": 2, "cpus_per_task": 1, "mem": "1G", "time": "00:10:00"})
    mapping["task"]["browser_pages"] = 1
    first = run_task_mapping(mapping, "test")
    assert first.report.counts["jobs_submitted"] == 4
    run = tmp_path / "run"
    script = next((run / "jobs").glob("*.sbatch")).read_text()
    assert "#SBATCH --array=0-3%2" in script and "#SBATCH --mem=1G" in script and "#SBATCH --time=00:10:00" in script
    job = json.loads(next((run / "jobs").glob("*.json")).read_text())["jobs"][1]
    assert "validator.runtime.pages=1" in job["argv"]

    # cancel chunk 1 while it runs (scancel, as a person or a preemption would)
    victim = Manifest.load(run).jobs["filter_small/chunk_00001"].job_id
    backend = SlurmBackend(SlurmSettings(), run / "jobs", run / "logs")
    deadline = time.monotonic() + 120
    while backend.status([victim])[victim].state.value != "running" and time.monotonic() < deadline:
        time.sleep(0.2)
    subprocess.run(["scancel", victim], check=True)
    deadline = time.monotonic() + 60
    while backend.status([victim])[victim].state.active and time.monotonic() < deadline:
        time.sleep(0.2)
    assert backend.status([victim])[victim].state.value == "cancelled"

    mapping.update(wait=True)
    rerun = run_task_mapping(mapping, "test")
    submitted = rerun.report.sections["submitted"]
    assert [s["key"] for s in submitted] == ["filter_small/chunk_00001"] and submitted[0]["attempt"] == 2
    assert rerun.report.counts["jobs_completed"] == 4
    entry = Manifest.load(run).jobs["filter_small/chunk_00001"]
    assert entry.history[-1]["state"] == "cancelled" and entry.state == "completed"
    assert verdicts(tmp_path / "merged.jsonl") == single
    merge = rerun.report.sections["merge"]["filter_small"]
    assert (merge["expected"], merge["written"], merge["missing"], merge["chunks_to_resubmit"]) == (10, 10, 0, [])


def test_pipeline_step_through_batch_submit_between_parse_and_select(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    run = tmp_path / "run"
    filter_chunks = {
        "task_type": "batch_submit", "input_path": "{{steps.parse.output_path}}",
        "output_base_dir": str(run / "filter_chunks"), "output_path": str(run / "validated.jsonl"),
        "task": {"config": filter_task(tmp_path)}, "split": {"num_chunks": 2}, "backend": "local",
        "wait": True, "poll_interval_s": 0.3,
    }
    pipeline = {
        "task_name": "pipe", "task_type": "pipeline", "progress": False, "reports_dir": str(tmp_path / "reports"),
        "state_dir": str(tmp_path / "state"),
        "steps": [
            {"name": "parse", "task": {"task_type": "parse", "input_path": str(DATA / "parsing" / "raw_outputs_small.jsonl"),
                                       "output_path": str(run / "candidates.jsonl"), "codes_dir": str(run / "codes")}},
            {"name": "filter", "task": filter_chunks},
            {"name": "select", "task": {"task_type": "select", "input_path": "{{steps.filter.output_path}}",
                                        "output_path": str(run / "selected.jsonl")}},
        ],
    }
    outcome = run_task_mapping(pipeline, "test")
    assert {s["name"]: s["status"] for s in outcome.report.sections["steps"]} == {
        "parse": "ran", "filter": "ran", "select": "ran"}
    validated = list(read_jsonl(run / "validated.jsonl"))
    assert [r["request_id"] for r in validated] == [r["request_id"] for r in read_jsonl(run / "candidates.jsonl")]
    assert (run / "selected.jsonl").exists()
    again = run_task_mapping(pipeline, "test")
    assert {s["name"]: s["status"] for s in again.report.sections["steps"]} == {
        "parse": "skipped", "filter": "skipped", "select": "skipped"}

    pipeline["steps"][1]["task"]["wait"] = False
    with pytest.raises(ConfigError, match=r"steps\[1\] \(filter\): a batch_submit step needs wait: true"):
        run_task_mapping(pipeline, "test")


def test_a_manifest_with_absolute_paths_from_an_older_version_finds_its_moved_chunks(tmp_path):
    run = tmp_path / "moved"
    (run / "chunks").mkdir(parents=True)
    (run / "chunks" / "chunk_00000.jsonl").write_text('{"request_id": "a"}\n')
    (run / "manifest.json").write_text(json.dumps({
        "version": 1, "input_path": "/gone/requests.jsonl", "input_size": 20, "split": {"num_chunks": 1},
        "chunks": [{"name": "chunk_00000", "path": "/old/place/run/chunks/chunk_00000.jsonl", "records": 1}],
        "models": ["m"], "jobs": {}}))
    manifest = Manifest.load(run)
    assert manifest.chunks[0].path == str(run / "chunks" / "chunk_00000.jsonl")
    manifest.save()
    assert json.loads((run / "manifest.json").read_text())["chunks"][0]["path"] == "chunks/chunk_00000.jsonl"


def test_reward_on_chunks_keeps_each_prompt_in_one_chunk_and_equals_one_run(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    shutil.copy(DATA / "reward" / "completions.jsonl", tmp_path / "input.jsonl")  # 3 prompts x 4 completions
    reward = {"task_name": "reward_small", "task_type": "reward", "input_path": "x",
              "output_path": str(tmp_path / "single" / "rewards.jsonl"), "reports_dir": str(tmp_path / "reports"),
              "progress": False, "validator": {"cache_path": None, "workers": 1,
                                               "runtime": {"enabled": False, "screenshots_dir": None}}}
    run_task_mapping({**reward, "input_path": str(tmp_path / "input.jsonl")}, "test")
    outcome = run_task_mapping(chunked(tmp_path, reward, n_chunks=2), "test")
    assert outcome.report.counts["jobs_completed"] == 2 and "groups_across_chunks" not in outcome.report.counts
    # 6 + 6 would cut demo_002's completions in two: the first chunk runs on to the end of that prompt
    assert [c.records for c in Manifest.load(tmp_path / "run").chunks] == [8, 4]

    def scores(path: Path) -> list[tuple]:
        return [(r["request_id"], r["reward"]["total"], r["reward"]["gates"], r["advantage"]) for r in read_jsonl(path)]

    assert scores(tmp_path / "merged.jsonl") == scores(tmp_path / "single" / "rewards.jsonl")


def test_split_counts_groups_that_are_not_adjacent(tmp_path):
    from modelcall.cluster.config import BatchSubmitConfig
    from modelcall.cluster.manifest import ChunkInfo
    from modelcall.cluster.submit import write_chunks

    rows = [{"request_id": f"{p}_v{v}", "prompt_id": p} for v in range(2) for p in ("a", "b", "c", "d")]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    cfg = BatchSubmitConfig(task_name="t", task_type="batch_submit", input_path=str(tmp_path / "in.jsonl"),
                            output_base_dir=str(tmp_path), task={"config": {"task_type": "reward"}})
    chunks = [ChunkInfo(f"chunk_{i}", str(tmp_path / f"c{i}.jsonl"), 4) for i in range(2)]
    assert write_chunks(cfg, chunks, (), None, ("prompt_id", "request_id")) == (8, 4)


def test_infer_on_chunks_merges_answers_under_their_prompts_in_input_order(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    seeds = [r for _, r in zip(range(6), read_jsonl(DATA / "evaluation" / "seeds.jsonl"), strict=False)]
    (tmp_path / "input.jsonl").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in seeds))
    infer = {"task_name": "infer_mock", "task_type": "infer", "backend": "engine", "input_path": "x",
             "output_path": "answers.jsonl", "n_samples": 2, "progress": False,
             "model_config": {"provider": "mock", "model": "mock-teacher", "alias": "mock"}}
    outcome = run_task_mapping(chunked(tmp_path, infer, n_chunks=2), "test")
    rows = list(read_jsonl(tmp_path / "merged.jsonl"))
    ids = [s["id"] for s in seeds]
    assert [r["prompt_id"] for r in rows] == [i for i in ids for _ in range(2)]
    assert sorted(r["request_id"] for r in rows) == sorted(f"{i}_v{k}" for i in ids for k in range(2))
    merge = outcome.report.sections["merge"]["infer_mock"]
    assert (merge["expected"], merge["found"], merge["missing"]) == (6, 12, 0)
