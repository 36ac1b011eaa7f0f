"""Cost and counters: what the progress bar shows while running and the report keeps at the end."""
from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from modelcall.config.model import ModelPricing
from modelcall.generation.tokens import estimate_message_tokens, estimate_text_tokens
from modelcall.providers.base import Usage
from modelcall.records import prompt_id_of


def cost_usd(usage: Usage, pricing: ModelPricing, batch: bool = False) -> float:
    """Dollars for one answer; cache reads/writes default to 10% / 125% of the input price."""
    read_price = pricing.cache_read_per_mtok if pricing.cache_read_per_mtok is not None else pricing.input_per_mtok * 0.1
    write_price = pricing.cache_write_per_mtok if pricing.cache_write_per_mtok is not None else pricing.input_per_mtok * 1.25
    total = (
        usage.input_tokens * pricing.input_per_mtok
        + usage.output_tokens * pricing.output_per_mtok
        + usage.cache_read_tokens * read_price
        + usage.cache_write_tokens * write_price
    ) / 1_000_000
    return total * (pricing.batch_discount if batch else 1.0)


def answer_tokens_by_prompt(records: Iterable[dict[str, Any]]) -> dict[str, list[int]]:
    """Estimated tokens of each earlier answer (plan + code of a candidate), by prompt id."""
    found: dict[str, list[int]] = defaultdict(list)
    for rec in records:
        text = str(rec.get("code") or "") + json.dumps(rec.get("plan") or "", ensure_ascii=False)
        found[prompt_id_of(rec) or str(rec.get("request_id") or "")].append(estimate_text_tokens(text))
    return dict(found)


def within_budget(requests: list[dict[str, Any]], left_usd: float, pricing: ModelPricing, default_output_tokens: int,
                  mean_cost: float | None = None, answer_tokens: dict[str, list[int]] | None = None) -> list[dict[str, Any]]:
    """The leading requests whose estimated cost fits in ``left_usd`` dollars (the one estimate of repair and
    variants_on_demand rounds).

    One request costs ``mean_cost`` (what the answers bought so far cost each) when known; otherwise its
    prompt's input tokens plus an answer as long as the one it follows up (the last assistant turn), else the
    mean of its seed's earlier answers, else of all earlier answers, else ``default_output_tokens``.
    """
    if left_usd <= 0:
        return []
    answer_tokens = answer_tokens or {}
    everyone = [n for ns in answer_tokens.values() for n in ns]
    fallback = int(sum(everyone) / len(everyone)) if everyone else int(default_output_tokens)
    kept: list[dict[str, Any]] = []
    total = 0.0
    for request in requests:
        if mean_cost is not None:
            est = mean_cost
        else:
            messages = request.get("messages") or []
            answered = [m for m in messages[:-1] if m.get("role") == "assistant"]
            seen = answer_tokens.get(prompt_id_of(request) or "")
            if answered:
                out_tokens = estimate_text_tokens(str(answered[-1].get("content") or ""))
            elif seen:
                out_tokens = int(sum(seen) / len(seen))
            else:
                out_tokens = fallback
            est = cost_usd(Usage(estimate_message_tokens(messages), out_tokens), pricing)
        if total + est > left_usd:
            break
        kept.append(request)
        total += est
    return kept


def percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


class RunStats:
    """Every counter of one generation run (progress bar postfix and final report)."""

    def __init__(self, total: int):
        self.total = total
        self.started = time.monotonic()
        self.status: Counter[str] = Counter()
        self.error_types: Counter[str] = Counter()
        self.retried_errors: Counter[str] = Counter()
        self.attempts: Counter[int] = Counter()
        self.latencies: list[float] = []
        self.tokens = Usage()
        self.cost_usd = 0.0
        self.finish_reasons: Counter[str] = Counter()
        self.timed_out_attempts = 0
        self.timed_out_cost_usd = 0.0  # estimated: the server may finish (and bill) an answer the client gave up on

    @property
    def finished(self) -> int:
        return self.status["ok"] + self.status["error"]

    def record_ok(self, usage: Usage, cost: float, latency_s: float | None, attempts: int, finish_reason: str | None) -> None:
        self.status["ok"] += 1
        self.attempts[attempts] += 1
        if latency_s is not None:
            self.latencies.append(round(latency_s, 4))
        self.tokens.input_tokens += usage.input_tokens
        self.tokens.output_tokens += usage.output_tokens
        self.tokens.cache_read_tokens += usage.cache_read_tokens
        self.tokens.cache_write_tokens += usage.cache_write_tokens
        self.cost_usd += cost
        self.finish_reasons[str(finish_reason)] += 1

    def record_error(self, error_type: str, attempts: int) -> None:
        self.status["error"] += 1
        self.error_types[error_type] += 1
        self.attempts[attempts] += 1

    def record_timeout(self, estimated_cost: float) -> None:
        self.timed_out_attempts += 1
        self.timed_out_cost_usd += estimated_cost

    def record_retry(self, error_type: str) -> None:
        self.retried_errors[error_type] += 1

    def postfix(self) -> str:
        elapsed = max(1e-6, time.monotonic() - self.started)
        tok_s = (self.tokens.input_tokens + self.tokens.output_tokens + self.tokens.cache_read_tokens) / elapsed
        done = self.status["ok"]
        projected = self.cost_usd / done * self.total if done else 0.0
        parts = [f"tok/s={tok_s:,.0f}", f"${self.cost_usd:,.4f}", f"proj ${projected:,.2f}"]
        if self.status["error"]:
            parts.append(f"err={self.status['error']}")
        return " ".join(parts)

    def as_report(self) -> dict[str, Any]:
        elapsed = time.monotonic() - self.started
        lat = sorted(self.latencies)
        return {
            "status": dict(self.status),
            "error_types": dict(self.error_types),
            "retried_attempt_errors": dict(self.retried_errors),
            "latency_s": {"p50": percentile(lat, 0.5), "p95": percentile(lat, 0.95), "max": lat[-1] if lat else None},
            "attempts_histogram": {str(k): v for k, v in sorted(self.attempts.items())},
            "tokens": self.tokens.as_dict(),
            "cost_usd": round(self.cost_usd, 6),
            "timed_out": {"attempts": self.timed_out_attempts, "cost_usd_estimate": round(self.timed_out_cost_usd, 6)},
            "finish_reasons": dict(self.finish_reasons),
            "wall_s": round(elapsed, 3),
            "requests_per_s": round(self.finished / elapsed, 2) if elapsed > 0 else None,
        }
