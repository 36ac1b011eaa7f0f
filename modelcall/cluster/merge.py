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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from modelcall.cluster.manifest import MARKER_NAME, Manifest
from modelcall.io import AtomicWriter, ReadStats, dumps_line, read_jsonl
from modelcall.reporting import TaskReport

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
    skip = {"chunks", "jobs", "logs", "model_configs", "task_configs"}
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


@dataclass(frozen=True)
class RecordKeys:
    """How records are matched: ``id_key`` of an output record (dedup), the output field naming its input record
    (``link_key``) and the input fields that hold that value (first present). Generation: all three request_id."""

    id_key: str = "request_id"
    link_key: str = "request_id"
    input_id_keys: tuple[str, ...] = ("request_id",)
    # appended outputs (generation): first record per id, in input order; else each chunk's file as it is
    appends: bool = True

    @classmethod
    def of(cls, data: dict[str, Any] | None) -> RecordKeys:
        if not data:
            return cls()
        id_key = data.get("id_key") or "request_id"
        link = data.get("link_key") or id_key
        return cls(id_key, link, tuple(data.get("input_id_keys") or (link,)), bool(data.get("appends", True)))

    def input_link(self, record: dict[str, Any]) -> str | None:
        for key in self.input_id_keys:
            value = record.get(key)
            if value is not None and value != "":
                return str(value)
        return None


def _indexed_records(path: Path, stats: dict[str, int]) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """(offset, length, record) of each JSON object line; bad lines counted, a torn last line dropped quietly."""
    with open(path, "rb") as handle:
        offset = 0
        for lineno, raw in enumerate(handle, 1):
            start, offset = offset, offset + len(raw)
            body = raw
            if lineno == 1 and body.startswith(b"\xef\xbb\xbf"):
                body, start = body[3:], start + 3
            if not body.strip():
                continue
            try:
                record = orjson.loads(body)
            except orjson.JSONDecodeError:
                record = None
            if not isinstance(record, dict):
                if raw.endswith(b"\n"):
                    stats["bad_lines"] = stats.get("bad_lines", 0) + 1
                continue
            yield start, len(body), record


def merge_chunk(
    chunk_dir: Path,
    input_path: str | None,
    out: IO[bytes],
    err_out: IO[bytes],
    output_name: str,
    errors_name: str | None,
    max_listed: int,
    seen_in_run: set[str] | None = None,
    keys: RecordKeys | None = None,
) -> dict[str, Any]:
    """Append one chunk's outputs (in the order of its input) and unresolved errors to the merged files.

    Appended outputs (``keys.appends``) are indexed first (id -> byte range; the first record of an id wins),
    then copied byte for byte in input order; outputs whose input is not known follow in file order. Memory
    is the index of one chunk, never its records. ``seen_in_run`` (dedup_scope: run) also drops ids merged
    from earlier chunks. An output written whole in input order is copied as it is. Returns the chunk's counts.
    """
    keys = keys or RecordKeys()
    found: set[str] = set()
    entries: list[tuple[int, int]] = []
    by_link: dict[str, list[int]] = {}
    duplicates = without_id = 0
    stats: dict[str, int] = {}
    output = chunk_dir / output_name
    if output.exists():
        for start, length, record in _indexed_records(output, stats):
            rid = record.get(keys.id_key)
            if rid is None:
                without_id += 1
                if keys.appends:
                    continue
            else:
                rid = str(rid)
                if keys.appends and (rid in found or (seen_in_run is not None and rid in seen_in_run)):
                    duplicates += 1
                    continue
                found.add(rid)
            link = record.get(keys.link_key)
            by_link.setdefault(str(link) if link is not None else f"\x00{len(entries)}", []).append(len(entries))
            entries.append((start, length))
    errors: dict[str, dict[str, Any]] = {}
    error_links: set[str] = set()
    resolved = 0
    error_file = errors_file(chunk_dir, output_name, errors_name)
    if error_file is not None:
        read_stats = ReadStats()
        for record in read_jsonl(error_file, "skip", read_stats, tolerate_torn_tail=True):
            rid = record.get(keys.id_key)
            if rid is None:
                continue
            rid = str(rid)
            if rid in found:
                resolved += 1
                continue
            errors[rid] = record  # a later error of the same request replaces the earlier one
            link = record.get(keys.link_key)
            error_links.add(str(link) if link is not None else rid)
        stats["bad_lines"] = stats.get("bad_lines", 0) + read_stats.skipped
    order: list[int] = []
    expected: int | None = None
    missing: int | None = None
    missing_ids: list[str] = []
    if input_path and Path(input_path).exists():
        expected = missing = 0
        links_seen: set[str] = set()
        for record in read_jsonl(input_path, "skip"):
            link = keys.input_link(record)
            if link is None or link in links_seen:
                continue
            links_seen.add(link)
            expected += 1
            hits = by_link.pop(link, None)
            if hits:
                if keys.appends:
                    order.extend(hits)
            elif link not in errors and link not in error_links:
                missing += 1
                if len(missing_ids) < max_listed:
                    missing_ids.append(link)
    if keys.appends:
        placed = set(order)
        order.extend(i for i in range(len(entries)) if i not in placed)
    else:
        order = list(range(len(entries)))
    if entries:
        with open(output, "rb") as handle:
            for i in order:
                start, length = entries[i]
                handle.seek(start)
                out.write(handle.read(length).rstrip(b"\r\n") + b"\n")
    for record in errors.values():
        err_out.write(dumps_line(record))
    if seen_in_run is not None:
        seen_in_run.update(found)
    result: dict[str, Any] = {
        "expected": expected,
        "found": len(found),
        "written": len(order),
        "errors": len(errors),
        "missing": missing,
        "duplicates_dropped": duplicates,
        "errors_resolved_by_success": resolved,
        "complete_marker": (chunk_dir / MARKER_NAME).exists(),
    }
    if stats.get("bad_lines"):
        result["bad_lines_skipped"] = stats["bad_lines"]
    if without_id:
        result[f"records_without_{keys.id_key}"] = without_id
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
    keys: RecordKeys | None = None,
    merged_path: str | Path | None = None,
) -> dict[str, Any]:
    """Merge one model's (or task's) chunks; return its report (totals, per chunk, chunks to resubmit)."""
    seen_in_run: set[str] | None = set() if dedup_scope == "run" else None
    merged = Path(merged_path) if merged_path else out_dir / f"{model}_merged.jsonl"
    merged_errors = merged.with_name(f"{model}_merged_errors.jsonl")
    chunks: dict[str, dict[str, Any]] = {}
    task_counts: dict[str, int] = {}
    with AtomicWriter(merged) as out, AtomicWriter(merged_errors) as err_out:
        for name, input_path in _chunk_sources(base, model, manifest):
            chunks[name] = merge_chunk(
                base / model / name, input_path, out, err_out, output_name, errors_name, max_listed, seen_in_run, keys
            )
            _add_report_counts(base / model / name / "reports", task_counts)
    to_resubmit = [
        name for name, c in chunks.items()
        if (c["missing"] or 0) > 0 or (c["expected"] is None and not c["complete_marker"])
    ]
    with_errors = [name for name, c in chunks.items() if c["errors"] > 0]
    totals = {
        key: sum(c[key] or 0 for c in chunks.values())
        for key in ("found", "written", "errors", "duplicates_dropped", "errors_resolved_by_success")
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
        **({"task_counts": task_counts} if task_counts else {}),
        "chunks": chunks,
    }


