"""merge_results' logic: per model, merge the chunk folders into one output and one error file, with a report.

For each model folder ``<output_base_dir>/<model>/``, chunks are read in name order. Outputs go to
``<model>_merged.jsonl`` (the first success per request_id wins); the errors file (the generation CLI's
``raw_outputs.errors.jsonl``) goes to ``<model>_merged_errors.jsonl`` unless the request succeeded (the
last error per request is kept: it is the latest attempt). The split is a partition of the input, so a
request_id belongs to one chunk and deduplication needs only that chunk's ids in memory: memory is
bounded by the largest chunk, not the run (``dedup_scope: run`` also drops ids repeated across chunks,
holding every id). With a manifest, each chunk's input file gives the expected ids, hence the missing.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, Any

from modelcall.cluster.manifest import MARKER_NAME, Manifest
from modelcall.io import AtomicWriter, ReadStats, dumps_line, read_jsonl

log = logging.getLogger("modelcall.merge_results")


def _chunk_sources(base: Path, model: str, manifest: Manifest | None) -> list[tuple[str, str | None]]:
    """(chunk name, chunk input path or None): the manifest's chunks plus any other chunk folder found."""
    names: dict[str, str | None] = {}
    if manifest is not None:
        for info in manifest.chunks:
            names[info.name] = info.path
    model_dir = base / model
    if model_dir.is_dir():
        for child in sorted(model_dir.iterdir()):
            if child.is_dir() and child.name not in names:
                names[child.name] = None
    return sorted(names.items())


def discover_models(base: Path, manifest: Manifest | None) -> list[str]:
    if manifest is not None and manifest.models:
        return list(manifest.models)
    skip = {"chunks", "jobs", "logs", "model_configs"}
    return sorted(
        p.name for p in base.iterdir()
        if p.is_dir() and p.name not in skip and any(c.is_dir() for c in p.iterdir())
    ) if base.is_dir() else []


def errors_file(chunk_dir: Path, output_name: str, errors_name: str | None) -> Path | None:
    """The chunk's error file: as named, else the generation CLI's ``<stem>.errors.jsonl``, else ``errors.jsonl``."""
    if errors_name:
        candidates = [chunk_dir / errors_name]
    else:
        stem = output_name[: -len(".jsonl")] if output_name.endswith(".jsonl") else output_name
        candidates = [chunk_dir / f"{stem}.errors.jsonl", chunk_dir / "errors.jsonl"]
    return next((c for c in candidates if c.exists()), None)


def merge_chunk(
    chunk_dir: Path,
    input_path: str | None,
    out: IO[bytes],
    err_out: IO[bytes],
    output_name: str,
    errors_name: str | None,
    max_listed: int,
    seen_in_run: set[str] | None = None,
) -> dict[str, Any]:
    """Append one chunk's successes and unresolved errors to the open merged files; return its counts.

    ``seen_in_run`` (dedup_scope: run) also drops ids already merged from earlier chunks.
    """
    found: set[str] = set()
    duplicates = bad_lines = without_id = 0
    output = chunk_dir / output_name
    if output.exists():
        stats = ReadStats()
        for record in read_jsonl(output, "skip", stats, tolerate_torn_tail=True):
            rid = record.get("request_id")
            if rid is None:
                without_id += 1
                continue
            if rid in found or (seen_in_run is not None and rid in seen_in_run):
                duplicates += 1
                continue
            found.add(rid)
            out.write(dumps_line(record))
        bad_lines += stats.skipped
    errors: dict[str, dict[str, Any]] = {}
    resolved = 0
    error_file = errors_file(chunk_dir, output_name, errors_name)
    if error_file is not None:
        stats = ReadStats()
        for record in read_jsonl(error_file, "skip", stats, tolerate_torn_tail=True):
            rid = record.get("request_id")
            if rid is None:
                continue
            if rid in found:
                resolved += 1
                continue
            errors[rid] = record  # a later error of the same request replaces the earlier one
        bad_lines += stats.skipped
    for record in errors.values():
        err_out.write(dumps_line(record))
    if seen_in_run is not None:
        seen_in_run.update(found)
    expected: int | None = None
    missing: int | None = None
    missing_ids: list[str] = []
    if input_path and Path(input_path).exists():
        expected = missing = 0
        for record in read_jsonl(input_path, "skip"):
            rid = record.get("request_id")
            expected += 1
            if rid not in found and rid not in errors:
                missing += 1
                if len(missing_ids) < max_listed:
                    missing_ids.append(str(rid))
    result: dict[str, Any] = {
        "expected": expected,
        "found": len(found),
        "errors": len(errors),
        "missing": missing,
        "duplicates_dropped": duplicates,
        "errors_resolved_by_success": resolved,
        "complete_marker": (chunk_dir / MARKER_NAME).exists(),
    }
    if bad_lines:
        result["bad_lines_skipped"] = bad_lines
    if without_id:
        result["records_without_request_id"] = without_id
    if missing_ids:
        result["missing_examples"] = missing_ids
    return result


