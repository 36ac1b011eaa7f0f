"""Validator throughput: static layers (L1+L2+L4) and the browser layer (L3), with ratios against baselines run
in the same process, and how many verdicts change when the same programs run again in reverse order on one page (each program gets a
fresh document, so none may).

    python benchmarks/bench_validator.py                       # the shipped labelled programs
    python benchmarks/bench_validator.py --input ../shared/data/teacher_outputs_sample.jsonl --copies 1
    python benchmarks/bench_validator.py --no-runtime            # static layers only: ESLint vs oxlint, 1 vs auto workers

``--input`` takes candidates (``code`` field) or raw teacher outputs (``raw_output``/``text``, parsed with
modelcall.parsing). Programs are made distinct per copy (a trailing comment) so no cache or dedup helps.
Absolute numbers depend on the machine's load: compare the ratios, and say what else was running.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from modelcall.validator import Validator  # noqa: E402


def load_candidates(path: Path | None) -> list[dict]:
    if path is None:
        labels = ROOT / "tests" / "data" / "validator" / "labels.jsonl"
        rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [{"request_id": r["name"], "code": (labels.parent / r["file"]).read_text(encoding="utf-8"),
                 "prompt_meta": {"must_use_apis": r.get("must_use", []), "eval_hints": r.get("eval_hints", [])}}
                for r in rows]
    from modelcall.parsing import parse_teacher_output

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "code" not in row:
            answer = parse_teacher_output(row.get("raw_output") or row.get("text") or "")
            row = {"request_id": row.get("request_id") or row.get("id"), "code": answer.code or "",
                   "plan": {"apis": list(answer.plan.apis) if answer.plan else []},
                   "prompt_meta": row.get("prompt_meta") or {}}
        out.append(row)
    return out


def replicate(cands: list[dict], copies: int) -> list[dict]:
    out = []
    for n in range(copies):
        for c in cands:
            out.append(dict(c, code=c["code"] + f"\n// copy {n}\n" if n else c["code"]))
    return out


def tree_cpu_seconds(root: int) -> float:
    """CPU time used so far by ``root`` and every process under it (Node workers, browsers, renderers), from /proc,
    including children that have exited and were reaped (a renderer of a closed context)."""
    parent: dict[int, int] = {}
    used: dict[int, float] = {}
    ticks = os.sysconf("SC_CLK_TCK")
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parent[int(name)] = int(fields[1])
        used[int(name)] = sum(int(f) for f in fields[11:15]) / ticks
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parent.items() if ppid in tree and pid not in tree}
        tree |= more
        grew = bool(more)
    return sum(used.get(pid, 0.0) for pid in tree)


def run(cands: list[dict], cfg: dict) -> tuple[float, list[dict]]:
    seconds, records, _cpu, _warm = run_measured(cands, cfg)
    return seconds, records


def run_measured(cands: list[dict], cfg: dict, steady: list[dict] | None = None) -> tuple[float, list[dict], float, tuple | None]:
    """Wall seconds, records and CPU seconds of the whole process tree (this process, Node workers, browsers) for a
    fresh validator (only its first program taken out as a warm-up), then, with ``steady``, (seconds, records, CPU) of
    those programs on the same validator once it is warm: the rate of a long filter run, past the Node workers'
    and V8's warm-up and the first browser contexts."""
    with Validator(cfg) as validator:
        validator.validate_one(cands[0])  # warm up: workers, pages, model
        cpu0 = tree_cpu_seconds(os.getpid())
        start = time.perf_counter()
        records = list(validator.validate(cands[1:]))
        seconds = time.perf_counter() - start
        cpu = tree_cpu_seconds(os.getpid()) - cpu0
        warm = None
        if steady:
            cpu0 = tree_cpu_seconds(os.getpid())
            start = time.perf_counter()
            warm_records = list(validator.validate(steady))
            warm = (time.perf_counter() - start, warm_records, tree_cpu_seconds(os.getpid()) - cpu0)
        return seconds, records, cpu, warm


