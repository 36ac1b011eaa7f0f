"""One GRPO step through the reward server: 512 prompts x 8 completions, full validator (L1-L4, L3 in headless
Chromium), as a trainer would send it (R ranks, each posting its micro-batches), against an in-process
RewardScorer baseline run in the same process on part of the same step.

    python benchmarks/bench_reward.py                              # 512 x 8, workers = cores
    python benchmarks/bench_reward.py --prompts 64 --group 8       # a quick look

Completions: the mock teacher's answers (with its format/crash/syntax/hallucination faults switched on) for the
seeds of ../shared/data/prompt_seeds_sample.jsonl (else the shipped demo seeds), and, when
../shared/data/teacher_outputs_sample.jsonl exists, its real teacher outputs as the first groups.
Prints programs/s and programs/s per core, the share served from cache (repeats within the step, and the
same step sent again), the latency a trainer sees per batch, where the server's time went, and machine load.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# ../shared/data of the project checkout (a worktree sits one level deeper)
SHARED = next((p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "data").is_dir()),
              ROOT.parent / "shared" / "data")
FAULTS = {"runtime_error": 0.10, "syntax_error": 0.04, "hallucinated_api": 0.06, "bad_format": 0.05}


def load_seeds() -> list[dict]:
    path = SHARED / "prompt_seeds_sample.jsonl"
    if not path.exists():
        path = ROOT / "modelcall" / "data" / "demo_seeds.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_step(prompts: int, group: int) -> tuple[list[dict], int]:
    """``prompts`` x ``group`` completions (real outputs first when present); returns (items, real count)."""
    from modelcall.providers.mock_teacher import teacher_answer

    seeds = load_seeds()
    groups: dict[str, list[dict]] = defaultdict(list)
    metas: dict[str, dict] = {}
    real = SHARED / "teacher_outputs_sample.jsonl"
    if real.exists():
        for line in real.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            pid = row.get("prompt_id") or row["prompt_meta"]["id"]
            metas[pid] = row["prompt_meta"]
            groups[pid].append({"text": row.get("raw_output") or row.get("text") or "", "prompt_meta": row["prompt_meta"],
                                "prompt_id": pid, "request_id": row.get("request_id") or row.get("id")})
    i = 0
    while len(groups) < prompts:
        seed = dict(seeds[i % len(seeds)])
        seed["id"] = f"{seed['id']}_r{i // len(seeds)}" if i >= len(seeds) else seed["id"]
        if seed["id"] not in groups:
            metas[seed["id"]] = seed
            groups[seed["id"]] = []
        i += 1
    items = []
    for pid in list(groups)[:prompts]:
        members = groups[pid][:group]
        v = 0
        while len(members) < group:
            text, _ = teacher_answer(f"{pid}_v{v}", metas[pid], [], FAULTS)
            members.append({"text": text, "prompt_meta": metas[pid], "prompt_id": pid, "request_id": f"{pid}_mock{v}"})
            v += 1
        items.extend(members)
    return items, sum(1 for it in items if "_mock" not in it["request_id"])


def metrics(url: str) -> dict[str, float]:
    import httpx

    out = {}
    for line in httpx.get(url + "/metrics").text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[name] = float(value)
    return out


def send_step(url: str, items: list[dict], ranks: int, batch: int) -> tuple[float, list[float]]:
    """Each rank posts its share in micro-batches of ``batch``, one after another; returns (wall s, latencies)."""
    from modelcall.reward.client import RewardClient

    latencies: list[float] = []
    lock = threading.Lock()
    shares = [items[r::ranks] for r in range(ranks)]

    def rank(share: list[dict]) -> None:
        with RewardClient(url, chunk_size=batch) as client:
            for start in range(0, len(share), batch):
                t0 = time.perf_counter()
                client.score(share[start:start + batch])
                with lock:
                    latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=rank, args=(s,)) for s in shares]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, latencies


def tree_cpu_seconds(pid: int) -> dict[str, float]:
    """CPU seconds used so far by a process and its descendants, by kind (python: the server itself, node, chrome),
    reaped children included."""
    import psutil

    total: dict[str, float] = defaultdict(float)
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return total
    for proc in procs:
        try:
            t = proc.cpu_times()
            name = proc.name().lower()
        except psutil.NoSuchProcess:
            continue
        kind = "python" if proc.pid == pid else "node" if "node" in name else "chromium" if "chrom" in name or "headless" in name else name
        total[kind] += t.user + t.system + t.children_user + t.children_system
    return total


def cpu_sampler(stop: threading.Event, samples: list[float]) -> None:
    import psutil

    psutil.cpu_percent(None)
    while not stop.wait(1.0):
        samples.append(psutil.cpu_percent(None))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prompts", type=int, default=512)
    parser.add_argument("--group", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server workers (default: one per core)")
    parser.add_argument("--ranks", type=int, default=4, help="trainer ranks posting at once")
    parser.add_argument("--batch", type=int, default=64, help="completions per trainer call (micro-batch)")
    parser.add_argument("--frames", type=int, default=None, help="validator runtime.frames (default: the validator's 200)")
    parser.add_argument("--render-every", type=int, default=None, help="validator runtime.render_every (default 8)")
    parser.add_argument("--baseline", type=int, default=128, help="completions scored in-process as the baseline (0: skip)")
    args = parser.parse_args()

    from modelcall.reward import RewardScorer
    from modelcall.reward.launch import RewardServerProcess

    cores = os.cpu_count() or 1
    items, n_real = build_step(args.prompts, args.group)
    distinct = len({(it["text"], json.dumps(it["prompt_meta"], sort_keys=True)) for it in items})
    print(f"step: {args.prompts} prompts x {args.group} = {len(items)} completions ({n_real} real teacher outputs, "
          f"{len(items) - distinct} exact repeats)  cpus: {cores}  load average before: {os.getloadavg()}")

    tmp = Path(tempfile.mkdtemp(prefix="bench_reward_"))
    runtime = {"screenshots_dir": None}
    if args.frames:
        runtime["frames"] = args.frames
    if args.render_every:
        runtime["render_every"] = args.render_every
    validator = {"cache_path": str(tmp / "validator.sqlite"), "workers": 1, "runtime": dict(runtime, pages=1)}
    if args.baseline:
        base_items = items[:args.baseline]
        cfg = {"validator": dict(validator, cache_path=None, workers=cores, runtime=dict(runtime, pages=cores))}
        with RewardScorer(cfg) as scorer:
            scorer.score(base_items[:2])
            t0 = time.perf_counter()
            scorer.score(base_items[2:], batch_size=64)
            base_rate = (len(base_items) - 2) / (time.perf_counter() - t0)
        print(f"baseline, in-process RewardScorer ({cores} pages + {cores} Node workers): {base_rate:6.2f} programs/s")

    with RewardServerProcess(tmp / "server", {"validator": validator}, workers=args.workers,
                             extra_args=["--max-batch", "16"]) as server:
        send_step(server.url, items[:args.workers], 1, args.workers)  # warm every worker's page once
        before = metrics(server.url)
        cpu_before = tree_cpu_seconds(server.proc.pid)
        stop, cpu = threading.Event(), []
        sampler = threading.Thread(target=cpu_sampler, args=(stop, cpu), daemon=True)
        sampler.start()
        wall, lat = send_step(server.url, items, args.ranks, args.batch)
        stop.set()
        cpu_after = tree_cpu_seconds(server.proc.pid)
        by_kind = {k: cpu_after[k] - cpu_before.get(k, 0.0) for k in cpu_after}
        cpu_used = sum(by_kind.values())
        after = metrics(server.url)
        wall2, lat2 = send_step(server.url, items, args.ranks, args.batch)  # the same step again: all from cache
        final = metrics(server.url)
    served = after["modelcall_reward_completions_total"] - before["modelcall_reward_completions_total"]
    hits = after["modelcall_reward_cache_hits_total"] - before["modelcall_reward_cache_hits_total"]
    scored = after["modelcall_reward_programs_scored_total"] - before["modelcall_reward_programs_scored_total"]
    rate = len(items) / wall
    q = statistics.quantiles(lat, n=10, method="inclusive") if len(lat) >= 2 else [lat[0]] * 9
    print(f"reward server, {args.workers} workers, {args.ranks} ranks x batches of {args.batch}:")
    print(f"  {rate:7.2f} programs/s = {rate / cores:5.2f} programs/s per core"
          + (f"  ({rate / base_rate:.2f}x the in-process baseline)" if args.baseline else ""))
    print(f"  {scored / cpu_used:7.2f} programs per CPU-second of the server and its browsers/Node workers "
          f"({cpu_used:.0f} CPU-s: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1]))
          + "): the rate per core when a core is all ours (load-independent)")
    print(f"  cache: {hits / served:.1%} of the step's completions served from cache ({int(scored)} programs scored)")
    print(f"  trainer-seen latency per batch of {args.batch}: p50 {q[4]:.2f} s  p90 {q[8]:.2f} s  max {max(lat):.2f} s")
    print(f"  the same step again (all cached): {len(items) / wall2:8.1f} completions/s, p50 latency "
          f"{statistics.median(lat2) * 1000:.0f} ms; cache hits total {int(final['modelcall_reward_cache_hits_total'])}")
    stage = {k.split('"')[1]: after[k] - before.get(k, 0.0) for k in after if k.startswith("modelcall_reward_validator_seconds_total")}
    busy = args.workers * wall
    print("  worker time: " + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(stage.items()))
          + f" (of {busy:.0f} worker-seconds)")
    print(f"  machine CPU busy during the step: mean {statistics.fmean(cpu) if cpu else 0:.0f}%  "
          f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
