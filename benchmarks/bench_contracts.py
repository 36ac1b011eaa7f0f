"""Run-time argument contracts (l3:api_misuse) on a set of programs: what each rule finds, which programs it alone
would reject (false rejections where the programs work), and what the checks cost in CPU (the same programs with
the contracts off and on, alternating, in this process; the browser's and Node's CPU counted as children's time).

    python benchmarks/bench_contracts.py                                             # the shipped labelled programs
    python benchmarks/bench_contracts.py --input ../shared/data/teacher_outputs_sample.jsonl
    python benchmarks/bench_contracts.py --input ../shared/data/phaser_examples/examples.jsonl --no-cost

Every finding is listed with its program, rule, certainty and message, so each "only this rule rejects it" can be
looked at by hand. Absolute CPU depends on the machine's load: compare the on/off ratio and note the load average.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_validator import load_candidates, replicate  # noqa: E402

from modelcall.validator import Validator  # noqa: E402


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(cands: list[dict], contracts: bool, pages: int) -> tuple[float, list[dict]]:
    """CPU seconds of a whole Validator life (start, programs, close: the children are reaped by then)."""
    start = cpu()
    cfg = {"cache_path": None, "runtime": {"pages": pages, "screenshots_dir": None, "contracts": contracts}}
    with Validator(cfg) as validator:
        records = list(validator.validate(cands))
    return cpu() - start, records


def report(records: list[dict]) -> None:
    certain: Counter[str] = Counter()
    uncertain: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    for rec in records:
        found = (rec["validation"].get("runtime") or {}).get("misuse") or []
        for m in found:
            (certain if m.get("certain", True) else uncertain)[m.get("kind")] += 1
            print(f"  {rec.get('request_id') or rec.get('id')}: {m.get('kind')} {'certain' if m.get('certain', True) else 'warning'} "
                  f"line {m.get('line')}: {m.get('message')}")
        reasons = {r.split("@")[0] for r in rec["reasons"]}
        if reasons == {"l3:api_misuse"} or reasons == {"l3:api_misuse", "l4:nothing_drawn"}:
            for kind in {e.get("kind") for e in rec["validation"]["errors"] if e["code"] == "api_misuse" and e["layer"] == "l3"}:
                alone[kind] += 1
    visual: Counter[str] = Counter()
    for rec in records:
        for level in ("errors", "warnings"):
            for issue in rec["validation"][level]:
                if issue["code"] in ("canvas_unchanged", "nothing_drawn"):
                    visual[f"{issue['code']} {level[:-1]}"] += 1
                    print(f"  {rec.get('request_id') or rec.get('id')}: {issue['code']} {level[:-1]}: {issue['message'][:200]}")
    print(f"programs: {len(records)}  passed: {sum(r['passed'] for r in records)}  visual checks: {dict(visual)}")
    for kind in sorted(set(certain) | set(uncertain)):
        print(f"  rule {kind:18s} certain findings {certain[kind]:3d}  warnings {uncertain[kind]:3d}  "
              f"programs only this run-time rule rejects {alone[kind]:3d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=None)
    parser.add_argument("--pages", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="off/on pairs for the CPU figure")
    parser.add_argument("--copies", type=int, default=1, help="copies of the set, made distinct (start-up cost spreads)")
    parser.add_argument("--no-cost", action="store_true", help="findings only (one run with the contracts on)")
    args = parser.parse_args()
    cands = replicate(load_candidates(args.input), args.copies)
    print(f"programs: {len(cands)}  cpus: {os.cpu_count()}  load average: {os.getloadavg()}")
    if args.no_cost:
        report(run(cands, True, args.pages)[1])
        return 0
    spent: dict[bool, list[float]] = {False: [], True: []}
    records: list[dict] = []
    for _ in range(args.rounds):
        for contracts in (False, True):
            seconds, recs = run(cands, contracts, args.pages)
            spent[contracts].append(seconds)
            if contracts:
                records = recs
    report(records)
    off = sum(spent[False]) / len(spent[False])
    on = sum(spent[True]) / len(spent[True])
    print(f"CPU per program (validator + browser + node, start and close included): contracts off {off / len(cands) * 1000:.1f} ms"
          f"  on {on / len(cands) * 1000:.1f} ms  ratio {on / off:.3f}  (runs off {spent[False]}, on {spent[True]})"
          f"  load average now: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
