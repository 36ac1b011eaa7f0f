"""Supplement sources: prompt->code pairs from elsewhere (official examples, open-source sets).

A supplement line is a prompt seed plus its answer: the seed fields at the top level or under
``prompt_meta`` (``id, task, difficulty, modules, constraints, must_use_apis, eval_hints``), ``code``,
and optionally ``plan`` (``{requirements, apis, steps}`` or plain text), ``area``, ``quality_score``,
``uses_assets`` and ``provenance`` (the supplements task writes all of them). Each becomes a candidate
record so that the same validator (L1-L4) judges it before it may enter the dataset.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from modelcall.errors import InputError
from modelcall.io import ReadStats, read_jsonl_numbered

SEED_KEYS = ("id", "difficulty", "modules", "task", "constraints", "must_use_apis", "eval_hints", "tags", "notes")


def supplement_candidates(path: str, source: str, on_bad_line: str = "error", stats: ReadStats | None = None) -> Iterator[dict[str, Any]]:
    """Candidate records (the parse task's schema) for one supplement file."""
    for lineno, row in read_jsonl_numbered(path, on_bad_line, stats):  # type: ignore[arg-type]
        code = row.get("code")
        meta = dict(row.get("prompt_meta") or {k: row[k] for k in SEED_KEYS if k in row})
        if not isinstance(code, str) or not code.strip():
            raise InputError(f"{path}:{lineno}: a supplement needs 'code' (the JavaScript program)")
        if not meta.get("task"):
            raise InputError(f"{path}:{lineno}: a supplement needs 'task' (top level or in prompt_meta)")
        rid = str(row.get("id") or meta.get("id") or f"{source}_{lineno}")
        meta.setdefault("id", rid)
        plan = row.get("plan")
        if isinstance(plan, str):
            plan = {"requirements": [], "apis": [], "steps": [], "raw": plan}
        code_hash = hashlib.sha256(code.encode("utf-8")).hexdigest()
        yield {
            "request_id": f"{source}:{rid}",
            "prompt_id": f"{source}:{meta['id']}",
            "variant": 0,
            "plan": plan or {"requirements": [], "apis": [], "steps": [], "raw": ""},
            "code": code,
            "code_hash": code_hash,
            "code_path": None,
            "parse_ok": True,
            "parse_errors": [],
            "parse_warnings": [],
            "teacher_model": None,
            "prompt_meta": meta,
            "source": source,
            "area": str(row.get("area") or "") or None,
            "quality_score": row.get("quality_score") if isinstance(row.get("quality_score"), (int, float)) else None,
            "uses_assets": bool(row.get("uses_assets")),
            "provenance": row.get("provenance") if isinstance(row.get("provenance"), dict) else None,
        }
