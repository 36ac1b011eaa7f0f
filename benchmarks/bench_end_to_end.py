"""The whole chain on one machine: seeds -> requests -> fake teacher -> parse -> filter (L1-L4) -> select -> SFT set.

    python benchmarks/bench_end_to_end.py                                 # 2,000 seeds x 3 variants (goal <= 10 min)
    python benchmarks/bench_end_to_end.py --seeds 200 --no-runtime        # quick: no browser (L1/L2/L4)

The teacher is the project's fake Anthropic server in its own process (the official SDK's wire format,
the mock teacher's answers with some injected faults) at ``--rpm`` (4,000) and ``--latency-s`` (3 s).
Each step runs as its task (``run_task_mapping``), one after the other, in this process. Printed per
step: wall and CPU seconds (this process, and its finished children: linters, browsers), records in/out and the machine's load at its start and end; and the
baselines measured here: generation against its ideal time (requests / RPM), each step's share of
the total. Seeds are the shipped demo seeds, cycled with fresh ids (``<id>_<k>``) and other numbers in
the task, so every request and every program is new to the teacher and the validator's cache. The machine is shared: read the load next to the times.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from modelcall.fakeprovider.testing import FAKE_KEY_ENV  # noqa: E402
from modelcall.tasks import run_task_mapping  # noqa: E402

FAULTS = {"bad_format": 0.03, "hallucinated_api": 0.05, "runtime_error": 0.05, "syntax_error": 0.02}


def load() -> float:
    return round(os.getloadavg()[0], 1)


def _children_cpu() -> float:
    """CPU seconds of finished child processes (ESLint and browser workers end with their step)."""
    t = os.times()
    return t.children_user + t.children_system


def write_seeds(path: Path, n: int) -> None:
    base = [json.loads(line) for line in (ROOT / "modelcall/data/demo_seeds.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            seed = dict(base[i % len(base)])
            k = i // len(base)
            seed["id"] = f"{seed['id']}_{k}"
            if k:  # other numbers in the task: the mock teacher writes them into the program, so no two programs are equal
                seed["task"] = re.sub(r"\d+", lambda m, k=k: str(int(m.group(0)) + k), seed["task"])
            out.write(json.dumps(seed, ensure_ascii=False) + "\n")


class FakeTeacher:
    """``python -m modelcall fake-provider`` in its own process, so it does not share the client's CPU time."""

    def __init__(self, rpm: int, latency_s: float):
        flags = ["--port", "0", "--rpm", str(rpm), "--latency-s", str(latency_s), "--faults", json.dumps(FAULTS),
                 "--tpm", "1000000000"]
        self.proc = subprocess.Popen([sys.executable, "-m", "modelcall", "fake-provider", *flags], cwd=ROOT,
                                     stdout=subprocess.PIPE, text=True)
        self.url = "http://127.0.0.1:" + re.search(r":(\d+)", self.proc.stdout.readline()).group(1)

    def close(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        self.proc.communicate(timeout=30)


class Chain:
    def __init__(self, work: Path):
        self.work = work
        self.rows: list[dict[str, Any]] = []

    def step(self, name: str, mapping: dict[str, Any]) -> dict[str, Any]:
        row: dict[str, Any] = {"step": name, "load_start": load()}
        t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
        outcome = run_task_mapping({"task_name": name, "reports_dir": str(self.work / "reports"), "progress": False,
                                    **mapping}, f"<bench {name}>")
        row.update(wall_s=round(time.perf_counter() - t0, 1), cpu_s=round(time.process_time() - c0, 1),
                   child_cpu_s=round(_children_cpu() - k0, 1), load_end=load())
        if outcome.exit_code != 0:
            raise SystemExit(f"{name} failed ({outcome.status}): see {outcome.report_path}")
        report = json.loads(Path(outcome.report_path).read_text())
        counts = report.get("counts") or {}
        row["counts"] = {k: v for k, v in counts.items() if isinstance(v, (int, float))}
        self.rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
        return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=2000)
    ap.add_argument("--variants", type=int, default=3)
    ap.add_argument("--rpm", type=int, default=4000)
    ap.add_argument("--latency-s", type=float, default=3.0)
    ap.add_argument("--no-runtime", action="store_true", help="validator without the browser (L1/L2/L4)")
    ap.add_argument("--keep", help="work in this folder and keep it (default: a temporary folder, removed)")
    args = ap.parse_args()
    os.environ.setdefault(FAKE_KEY_ENV, "fake-key")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_e2e_"))
    if work.exists() and args.keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    requests = args.seeds * args.variants
    print(json.dumps({"benchmark": "end_to_end", "seeds": args.seeds, "variants": args.variants, "requests": requests,
                      "rpm": args.rpm, "latency_s": args.latency_s, "runtime_layer": not args.no_runtime,
                      "cpus": os.cpu_count(), "load_start": load()}), flush=True)
    write_seeds(work / "seeds.jsonl", args.seeds)
    index = ROOT / "runs/cache/phaser_api-3.90.0.jsonl"
    chain = Chain(work)
    t_all = time.perf_counter()
    if not index.exists():
        chain.step("api_index", {"task_type": "api_index", "output_path": str(index)})
    teacher = FakeTeacher(args.rpm, args.latency_s)
    try:
        chain.step("distill_requests", {
            "task_type": "distill_requests", "seeds_path": str(work / "seeds.jsonl"), "output_path": str(work / "requests.jsonl"),
            "api_index_path": str(index), "variants": args.variants})
        model = {"alias": "fake-teacher", "provider": "anthropic", "model": "fake-model", "api_key_env": FAKE_KEY_ENV,
                 "base_url": teacher.url, "params": {"temperature": 0.7, "max_tokens": 4000},
                 "pricing": {"input_per_mtok": 3.0, "output_per_mtok": 15.0}, "timeout_s": 60,
                 "limits": {"rpm": args.rpm, "max_concurrency": 256}}
        chain.step("response_generation", {
            "task_type": "response_generation", "model_config": model, "input_path": str(work / "requests.jsonl"),
            "output_path": str(work / "raw_outputs.jsonl")})
    finally:
        teacher.close()
    chain.step("parse", {"task_type": "parse", "input_path": str(work / "raw_outputs.jsonl"),
                         "output_path": str(work / "candidates.jsonl")})
    chain.step("filter", {"task_type": "filter", "input_path": str(work / "candidates.jsonl"),
                          "output_path": str(work / "validated.jsonl"),
                          "validator": {"api": {"api_index_path": str(index)},
                                        "runtime": {"enabled": not args.no_runtime, "screenshots_dir": None}}})
    chain.step("select", {"task_type": "select", "input_path": str(work / "validated.jsonl"),
                          "output_path": str(work / "selected.jsonl"), "selection": {"per_prompt": 2}})
    chain.step("sft_build", {"task_type": "sft_build", "input_path": str(work / "selected.jsonl"),
                             "output_dir": str(work / "sft"), "dataset_name": "bench_e2e"})
    total = time.perf_counter() - t_all
    ideal = requests / args.rpm * 60 + args.latency_s  # the last answers still take one latency
    gen = next(r for r in chain.rows if r["step"] == "response_generation")
    summary = {
        "total_s": round(total, 1), "total_min": round(total / 60, 2), "goal_min": 10,
        "within_goal": total <= 600, "load_end": load(),
        "generation_ideal_s": round(ideal, 1), "generation_over_ideal": round(gen["wall_s"] / ideal, 2),
        "share_of_total": {r["step"]: round(r["wall_s"] / total, 3) for r in chain.rows},
        "steps_s": {r["step"]: r["wall_s"] for r in chain.rows},
    }
    print(json.dumps(summary), flush=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
