"""Evaluation prompts from seeds: IID prompts held out from training, OOD cross-module combinations, a human subset.

Every choice goes through one ``random.Random(seed)`` over sorted inputs, so the same seeds, train split
and seed always give the same files. :func:`find_leaks` is the safety net: an eval prompt whose id or
task text is in the SFT train split is a leak, and the runner refuses to write such a set.
"""
from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.io import read_jsonl_numbered

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def module_combo(modules: Iterable[str]) -> str:
    """A module set as one sorted key ('GameObjects+Input+Scene')."""
    return "+".join(sorted(set(modules)))


@dataclass
class TrainSplit:
    """What the SFT train split tells the eval set: prompt ids, module combinations and texts seen in training."""

    prompt_ids: set[str] = field(default_factory=set)
    combos: set[str] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)
    records: int = 0

    def joined_text(self) -> str:
        return "\x00".join(self.texts)


def read_seeds(path: str | Path, on_bad_line: str = "error") -> list[dict[str, Any]]:
    seeds: list[dict[str, Any]] = []
    seen: set[str] = set()
    for lineno, rec in read_jsonl_numbered(path, on_bad_line):
        sid, task = rec.get("id"), rec.get("task")
        if not isinstance(sid, str) or not sid or not isinstance(task, str) or not task.strip():
            raise InputError(f"{path}:{lineno}: a prompt seed needs a string id and a non-empty task")
        if sid in seen:
            raise InputError(f"{path}:{lineno}: duplicate seed id '{sid}'; seed ids must be unique")
        seen.add(sid)
        rec.setdefault("modules", [])
        rec.setdefault("difficulty", "unknown")
        seeds.append(rec)
    if not seeds:
        raise InputError(f"{path}: no prompt seeds")
    return seeds


def train_files(path: str | Path) -> list[Path]:
    """A train split file, or an SFT folder (its dataset_info.json train entries)."""
    p = Path(path)
    if p.is_dir():
        from modelcall.training.yaml_builder import choose_datasets

        choice = choose_datasets(p)
        return choice.files(choice.train)
    if not p.is_file():
        raise InputError(f"{p}: SFT train split not found; point train_path at sft_build's train file or folder")
    return [p]


def read_train_split(paths: Iterable[str | Path], seeds_by_id: dict[str, dict[str, Any]]) -> TrainSplit:
    """Prompt ids (metadata.prompt_id, or prompt_id), their module sets and the instruction texts."""
    split = TrainSplit()
    for given in paths:
        for path in train_files(given):
            for _, rec in read_jsonl_numbered(path, "error"):
                split.records += 1
                meta = rec.get("metadata") if isinstance(rec.get("metadata"), dict) else {}
                pid = meta.get("prompt_id") or rec.get("prompt_id") or (rec.get("prompt_meta") or {}).get("id")
                if pid:
                    split.prompt_ids.add(str(pid))
                modules = meta.get("modules") or (seeds_by_id.get(str(pid)) or {}).get("modules")
                if modules:
                    split.combos.add(module_combo(modules))
                text = " ".join(str(rec.get(key) or "") for key in ("instruction", "input"))
                if not text.strip() and isinstance(rec.get("messages"), list):
                    text = " ".join(str(m.get("content", "")) for m in rec["messages"] if isinstance(m, dict))
                if text.strip():
                    split.texts.append(normalize_text(text))
    return split


def _stratified_sample(items: list[dict[str, Any]], size: int | None, rng: random.Random, key) -> list[dict[str, Any]]:
    """Round-robin over strata (shuffled within each) so every stratum keeps its share; input order is fixed."""
    if size is None or size >= len(items):
        return list(items)
    strata: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        strata[key(item)].append(item)
    for name in sorted(strata):
        rng.shuffle(strata[name])
    picked: list[dict[str, Any]] = []
    order = sorted(strata)
    while len(picked) < size:
        for name in order:
            if strata[name] and len(picked) < size:
                picked.append(strata[name].pop())
    return picked


def _union(*lists: Iterable[str]) -> list[str]:
    out: list[str] = []
    for values in lists:
        for value in values or []:
            if value not in out:
                out.append(value)
    return out


