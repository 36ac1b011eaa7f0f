"""Seeds -> distillation requests: retrieve API context per seed, render the prompt, make N variants.

A request's system message is ``<shared prefix><seed API lines><shared tail>``; ``meta.system_prefix_chars``
says where the shared prefix ends, so a provider can mark it for prompt caching.
"""
from __future__ import annotations

import difflib
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from modelcall.phaser.api_index import ApiIndex
from modelcall.phaser.prompts import PromptTemplate
from modelcall.phaser.retrieval import Analyzer, ApiRetriever, Glossary, query_tokens

# Lines every Phaser program needs; they sit in the shared (cacheable) part of the system prompt.
DEFAULT_COMMON_APIS = (
    "Phaser.Game",
    "Phaser.AUTO",
    "Phaser.Types.Core.GameConfig",
    "Phaser.Scene",
    "Phaser.Scene#add",
    "Phaser.Scene#physics",
    "Phaser.Scene#input",
    "Phaser.Scene#time",
    "Phaser.Scene#tweens",
    "Phaser.Scene#cameras",
    "Phaser.Scene#update",
    "Phaser.GameObjects.GameObjectFactory#graphics",
    "Phaser.GameObjects.GameObjectFactory#text",
    "Phaser.GameObjects.GameObjectFactory#rectangle",
    "Phaser.GameObjects.GameObjectFactory#circle",
    "Phaser.GameObjects.GameObjectFactory#sprite",
    "Phaser.GameObjects.GameObjectFactory#group",
    "Phaser.GameObjects.Graphics#fillStyle",
    "Phaser.GameObjects.Graphics#fillRect",
    "Phaser.GameObjects.Graphics#fillCircle",
    "Phaser.GameObjects.Graphics#lineStyle",
    "Phaser.GameObjects.Graphics#clear",
    "Phaser.GameObjects.Graphics#generateTexture",
    "Phaser.GameObjects.Text#setText",
    "Phaser.Physics.Arcade.ArcadePhysics#add",
    "Phaser.Physics.Arcade.Factory#sprite",
    "Phaser.Physics.Arcade.Factory#existing",
    "Phaser.Physics.Arcade.Factory#group",
    "Phaser.Physics.Arcade.Factory#collider",
    "Phaser.Physics.Arcade.Factory#overlap",
    "Phaser.Physics.Arcade.Sprite#setVelocity",
    "Phaser.Physics.Arcade.Sprite#setCollideWorldBounds",
    "Phaser.Time.Clock#addEvent",
    "Phaser.Time.Clock#delayedCall",
    "Phaser.Tweens.TweenManager#add",
    "Phaser.Input.InputPlugin#on",
    "Phaser.Input.InputPlugin#keyboard",
    "Phaser.Input.Keyboard.KeyboardPlugin#createCursorKeys",
    "Phaser.Input.Keyboard.KeyboardPlugin#addKey",
    "Phaser.Cameras.Scene2D.CameraManager#main",
    "Phaser.Math.Between",
)
_MAX_LINE = 320
# config fields a short program sets most often; they are listed first in interface lines
_FIELD_RANK = {name: i for i, name in enumerate(
    "type width height backgroundColor parent scene physics default arcade gravity debug targets x y key "
    "delay loop repeat callback callbackScope duration ease yoyo alpha scale angle speed lifespan quantity "
    "frequency fontSize fontFamily color fill".split())}


def context_line(index: ApiIndex, rec: dict[str, Any]) -> str:
    """One signature line: the full symbol id, then parameters and type (no documentation)."""
    kind = rec["kind"]
    if kind in ("class", "namespace"):
        line = rec["signature"]
    elif kind == "interface":
        props = index.members(rec["symbol_id"])
        ordered = sorted(props.items(), key=lambda item: (
            "optional" in item[1].get("tags", []), _FIELD_RANK.get(item[0], len(_FIELD_RANK)), item[0]))
        shown = ", ".join(f"{n}{'?' if 'optional' in p.get('tags', []) else ''}: {p.get('type') or 'any'}"
                          for n, p in ordered[:12])
        line = f"interface {rec['symbol_id']}" + (f" {{ {shown}{', …' if len(props) > 12 else ''} }}" if shown else "")
    else:
        sig = rec["signature"]
        line = rec["symbol_id"] + sig[len(rec["name"]):] if sig.startswith(rec["name"]) else f"{rec['symbol_id']}: {sig}"
    return line if len(line) <= _MAX_LINE else line[: _MAX_LINE - 1] + "…"


def resolve_api(index: ApiIndex, name: str) -> str | None:
    """The index symbol a seed's API name means: exact, ``X.y`` written for ``X#y``, ``this.a.b`` chains."""
    name = name.strip().rstrip("()")
    if name in index:
        return name
    if name.startswith("this."):
        chain = index.resolve_chain("Phaser.Scene", name.split(".")[1:])
        last = chain[-1] if chain else None
        return last["symbol_id"] if last is not None else None
    if not name.startswith("Phaser.") and f"Phaser.{name}" in index:
        return f"Phaser.{name}"
    for sep_from in (".", "#"):
        head, _, tail = name.rpartition(sep_from)
        if head:
            rec = index.member(head, tail)
            if rec is not None:
                return rec["symbol_id"]
    return None



