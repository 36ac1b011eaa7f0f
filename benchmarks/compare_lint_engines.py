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
import subprocess
import sys
import tempfile
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


def static_answers(engine: str, codes: list[str], batch: int, script: Path | None = None) -> tuple[list[dict[str, Any]], str | None]:
    with NodeWorker({"lint": {"engine": engine}}, script=script) as worker:
        out: list[dict[str, Any]] = []
        if script is not None:  # an earlier worker.js answers one program a request
            out = [worker.analyze(code) for code in codes]
        else:
            for i in range(0, len(codes), batch):
                out.extend(worker.analyze_batch(codes[i:i + batch]))
        return [{k: v for k, v in r.items() if k not in ("timing", "id")} for r in out], worker.engine


def earlier_worker(rev: str, folder: Path) -> Path:
    """worker.js and its modules as they were at ``rev`` (git), in ``folder``."""
    for name in ("worker.js", "contracts.js", "reach.js"):
        text = subprocess.run(["git", "show", f"{rev}:modelcall/validator/{name}"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        (folder / name).write_text(text, encoding="utf-8")
    return folder / "worker.js"


def lint_keys(answer: dict[str, Any]) -> list[tuple]:
    return [(m["code"], m.get("rule"), m.get("line")) for m in answer.get("lint") or []]


def wording(answer: dict[str, Any]) -> list[str]:
    return [m["message"] for m in answer.get("lint") or []]


def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal answers but for the wording of lint messages (oxlint words a few rules its own way)."""
    rest = ("lint", "ok", "lint_engine")
    return ({k: v for k, v in a.items() if k not in rest} == {k: v for k, v in b.items() if k not in rest}
            and lint_keys(a) == lint_keys(b))


def compare_with_earlier(name: str, cands: list[dict[str, Any]], batch: int, script: Path) -> int:
    """This checkout's worker (oxlint) against an earlier worker.js (ESLint): everything but lint message texts."""
    codes = [c["code"] for c in cands]
    old, _ = static_answers("eslint", codes, batch, script)
    new, engine = static_answers("oxlint", codes, batch)
    diffs = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if not same(a, b)]
    texts = sum(wording(a) != wording(b) for a, b in zip(old, new, strict=True))
    print(f"{name}: {len(codes)} programs against the earlier worker ({engine} here): answers differing {len(diffs)} "
          f"(lint message wording differs on {texts})")
    for i in diffs[:5]:
        keys = [k for k in old[i] if old[i][k] != new[i].get(k)]
        print(f"  {cands[i].get('request_id') or cands[i].get('id')}: keys differ {keys}")
    return 1 if diffs else 0


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
    diffs = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if not same(a, b)]
    texts = sum(wording(a) != wording(b) for a, b in zip(old, new, strict=True))
    vold, vnew = verdicts("eslint", cands), verdicts("oxlint", cands)
    vdiffs = [i for i, (a, b) in enumerate(zip(vold, vnew, strict=True)) if a != b]
    lint_msgs = sum(len(a.get("lint") or []) for a in old)
    failed = sum(not v[0] for v in vold)
    print(f"{name}: {len(codes)} programs, {lint_msgs} lint messages, {failed} rejected: static answers differing "
          f"{len(diffs)}, verdicts differing {len(vdiffs)} (lint message wording differs on {texts})")
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
    parser.add_argument("--against", metavar="REV", help="also compare with worker.js at this git revision (e.g. "
                        "the commit before oxlint): every answer, lint by code, rule and line")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}  load average: {os.getloadavg()}")
    sets = [("labelled set", load_candidates(None)), ("shipped test programs", shipped_programs())]
    sets += [(str(p), load_candidates(p)) for p in args.input]
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        script = earlier_worker(args.against, Path(tmp)) if args.against else None
        for name, cands in sets:
            cands = [c for c in cands if c.get("code")]
            status |= compare(name, cands, args.batch)
            if script is not None:
                status |= compare_with_earlier(name, cands, args.batch, script)
    print("all equal" if status == 0 else "DIFFERENCES FOUND")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
