"""Proof that the L1 lint engines agree: every program through the Node worker with ESLint and with oxlint, and
the whole static answer compared (parse, syntax error, lint codes, rules, lines and messages in order, the L2/L4
facts, the runnable module text); then the validator's verdicts (passed, reasons, lint lines) compared too.

    python benchmarks/compare_lint_engines.py                    # the labelled set and every shipped test program
    python benchmarks/compare_lint_engines.py --input ../shared/data/teacher_outputs_sample.jsonl \\
        --input ../shared/data/phaser_examples/examples.jsonl

``--input`` takes candidates (``code``), raw teacher outputs (``raw_output``/``text``) or example records
(``code``). Exit 1 when anything differs, printing the first differences.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_validator import load_candidates  # noqa: E402

from modelcall.validator import Validator  # noqa: E402
from modelcall.validator.node_worker import NodeWorker  # noqa: E402


def shipped_programs() -> list[dict[str, Any]]:
    folder = ROOT / "tests" / "data" / "validator" / "programs"
    return [{"request_id": p.name, "code": p.read_text(encoding="utf-8")} for p in sorted(folder.glob("*.js"))]


def static_answers(engine: str, codes: list[str], batch: int) -> tuple[list[dict[str, Any]], str | None]:
    with NodeWorker({"lint": {"engine": engine}}) as worker:
        out: list[dict[str, Any]] = []
        for i in range(0, len(codes), batch):
            out.extend(worker.analyze_batch(codes[i:i + batch]))
        return [{k: v for k, v in r.items() if k != "timing"} for r in out], worker.engine


def verdicts(engine: str, cands: list[dict[str, Any]]) -> list[tuple]:
    cfg = {"cache_path": None, "runtime": {"enabled": False}, "api": {"reflect": False}, "lint": {"engine": engine}}
    with Validator(cfg) as validator:
        return [(r["passed"], tuple(r["reasons"]),
                 tuple((e["code"], e.get("line")) for e in r["validation"]["errors"] if e["layer"] == "l1"))
                for r in validator.validate(cands)]


def compare(name: str, cands: list[dict[str, Any]], batch: int) -> int:
    codes = [c["code"] for c in cands]
    old, old_engine = static_answers("eslint", codes, batch)
    new, new_engine = static_answers("oxlint", codes, batch)
    if new_engine != "oxlint":
        print(f"{name}: oxlint is not installed here (engine {new_engine}): nothing compared")
        return 1
    diffs = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    vold, vnew = verdicts("eslint", cands), verdicts("oxlint", cands)
    vdiffs = [i for i, (a, b) in enumerate(zip(vold, vnew, strict=True)) if a != b]
    lint_msgs = sum(len(a.get("lint") or []) for a in old)
    failed = sum(not v[0] for v in vold)
    print(f"{name}: {len(codes)} programs, {lint_msgs} lint messages, {failed} rejected: "
          f"static answers differing {len(diffs)}, verdicts differing {len(vdiffs)}")
    for i in (diffs + [d for d in vdiffs if d not in diffs])[:5]:
        rid = cands[i].get("request_id")
        print(f"  {rid}: eslint {json.dumps(old[i].get('lint'))[:400]}\n  {' ' * len(str(rid))}  oxlint {json.dumps(new[i].get('lint'))[:400]}")
        if old[i].get("lint") == new[i].get("lint"):
            keys = [k for k in old[i] if old[i][k] != new[i].get(k)]
            print(f"    other keys differ: {keys}")
        if vold[i] != vnew[i]:
            print(f"    verdict eslint {vold[i]}\n    verdict oxlint {vnew[i]}")
    return 1 if diffs or vdiffs else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, action="append", default=[], help="JSONL of programs (repeatable)")
    parser.add_argument("--batch", type=int, default=64, help="programs per worker request")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}  load average: {os.getloadavg()}")
    sets = [("labelled set", load_candidates(None)), ("shipped test programs", shipped_programs())]
    sets += [(str(p), load_candidates(p)) for p in args.input]
    status = 0
    for name, cands in sets:
        status |= compare(name, [c for c in cands if c.get("code")], args.batch)
    print("all equal" if status == 0 else "DIFFERENCES FOUND")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