def _proc_cpu(pid: int) -> float:
    """CPU seconds of a live process and of its live children (the oxlint host of a Node worker); Linux /proc."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            total += _proc_cpu(int(child))
    except (OSError, ValueError, IndexError):
        pass
    return total


def run_static(cands: list[dict], cfg: dict) -> dict:
    """Steady static throughput: one pass over the set to warm up (V8 compiles the hot code of every worker over its
    first few hundred programs, on CPU that counts), then the timed pass; CPU of this process and of every Node
    process it runs (workers and oxlint hosts), per sample."""
    warm = [dict(c, code=c["code"] + "\n// warm-up\n") for c in cands]
    with Validator(cfg) as validator:
        list(validator.validate(warm))
        pids = [w._proc.pid for w in validator._all_workers if w._proc is not None]
        cpu0 = time.process_time(), sum(_proc_cpu(p) for p in pids)
        start = time.perf_counter()
        records = list(validator.validate(cands))
        wall = time.perf_counter() - start
        cpu1 = time.process_time(), sum(_proc_cpu(p) for p in pids)
        engine = validator._all_workers[0].engine
    n = len(cands)
    return {"rate": n / wall, "py_ms": 1000 * (cpu1[0] - cpu0[0]) / n, "node_ms": 1000 * (cpu1[1] - cpu0[1]) / n,
            "records": records, "engine": engine, "workers": len(pids)}


def verdict(rec: dict) -> tuple:
    return rec["passed"], tuple(sorted({r.split("@")[0] for r in rec["reasons"]}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=None)
    parser.add_argument("--copies", type=int, default=4, help="static layers: copies of the set (made distinct)")
    parser.add_argument("--runtime-copies", type=int, default=1, help="browser layer: copies of the set")
    parser.add_argument("--steady-copies", type=int, default=2,
                        help="browser layer: copies of the set run again on the warm validator (0: none)")
    parser.add_argument("--no-runtime", action="store_true")
    parser.add_argument("--pages", type=int, default=0, help="browser workers for the second L3 run (0: CPU cores)")
    parser.add_argument("--skip-order-check", action="store_true", help="no second run in reverse order on one page")
    args = parser.parse_args()
    cands = load_candidates(args.input)
    print(f"programs: {len(cands)}  cpus: {os.cpu_count()}  load average: {os.getloadavg()}")

    static = replicate(cands, args.copies)
    base = {"cache_path": None, "runtime": {"enabled": False}}
    runs = {}
    for label, extra in (("eslint, 1 worker", {"workers": 1, "lint": {"engine": "eslint"}}),
                         ("oxlint, 1 worker", {"workers": 1}),
                         ("eslint, auto workers", {"lint": {"engine": "eslint"}}),
                         ("oxlint, auto workers", {})):
        r = runs[label] = run_static(static, dict(base, **extra))
        cpu = r["py_ms"] + r["node_ms"]
        print(f"L1+L2+L4  {label:21s} ({r['engine']}, {r['workers']} workers): {r['rate']:7.1f} samples/s   CPU "
              f"{cpu:5.2f} ms/sample (python {r['py_ms']:.2f}, node {r['node_ms']:.2f})   load {os.getloadavg()[0]:.1f}")
    old, new = runs["eslint, auto workers"], runs["oxlint, auto workers"]
    one_old, one_new = runs["eslint, 1 worker"], runs["oxlint, 1 worker"]
    print(f"          oxlint vs eslint: {new['rate'] / old['rate']:.2f}x samples/s, "
          f"{(old['py_ms'] + old['node_ms']) / (new['py_ms'] + new['node_ms']):.2f}x less CPU per sample; "
          f"auto vs 1 worker (oxlint): {new['rate'] / one_new['rate']:.2f}x; 1 worker oxlint vs eslint "
          f"{one_new['rate'] / one_old['rate']:.2f}x")
    same = sum(verdict(a) == verdict(b) for a, b in zip(old["records"], new["records"], strict=True))
    recs = new["records"]
    print(f"          static pass rate {sum(r['passed'] for r in recs) / len(recs):.3f}; verdicts equal across engines "
          f"{same}/{len(recs)}")

    if not args.no_runtime:
        rt = replicate(cands, args.runtime_copies)
        # distinct from the cold run's programs (another trailing comment), so nothing comes from the run's cache
        steady = [dict(c, code=c["code"] + "\n// steady\n") for c in replicate(cands, args.steady_copies)]
        n = len(rt) - 1
        cores = os.cpu_count() or 1
        rates, steady_rates = {}, {}
        for pages in sorted({1, args.pages or cores}):
            cfg = {"cache_path": None, "workers": max(1, pages), "runtime": {"pages": pages, "screenshots_dir": None}}
            tw, warm, cpu, again = run_measured(rt, cfg, steady)
            rates[pages] = n / tw
            label = f"{pages} browser worker{'s' if pages > 1 else ''}"
            print(f"L1-L4 + L3 ({label}, a fresh document per program), fresh validator: "
                  f"{n / tw:6.1f} samples/s   CPU {1000 * cpu / n:6.1f} ms/sample (all processes)   pass rate "
                  f"{sum(r['passed'] for r in warm) / len(warm):.3f}   load average now: {os.getloadavg()}")
            if again is not None:
                ts, recs, cpu_s = again
                steady_rates[pages] = len(steady) / ts
                print(f"L1-L4 + L3 ({label}), warm validator, {len(steady)} more programs: {len(steady) / ts:6.1f} "
                      f"samples/s   CPU {1000 * cpu_s / len(steady):6.1f} ms/sample   pass rate "
                      f"{sum(r['passed'] for r in recs) / len(recs):.3f}   load average now: {os.getloadavg()}")
        for label, by_pages in (("fresh", rates), ("warm", steady_rates)):
            if len(by_pages) > 1:
                top = max(by_pages)
                scaling = by_pages[top] / (by_pages[1] * top)
                print(f"          scaling 1 -> {top} workers ({label}): {by_pages[top] / by_pages[1]:.2f}x ({scaling:.2f} of "
                      f"linear); a 16-core machine at this per-worker rate and efficiency: ~{by_pages[1] * 16 * scaling:.0f} samples/s")
        if args.skip_order_check:
            return 0
        back = list(reversed(rt[1:]))
        with Validator({"cache_path": None, "runtime": {"pages": 1, "screenshots_dir": None}}) as validator:
            guard = (validator.stats.isolation or {}).get("network_guard")
            again = list(validator.validate(back))
        changed = [w["request_id"] for w, f in zip(warm, reversed(again), strict=False) if verdict(w) != verdict(f)]
        print(f"          network guard: {guard}; verdicts changed in reverse order on one page: {len(changed)} {changed[:10]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
