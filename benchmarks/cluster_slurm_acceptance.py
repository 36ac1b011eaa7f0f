"""Acceptance run of batch_submit on a real (local) Slurm against the fake provider, with a scancel midway.

    bash scripts/slurm_local.sh start          # as root, once
    python benchmarks/cluster_slurm_acceptance.py --requests 2000 --chunks 8

1. N requests split into K chunks, one Slurm array task per chunk, each running the generation CLI
   against ``python -m modelcall fake-provider`` through the openai provider;
2. while the jobs run, one chunk's job is cancelled with ``scancel`` once it has answered some requests;
3. after the others finish, the same config is rerun with ``wait: true``: it must resubmit exactly that
   chunk (attempt 2), which must resume (the fake provider must not see its finished requests again),
   and the merged output must hold every request_id exactly once.
Prints the figures and exits non-zero when a check fails. Timings depend on machine load (shared CPUs).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_requests(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            pid = f"acc_{i // 2:05d}"
            seed = {"id": pid, "difficulty": "easy", "modules": ["Scene"], "task": f"画出第 {i} 个彩色方块并让它旋转。",
                    "constraints": ["使用 Phaser3"], "must_use_apis": ["Phaser.GameObjects.Graphics"], "eval_hints": [],
                    "tags": [], "notes": ""}
            record = {"request_id": f"{pid}_v{i % 2}", "prompt_id": pid, "variant": i % 2,
                      "messages": [{"role": "system", "content": "你是 Phaser 3 专家。"},
                                   {"role": "user", "content": seed["task"]}],
                      "gen": {"temperature": 0.7, "top_p": None, "max_tokens": 1200, "seed": i % 2},
                      "meta": {"template": "acceptance"}, "prompt_meta": seed}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def start_fake_provider(latency: float) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "modelcall", "fake-provider", "--port", "0", "--latency-s", str(latency)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    match = re.search(r":(\d+)", line)
    if not match:
        proc.kill()
        raise SystemExit(f"fake provider did not start: {line}")
    return proc, int(match.group(1))


def run_task(task: Path, *overrides: str) -> tuple[int, float]:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "modelcall", "run-task", str(task), *overrides], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    tail = "\n".join(line for line in proc.stdout.splitlines() if "chunks:" not in line)[-1500:]
    print(tail)
    return proc.returncode, time.monotonic() - start


def count_lines(path: Path) -> int:
    return sum(1 for line in path.read_text().splitlines() if line.strip()) if path.exists() else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--chunks", type=int, default=8)
    parser.add_argument("--victim", type=int, default=5, help="index of the chunk whose job is cancelled")
    parser.add_argument("--latency", type=float, default=0.2, help="fake provider latency per answer (s)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workdir", default=str(ROOT / "runs" / "cluster_acceptance"))
    args = parser.parse_args()

    if not os.environ.get("SLURM_CONF") and Path("/tmp/modelcall-slurm/slurm.conf").exists():
        os.environ["SLURM_CONF"] = "/tmp/modelcall-slurm/slurm.conf"
    work = Path(args.workdir) / time.strftime("%Y%m%dT%H%M%S")
    work.mkdir(parents=True)
    requests = work / "requests.jsonl"
    write_requests(requests, args.requests)
    fake, port = start_fake_provider(args.latency)
    try:
        (work / "fake.env").write_text("FAKE_PROVIDER_KEY=fake-key-0123456789\n")
        (work / "fake_teacher.yaml").write_text(
            f"alias: fake-teacher\nprovider: openai\nmodel: fake-teacher\napi_key_env: FAKE_PROVIDER_KEY\n"
            f"base_url: http://127.0.0.1:{port}/v1\nparams: {{max_tokens: 1200}}\nlimits: {{max_concurrency: 64}}\n"
            "timeout_s: 30\n"
        )
        task = work / "task.yaml"
        task.write_text(
            f"task_name: cluster_acceptance\ntask_type: batch_submit\ninput_path: {requests}\n"
            f"output_base_dir: {work / 'run'}\nreports_dir: {work / 'reports'}\nmodels: [{work / 'fake_teacher.yaml'}]\n"
            f"split: {{num_chunks: {args.chunks}}}\nbackend: slurm\nslurm: {{cpus_per_task: 1}}\n"
            f"environment: {{env_file: {work / 'fake.env'}}}\n"
            f"job: {{concurrency: {args.concurrency}, batch_size: 32, env_file: {work / 'fake.env'}}}\n"
            "wait: false\npoll_interval_s: 1\n"
        )
        t0 = time.monotonic()
        rc, _ = run_task(task)
        if rc != 0:
            raise SystemExit(f"first submission failed (exit {rc})")
        run = work / "run"
        manifest = json.loads((run / "manifest.json").read_text())
        chunk = f"chunk_{args.victim:05d}"
        victim = manifest["jobs"][f"fake-teacher/{chunk}"]["job_id"]
        size = next(c["records"] for c in manifest["chunks"] if c["name"] == chunk)
        out = run / "fake-teacher" / chunk / "raw_outputs.jsonl"
        while count_lines(out) < size // 3:
            time.sleep(0.2)
            if time.monotonic() - t0 > 600:
                raise SystemExit("the victim chunk never got going")
        subprocess.run(["scancel", victim], check=True)
        time.sleep(1.5)
        done_at_cancel = count_lines(out)
        print(f"scancel {victim} ({chunk}) with {done_at_cancel}/{size} answers written")
        array = victim.split("_")[0]
        while subprocess.run(["squeue", "-h", "-j", array], capture_output=True, text=True).stdout.strip():
            time.sleep(0.5)
        t_first = time.monotonic() - t0
        rc, t_rerun = run_task(task, "wait=true")
        report = json.loads((work / "reports" / "cluster_acceptance.json").read_text())
    finally:
        fake.send_signal(signal.SIGTERM)
        stats_out, _ = fake.communicate(timeout=30)
    stats = {}
    for line in stats_out.splitlines():
        if line.startswith("{"):
            stats = json.loads(line)

    submitted = report.get("submitted", [])
    merged = [json.loads(line)["request_id"] for line in (run / "fake-teacher_merged.jsonl").read_text().splitlines()]
    expected = [json.loads(line)["request_id"] for line in requests.read_text().splitlines()]
    merge = report.get("merge", {}).get("fake-teacher", {})
    figures = {
        "requests": args.requests, "chunks": args.chunks, "victim": chunk, "victim_job": victim,
        "answers_in_victim_at_cancel": done_at_cancel, "victim_size": size,
        "first_pass_s": round(t_first, 1), "rerun_s": round(t_rerun, 1),
        "resubmitted": submitted, "states_before_rerun": {k: v for k, v in report["counts"].items() if k.endswith("_before") and v},
        "jobs_completed": report["counts"].get("jobs_completed"),
        "merged_records": len(merged), "merged_unique": len(set(merged)),
        "merge_expected_found_errors_missing": [merge.get(k) for k in ("expected", "found", "errors", "missing")],
        "victim_lines_after": count_lines(out),
        "fake_provider_stats": stats,
    }
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    checks = {
        "rerun exit 0": rc == 0,
        "resubmitted exactly the cancelled chunk": [s["key"] for s in submitted] == [f"fake-teacher/{chunk}"],
        "attempt 2": bool(submitted) and submitted[0]["attempt"] == 2,
        "every request_id exactly once": sorted(merged) == sorted(expected) and len(merged) == len(set(merged)),
        "victim resumed (no duplicate lines)": count_lines(out) == size,
        # a restart would send the victim's finished requests again: the provider would see >= N + done_at_cancel
        "victim resumed (provider saw fewer than N + answers-at-cancel requests)":
            stats.get("requests", 0) - args.requests < done_at_cancel,
    }
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
