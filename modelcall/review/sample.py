"""A stratified sample for review: each difficulty x modules cell gets its share (largest remainder)."""
from __future__ import annotations

import math
import random
from collections import defaultdict
from typing import Any


def cell_of(record: dict[str, Any]) -> str:
    meta = record.get("prompt_meta") or {}
    modules = "+".join(sorted(str(m) for m in meta.get("modules") or [])) or "-"
    return f"{meta.get('difficulty') or 'unknown'}|{modules}"


def sample_size(total: int, rate: float, min_samples: int, max_samples: int | None) -> int:
    n = math.ceil(rate * total)
    n = max(n, min_samples)
    if max_samples is not None:
        n = min(n, max_samples)
    return min(n, total)


def stratified_sample(records: list[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` records, allotted to cells in proportion to their size; seeded, order: cell, then id."""
    if n <= 0 or not records:
        return []
    rng = random.Random(seed)
    cells: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        cells[cell_of(rec)].append(rec)
    total = len(records)
    quotas = {cell: n * len(members) / total for cell, members in cells.items()}
    alloc = {cell: int(q) for cell, q in quotas.items()}
    left = n - sum(alloc.values())
    order = sorted(cells, key=lambda c: (-(quotas[c] - alloc[c]), rng.random()))
    for cell in order[:left]:
        alloc[cell] += 1
    picked: list[dict[str, Any]] = []
    for cell in sorted(cells):
        members = sorted(cells[cell], key=lambda r: str(r.get("request_id")))
        picked.extend(sorted(rng.sample(members, alloc[cell]), key=lambda r: str(r.get("request_id"))))
    return picked
