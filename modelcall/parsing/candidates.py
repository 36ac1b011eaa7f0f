"""Raw teacher outputs (response_generation rows or a user's own file) -> candidate records + code files."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelcall.io.atomic import atomic_write_text
from modelcall.parsing.teacher import ParsedAnswer, issue_codes, parse_teacher_output

TEXT_FIELDS = ("text", "raw_output", "output", "response")
_VARIANT_RE = re.compile(r"_v(\d+)$")
_TRUNCATED_REASONS = {"max_tokens", "length"}


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


@dataclass
class ParseTally:
    """Counters the report shows."""

    rows: int = 0
    parse_ok: int = 0
    errors: Counter = field(default_factory=Counter)
    warnings: Counter = field(default_factory=Counter)
    contracts: Counter = field(default_factory=Counter)
    duplicate_rows: int = 0
    codes_written: int = 0
    unique_codes: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "parse_ok": self.parse_ok,
            "parse_failed": self.rows - self.parse_ok,
            "parse_rate": round(self.parse_ok / self.rows, 4) if self.rows else 0.0,
            "errors": dict(self.errors.most_common()),
            "warnings": dict(self.warnings.most_common()),
            "contracts": dict(self.contracts.most_common()),
            "duplicate_request_id_rows": self.duplicate_rows,
            "unique_codes": self.unique_codes,
            "code_files_written": self.codes_written,
        }


def _teacher_model(row: dict[str, Any]) -> str | None:
    if isinstance(row.get("teacher_model"), str):
        return row["teacher_model"]
    model = row.get("model")
    if isinstance(model, dict):
        return model.get("name") or model.get("alias")
    return model if isinstance(model, str) else None


def _text_of(row: dict[str, Any], text_field: str | None) -> tuple[str | None, str | None]:
    names = (text_field,) if text_field else TEXT_FIELDS
    for name in names:
        if name in row:
            return row[name], name
    return None, None


class CandidateBuilder:
    """Turns rows into candidate records, writing each distinct program once to ``codes_dir``."""

    def __init__(self, codes_dir: str | Path, text_field: str | None = None, strip_phaser_import: bool = False):
        self.codes_dir = Path(codes_dir)
        self.text_field = text_field
        self.strip_phaser_import = strip_phaser_import
        self.tally = ParseTally()
        self._seen_ids: Counter[str] = Counter()
        self._seen_codes: set[str] = set()

    def request_id_of(self, row: dict[str, Any]) -> str | None:
        for key in ("request_id", "id", "custom_id"):
            value = row.get(key)
            if isinstance(value, (str, int)) and str(value):
                return str(value)
        return None

    def build(self, row: dict[str, Any], request_id: str, source: str) -> dict[str, Any]:
        text, used_field = _text_of(row, self.text_field)
        answer = parse_teacher_output(text) if isinstance(text, str) or text is None else None
        if answer is None:
            answer = ParsedAnswer(plan=None, code=None, contract=None,
                                  errors=[f"bad_text_field: '{used_field}' is {type(text).__name__}, not a string"])
        if used_field is None:
            wanted = self.text_field or " or ".join(TEXT_FIELDS)
            answer.errors = [f"no_text_field: the row has no {wanted} field"]
        if answer.code is not None and self.strip_phaser_import and answer.has_phaser_import:
            answer.code = re.sub(r"^\s*import\s+(?:\*\s+as\s+)?Phaser\b.*?from\s+['\"]phaser['\"];?[ \t]*\n", "",
                                 answer.code, flags=re.MULTILINE)
            answer.warnings.append("import_phaser_removed: the import line was removed (strip_phaser_import)")
        finish = row.get("finish_reason")
        if finish in _TRUNCATED_REASONS:
            answer.warnings.append(f"truncated: finish_reason is '{finish}'")

        occurrence = self._seen_ids[request_id]
        self._seen_ids[request_id] += 1
        if occurrence:
            self.tally.duplicate_rows += 1
        meta = row.get("prompt_meta") if isinstance(row.get("prompt_meta"), dict) else None
        prompt_id = row.get("prompt_id") or (meta or {}).get("id") or _VARIANT_RE.sub("", request_id)
        variant = row.get("variant", row.get("version"))
        if variant is None:
            m = _VARIANT_RE.search(request_id)
            variant = int(m.group(1)) if m else None

        digest = path = None
        if answer.code is not None:
            digest = code_hash(answer.code)
            path = self.codes_dir / f"{digest}.js"
            if digest not in self._seen_codes:
                self._seen_codes.add(digest)
                if not path.exists():
                    atomic_write_text(path, answer.code)
                    self.tally.codes_written += 1
        self.tally.rows += 1
        self.tally.parse_ok += answer.ok
        self.tally.errors.update(issue_codes(answer.errors))
        self.tally.warnings.update(issue_codes(answer.warnings))
        self.tally.contracts[answer.contract or "none"] += 1
        self.tally.unique_codes = len(self._seen_codes)
        return {
            "request_id": request_id,
            "candidate_id": f"{request_id}/{occurrence}",
            "prompt_id": prompt_id,
            "variant": variant,
            "plan": answer.plan_dict(),
            "code": answer.code,
            "code_hash": digest,
            "code_path": str(path) if path else None,
            "parse_ok": answer.ok,
            "parse_errors": answer.errors,
            "parse_warnings": answer.warnings,
            "contract": answer.contract,
            "extra_code_blocks": answer.extra_code_blocks,
            "teacher_model": _teacher_model(row),
            "finish_reason": finish,
            "prompt_meta": meta,
            "source": source,
        }
