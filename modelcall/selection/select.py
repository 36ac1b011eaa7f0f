"""Choose the best few candidates per prompt, greedily by quality, skipping near-duplicates.

Pass 1 scores every record and keeps a small summary (no full records in memory); the greedy loop
walks eligible candidates from the best score down, so a duplicate pair always keeps the better one,
and signatures are computed only for candidates that could still be kept; pass 2 writes the records.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field

from modelcall.config.schema import StrictModel
from modelcall.selection.dedup import CodeFingerprinter, NearDuplicateIndex
from modelcall.selection.scoring import ScoringConfig, quality_score

# why a candidate was not selected (keys of the report's "drops" section)
NOT_PASSED = "not_passed"
LOW_SCORE = "below_min_score"
EXACT_DUP = "exact_duplicate"
NEAR_DUP_SAME = "near_duplicate_same_prompt"
NEAR_DUP_OTHER = "near_duplicate_other_prompt"
OVER_LIMIT = "beyond_per_prompt_limit"
NO_CODE = "no_code"
MAX_EXAMPLES = 5


class DedupConfig(StrictModel):
    enabled: bool = Field(True, description="remove near-duplicates (exact duplicates are always removed)")
    threshold: float = Field(0.85, gt=0, le=1, description="estimated Jaccard of code shingles at which two count as near-duplicates")
    scope: Literal["global", "prompt"] = Field("global", description="global: within a prompt and across the dataset; prompt: within a prompt only")
    num_perm: int = Field(128, ge=16, le=1024, description="MinHash permutations")
    shingle_size: int = Field(5, ge=1, le=20, description="tokens per shingle")


class SelectionConfig(StrictModel):
    per_prompt: int = Field(2, ge=1, description="keep at most this many candidates per prompt_id")
    min_score: float = Field(0.0, ge=0, le=1, description="candidates scoring below this are dropped")
    require_passed: bool = Field(True, description="only candidates whose validation passed (L1-L4) are eligible")
    scoring: ScoringConfig = Field(default_factory=ScoringConfig)
    dedup: DedupConfig = Field(default_factory=DedupConfig)


@dataclass
class Entry:
    """What the greedy loop needs about one candidate."""

    lineno: int
    request_id: str
    prompt_id: str
    score: float
    code: str
    components: dict[str, float]
    eligible: bool
    drop: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    rank: int | None = None


@dataclass
class SelectionResult:
    entries: dict[int, Entry]
    drops: Counter[str] = field(default_factory=Counter)
    drop_examples: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    not_passed_layers: Counter[str] = field(default_factory=Counter)
    prompts: int = 0
    prompts_selected: int = 0
    prompts_without_selection: list[str] = field(default_factory=list)

    @property
    def selected(self) -> int:
        return sum(1 for e in self.entries.values() if e.rank is not None)


def first_failed_layer(record: dict[str, Any]) -> str:
    layers = record.get("layers") or {}
    for name in ("l1", "l2", "l3", "l4"):
        if not layers.get(name):
            return name
    return "other"


def summarise(lineno: int, record: dict[str, Any], cfg: SelectionConfig, failed_layers: Counter[str]) -> Entry:
    """Score one validated record and decide whether it is eligible at all (counting why not)."""
    score, parts = quality_score(record, cfg.scoring)
    code = record.get("code") or ""
    rid = str(record.get("request_id") or record.get("id") or f"line{lineno}")
    entry = Entry(lineno, rid, str(record.get("prompt_id") or rid), score, code, parts, eligible=True)
    if cfg.require_passed and not record.get("passed"):
        entry.eligible, entry.drop = False, NOT_PASSED
        failed_layers[first_failed_layer(record)] += 1
    elif not code.strip():
        entry.eligible, entry.drop = False, NO_CODE
    elif score < cfg.min_score:
        entry.eligible, entry.drop = False, LOW_SCORE
    return entry


def choose(entries: Iterable[Entry], cfg: SelectionConfig) -> SelectionResult:
    """The greedy selection over scored entries; fills ``rank`` or ``drop`` on every entry."""
    result = SelectionResult(entries={e.lineno: e for e in entries})
    fingerprinter = CodeFingerprinter(cfg.dedup.num_perm, cfg.dedup.shingle_size)
    shared = NearDuplicateIndex(cfg.dedup.threshold, cfg.dedup.num_perm)
    per_prompt_index: dict[str, NearDuplicateIndex] = {}
    exact: dict[bytes, Entry] = {}
    kept: dict[str, int] = Counter()
    prompts = {e.prompt_id for e in result.entries.values()}
    eligible = sorted((e for e in result.entries.values() if e.eligible), key=lambda e: (-e.score, e.request_id))
    for entry in eligible:
        if kept[entry.prompt_id] >= cfg.per_prompt:
            entry.drop = OVER_LIMIT
            continue
        ids = fingerprinter.token_ids(entry.code)
        digest = fingerprinter.exact_key(ids)
        twin = exact.get(digest)
        if twin is not None:
            entry.drop, entry.duplicate_of, entry.similarity = EXACT_DUP, twin.request_id, 1.0
            continue
        if cfg.dedup.enabled:
            sig = fingerprinter.signature(ids)
            if cfg.dedup.scope == "global":
                index = shared
            else:
                index = per_prompt_index.setdefault(
                    entry.prompt_id, NearDuplicateIndex(cfg.dedup.threshold, cfg.dedup.num_perm)
                )
            found = index.find(sig)
            if found is not None:
                other = result.entries[found[0]]  # type: ignore[index]
                entry.drop = NEAR_DUP_SAME if other.prompt_id == entry.prompt_id else NEAR_DUP_OTHER
                entry.duplicate_of, entry.similarity = other.request_id, round(found[1], 4)
                continue
            index.add(entry.lineno, sig)
        exact[digest] = entry
        kept[entry.prompt_id] += 1
        entry.rank = kept[entry.prompt_id]
    for entry in result.entries.values():
        entry.code = ""  # not needed any more; keep the summaries small
        if entry.drop:
            result.drops[entry.drop] += 1
            examples = result.drop_examples[entry.drop]
            if len(examples) < MAX_EXAMPLES:
                example: dict[str, Any] = {"request_id": entry.request_id, "score": entry.score}
                if entry.duplicate_of:
                    example["near_duplicate_of"] = entry.duplicate_of
                    example["similarity"] = entry.similarity
                examples.append(example)
    result.prompts = len(prompts)
    result.prompts_selected = len(kept)
    result.prompts_without_selection = sorted(prompts - set(kept))
    return result


def histogram(values: list[float], bins: int = 10) -> dict[str, Any]:
    """Counts of scores in ``bins`` equal-width bins over [0, 1], plus summary statistics."""
    counts = [0] * bins
    for value in values:
        counts[min(bins - 1, max(0, int(value * bins)))] += 1
    edges = [round(i / bins, 4) for i in range(bins + 1)]
    stats: dict[str, Any] = {"n": len(values), "edges": edges, "counts": counts}
    if values:
        ordered = sorted(values)

        def quantile(q: float) -> float:
            return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]

        stats.update(
            mean=round(sum(ordered) / len(ordered), 4),
            min=ordered[0],
            p10=quantile(0.1),
            p50=quantile(0.5),
            p90=quantile(0.9),
            max=ordered[-1],
        )
    return stats
