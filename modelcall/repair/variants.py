"""Variants on demand: one variant per seed first, more only where select would want more diversity.

A seed "wants more" when it has fewer than ``min_distinct`` distinct passing programs (distinct after the
selection's normalisation: comments, whitespace and literals ignored, so a re-coloured copy does not
count). Extra requests copy the seed's first request with the next unused variant numbers, the variant's
own sampling seed and a temperature cycled from ``temperatures``, so request ids never collide.
"""
from __future__ import annotations

import copy
from collections import defaultdict
from typing import Any

from pydantic import Field

from modelcall.config.schema import StrictModel
from modelcall.phaser.requests import variant_seed
from modelcall.repair.rounds import prompt_of


class VariantSettings(StrictModel):
    min_distinct: int = Field(2, ge=1, description="seeds with fewer distinct passing programs get more variants")
    per_round: int = Field(1, ge=1, description="extra variants per wanting seed per round")
    rounds: int = Field(1, ge=0, description="rounds of extra variants (each looks at the results so far)")
    max_variants: int = Field(4, ge=1, description="never more than this many variants per seed in all")
    include_uncovered: bool = Field(
        False, description="also seeds with no passing program (usually the repair step's job, which is cheaper)"
    )
    temperatures: list[float] = Field([0.6, 0.8, 1.0], min_length=1, description="variant v gets temperatures[v % len]")
    base_seed: int = Field(0, description="sampling seeds derive from it, the prompt id and the variant number")
    budget_usd: float | None = Field(None, ge=0, description="stop once the extra variants' spend reaches this")


def distinct_passing(records: list[dict[str, Any]]) -> dict[str, set[bytes]]:
    """prompt_id -> the distinct normalised programs among its passing records."""
    from modelcall.selection.dedup import CodeFingerprinter

    fingerprinter = CodeFingerprinter(16, 5)
    out: dict[str, set[bytes]] = defaultdict(set)
    for rec in records:
        if rec.get("passed") and (rec.get("code") or "").strip():
            out[prompt_of(rec)].add(fingerprinter.exact_key(fingerprinter.token_ids(rec["code"])))
    return out


def used_variants(requests: dict[str, list[dict[str, Any]]], records: list[dict[str, Any]]) -> dict[str, set[int]]:
    used: dict[str, set[int]] = defaultdict(set)
    for pid, reqs in requests.items():
        used[pid].update(int(r.get("variant") or 0) for r in reqs)
    for rec in records:
        if isinstance(rec.get("variant"), int):
            used[prompt_of(rec)].add(rec["variant"])
    return used


def plan_extra_variants(
    requests: dict[str, list[dict[str, Any]]],
    records: list[dict[str, Any]],
    settings: VariantSettings,
) -> list[dict[str, Any]]:
    """The extra variant requests for seeds that want more (``requests``: prompt_id -> its requests)."""
    distinct = distinct_passing(records)
    used = used_variants(requests, records)
    seeds = sorted({prompt_of(r) for r in records} | set(requests))
    out = []
    for pid in seeds:
        have = len(distinct.get(pid, ()))
        if have >= settings.min_distinct or (have == 0 and not settings.include_uncovered) or not requests.get(pid):
            continue
        template = min(requests[pid], key=lambda r: int(r.get("variant") or 0))
        for _ in range(settings.per_round):
            if len(used[pid]) >= settings.max_variants:
                break
            variant = max(used[pid], default=-1) + 1
            used[pid].add(variant)
            request = copy.deepcopy(template)
            request["request_id"] = f"{pid}_v{variant}"
            request["prompt_id"] = pid
            request["variant"] = variant
            gen = dict(request.get("gen") or {})
            gen["temperature"] = settings.temperatures[variant % len(settings.temperatures)]
            gen["seed"] = variant_seed(settings.base_seed, pid, variant)
            request["gen"] = gen
            request["meta"] = {**(request.get("meta") or {}), "on_demand": True}
            out.append(request)
    return out
