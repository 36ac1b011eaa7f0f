"""One batch of extra requests (a repair round, or extra variants): generate -> parse -> validate, tagged.

Reuses the generation engine (``generate_file``: rate limits, retries, resume), the parser
(``CandidateBuilder``) and an open ``Validator``; each batch lives in its own folder, so a rerun resumes
at the engine level and re-validates from the verdict cache.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelcall.config.model import ModelConfig, ModelPricing
from modelcall.generation.accounting import cost_usd
from modelcall.io import atomic_write_jsonl, read_jsonl
from modelcall.providers.base import Usage
from modelcall.reporting import TaskReport

log = logging.getLogger("modelcall.repair")


def cache_saving_usd(usage: Usage, pricing: ModelPricing) -> float:
    """Dollars prompt caching saved on one answer: what it cost against the same tokens all sent uncached."""
    uncached = Usage(usage.input_tokens + usage.cache_read_tokens + usage.cache_write_tokens, usage.output_tokens)
    return cost_usd(uncached, pricing) - cost_usd(usage, pricing)


def usage_view(usage: Usage) -> dict[str, int]:
    """Token counts under names the report redaction leaves alone (it masks keys containing 'token')."""
    return {"input": usage.input_tokens, "output": usage.output_tokens, "cache_read": usage.cache_read_tokens,
            "cache_write": usage.cache_write_tokens}


@dataclass
class TokenTally:
    """Answers, passes, dollars and tokens of one group (a teacher, a round)."""

    answers: int = 0
    passed: int = 0
    cost_usd: float = 0.0
    saved_usd: float = 0.0
    saved_known: bool = True
    usage: Usage = field(default_factory=Usage)

    def add(self, row: dict[str, Any], passed: bool, pricing: ModelPricing | None) -> None:
        self.answers += 1
        self.passed += bool(passed)
        self.cost_usd += float(row.get("cost_usd") or 0.0)
        u = row.get("usage") or {}
        usage = Usage(int(u.get("input_tokens") or 0), int(u.get("output_tokens") or 0),
                      int(u.get("cache_read_tokens") or 0), int(u.get("cache_write_tokens") or 0))
        for name in ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens"):
            setattr(self.usage, name, getattr(self.usage, name) + getattr(usage, name))
        if pricing is None:
            self.saved_known = False
        else:
            self.saved_usd += cache_saving_usd(usage, pricing)

    def as_dict(self) -> dict[str, Any]:
        prompt = self.usage.input_tokens + self.usage.cache_read_tokens + self.usage.cache_write_tokens
        return {
            "answers": self.answers,
            "passed": self.passed,
            "pass_rate": round(self.passed / self.answers, 4) if self.answers else None,
            "cost_usd": round(self.cost_usd, 6),
            "cost_per_passing_usd": round(self.cost_usd / self.passed, 6) if self.passed else None,
            "output_len_per_answer": round(self.usage.output_tokens / self.answers, 1) if self.answers else None,
            "prompt_len_per_answer": round(prompt / self.answers, 1) if self.answers else None,
            "usage": usage_view(self.usage),
            "cache_hit_share": round(self.usage.cache_read_tokens / prompt, 4) if prompt else None,
            "cache_saved_usd": round(self.saved_usd, 6) if self.saved_known else None,
        }


@dataclass
class RoundResult:
    validated: list[dict[str, Any]]
    rows: dict[str, dict[str, Any]]  # request_id -> raw output row (text included)
    errors: int
    generation: dict[str, Any]


class RoundRunner:
    """Runs request batches through the engine, the parser and the validator."""

    def __init__(self, validator: Any, codes_dir: str | Path, generation: dict[str, Any], on_bad_line: str = "error",
                 report: TaskReport | None = None):
        from modelcall.parsing.candidates import CandidateBuilder

        self.report = report  # gets each round's spend, unanswered requests and validator failures
        self.validator = validator
        self.builder = CandidateBuilder(codes_dir)
        self.generation = {k: v for k, v in generation.items() if k != "errors_path"}
        self.on_bad_line = on_bad_line

    def run(self, requests: list[dict[str, Any]], model: ModelConfig, folder: Path, teacher: str,
            tags: dict[str, dict[str, Any]]) -> RoundResult:
        """``tags``: request_id -> fields added to its candidate (round, repaired_from, ...)."""
        from modelcall.generation.engine import generate_file
        from modelcall.validator.funnel import first_failure

        folder.mkdir(parents=True, exist_ok=True)
        req_path, raw_path = folder / "requests.jsonl", folder / "raw_outputs.jsonl"
        atomic_write_jsonl(req_path, requests)
        wanted = {r["request_id"] for r in requests}
        rows: dict[str, dict[str, Any]] = {}
        try:
            report = generate_file(req_path, raw_path, model, on_bad_line=self.on_bad_line, **self.generation)
        finally:  # what was bought is billed even when the round stops
            if raw_path.exists():
                for row in read_jsonl(raw_path, "skip", tolerate_torn_tail=True):
                    rid = row.get("request_id")
                    if rid in wanted and rid not in rows:
                        rows[rid] = row
            if self.report is not None:
                self.report.bill_answers(rows.values(), model.name)
        candidates = []
        for request in requests:
            row = rows.get(request["request_id"])
            if row is None:
                continue
            cand = self.builder.build(row, request["request_id"], str(raw_path))
            cand["teacher"] = teacher
            cand.update(tags.get(request["request_id"]) or {})
            candidates.append(cand)
        validated = list(self.validator.validate(candidates))
        atomic_write_jsonl(folder / "validated.jsonl", validated)
        errors = len(wanted) - len(rows)
        if self.report is not None:
            for request in requests:
                if request["request_id"] not in rows:
                    self.report.failure("generation", "no_answer", request["request_id"],
                                        f"see {folder / 'raw_outputs.errors.jsonl'}")
            for rec in validated:
                if not rec.get("passed"):
                    reason, message, line = first_failure(rec)
                    self.report.failure("validation", reason, rec.get("request_id"), message, line)
        if errors:
            log.warning("%s: %d of %d requests got no answer (see %s)", folder, errors, len(wanted), folder / "raw_outputs.errors.jsonl")
        return RoundResult(validated, rows, errors, report)


def kind_table(sent: Counter[str], passed: Counter[str]) -> dict[str, dict[str, Any]]:
    return {
        kind: {"sent": n, "passed": passed[kind], "pass_rate": round(passed[kind] / n, 4) if n else None}
        for kind, n in sorted(sent.items())
    }
