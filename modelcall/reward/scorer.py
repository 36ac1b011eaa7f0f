"""RewardScorer: raw completions -> parse -> the validator (its public interface) -> reward. Shared by the
``reward`` runner and the reward server, so both give the same number for the same completion."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from modelcall.parsing import parse_teacher_output
from modelcall.reward.config import RewardConfig
from modelcall.reward.scoring import reward_of
from modelcall.validator import ValidationStats, Validator

TEXT_FIELDS = ("text", "completion", "raw_output", "output", "response")


def text_of(record: dict[str, Any]) -> str | None:
    for key in TEXT_FIELDS:
        value = record.get(key)
        if isinstance(value, str):
            return value
    return None


def completion_key(text: str, prompt_meta: Any) -> str:
    """What decides a reward besides the config: the completion text and the seed it answers."""
    seed = json.dumps(prompt_meta, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8") + b"\0" + seed.encode("utf-8")).hexdigest()


def candidate_of(record: dict[str, Any]) -> dict[str, Any]:
    """A raw-output record -> the candidate shape the validator reads (plan, code, prompt_meta) + parse fields."""
    text = text_of(record)
    answer = parse_teacher_output(text)
    meta = record.get("prompt_meta")
    return {
        "request_id": record.get("request_id"),
        "prompt_id": record.get("prompt_id") or (meta.get("id") if isinstance(meta, dict) else None),
        "plan": answer.plan_dict(),
        "code": answer.code or "",
        "parse_ok": answer.ok,
        "parse_errors": answer.errors,
        "parse_warnings": answer.warnings,
        "contract": answer.contract,
        "prompt_meta": meta if isinstance(meta, dict) else {},
    }


class RewardScorer:
    """``with RewardScorer(cfg) as s: s.score(records)`` -> one reward dict per record, in order."""

    def __init__(self, config: RewardConfig | dict[str, Any] | None = None):
        if config is None:
            config = RewardConfig()
        elif isinstance(config, dict):
            config = RewardConfig.model_validate(config)
        self.config = config
        self.validator = Validator(config.validator)

    @property
    def stats(self) -> ValidationStats:
        return self.validator.stats

    def open(self) -> RewardScorer:
        self.validator.open()
        return self

    def close(self) -> None:
        self.validator.close()

    def __enter__(self) -> RewardScorer:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def validate(self, records: Iterable[dict[str, Any]], batch_size: int = 64) -> list[dict[str, Any]]:
        """Validated records (candidate + validation) for raw records; an answer without a program is not run."""
        candidates = [candidate_of(r) for r in records]
        runnable = [c for c in candidates if c["code"].strip()]
        done = iter(self.validator.validate(runnable, batch_size) if runnable else [])
        out = []
        for cand in candidates:
            if cand["code"].strip():
                out.append(next(done))
            else:
                out.append(dict(cand, validation={"parse_ok": False, "errors": [], "warnings": []},
                                layers={"l1": False, "l2": None, "l3": None, "l4": None}, passed=False,
                                reasons=["parse:" + (cand["parse_errors"][0].split(":")[0] if cand["parse_errors"] else "no_code")]))
        return out

    def score(self, records: Iterable[dict[str, Any]], batch_size: int = 64) -> list[dict[str, Any]]:
        return [reward_of(v, self.config) for v in self.validate(records, batch_size)]