def _add_report_counts(reports_dir: Path, totals: dict[str, int]) -> None:
    """Sum the counters of a chunk job's task report (a task run writes one per chunk) into ``totals``."""
    if not reports_dir.is_dir():
        return
    for path in sorted(reports_dir.glob("*.json")):
        try:
            counts = orjson.loads(path.read_bytes()).get("counts") or {}
        except (OSError, orjson.JSONDecodeError, AttributeError):
            continue
        for key, value in counts.items():
            if isinstance(value, int) and not isinstance(value, bool):
                totals[key] = totals.get(key, 0) + value


def merge_run(
    output_base_dir: str | Path,
    out_dir: str | Path | None = None,
    models: list[str] | None = None,
    output_name: str = "raw_outputs.jsonl",
    errors_name: str | None = None,
    max_listed: int = 20,
    dedup_scope: str = "chunk",
    merged_path: str | Path | None = None,
) -> dict[str, dict[str, Any]]:
    """Merge every (or the named) model of a run; return the report per model.

    A task run (the manifest names its task) merges its one output by the task's id keys, into
    ``merged_path`` when given; ``output_name`` then defaults to the task's chunk output name."""
    base = Path(output_base_dir)
    manifest = Manifest.load(base)
    target = Path(out_dir) if out_dir else base
    task = manifest.task if manifest is not None else None
    keys = RecordKeys.of(task)
    if task and output_name == "raw_outputs.jsonl":
        output_name = task.get("output_name") or output_name
    report: dict[str, dict[str, Any]] = {}
    for model in models or discover_models(base, manifest):
        path = merged_path if task and model == task.get("alias") else None
        report[model] = merge_model(base, model, manifest, target, output_name, errors_name, max_listed, dedup_scope,
                                    keys, path)
        r = report[model]
        log.info(
            "%s: %d found, %d errors, %s missing of %s expected; %d chunk(s) to resubmit",
            model, r["found"], r["errors"], r["missing"], r["expected"], len(r["chunks_to_resubmit"]),
        )
    return report


def report_merge(report: TaskReport, merged: dict[str, dict[str, Any]]) -> None:
    """Funnel (expected -> merged, per model), failures (errors and missing records) and spend (the merged
    answers that carry a usage, i.e. a distillation's) of a merged run."""
    for model, info in merged.items():
        label = f"{model}: " if len(merged) > 1 else ""
        if info.get("expected") is not None:
            report.stage(f"{label}expected", info["expected"])
        report.stage(f"{label}merged", info.get("written"))
        errors_path = Path(info["merged_errors_path"])
        if errors_path.is_file():
            for rec in read_jsonl(errors_path, "skip", tolerate_torn_tail=True):
                report.failure(f"{label}jobs", str(rec.get("error_type") or "error"),
                               rec.get("request_id") or rec.get("id"), str(rec.get("message") or ""))
        if info.get("missing"):
            report.failure(f"{label}jobs", "missing", n=info["missing"])
            for name, chunk in (info.get("chunks") or {}).items():
                for rid in chunk.get("missing_examples") or []:
                    report.failure(f"{label}jobs", "missing", rid, f"no answer in {name} (resubmit it)", n=0)
        merged_path = Path(info["merged_path"])
        if merged_path.is_file():
            report.bill_answers((rec for rec in read_jsonl(merged_path, "skip", tolerate_torn_tail=True)
                                 if isinstance(rec.get("usage"), dict)), model)
