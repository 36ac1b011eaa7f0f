"""The records runners hand each other (DESIGN.md "Records"), typed, and the helpers every writer shares.

The TypedDicts name the fields a runner may rely on (a runner may add fields, never rename or drop
these); the helpers are the one place a prompt id is derived from a request id, an errors file is
placed beside its output and a timestamp is written.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from modelcall.errors import InputError
from modelcall.io import ReadStats, read_jsonl_numbered

if TYPE_CHECKING:
    from modelcall.config.model import ModelConfig
    from modelcall.providers.base import Completion


class Message(TypedDict):
    role: str
    content: str


class RequestRecord(TypedDict, total=False):
    """requests.jsonl (distill_requests): one conversation to send to the teacher."""

    request_id: str  # <prompt_id>_v<variant>
    prompt_id: str
    variant: int
    messages: list[Message]
    gen: dict[str, Any]  # temperature, top_p, max_tokens, seed
    meta: dict[str, Any]  # api_top_k, api_context, phaser_version, template
    prompt_meta: dict[str, Any]  # the seed


class ModelIdentity(TypedDict):
    alias: str
    name: str
    provider: str


class RawOutputRecord(TypedDict, total=False):
    """raw_outputs.jsonl (response_generation): one answer."""

    request_id: str
    prompt_id: str | None
    variant: int | None
    model: ModelIdentity
    text: str
    finish_reason: str | None
    usage: dict[str, int]  # input_tokens, output_tokens, cache_read_tokens, cache_write_tokens
    cost_usd: float
    latency_s: float | None
    elapsed_s: float
    attempts: int
    mode: Literal["online", "batch"]
    created_at: str
    prompt_meta: dict[str, Any] | None
    reasoning_content: str


class ErrorRecord(TypedDict):
    """<output stem>.errors.jsonl: a request given up on."""

    request_id: str
    prompt_id: str | None
    error_type: str
    status_code: int | None
    message: str
    attempts: int
    at: str


class CandidateRecord(TypedDict, total=False):
    """candidates.jsonl (parse): the plan and program taken out of an answer."""

    request_id: str
    prompt_id: str | None
    variant: int | None
    plan: dict[str, Any]  # requirements, apis, steps, raw
    code: str
    code_hash: str  # sha256 of code
    code_path: str
    parse_ok: bool
    parse_errors: list[Any]
    parse_warnings: list[Any]
    teacher_model: Any
    prompt_meta: dict[str, Any] | None


class ValidatedRecord(CandidateRecord, total=False):
    """validated.jsonl (filter): a candidate with the validator's verdict."""

    validation: dict[str, Any]  # parse_ok, lint_ok, api_ok, runtime_ok, rules_ok, errors, warnings, api_usage, runtime, ...
    layers: dict[str, bool]  # l1..l4
    passed: bool
    reasons: list[str]


class SelectedRecord(ValidatedRecord, total=False):
    """selected.jsonl (select): a kept record with its score."""

    quality_score: float
    selection: dict[str, Any]  # rank, near_duplicate_of, components, ...


class SftRecord(TypedDict, total=False):
    """train/val/test.jsonl (sft_build): LLaMA-Factory alpaca format."""

    instruction: str
    input: str
    output: str
    system: str
    metadata: dict[str, Any]  # id, prompt_id, source, difficulty, modules, quality_score


RECORD_TYPES: dict[str, type] = {
    "request": RequestRecord, "raw output": RawOutputRecord, "error": ErrorRecord, "candidate": CandidateRecord,
    "validated": ValidatedRecord, "selected": SelectedRecord, "SFT record": SftRecord,
}


def utc_now() -> str:
    """The timestamp every record and report carries: UTC, ISO 8601, whole seconds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def prompt_id_of(record: dict[str, Any]) -> str | None:
    """A record's prompt id: its own ``prompt_id``, else its request id up to the last ``_v`` (``<prompt_id>_v<n>``)."""
    if record.get("prompt_id"):
        return str(record["prompt_id"])
    rid = str(record.get("request_id") or "")
    return rid.rsplit("_v", 1)[0] if "_v" in rid else None


def errors_path_for(output_path: str | os.PathLike[str]) -> Path:
    """``raw_outputs.jsonl`` -> ``raw_outputs.errors.jsonl`` (beside it, one per output file)."""
    p = Path(output_path)
    stem = p.name[: -len(".jsonl")] if p.name.endswith(".jsonl") else p.name
    return p.with_name(f"{stem}.errors.jsonl")


def model_identity(model: ModelConfig) -> ModelIdentity:
    """The ``model`` field of a raw output record and of the reports."""
    return {"alias": model.name, "name": model.model, "provider": model.provider}


def answer_record(
    request: dict[str, Any],
    completion: Completion,
    model: ModelConfig,
    cost: float,
    *,
    mode: str,
    attempts: int,
    latency_s: float | None,
    elapsed_s: float | None = None,
) -> dict[str, Any]:
    """One raw output record (online and batch answers alike; ``elapsed_s`` only online)."""
    record: dict[str, Any] = {
        "request_id": request["request_id"],
        "prompt_id": prompt_id_of(request),
        "variant": request.get("variant"),
        "model": model_identity(model),
        "text": completion.text,
        "finish_reason": completion.finish_reason,
        "usage": completion.usage.as_dict(),
        "cost_usd": round(cost, 8),
        "latency_s": latency_s,
    }
    if elapsed_s is not None:
        record["elapsed_s"] = elapsed_s
    record.update(attempts=attempts, mode=mode, created_at=utc_now(), prompt_meta=request.get("prompt_meta"))
    if completion.reasoning:
        record["reasoning_content"] = completion.reasoning
    return record


def error_record(request: dict[str, Any], error_type: str, message: str, attempts: int,
                 status_code: int | None = None) -> ErrorRecord:
    """One errors-file record (online and batch alike)."""
    return {"request_id": request["request_id"], "prompt_id": prompt_id_of(request), "error_type": error_type,
            "status_code": status_code, "message": message, "attempts": attempts, "at": utc_now()}


def iter_requests(path: str | Path, on_bad_line: str, stats: ReadStats) -> Iterator[tuple[int, dict[str, Any]]]:
    """Requests with a string request_id and a messages list; others are input errors naming file:line."""
    for lineno, rec in read_jsonl_numbered(path, on_bad_line, stats):  # type: ignore[arg-type]
        rid = rec.get("request_id")
        problem = None
        if rid is None:
            problem = "missing 'request_id' (a non-empty string)"
        elif not isinstance(rid, str) or not rid:
            problem = f"'request_id' must be a non-empty string (got {rid!r})"
        elif not isinstance(rec.get("messages"), list) or not rec["messages"]:
            problem = "missing 'messages' (a non-empty list of {role, content})"
        if problem:
            if on_bad_line == "skip":
                stats.skipped += 1
                if len(stats.skipped_examples) < 5:
                    stats.skipped_examples.append(f"{path}:{lineno}: {problem}")
                continue
            raise InputError(f"{path}:{lineno}: {problem} (is this a requests file from distill_requests?)")
        yield lineno, rec
