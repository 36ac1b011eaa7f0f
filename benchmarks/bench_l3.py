"""The browser layer (L3) alone: programs per second and CPU per program (every process of the browsers and this
one), at 1 browser worker and at one per core, against the Playwright pool of an earlier revision run in the same
process as the baseline.

    python benchmarks/bench_l3.py                                   # the shipped labelled programs
    python benchmarks/bench_l3.py --input ../shared/data/teacher_outputs_sample.jsonl
    python benchmarks/bench_l3.py --baseline-rev none               # no baseline (no git, or no playwright)

The baseline is ``modelcall/validator/browser.py`` + ``harness.js`` of ``--baseline-rev`` (default 415c690, the last
Playwright pool, with the same per-program isolation), loaded from git into a temporary module. Every program runs
the full L3 (fresh document, Phaser, harness, 200+ frames, input phase); screenshots off unless --screenshots.
Absolute numbers depend on the machine's load (printed): compare the ratios.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_validator import load_candidates, tree_cpu_seconds  # noqa: E402

from modelcall.validator.config import RuntimeConfig  # noqa: E402


def baseline_pool_class(rev: str, tmp: Path) -> Any:
    """BrowserPool of an earlier revision (its browser.py and harness.js from git), or None."""
    try:
        for name in ("browser.py", "harness.js"):
            text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:modelcall/validator/{name}"],
                                  capture_output=True, text=True, check=True).stdout
            (tmp / name).write_text(text, encoding="utf-8")
        import playwright.async_api  # noqa: F401
    except (subprocess.CalledProcessError, FileNotFoundError, ImportError) as exc:
        print(f"baseline {rev}: not available ({type(exc).__name__})")
        return None
    spec = importlib.util.spec_from_file_location(f"baseline_browser_{rev}", tmp / "browser.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.BrowserPool


def measure(pool_class: Any, cfg: RuntimeConfig, codes: list[str], screenshots: bool) -> tuple[float, float, list[dict]]:
    """Wall seconds and CPU seconds (this process and everything under it) for running ``codes``."""
    with pool_class(cfg, screenshots=screenshots) as pool:
        pool.run(codes[:max(1, cfg.pages)])  # warm up: browsers, first contexts
        cpu0 = tree_cpu_seconds(os.getpid())
        start = time.perf_counter()
        results = pool.run(codes)
        return time.perf_counter() - start, tree_cpu_seconds(os.getpid()) - cpu0, results


def outcome(result: dict) -> tuple:
    return (bool(result.get("errors")), bool(result.get("timed_out")), bool(result.get("booted")),
            bool(result.get("memory_limit")), bool(result.get("navigated")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=100, help="programs (after parsing)")
    parser.add_argument("--workers", type=int, default=0, help="browser workers of the second run (0: CPU cores)")
    parser.add_argument("--baseline-rev", default="415c690", help="git revision of the baseline pool, or none")
    parser.add_argument("--screenshots", action="store_true", help="take the PNG of every program (filter's default)")
    args = parser.parse_args()
    codes = [c["code"] for c in load_candidates(args.input) if c.get("code", "").strip()][:args.limit]
    cores = os.cpu_count() or 1
    top = args.workers or cores
    print(f"programs: {len(codes)}  cpus: {cores}  load average: {os.getloadavg()}")
    from modelcall.validator.browser import BrowserPool, default_executable

    runs: dict[str, tuple[float, float, list[dict]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        old = None if args.baseline_rev == "none" else baseline_pool_class(args.baseline_rev, Path(tmp))
        plan = [("new, 1 worker", BrowserPool, 1), (f"new, {top} workers", BrowserPool, top)]
        if old is not None:
            plan.insert(0, (f"baseline {args.baseline_rev} (Playwright, full Chromium), 1 page", old, 1))
            plan.insert(1, (f"baseline {args.baseline_rev}, {top} pages", old, top))
        for label, cls, pages in plan:
            exe = "/usr/bin/chromium" if cls is not BrowserPool and Path("/usr/bin/chromium").exists() else None
            cfg = RuntimeConfig(pages=pages, screenshots_dir=None, executable_path=exe or default_executable())
            runs[label] = measure(cls, cfg, codes, args.screenshots)
            wall, cpu, _ = runs[label]
            print(f"{label:55s} {len(codes) / wall:6.2f} programs/s   CPU {1000 * cpu / len(codes):6.1f} ms/program   "
                  f"load {os.getloadavg()[0]:.1f}")
    labels = list(runs)
    new1, newn = labels[-2], labels[-1]
    rate = {k: len(codes) / v[0] for k, v in runs.items()}
    cpu = {k: v[1] / len(codes) for k, v in runs.items()}
    scaling = rate[newn] / (rate[new1] * top) if top > 1 else 1.0
    print(f"scaling 1 -> {top} workers: {rate[newn] / rate[new1]:.2f}x ({scaling:.2f} of linear); at this per-worker "
          f"rate and efficiency a 16-core machine would do ~{rate[new1] * 16 * scaling:.0f} programs/s "
          f"(CPU-bound estimate: {16 / cpu[newn]:.0f} programs/s)")
    if len(labels) == 4:
        base1, basen = labels[0], labels[1]
        print(f"new vs baseline: {rate[new1] / rate[base1]:.2f}x programs/s at 1 worker, {rate[newn] / rate[basen]:.2f}x at "
              f"{top}; CPU per program {cpu[base1] / cpu[new1]:.2f}x less")
        same = sum(outcome(a) == outcome(b) for a, b in zip(runs[basen][2], runs[newn][2], strict=True))
        print(f"same outcome (error / timeout / booted / memory / navigation) as the baseline: {same}/{len(codes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
