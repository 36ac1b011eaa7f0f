"""Generations -> validated samples: parse what is raw, validate what is unvalidated, pass the rest through.

Rows may be raw outputs (infer / response_generation), candidates (parse) or validated records (filter);
each is taken from the stage it has reached, so an evaluation can reuse earlier work.
"""
from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.io import ReadStats, read_jsonl_numbered

log = logging.getLogger("modelcall.evaluate")


def stage_of(row: dict[str, Any]) -> str:
    if isinstance(row.get("validation"), dict) and "passed" in row:
        return "validated"
    if "parse_ok" in row and "code" in row:
        return "candidate"
    return "raw"


def validated_records(
    path: str | Path,
    codes_dir: str | Path,
    validator_config: Any,
    on_bad_line: str = "error",
    text_field: str | None = None,
    strip_phaser_import: bool = False,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every row of ``path`` as a validated record (input order kept) and counts of what was done."""
    from modelcall.parsing.candidates import CandidateBuilder

    builder = CandidateBuilder(codes_dir, text_field, strip_phaser_import)
    stats = ReadStats()
    rows: list[dict[str, Any] | None] = []
    todo: list[tuple[int, dict[str, Any]]] = []
    stages: Counter[str] = Counter()
    for lineno, row in read_jsonl_numbered(path, on_bad_line, stats):
        stage = stage_of(row)
        stages[stage] += 1
        if stage == "raw":
            request_id = builder.request_id_of(row)
            if request_id is None:
                raise InputError(f"{path}:{lineno}: the row has no request_id or id")
            row = builder.build(row, request_id, f"{path}:{lineno}")
        if stage == "validated":
            rows.append(row)
        else:
            todo.append((len(rows), row))
            rows.append(None)
    if not rows:
        raise InputError(f"{path}: no generations to evaluate")
    validation_stats: dict[str, Any] = {}
    if todo:
        from modelcall.validator.validator import Validator

        log.info("validating %d samples (%d were already validated)", len(todo), stages["validated"])
        with Validator(validator_config) as validator:
            for (slot, _), record in zip(todo, validator.validate(row for _, row in todo), strict=True):
                rows[slot] = record
            validation_stats = validator.stats.as_dict() if hasattr(validator.stats, "as_dict") else {}
    done = [r for r in rows if r is not None]
    counts = {"rows": len(done), "stages_in": dict(stages), "parse": builder.tally.as_dict(),
              "validation": validation_stats, "bad_lines_skipped": stats.skipped}
    return done, counts