def must_use_meetable(index: ApiIndex, name: str, equivalents: Iterable[str] = ()) -> bool:
    """Whether any program could meet a seed's must-use name in L2: the name resolves, has an equivalent, or its last
    word is the name of some Phaser symbol or event (the validator meets ``registry`` or ``time.addEvent`` that way)."""
    name = name.strip().split("(")[0].strip()
    known = set(equivalents)
    if not name or resolve_api(index, name) is not None or name in known or f"Phaser.{name}" in known:
        return True
    if name.startswith("Phaser"):  # a full name is met only by that symbol
        return False
    last = name.replace("#", ".").split(".")[-1].strip()
    return bool(last) and bool(index.by_name(last) or index.events_named(last))


def closest_api(index: ApiIndex, name: str) -> str | None:
    """The index symbol spelled most like ``name`` (for a 'did you mean' hint), if one is close."""
    name = name.strip().split("(")[0].strip()
    full = name if name.startswith("Phaser") else f"Phaser.{name}"
    close = difflib.get_close_matches(full, [rec["symbol_id"] for rec in index], n=1, cutoff=0.85)
    return close[0] if close else None


def unmeetable_must_use_check(index: ApiIndex, equivalents: Iterable[str] = ()) -> Callable[[dict[str, Any]], tuple[str, str] | None]:
    """A seed check: a must_use_apis name that no program can meet would fail every answer in L2's must-use check."""
    known = frozenset(equivalents)
    release = f"Phaser {index.version}" if index.version else "Phaser"

    def check(seed: dict[str, Any]) -> tuple[str, str] | None:
        for name in seed.get("must_use_apis") or []:
            if not must_use_meetable(index, name, known):
                close = closest_api(index, name)
                hint = f"did you mean {close}? " if close else ""
                return ("unknown_must_use", f"seed {seed['id']}: must_use_apis names {name!r}, which is no {release} "
                        f"API, so every answer would fail the must-use check ({hint}fix the name, or set "
                        "check_must_use: false)")
        return None

    return check

# the objects a program reaches from its scene to create things: this.add, this.make, this.physics.add, this.time,
# this.tweens, this.cameras, this.input.keyboard, this.sound
CREATOR_OWNERS = (
    "Phaser.GameObjects.GameObjectFactory", "Phaser.Physics.Arcade.Factory", "Phaser.Physics.Matter.Factory",
    "Phaser.Time.Clock", "Phaser.Tweens.TweenManager", "Phaser.Cameras.Scene2D.CameraManager",
    "Phaser.Input.Keyboard.KeyboardPlugin", "Phaser.Sound.BaseSoundManager",
)


def creators_by_class(index: ApiIndex, owners: tuple[str, ...] = CREATOR_OWNERS) -> dict[str, list[str]]:
    """Class symbol -> the factory methods that return exactly that class (at most two per class)."""
    out: dict[str, list[str]] = {}
    for owner in owners:
        if owner not in index:
            continue
        for rec in index.members(owner).values():
            returns = (rec.get("returns") or "").strip()
            if rec.get("kind") != "method" or not returns or "|" in returns or returns not in index:
                continue
            found = out.setdefault(returns, [])
            if len(found) < 2 and rec["symbol_id"] not in found:
                found.append(rec["symbol_id"])
    return out


