"""A seeded split of whole prompts into train/val/test, stratified by difficulty x modules.

Prompts are ordered stratum by stratum (strata and prompts shuffled with the seed), then dealt out
one at a time to the split furthest below its target share of records: every stratum gets its
share to within one prompt, the totals match the ratios, and no prompt_id spans two splits.
"""
from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping


def assign_splits(
    groups: Mapping[str, tuple[str, int]],
    ratios: Mapping[str, float],
    seed: int,
) -> dict[str, str]:
    """``groups``: prompt_id -> (stratum, number of records). Returns prompt_id -> split name."""
    names = [name for name, ratio in ratios.items() if ratio > 0]
    total_ratio = sum(ratios[name] for name in names)
    shares = {name: ratios[name] / total_ratio for name in names}
    rng = random.Random(seed)
    by_stratum: dict[str, list[str]] = defaultdict(list)
    for pid, (cell, _) in groups.items():
        by_stratum[cell].append(pid)
    strata = sorted(by_stratum)
    rng.shuffle(strata)
    filled = dict.fromkeys(names, 0)
    done = 0
    result: dict[str, str] = {}
    for cell in strata:
        members = sorted(by_stratum[cell])
        rng.shuffle(members)
        for pid in members:
            size = groups[pid][1]
            done += size
            # the split furthest below its share once this prompt is counted; ties go to the earlier name
            best = max(names, key=lambda n: (shares[n] * done - filled[n], -names.index(n)))
            filled[best] += size
            result[pid] = best
    return result
