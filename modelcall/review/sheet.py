"""The review sheet: one JSONL row per reviewed sample, ``verdict`` accept | reject | "" and ``notes``.

A rerun of ``review`` keeps verdicts already written; ``sft_build`` drops every id marked reject.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.io import atomic_write_jsonl, read_jsonl_numbered

VERDICTS = ("accept", "reject", "")


def read_sheet(path: str | Path) -> dict[str, dict[str, Any]]:
    """id -> row; a verdict other than accept/reject/empty is an input error naming the line."""
    rows: dict[str, dict[str, Any]] = {}
    for lineno, row in read_jsonl_numbered(path):
        rid = row.get("id")
        if not rid:
            raise InputError(f"{path}:{lineno}: a review row needs an 'id' (the candidate's request_id)")
        verdict = str(row.get("verdict") or "").strip().lower()
        if verdict not in VERDICTS:
            raise InputError(f"{path}:{lineno}: verdict '{row.get('verdict')}' is not accept, reject or empty")
        row["verdict"] = verdict
        rows[str(rid)] = row
    return rows


def rejected_ids(paths: Iterable[str | Path]) -> set[str]:
    """Every id marked reject in any of the sheets (a missing sheet is an error: it was asked for)."""
    out: set[str] = set()
    for path in paths:
        if not Path(path).exists():
            raise InputError(f"{path}: review sheet not found (review_sheet_path; run the review task first)")
        out.update(rid for rid, row in read_sheet(path).items() if row["verdict"] == "reject")
    return out


def write_sheet(path: str | Path, rows: list[dict[str, Any]]) -> int:
    """Write the sheet, keeping verdicts and notes already in it; returns how many were kept.

    Rows of the new sample come first; judged rows of earlier samples stay at the end
    (``in_sample: false``), so a changed sample never loses a reviewer's work.
    """
    previous = read_sheet(path) if Path(path).exists() else {}
    kept = 0
    merged = []
    current = set()
    for row in rows:
        current.add(row["id"])
        old = previous.get(row["id"])
        row = {**row, "in_sample": True}
        if old and (old.get("verdict") or old.get("notes")):
            row.update(verdict=old.get("verdict", ""), notes=old.get("notes", ""))
            kept += 1
        merged.append(row)
    for rid, old in previous.items():
        if rid not in current and (old.get("verdict") or old.get("notes")):
            merged.append({**old, "in_sample": False})
            kept += 1
    atomic_write_jsonl(path, merged)
    return kept
