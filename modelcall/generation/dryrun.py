"""The dry run: no calls; requests, tokens, cost and wall time side by side for several model configs."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from modelcall.config.model import ModelConfig
from modelcall.generation.accounting import cost_usd
from modelcall.generation.settings import GenerationSettings
from modelcall.generation.tokens import estimate_message_tokens
from modelcall.io import ReadStats
from modelcall.providers.base import Usage
from modelcall.records import iter_requests


def _scan(input_path: str | Path, settings: GenerationSettings, on_bad_line: str) -> tuple[int, int, int, int, int]:
    """(distinct requests, their estimated input tokens, duplicates, the sum of the ``gen.max_tokens`` the
    requests set themselves, and how many set one) in one streaming pass."""
    seen: set[str] = set()
    tokens = dups = own_max = n_own = 0
    for _, request in iter_requests(input_path, on_bad_line, ReadStats()):
        rid = request["request_id"]
        if rid in seen:
            dups += 1
            continue
        if settings.max_items is not None and len(seen) >= settings.max_items:
            break
        seen.add(rid)
        tokens += estimate_message_tokens(request["messages"])
        own = (request.get("gen") or {}).get("max_tokens")
        if isinstance(own, int) and not isinstance(own, bool) and own > 0:
            own_max += own
            n_own += 1
    return len(seen), tokens, dups, own_max, n_own


def estimate_row(model: ModelConfig, n: int, input_tokens: int, settings: GenerationSettings,
                 own_max: int = 0, n_own: int = 0) -> dict[str, Any]:
    """One model's line of the table. Without ``expected_output_tokens`` an answer counts its max_tokens:
    the request's own ``gen.max_tokens`` where it sets one (it wins, as in the calls), else the model's."""
    if settings.expected_output_tokens:
        output_tokens = n * settings.expected_output_tokens
    else:
        output_tokens = own_max + (n - n_own) * model.params.max_tokens
    out_per = output_tokens / n if n else (settings.expected_output_tokens or model.params.max_tokens)
    usage = Usage(input_tokens=input_tokens, output_tokens=output_tokens)
    limits = model.limits
    concurrency = settings.concurrency or limits.max_concurrency
    latency = 1.0 + out_per / settings.assumed_output_tps
    bounds = {"concurrency": n * latency / max(1, concurrency)}
    if limits.rpm:
        bounds["rpm"] = n / limits.rpm * 60
    if limits.tpm:
        bounds["tpm"] = (input_tokens + output_tokens) / limits.tpm * 60
    if limits.input_tpm:
        bounds["input_tpm"] = input_tokens / limits.input_tpm * 60
    if limits.output_tpm:
        bounds["output_tpm"] = output_tokens / limits.output_tpm * 60
    bound = max(bounds, key=lambda k: bounds[k])
    wall = bounds[bound] + latency  # the last answers still take one latency after the limit lets them go
    return {
        "model": model.name,
        "provider": model.provider,
        "requests": n,
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "cost_usd": round(cost_usd(usage, model.pricing), 2),
        "batch_cost_usd": round(cost_usd(usage, model.pricing, batch=True), 2),
        "wall_s": round(wall, 1),
        "bound_by": bound,
    }


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"


def format_table(rows: list[dict[str, Any]]) -> str:
    headers = ["model", "requests", "input tok", "output tok", "cost $", "batch $", "wall time", "bound by"]
    lines = [[r["model"], f"{r['requests']:,}", f"{r['input_tokens']:,}", f"{r['output_tokens']:,}",
              f"{r['cost_usd']:,.2f}", f"{r['batch_cost_usd']:,.2f}", _duration(r["wall_s"]), r["bound_by"]] for r in rows]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(headers)]
    fmt = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=False)))  # noqa: E731
    return "\n".join([fmt(headers), fmt(["-" * w for w in widths]), *(fmt(line) for line in lines)])


def dry_run(input_path: str | Path, models: list[ModelConfig], settings: GenerationSettings, on_bad_line: str = "error") -> dict[str, Any]:
    """Print the comparison table and return it as the report's ``dry_run`` section."""
    n, input_tokens, dups, own_max, n_own = _scan(input_path, settings, on_bad_line)
    rows = [estimate_row(m, n, input_tokens, settings, own_max, n_own) for m in models]
    if settings.expected_output_tokens:
        out_note = f"{settings.expected_output_tokens} (generation.expected_output_tokens)"
    elif n_own:
        out_note = f"max_tokens ({n_own:,} of the requests' own gen.max_tokens, else the model's)"
    else:
        out_note = "max_tokens"
    print(f"dry run: no calls made. {n:,} requests in {input_path}"
          f"{f' ({dups:,} duplicate ids ignored)' if dups else ''}; output tokens per answer = {out_note}", file=sys.stdout)
    print(format_table(rows), file=sys.stdout)
    return {"dry_run": {"requests": n, "duplicates": dups, "rows": rows}}
