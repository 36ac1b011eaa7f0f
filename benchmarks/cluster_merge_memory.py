"""merge_results memory: streaming per chunk vs loading a whole model's outputs, in the same process.

    python benchmarks/cluster_merge_memory.py --records 40000 --chunks 8 --text-bytes 2000

Builds a synthetic run folder (manifest, chunk inputs, raw outputs with 2% duplicates, error files),
then measures peak Python heap (tracemalloc) and wall time of (a) ``merge_run`` and (b) a baseline that
reads every output record into a list and deduplicates it. Prints the ratios. Timings vary with the
machine's load (shared CPUs); the memory ratio is the point.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path

from modelcall.cluster.manifest import ChunkInfo, Manifest
from modelcall.cluster.merge import merge_run
from modelcall.io import read_jsonl


def build_run(base: Path, records: int, chunks: int, text_bytes: int) -> None:
    per_chunk = records // chunks
    infos = []
    filler = "x" * text_bytes
    for c in range(chunks):
        name = f"chunk_{c:05d}"
        chunk_in = base / "chunks" / f"{name}.jsonl"
        out_dir = base / "m" / name
        chunk_in.parent.mkdir(parents=True, exist_ok=True)
        out_dir.mkdir(parents=True, exist_ok=True)
        with open(chunk_in, "w") as inp, open(out_dir / "raw_outputs.jsonl", "w") as out, \
                open(out_dir / "raw_outputs.errors.jsonl", "w") as err:
            for i in range(per_chunk):
                rid = f"r{c}_{i}"
                inp.write(json.dumps({"request_id": rid}) + "\n")
                if i % 100 == 0:
                    err.write(json.dumps({"request_id": rid, "error_type": "server"}) + "\n")
                    continue
                line = json.dumps({"request_id": rid, "text": filler}) + "\n"
                out.write(line)
                if i % 50 == 0:
                    out.write(line)  # a duplicate, as a resumed job can leave
        infos.append(ChunkInfo(name=name, path=str(chunk_in), records=per_chunk))
    Manifest(output_base_dir=base, input_path="synthetic", split={"num_chunks": chunks, "chunk_size": None},
             chunks=infos, models=["m"]).save()


def naive_merge(base: Path) -> int:
    """The baseline: hold every record of the model, then deduplicate."""
    records = []
    for chunk_dir in sorted((base / "m").iterdir()):
        records.extend(read_jsonl(chunk_dir / "raw_outputs.jsonl"))
    seen, kept = set(), []
    for record in records:
        if record["request_id"] not in seen:
            seen.add(record["request_id"])
            kept.append(record)
    with open(base / "naive_merged.jsonl", "w") as handle:
        for record in kept:
            handle.write(json.dumps(record) + "\n")
    return len(kept)


def measure(fn, *args):
    tracemalloc.start()
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=40000)
    parser.add_argument("--chunks", type=int, default=8)
    parser.add_argument("--text-bytes", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "run"
        build_run(base, args.records, args.chunks, args.text_bytes)
        size = sum(p.stat().st_size for p in (base / "m").rglob("raw_outputs.jsonl"))
        report, t_stream, peak_stream = measure(merge_run, base)
        kept, t_naive, peak_naive = measure(naive_merge, base)
        found = report["m"]["found"]
    assert found == kept, (found, kept)
    print(f"outputs: {size / 1e6:.1f} MB in {args.chunks} chunks, {found} unique records")
    print(f"merge_run (streaming): peak heap {peak_stream / 1e6:.1f} MB, {t_stream:.2f} s")
    print(f"baseline (load all):   peak heap {peak_naive / 1e6:.1f} MB, {t_naive:.2f} s")
    print(f"ratio streaming/baseline: memory {peak_stream / peak_naive:.3f}, time {t_stream / t_naive:.2f}")


if __name__ == "__main__":
    main()