def variant_seed(base_seed: int, prompt_id: str, variant: int) -> int:
    digest = hashlib.sha256(f"{base_seed}:{prompt_id}:{variant}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


@dataclass
class RequestSettings:
    variants: int = 3
    temperatures: tuple[float, ...] = (0.6, 0.8, 1.0)
    top_p: float | None = None
    max_tokens: int = 4000
    base_seed: int = 0
    top_k: int = 20
    analyzer: Analyzer = "both"
    expansion_weight: float = 0.2
    must_use_weight: float = 3.0
    measure_blind_recall: bool = True


@dataclass
class RetrievalStats:
    """Recall@k of must_use_apis over seeds, measured on the ranked list before forced inclusion."""

    top_k: int
    seeds: int = 0
    must_use_total: int = 0
    must_use_hits: int = 0
    hits_at: Counter = field(default_factory=Counter)  # k -> must_use found in the first k (k = 1, 5, 10)
    blind_hits: int = 0
    unresolved: Counter = field(default_factory=Counter)
    forced: int = 0

    def as_dict(self) -> dict[str, Any]:
        total = self.must_use_total or 1
        return {
            "top_k": self.top_k,
            "seeds": self.seeds,
            "must_use_total": self.must_use_total,
            f"recall_at_{self.top_k}": round(self.must_use_hits / total, 4),
            "recall_curve": {f"@{k}": round(n / total, 4) for k, n in sorted(self.hits_at.items())}
            | {f"@{self.top_k}": round(self.must_use_hits / total, 4)},
            f"blind_recall_at_{self.top_k}": round(self.blind_hits / total, 4),
            "forced_in": self.forced,
            "must_use_not_in_index": sum(self.unresolved.values()),
            "must_use_not_in_index_examples": dict(self.unresolved.most_common(10)),
        }


class RequestBuilder:
    """Builds the requests of one seed; shares the retriever and rendered common context across seeds."""

    def __init__(
        self,
        index: ApiIndex,
        templates: list[PromptTemplate],
        settings: RequestSettings,
        glossary: Glossary | None,
        common_apis: tuple[str, ...] | list[str] = DEFAULT_COMMON_APIS,
        retriever: ApiRetriever | None = None,
    ):
        self.index = index
        self.templates = templates
        self.settings = settings
        self.glossary = glossary
        self.retriever = retriever or ApiRetriever(index)
        self.version = index.version or "unknown"
        self.common_ids = [c for c in dict.fromkeys(common_apis) if c in index]
        self.missing_common = [c for c in common_apis if c not in index]
        self.common_context = "\n".join(context_line(index, index.get(c)) for c in self.common_ids)
        self.stats = RetrievalStats(top_k=settings.top_k)
        self._creators = creators_by_class(index)

    def _queries(self, seed: dict[str, Any]) -> tuple[dict[str, float], dict[str, float]]:
        """The query (task + constraints + eval_hints + must_use_apis) and the blind one (without the APIs)."""
        s = self.settings
        blind = query_tokens([seed["task"], *seed["constraints"], *seed["eval_hints"]], self.glossary,
                             s.analyzer, s.expansion_weight)
        full = query_tokens(seed["must_use_apis"], self.glossary, s.analyzer, s.expansion_weight,
                            weight=s.must_use_weight, into=dict(blind))
        return full, blind

    def retrieve(self, seed: dict[str, Any]) -> list[str]:
        """The seed's API context: must_use_apis first, then BM25 hits, ``top_k`` in all."""
        s = self.settings
        must: list[str] = []
        for name in seed["must_use_apis"]:
            sid = resolve_api(self.index, name)
            if sid is None:
                self.stats.unresolved[name] += 1
            elif sid not in must:
                must.append(sid)
        common = set(self.common_ids)
        query, blind_query = self._queries(seed)
        hits = self.retriever.search(query, s.top_k + len(common))
        ranked = [h.symbol_id for h in hits]
        top = set(ranked[: s.top_k])
        self.stats.seeds += 1
        self.stats.must_use_total += len(must)
        self.stats.must_use_hits += sum(1 for m in must if m in top)
        for k in (1, 5, 10):
            if k < s.top_k:
                first = set(ranked[:k])
                self.stats.hits_at[k] += sum(1 for m in must if m in first)
        self.stats.forced += sum(1 for m in must if m not in top)
        if s.measure_blind_recall and must:
            blind = {h.symbol_id for h in self.retriever.search(blind_query, s.top_k)}
            self.stats.blind_hits += sum(1 for m in must if m in blind)
        context = list(must)
        # a must-use class comes with the call that creates it (this.add.particles for ParticleEmitter)
        for sid in must:
            for creator in self._creators.get(sid, ()):
                if creator not in context:
                    context.append(creator)
        for sid in ranked:
            if len(context) >= max(s.top_k, len(must)):
                break
            if sid in common or sid in context or not self._informative(sid, context):
                continue
            context.append(sid)
        return context

    def _informative(self, sid: str, context: list[str]) -> bool:
        """A bare namespace line says nothing, and an interface line already lists its fields."""
        rec = self.index.get(sid)
        if rec is None or rec["kind"] == "namespace":
            return False
        owner = self.index.get(rec.get("owner") or "")
        return not (owner is not None and owner["kind"] == "interface" and owner["symbol_id"] in context)

    def build(self, seed: dict[str, Any]) -> list[dict[str, Any]]:
        s = self.settings
        context = self.retrieve(seed)
        api_lines = "\n".join(context_line(self.index, self.index.get(c)) for c in context)
        requests = []
        for variant in range(s.variants):
            template = self.templates[variant % len(self.templates)]
            system, prefix_chars = template.render_system(self.version, self.common_context, api_lines)
            requests.append({
                "request_id": f"{seed['id']}_v{variant}",
                "prompt_id": seed["id"],
                "variant": variant,
                "messages": [
                    {"role": "system", "content": system},
                    {"role": "user", "content": template.render_user(seed)},
                ],
                "gen": {
                    "temperature": s.temperatures[variant % len(s.temperatures)],
                    "top_p": s.top_p,
                    "max_tokens": s.max_tokens,
                    "seed": variant_seed(s.base_seed, seed["id"], variant),
                },
                "meta": {
                    "api_top_k": s.top_k,
                    "api_context": context,
                    "phaser_version": self.version,
                    "template": template.name,
                    "contract": template.contract,
                    "language": template.language,
                    "system_prefix_chars": prefix_chars,
                    "retrieval": s.analyzer,
                },
                "prompt_meta": seed,
            })
        return requests