def combine_seeds(a: dict[str, Any], b: dict[str, Any], joiner: str) -> dict[str, Any]:
    """One OOD prompt doing both seeds' tasks in one scene; the union of their requirements."""
    modules = _union(a.get("modules", []), b.get("modules", []))
    return {
        "id": f"ood_{a['id']}__{b['id']}",
        "difficulty": "hard",
        "modules": modules,
        "task": a["task"].strip().rstrip("。.;；") + joiner + b["task"].strip(),
        "constraints": _union(a.get("constraints", []), b.get("constraints", [])),
        "must_use_apis": _union(a.get("must_use_apis", []), b.get("must_use_apis", [])),
        "eval_hints": _union(a.get("eval_hints", []), b.get("eval_hints", [])),
        "tags": _union(a.get("tags", []), b.get("tags", [])),
        "notes": f"OOD cross-module combination of {a['id']} and {b['id']}",
        "eval": {"split": "ood", "sources": [a["id"], b["id"]], "module_combo": module_combo(modules)},
    }


def ood_pairs(
    pool: list[dict[str, Any]], seen_combos: set[str], size: int, rng: random.Random, joiner: str
) -> list[dict[str, Any]]:
    """Pairs of seeds with different module sets whose union is a module combination training never had.

    Seeds are grouped by module set, so the work grows with the number of distinct sets, not of seed pairs.
    Distinct unions are taken round-robin (one frequent pair of modules does not fill the set) and each
    seed is used at most once.
    """
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in sorted(pool, key=lambda s: s["id"]):
        groups[module_combo(s["modules"])].append(s)
    for name in sorted(groups):
        rng.shuffle(groups[name])
    names = sorted(groups)
    by_union: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, ca in enumerate(names):
        for cb in names[i + 1 :]:
            union = module_combo([*ca.split("+"), *cb.split("+")])
            if union not in seen_combos:
                by_union[union].append((ca, cb))
    unions = sorted(by_union)
    rng.shuffle(unions)
    picked: list[dict[str, Any]] = []
    progress = True
    while len(picked) < size and progress:
        progress = False
        for union in unions:
            if len(picked) >= size:
                break
            options = [(ca, cb) for ca, cb in by_union[union] if groups[ca] and groups[cb]]
            if not options:
                continue
            ca, cb = options[rng.randrange(len(options))]
            a, b = groups[ca].pop(), groups[cb].pop()
            picked.append(combine_seeds(a, b, joiner))
            progress = True
    return picked


@dataclass
class Leak:
    prompt_id: str
    reason: str


def find_leaks(prompts: list[dict[str, Any]], train: TrainSplit) -> list[Leak]:
    """Eval prompts that training saw: same id, a source seed of an IID prompt in training, or the same task text."""
    leaks: list[Leak] = []
    corpus = train.joined_text()
    for prompt in prompts:
        pid = prompt["id"]
        split = (prompt.get("eval") or {}).get("split")
        if pid in train.prompt_ids:
            leaks.append(Leak(pid, "its id is a prompt_id of the SFT train split"))
            continue
        if split == "iid":
            sources = [s for s in (prompt.get("eval") or {}).get("sources", []) if s in train.prompt_ids]
            if sources:
                leaks.append(Leak(pid, f"its source seed {sources[0]} is in the SFT train split"))
                continue
        task = normalize_text(prompt.get("task", ""))
        if task and task in corpus:
            leaks.append(Leak(pid, "its task text appears in an SFT train instruction"))
    return leaks


@dataclass
class EvalSet:
    prompts: list[dict[str, Any]]
    human: list[dict[str, Any]]
    held_out: int
    ood_candidates_pool: int
    stats: dict[str, Any] = field(default_factory=dict)


def build_eval_set(
    seeds: list[dict[str, Any]],
    train: TrainSplit,
    *,
    seed: int = 42,
    iid_size: int | None = None,
    ood_size: int = 50,
    ood_from: str = "all",
    human_size: int = 30,
    joiner: str = "；同时在同一个场景中：",
) -> EvalSet:
    rng = random.Random(seed)
    ordered = sorted(seeds, key=lambda s: s["id"])
    held_out = [s for s in ordered if s["id"] not in train.prompt_ids]
    iid = _stratified_sample(held_out, iid_size, rng, key=lambda s: str(s.get("difficulty")))
    iid_records = [dict(s, eval={"split": "iid", "sources": [s["id"]], "module_combo": module_combo(s["modules"])})
                   for s in sorted(iid, key=lambda s: s["id"])]
    pool = ordered if ood_from == "all" else held_out
    ood_records = ood_pairs(pool, train.combos, ood_size, rng, joiner) if ood_size else []
    prompts = iid_records + ood_records
    human = _stratified_sample(
        prompts, human_size, rng, key=lambda p: f"{p['eval']['split']}/{p.get('difficulty')}"
    )
    human = sorted(human, key=lambda p: (p["eval"]["split"], p["id"]))
    return EvalSet(prompts=prompts, human=human, held_out=len(held_out), ood_candidates_pool=len(pool))
