"""BM25 retrieval of Phaser API entries for a (often Chinese) task description.

The index documents are English (symbol names, signatures, the first sentence of the docs), so a
Chinese task needs a bridge: a small glossary (``modelcall/data/phaser_glossary_zh.yaml``) maps
Chinese task words to the English words the API uses. ``analyzer`` picks how glossary terms are
matched: ``glossary`` (substring), ``ngram`` (character-bigram overlap, catching near-synonyms
such as 计时器/定时器), ``both``, or ``none`` (English identifiers only). English identifiers are
split at dots, ``#``, underscores and camelCase, and kept whole as well.

Scoring is Okapi BM25 with rank-bm25's parameters and IDF; the per-term weights are precomputed
into postings so one query costs a few vectorized additions instead of a pass over every document.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from modelcall.errors import ConfigError

Analyzer = Literal["glossary", "ngram", "both", "none"]
DEFAULT_GLOSSARY = Path(__file__).resolve().parents[1] / "data" / "phaser_glossary_zh.yaml"

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*(?:[.#][A-Za-z_$][A-Za-z0-9_$]*)*")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_STOP = frozenset(
    "a an the of to is are be and or in for this that it its with as by at from if into not no can will "
    "which when where used use using then than all any each other these those has have was were been may "
    "should would must also only one two new set get".split()
)
# 'set'/'get' prefixes are everywhere; the whole identifier (setvelocity) still matches.


def _stem(token: str) -> str:
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def identifier_tokens(text: str) -> list[str]:
    """English words and identifiers: whole (lowercased) plus dot/#/_/camelCase parts."""
    tokens: list[str] = []
    for match in _IDENT.finditer(text):
        whole = match.group(0)
        parts = [p for p in re.split(r"[.#_$]", whole) if p]
        if len(parts) > 1:
            tokens.append(whole.lower())
        for part in parts:
            subs = _CAMEL.findall(part)
            if len(subs) > 1:
                tokens.append(part.lower())
            tokens.extend(_stem(s.lower()) for s in subs)
    return [t for t in tokens if len(t) > 1 and t not in _STOP]


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


class Glossary:
    """Chinese term -> English API words, matched by substring and/or character bigrams."""

    def __init__(self, entries: dict[str, str]):
        self.entries = {k.strip(): identifier_tokens(str(v)) for k, v in entries.items() if str(k).strip()}
        self._grams = {k: _bigrams(k) for k in self.entries}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Glossary:
        target = Path(path) if path else DEFAULT_GLOSSARY
        return _load_glossary(str(target))

    def expand(self, cjk_text: str, analyzer: Analyzer) -> list[str]:
        if analyzer == "none" or not cjk_text:
            return []
        out: list[str] = []
        grams = None
        for term, words in self.entries.items():
            hit = (analyzer in ("glossary", "both") or len(term) == 1) and term in cjk_text
            if not hit and analyzer in ("ngram", "both") and len(term) > 1:
                if grams is None:
                    grams = set().union(*(_bigrams(run) for run in _CJK.findall(cjk_text)))
                term_grams = self._grams[term]
                # most of the term's character bigrams occur in the text: 计时器 matches 定时器
                hit = len(term_grams & grams) >= max(1, len(term_grams) / 2)
            if hit:
                out.extend(words)
        return out


@functools.lru_cache(maxsize=8)
def _load_glossary(path: str) -> Glossary:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"glossary_path: cannot read {path} ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"glossary_path: {path} is not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"glossary_path: {path} must map Chinese terms to space-separated API words")
    return Glossary({str(k): str(v) for k, v in data.items()})


def query_tokens(
    texts: Iterable[str],
    glossary: Glossary | None,
    analyzer: Analyzer,
    expansion_weight: float = 0.5,
    weight: float = 1.0,
    into: dict[str, float] | None = None,
) -> dict[str, float]:
    """Weighted query terms: identifiers at ``weight``, glossary expansions of Chinese text at
    ``weight * expansion_weight`` (expansions are many and loose; they should not drown the
    identifiers the seed names)."""
    terms: dict[str, float] = into if into is not None else {}
    for text in texts:
        if not text:
            continue
        identifiers, expansions = _text_terms(text, glossary, analyzer)
        for token in identifiers:
            terms[token] = terms.get(token, 0.0) + weight
        for token in expansions:
            terms[token] = terms.get(token, 0.0) + weight * expansion_weight
    return terms