def merge_model(
    base: Path,
    model: str,
    manifest: Manifest | None,
    out_dir: Path,
    output_name: str = "raw_outputs.jsonl",
    errors_name: str | None = None,
    max_listed: int = 20,
    dedup_scope: str = "chunk",
) -> dict[str, Any]:
    """Merge one model's chunks; return its report (totals, per chunk, chunks to resubmit)."""
    seen_in_run: set[str] | None = set() if dedup_scope == "run" else None
    merged = out_dir / f"{model}_merged.jsonl"
    merged_errors = out_dir / f"{model}_merged_errors.jsonl"
    chunks: dict[str, dict[str, Any]] = {}
    with AtomicWriter(merged) as out, AtomicWriter(merged_errors) as err_out:
        for name, input_path in _chunk_sources(base, model, manifest):
            chunks[name] = merge_chunk(
                base / model / name, input_path, out, err_out, output_name, errors_name, max_listed, seen_in_run
            )
    to_resubmit = [
        name for name, c in chunks.items()
        if (c["missing"] or 0) > 0 or (c["expected"] is None and not c["complete_marker"])
    ]
    with_errors = [name for name, c in chunks.items() if c["errors"] > 0]
    totals = {
        key: sum(c[key] or 0 for c in chunks.values())
        for key in ("found", "errors", "duplicates_dropped", "errors_resolved_by_success")
    }
    known = [c for c in chunks.values() if c["expected"] is not None]
    totals["expected"] = sum(c["expected"] for c in known) if known else None
    totals["missing"] = sum(c["missing"] for c in known) if known else None
    return {
        "merged_path": str(merged),
        "merged_errors_path": str(merged_errors),
        "chunks_total": len(chunks),
        "chunks_complete": sum(1 for c in chunks.values() if c["complete_marker"]),
        **totals,
        "chunks_to_resubmit": to_resubmit,
        "chunks_with_errors": with_errors,
        "chunks": chunks,
    }


def merge_run(
    output_base_dir: str | Path,
    out_dir: str | Path | None = None,
    models: list[str] | None = None,
    output_name: str = "raw_outputs.jsonl",
    errors_name: str | None = None,
    max_listed: int = 20,
    dedup_scope: str = "chunk",
) -> dict[str, dict[str, Any]]:
    """Merge every (or the named) model of a run; return the report per model."""
    base = Path(output_base_dir)
    manifest = Manifest.load(base)
    target = Path(out_dir) if out_dir else base
    report: dict[str, dict[str, Any]] = {}
    for model in models or discover_models(base, manifest):
        report[model] = merge_model(base, model, manifest, target, output_name, errors_name, max_listed, dedup_scope)
        r = report[model]
        log.info(
            "%s: %d found, %d errors, %s missing of %s expected; %d chunk(s) to resubmit",
            model, r["found"], r["errors"], r["missing"], r["expected"], len(r["chunks_to_resubmit"]),
        )
    return report
