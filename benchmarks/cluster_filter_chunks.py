"""filter in one process vs the same filter spread by batch_submit over K Slurm array tasks (a real local Slurm).

    bash scripts/slurm_local.sh start && eval "$(bash scripts/slurm_local.sh env)"      # as root, once
    python benchmarks/cluster_filter_chunks.py --n 2000 --chunks 4
    python benchmarks/cluster_filter_chunks.py --input ../shared/data/teacher_outputs_sample.jsonl --n 2000

N distinct candidates (programs made distinct by a trailing comment, so no cache or dedup helps) are
validated by the whole validator (L1-L4, Chromium) once in one process and once as K chunk jobs, with
the verdict cache off in both. Prints both wall times, where the chunked run's time went (split, job
environment check, sbatch, the jobs, merge), the overhead of each chunk job (its run time minus the time
it spent validating), checks that the merged verdicts equal the single run's, and projects the time
for --project candidates on N nodes like this one. Absolute times depend on the machine's load (printed).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_validator import load_candidates  # noqa: E402


def make_candidates(path: Path, source: Path | None, n: int) -> None:
    base = [c for c in load_candidates(source) if c.get("code")]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            c = base[i % len(base)]
            copy = i // len(base)
            row = dict(c, request_id=f"{c['request_id']}_c{copy}", code=c["code"] + (f"\n// copy {copy}\n" if copy else ""))
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def filter_mapping(workdir: Path, pages: int, workers: int) -> dict:
    return {
        "task_name": "bench_filter", "task_type": "filter", "input_path": "unused", "output_path": "validated.jsonl",
        "reports_dir": str(workdir / "reports"), "progress": False,
        "validator": {"cache_path": None, "workers": workers,
                      "runtime": {"enabled": True, "pages": pages, "screenshots_dir": None}},
    }


def run_task(path: Path, *overrides: str) -> float:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "modelcall", "run-task", str(path), *overrides], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if proc.returncode != 0:
        raise SystemExit(f"run-task {path} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return time.monotonic() - start


def verdicts(path: Path) -> list[tuple]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows.append((r["request_id"], r["position"], r["passed"], r["reasons"]))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, help="candidates or raw teacher outputs; default the shipped labelled programs")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--chunks", type=int, default=4)
    parser.add_argument("--pages", type=int, default=2, help="browser pages per process (validator.runtime.pages)")
    parser.add_argument("--workers", type=int, default=2, help="Node workers per process (validator.workers)")
    parser.add_argument("--cpus-per-task", type=int, default=1)
    parser.add_argument("--project", type=int, default=100_000, help="candidates in the projection")
    parser.add_argument("--project-chunk-size", type=int, default=500, help="chunk size in the projection")
    parser.add_argument("--workdir", type=Path, default=ROOT / "runs" / "bench_cluster_filter")
    args = parser.parse_args()
    script = ROOT / "scripts" / "slurm_local.sh"
    started = False
    if subprocess.run(["bash", str(script), "status"], capture_output=True).returncode != 0:
        start = subprocess.run(["bash", str(script), "start"], capture_output=True, text=True)
        if start.returncode != 0:
            raise SystemExit(f"the local Slurm did not start: {start.stderr.strip()[-500:]}")
        started = True
    if "SLURM_CONF" not in os.environ:
        env = subprocess.run(["bash", str(script), "env"], capture_output=True, text=True)
        if env.returncode == 0 and "=" in env.stdout:
            os.environ["SLURM_CONF"] = env.stdout.strip().split("=", 1)[1]
    try:
        return measure(args)
    finally:
        if started:  # a Slurm that was running is left running
            subprocess.run(["bash", str(script), "stop"], capture_output=True)


def measure(args: argparse.Namespace) -> int:
    import shutil

    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    candidates = args.workdir / "candidates.jsonl"
    make_candidates(candidates, args.input, args.n)
    print(f"candidates: {args.n} ({args.input or 'shipped labelled programs'}), chunks: {args.chunks}, "
          f"pages {args.pages}, workers {args.workers}; cpus: {os.cpu_count()}; load average before: {os.getloadavg()}")
    task = filter_mapping(args.workdir, args.pages, args.workers)
    task_yaml = args.workdir / "filter.yaml"
    task_yaml.write_text(json.dumps(task), encoding="utf-8")

    single_out = args.workdir / "single" / "validated.jsonl"
    single_s = run_task(task_yaml, f"input_path={candidates}", f"output_path={single_out}")
    single_report = json.loads((args.workdir / "reports" / "bench_filter.json").read_text())
    single_open = single_report["timings_s"].get("open_validator", 0.0)
    print(f"single process: {single_s:.1f} s wall ({args.n / single_s:.1f} candidates/s; opening the validator "
          f"{single_open:.1f} s); load average: {os.getloadavg()}")

    batch = {
        "task_name": "bench_filter_chunks", "task_type": "batch_submit", "input_path": str(candidates),
        "output_base_dir": str(args.workdir / "run"), "output_path": str(args.workdir / "merged.jsonl"),
        "reports_dir": str(args.workdir / "reports"), "progress": False,
        "task": {"config_path": str(task_yaml)}, "split": {"num_chunks": args.chunks}, "backend": "slurm",
        "slurm": {"cpus_per_task": args.cpus_per_task, "time": "02:00:00"}, "wait": True, "poll_interval_s": 1,
    }
    batch_yaml = args.workdir / "batch.yaml"
    batch_yaml.write_text(json.dumps(batch), encoding="utf-8")
    chunked_s = run_task(batch_yaml)
    report = json.loads((args.workdir / "reports" / "bench_filter_chunks.json").read_text())
    timings = report["timings_s"]
    jobs = []
    for chunk_dir in sorted((args.workdir / "run" / "bench_filter").glob("chunk_*")):
        marker = json.loads((chunk_dir / "_COMPLETE").read_text())
        chunk_report = json.loads(next((chunk_dir / "reports").glob("*.json")).read_text())
        validate = chunk_report["timings_s"].get("validate", 0.0)
        jobs.append({"chunk": chunk_dir.name, "records": chunk_report["counts"]["validated_out"],
                     "job_s": marker["elapsed_s"], "validate_s": validate, "open_s": chunk_report["timings_s"].get("open_validator", 0.0),
                     "overhead_s": marker["elapsed_s"] - validate})
    print(f"{args.chunks} Slurm chunks: {chunked_s:.1f} s wall ({args.n / chunked_s:.1f} candidates/s); "
          f"ratio chunked/single {chunked_s / single_s:.2f}; load average: {os.getloadavg()}")
    print("  batch_submit: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    for job in jobs:
        print(f"  {job['chunk']}: {job['records']} candidates, job {job['job_s']:.1f} s = validating {job['validate_s']:.1f} s"
              f" + overhead {job['overhead_s']:.1f} s (of which opening the validator {job['open_s']:.1f} s)")
    overhead = sum(j["overhead_s"] for j in jobs) / len(jobs)
    fixed = sum(timings.get(k, 0.0) for k in ("split", "check_environment", "submit", "merge"))
    print(f"  overhead per chunk job: {overhead:.1f} s; per run (split + environment check + sbatch + merge): {fixed:.1f} s")

    same = verdicts(args.workdir / "merged.jsonl") == verdicts(single_out)
    print(f"merged verdicts equal the single run's: {same}")

    # per candidate on one node like this one: the single run's validating rate (it uses the whole machine)
    per_candidate = (single_s - single_open) / args.n
    chunks = -(-args.project // args.project_chunk_size)
    print(f"projection for {args.project:,} candidates in {chunks} chunks of {args.project_chunk_size}, nodes like this "
          f"one ({os.cpu_count()} cpus, {per_candidate * 1000:.0f} ms a candidate, {overhead:.1f} s overhead a chunk job):")
    for nodes in (1, 4, 16, 64, 200):
        total = fixed + (args.project / nodes) * per_candidate + -(-chunks // nodes) * overhead
        print(f"  {nodes:>3} node(s): ~{total / 60:.1f} min")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
