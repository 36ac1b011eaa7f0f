"""Benchmark the supplements task against the floor it cannot beat: validating the same programs once.

    python benchmarks/bench_supplements.py [--input tests/data/supplements/programs] [--policy rewrite]
        [--max-programs N] [--model configs/models/mock.yaml] [--keep DIR]

Both runs start with a cold validator cache in a temporary folder. The baseline validates each extracted
program alone (what the filter task would do); the task then checks programs, rewrites or drops assets,
asks the teacher for prompts (the mock teacher by default: no network), validates every pair, repairs
once and removes near-duplicates. Printed: wall time, seconds per program and per pair, the ratio to
the baseline, pairs and their reasons, teacher cost per pair, and the machine load. Try it on the real
examples with ``--input /path/to/examples.jsonl`` (a folder of .js/.html works too).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=str(ROOT / "tests" / "data" / "supplements" / "programs"))
    ap.add_argument("--policy", default="rewrite", choices=["drop", "placeholder", "rewrite"])
    ap.add_argument("--max-programs", type=int, default=None)
    ap.add_argument("--model", default=str(ROOT / "configs" / "models" / "mock.yaml"))
    ap.add_argument("--keep", default=None, help="keep outputs in this folder")
    args = ap.parse_args()

    from modelcall.progress import set_progress_enabled
    from modelcall.supplements.sources import Program, find_programs
    from modelcall.tasks import run_task_mapping
    from modelcall.validator import Validator

    set_progress_enabled(False)
    os.chdir(ROOT)
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench_supplements_"))
    work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    programs = [p for p in find_programs(args.input, 15000, None, "skip") if isinstance(p, Program)]
    programs = programs[: args.max_programs] if args.max_programs else programs
    validator_cfg = {"cache_path": str(work / "baseline.sqlite"), "runtime": {"screenshots_dir": None}}

    t0 = time.perf_counter()
    with Validator(validator_cfg) as validator:
        cands = [{"request_id": p.id, "prompt_id": p.id, "variant": 0, "code": p.code, "prompt_meta": {}, "plan": {}}
                 for p in programs]
        passed = sum(bool(r["passed"]) for r in validator.validate(cands))
    baseline = time.perf_counter() - t0

    cfg = {
        "task_name": "bench_supplements", "task_type": "supplements", "input_path": args.input,
        "output_path": str(work / "pairs.jsonl"), "reports_dir": str(work / "reports"), "model_config": args.model,
        "max_programs": args.max_programs, "assets": {"policy": args.policy}, "progress": False,
        "validator": {"cache_path": str(work / "task.sqlite"), "runtime": {"screenshots_dir": None}},
    }
    t0 = time.perf_counter()
    outcome = run_task_mapping(cfg, "bench")
    task = time.perf_counter() - t0
    report = json.loads((work / "reports" / "bench_supplements.json").read_text())
    pairs = report["counts"].get("pairs", 0)
    print(f"input: {args.input}  programs: {len(programs)}  policy: {args.policy}  status: {outcome.status}")
    print(f"load average before/after: {load_before[0]:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"baseline (validate each program once): {baseline:.1f} s, {baseline / max(1, len(programs)):.2f} s/program, "
          f"{passed} pass")
    print(f"supplements task: {task:.1f} s, {task / max(1, len(programs)):.2f} s/program, "
          f"{task / pairs if pairs else float('nan'):.2f} s/pair, {pairs} pairs")
    print(f"ratio task/baseline: {task / baseline:.2f}x")
    print(f"teacher cost: ${report['cost']['teacher_usd']:.4f} total, ${report['cost']['per_pair_usd'] or 0:.5f} per pair")
    print("reasons: " + ", ".join(f"{k}={v}" for k, v in report["rejected_reasons"].items()))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
