"""Near-duplicate removal for supplement pairs, with select's fingerprints (MinHash over normalised code tokens).

A pair is dropped when its program nearly duplicates a distilled sample or a better pair kept before it, or
when its task text nearly duplicates an eval prompt (leakage: training would see the eval question).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from datasketch import MinHash

from modelcall.selection.dedup import CodeFingerprinter, NearDuplicateIndex


def normalise_task(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s\W_]+", "", text)


def text_minhash(text: str, num_perm: int, k: int = 3) -> MinHash:
    norm = normalise_task(text)
    sig = MinHash(num_perm=num_perm, seed=7)
    for i in range(max(1, len(norm) - k + 1)):
        sig.update(norm[i : i + k].encode("utf-8"))
    return sig


@dataclass
class Verdict:
    reason: str | None  # near_duplicate_pair | near_duplicate_distilled | eval_leak
    other: str | None = None
    similarity: float | None = None


class OverlapFilter:
    """Load the distilled programs and the eval prompts once; then ``check(pair)`` in the order pairs are kept."""

    def __init__(self, code_threshold: float, prompt_threshold: float, num_perm: int = 128):
        self.fp = CodeFingerprinter(num_perm=num_perm)
        self.codes = NearDuplicateIndex(code_threshold, num_perm)
        self.tasks = NearDuplicateIndex(prompt_threshold, num_perm)
        self.num_perm = num_perm
        self.exact_tasks: dict[str, str] = {}
        self.exact_codes: dict[bytes, str] = {}
        self.distilled = 0
        self.eval_prompts = 0

    def add_distilled(self, records: Iterable[dict[str, Any]]) -> None:
        for rec in records:
            code = rec.get("code")
            if isinstance(code, str) and code.strip():
                key = f"distilled:{rec.get('request_id') or rec.get('id') or self.distilled}"
                ids = self.fp.token_ids(code)
                self.exact_codes.setdefault(self.fp.exact_key(ids), key)
                self.codes.add(key, self.fp.minhash(ids))
                self.distilled += 1

    def add_eval_prompts(self, records: Iterable[dict[str, Any]]) -> None:
        for rec in records:
            meta = rec.get("prompt_meta") if isinstance(rec.get("prompt_meta"), dict) else rec
            task = meta.get("task") if isinstance(meta, dict) else None
            if isinstance(task, str) and task.strip():
                key = f"eval:{rec.get('id') or rec.get('request_id') or rec.get('prompt_id') or self.eval_prompts}"
                self.exact_tasks.setdefault(normalise_task(task), key)
                self.tasks.add(key, text_minhash(task, self.num_perm))
                self.eval_prompts += 1

    def check(self, pair_id: str, code: str, task: str) -> Verdict:
        """The pair's verdict; a kept pair joins the index (so later pairs are compared with it)."""
        norm = normalise_task(task)
        if norm in self.exact_tasks:
            return Verdict("eval_leak", self.exact_tasks[norm], 1.0)
        task_sig = text_minhash(task, self.num_perm)
        found = self.tasks.find(task_sig)
        if found and str(found[0]).startswith("eval:"):
            return Verdict("eval_leak", str(found[0]), round(found[1], 3))
        ids = self.fp.token_ids(code)
        exact = self.fp.exact_key(ids)
        sig = self.fp.minhash(ids)
        other: tuple[Any, float] | None = (self.exact_codes[exact], 1.0) if exact in self.exact_codes else self.codes.find(sig)
        if other:
            kind = "near_duplicate_distilled" if str(other[0]).startswith("distilled:") else "near_duplicate_pair"
            return Verdict(kind, str(other[0]), round(other[1], 3))
        self.exact_codes[exact] = pair_id
        self.codes.add(pair_id, sig)
        return Verdict(None)