@functools.lru_cache(maxsize=1 << 16)
def _text_terms(text: str, glossary: Glossary | None, analyzer: Analyzer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Identifier tokens and glossary expansions of one text (seeds repeat constraints and hints)."""
    expansions = glossary.expand(text, analyzer) if glossary is not None and _CJK.search(text) else []
    return tuple(identifier_tokens(text)), tuple(expansions)


def document_tokens(rec: dict[str, Any]) -> list[str]:
    """What an index entry is found by: its name (weighted), full id, owner, event string, summary."""
    name_tokens = identifier_tokens(rec["name"])
    tokens = identifier_tokens(rec["symbol_id"]) + name_tokens + name_tokens
    if rec.get("event_name"):
        tokens.append(str(rec["event_name"]).lower())
    tokens.extend(identifier_tokens(rec.get("summary") or ""))
    return tokens


def default_corpus_filter(rec: dict[str, Any]) -> bool:
    """Retrieve defining entries only: inherited copies would crowd out everything else."""
    tags = rec.get("tags") or []
    return not rec.get("inherited_from") and "protected" not in tags and "private" not in tags and "deprecated" not in tags


@dataclass
class Hit:
    symbol_id: str
    score: float


class ApiRetriever:
    """BM25 over index entries; ``search(tokens, k)`` returns the k best symbol ids."""

    def __init__(
        self,
        records: Iterable[dict[str, Any]],
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        owner_boost: float = 0.75,
        pool_size: int = 200,
        max_per_owner: int | None = 6,
    ):
        from rank_bm25 import BM25Okapi

        self.owner_boost = owner_boost
        self.pool_size = pool_size
        self.max_per_owner = max_per_owner
        self.records = [r for r in records if default_corpus_filter(r)]
        self.ids = [r["symbol_id"] for r in self.records]
        corpus = [document_tokens(r) or ["_empty_"] for r in self.records]
        bm25 = BM25Okapi(corpus, k1=k1, b=b, epsilon=epsilon)
        postings: dict[str, tuple[list[int], list[float]]] = {}
        avgdl = bm25.avgdl
        for j, freqs in enumerate(bm25.doc_freqs):
            norm = k1 * (1 - b + b * bm25.doc_len[j] / avgdl)
            for term, freq in freqs.items():
                weight = bm25.idf[term] * freq * (k1 + 1) / (freq + norm)
                docs, weights = postings.setdefault(term, ([], []))
                docs.append(j)
                weights.append(weight)
        self._n = len(self.ids)
        self._postings = {t: (np.asarray(d, dtype=np.int32), np.asarray(w, dtype=np.float32))
                          for t, (d, w) in postings.items()}
        # frequent terms (phaser, game, object...) are cheaper to add as one dense vector
        self._dense: dict[str, np.ndarray] = {}
        for term, (docs, weights) in self._postings.items():
            if len(docs) * 16 > self._n:
                vector = np.zeros(self._n, dtype=np.float32)
                vector[docs] = weights
                self._dense[term] = vector
        position = {sid: j for j, sid in enumerate(self.ids)}
        # only members pass a boost to their owner: a class does not lift its namespace
        self._owner = np.asarray(
            [position.get(r.get("owner") or "", -1) if r["kind"] not in ("class", "namespace", "interface") else -1
             for r in self.records], dtype=np.int32)
        self._owner_of = np.asarray([position.get(r.get("owner") or "", -1) for r in self.records], dtype=np.int32)

    def __len__(self) -> int:
        return self._n

    def scores(self, terms: dict[str, float] | list[str]) -> np.ndarray:
        """BM25 score of every document; a list counts repeated terms, a dict gives weights."""
        weighted = terms if isinstance(terms, dict) else {t: float(terms.count(t)) for t in set(terms)}
        scores = np.zeros(self._n, dtype=np.float32)
        for term, weight in weighted.items():
            dense = self._dense.get(term)
            if dense is not None:
                scores += dense * weight if weight != 1.0 else dense
                continue
            posting = self._postings.get(term)
            if posting is not None:
                scores[posting[0]] += posting[1] * weight if weight != 1.0 else posting[1]
        return scores

    def search(self, tokens: dict[str, float] | list[str], k: int, exclude: set[str] | frozenset[str] = frozenset()) -> list[Hit]:
        """The k best entries; a class or namespace also earns ``owner_boost`` x its best member's score,
        so a task that matches Graphics#fillCircle also finds Phaser.GameObjects.Graphics."""
        if k <= 0 or not tokens:
            return []
        scores = self.scores(tokens)
        pool = min(self._n, max(self.pool_size, 4 * k + len(exclude)))
        top = np.argpartition(-scores, pool - 1)[:pool] if pool < self._n else np.arange(self._n)
        top = np.sort(top[scores[top] > 0])
        values = scores[top]
        if self.owner_boost and top.size:
            owners = self._owner[top]
            has = owners >= 0
            if has.any():
                member_owner, member_score = owners[has], values[has]
                order = np.lexsort((-member_score, member_owner))  # per owner, best member first
                uniq, first = np.unique(member_owner[order], return_index=True)
                best = member_score[order][first]
                top = np.union1d(top, uniq)
                values = scores[top].copy()
                values[np.searchsorted(top, uniq)] += self.owner_boost * best
        ranked = top[np.lexsort((top, -values))]
        final = dict(zip(top.tolist(), values.tolist(), strict=True))
        hits = []
        per_owner: dict[int, int] = {}
        for j in ranked.tolist():
            score = final[j]
            sid = self.ids[j]
            if sid in exclude:
                continue
            if self.max_per_owner:
                owner = int(self._owner_of[j])
                if per_owner.get(owner, 0) >= self.max_per_owner:
                    continue
                per_owner[owner] = per_owner.get(owner, 0) + 1
            hits.append(Hit(sid, score))
            if len(hits) >= k:
                break
        return hits


@functools.lru_cache(maxsize=4)
def cached_retriever(index: Any, owner_boost: float = 0.75, max_per_owner: int | None = 6) -> ApiRetriever:
    """One retriever per loaded index and settings in a process (pipelines and tests build it once)."""
    return ApiRetriever(index, owner_boost=owner_boost, max_per_owner=max_per_owner)
