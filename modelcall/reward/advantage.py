"""Group-normalised advantages (GRPO): each reward minus its group's mean, over the group's std."""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Sequence

from modelcall.reward.config import Normalisation


def group_advantages(rewards: Sequence[float], groups: Sequence[Hashable], cfg: Normalisation | None = None) -> list[float]:
    """A_i = (r_i - mean_g) / (std_g + eps) (population std); only centred when scale is none.

    A group whose std is under ``std_min`` (one member, equal rewards, float noise) gets 0 for every member."""
    cfg = cfg or Normalisation()
    if len(rewards) != len(groups):
        raise ValueError(f"{len(rewards)} rewards but {len(groups)} group keys")
    members: dict[Hashable, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    out = [0.0] * len(rewards)
    for idx in members.values():
        values = [float(rewards[i]) for i in idx]
        mean = sum(values) / len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        if std < cfg.std_min:  # equal rewards: no signal, and float noise must not become a huge advantage
            continue
        div = std + cfg.eps if cfg.scale == "std" else 1.0
        for i in idx:
            out[i] = (float(rewards[i]) - mean) / div
    return out
