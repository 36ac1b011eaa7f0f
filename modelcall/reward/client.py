"""Calling reward servers from a trainer: :class:`RewardClient` (several URLs, load balancing, retry on a dead
server), a TRL ``GRPOTrainer`` reward function and a verl ``compute_score`` function.

    client = RewardClient.from_address_file("runs/reward/servers.txt")   # written by the Slurm job
    rewards = client.score([{"text": completion, "prompt_meta": seed}, ...])
    trainer = GRPOTrainer(..., reward_funcs=trl_reward_funcs(client)[0], args=GRPOConfig(reward_weights=...))
"""
from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from modelcall.reward.scoring import COMPONENTS


class RewardServerError(RuntimeError):
    """No server could score a chunk (all dead, or every retry failed)."""


class RewardRequestError(ValueError):
    """A server refused the request as bad (4xx): retrying elsewhere would not help."""


class RewardClient:
    """Spreads completions over reward servers in chunks; a server that fails is rested and the chunk goes to
    another. Thread-safe; ``score`` keeps input order."""

    def __init__(self, urls: str | Sequence[str], chunk_size: int = 32, timeout_s: float = 300.0, retries: int = 3,
                 dead_for_s: float = 30.0, max_parallel: int | None = None):
        urls = [urls] if isinstance(urls, str) else list(urls)
        urls = [u.strip().rstrip("/") for u in urls if u and u.strip()]
        if not urls:
            raise ValueError("RewardClient needs at least one server URL (http://host:port)")
        self.urls = urls
        self.chunk_size = chunk_size
        self.retries = retries
        self.dead_for_s = dead_for_s
        self._http = httpx.Client(timeout=httpx.Timeout(timeout_s, connect=5.0),
                                  limits=httpx.Limits(max_connections=max(8, 4 * len(urls))))
        self._lock = threading.Lock()
        self._dead_until: dict[str, float] = {}
        self._inflight: dict[str, int] = dict.fromkeys(urls, 0)
        self._pool = ThreadPoolExecutor(max_workers=max_parallel or 2 * len(urls), thread_name_prefix="reward-client")
        self.stats = {"chunks": 0, "retries": 0, "failovers": 0}

    @classmethod
    def from_address_file(cls, path: str | Path, wait_s: float = 0.0, **kwargs: Any) -> RewardClient:
        """Read the URLs a Slurm job (or ``reward-server --publish``) wrote; wait up to ``wait_s`` for the first."""
        from modelcall.reward.server import read_address_file

        deadline = time.monotonic() + wait_s
        while True:
            urls = read_address_file(path) if Path(path).is_file() else []
            if urls or time.monotonic() >= deadline:
                break
            time.sleep(0.5)
        if not urls:
            raise RewardServerError(f"{path}: no reward server address published (is the reward job running?)")
        return cls(urls, **kwargs)

    @classmethod
    def from_env(cls, **kwargs: Any) -> RewardClient:
        """MODELCALL_REWARD_URLS (comma-separated) or MODELCALL_REWARD_ADDRESS_FILE."""
        urls = os.environ.get("MODELCALL_REWARD_URLS")
        if urls:
            return cls(urls.split(","), **kwargs)
        path = os.environ.get("MODELCALL_REWARD_ADDRESS_FILE")
        if path:
            return cls.from_address_file(path, **kwargs)
        raise RewardServerError("set MODELCALL_REWARD_URLS (http://host:port,...) or MODELCALL_REWARD_ADDRESS_FILE")

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        self._http.close()

    def __enter__(self) -> RewardClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ balancing
    def _pick(self, avoid: set[str]) -> str | None:
        """The live server with the fewest chunks in flight (ties: first listed), not in ``avoid`` if possible."""
        now = time.monotonic()
        with self._lock:
            live = [u for u in self.urls if self._dead_until.get(u, 0) <= now]
            choices = [u for u in live if u not in avoid] or live
            if not choices:
                return None
            url = min(choices, key=lambda u: self._inflight[u])
            self._inflight[url] += 1
            return url

    def _release(self, url: str, dead: bool) -> None:
        with self._lock:
            self._inflight[url] -= 1
            if dead:
                self._dead_until[url] = time.monotonic() + self.dead_for_s

    def _post(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        tried: set[str] = set()
        last = "no server tried"
        for attempt in range(self.retries + len(self.urls)):
            url = self._pick(tried)
            if url is None:  # every server rests: wait for the first to come back
                time.sleep(min(1.0, self.dead_for_s))
                continue
            tried.add(url)
            dead = False
            try:
                response = self._http.post(url + "/score", json={"items": items})
                if 400 <= response.status_code < 500 and response.status_code != 429:
                    raise RewardRequestError(f"{url}: {response.status_code} {_error_text(response)}")
                if response.status_code != 200:
                    dead = True
                    last = f"{url}: {response.status_code} {_error_text(response)}"
                else:
                    rewards = response.json()["rewards"]
                    if attempt:
                        self.stats["failovers"] += 1
                    return rewards
            except httpx.TransportError as exc:
                dead = True
                last = f"{url}: {type(exc).__name__}: {exc}"
            finally:
                self._release(url, dead)
            self.stats["retries"] += 1
        raise RewardServerError(f"no reward server scored the chunk after {len(tried)} server(s): {last}")

    # ------------------------------------------------------------------ public
    def score(self, items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """One reward dict per item (``text`` + ``prompt_meta``), in order."""
        items = list(items)
        chunks = [items[i:i + self.chunk_size] for i in range(0, len(items), self.chunk_size)]
        self.stats["chunks"] += len(chunks)
        out: list[dict[str, Any]] = []
        for part in self._pool.map(self._post, chunks):
            out.extend(part)
        return out

    def health(self) -> dict[str, Any]:
        """``{url: /health body or {'status': 'unreachable', 'error': ...}}`` for every server."""
        report = {}
        for url in self.urls:
            try:
                report[url] = self._http.get(url + "/health", timeout=5).json()
            except (httpx.HTTPError, ValueError) as exc:
                report[url] = {"status": "unreachable", "error": str(exc)}
        return report


def _error_text(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error"))
    except ValueError:
        return response.text[:200]


# ---------------------------------------------------------------------- trainer adapters
def completion_text(completion: Any) -> str:
    """TRL passes strings (standard format) or message lists (conversational): the assistant's text."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list):
        return "".join(str(m.get("content") or "") for m in completion if isinstance(m, dict) and m.get("role", "assistant") == "assistant")
    if isinstance(completion, dict):
        return str(completion.get("content") or "")
    return str(completion)


def seed_of(value: Any) -> dict[str, Any]:
    """A seed given as a dataset column: a dict, or its JSON text (Arrow tables often hold it as a string)."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value.strip().startswith("{"):
        try:
            parsed = json.loads(value)
        except ValueError:
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return {}


class GRPORewardFunction:
    """``reward_funcs`` for TRL's GRPOTrainer: ``(prompts, completions, **kwargs) -> list[float]``.

    The seed of each completion comes from the dataset column ``seed_column`` (TRL passes every extra column
    as a keyword list). The components of the last batch are kept for :func:`trl_reward_funcs`' per-component
    functions, so they are logged without scoring twice."""

    def __init__(self, client: RewardClient, seed_column: str = "prompt_meta", log_path: str | Path | None = None):
        self.client = client
        self.seed_column = seed_column
        self.log_path = Path(log_path) if log_path else None
        self.__name__ = "modelcall_reward"
        self._last: tuple[tuple[str, ...], list[dict[str, Any]]] | None = None
        self.calls = 0

    def rewards_for(self, completions: Sequence[Any], seeds: Sequence[Any]) -> list[dict[str, Any]]:
        texts = tuple(completion_text(c) for c in completions)
        if self._last is not None and self._last[0] == texts:
            return self._last[1]
        items = [{"text": t, "prompt_meta": seed_of(s)} for t, s in zip(texts, seeds, strict=True)]
        rewards = self.client.score(items)
        self._last = (texts, rewards)
        self.calls += 1
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8") as handle:
                for item, reward in zip(items, rewards, strict=True):
                    handle.write(json.dumps({"prompt_id": item["prompt_meta"].get("id"), "total": reward["total"],
                                             "components": reward["components"], "gates": reward["gates"]},
                                            ensure_ascii=False) + "\n")
        return rewards

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[float]:
        seeds = kwargs.get(self.seed_column)
        if seeds is None:
            raise KeyError(f"the dataset has no '{self.seed_column}' column: add the seed of each prompt there "
                           "(a dict or its JSON), or pass seed_column=")
        return [float(r["total"]) for r in self.rewards_for(completions, seeds)]


def trl_reward_funcs(client: RewardClient, seed_column: str = "prompt_meta", components: bool = True,
                     log_path: str | Path | None = None) -> tuple[list[Any], list[float]]:
    """``(reward_funcs, reward_weights)`` for GRPOConfig: the total (weight 1) plus, with ``components``, one
    function per component with weight 0, so TRL logs ``rewards/<component>/mean`` without changing the reward."""
    total = GRPORewardFunction(client, seed_column, log_path)
    funcs: list[Any] = [total]
    for name in COMPONENTS if components else ():
        def component(prompts: Sequence[Any], completions: Sequence[Any], _name: str = name, **kwargs: Any) -> list[float]:
            return [float(r["components"][_name]) for r in total.rewards_for(completions, kwargs[seed_column])]

        component.__name__ = name
        funcs.append(component)
    return funcs, [1.0] + [0.0] * (len(funcs) - 1)


_VERL_CLIENT: RewardClient | None = None


def compute_score(data_source: Any, solution_str: str, ground_truth: Any, extra_info: dict[str, Any] | None = None,
                  **kwargs: Any) -> dict[str, Any]:
    """verl's ``custom_reward_function`` (``compute_score``): ``{"score": total, <components>...}``.

    The seed comes from ``extra_info["prompt_meta"]`` or ``ground_truth`` (dict or JSON); the servers from
    MODELCALL_REWARD_URLS or MODELCALL_REWARD_ADDRESS_FILE."""
    return compute_score_batch([data_source], [solution_str], [ground_truth], [extra_info])[0]


def compute_score_batch(data_sources: Sequence[Any], solution_strs: Sequence[str], ground_truths: Sequence[Any],
                        extra_infos: Sequence[dict[str, Any] | None] | None = None, **kwargs: Any) -> list[dict[str, Any]]:
    """The batched form (verl's batch reward manager): one dict per solution, scored in one round trip."""
    global _VERL_CLIENT
    if _VERL_CLIENT is None:
        _VERL_CLIENT = RewardClient.from_env()
    extra_infos = extra_infos or [None] * len(solution_strs)
    items = []
    for solution, truth, extra in zip(solution_strs, ground_truths, extra_infos, strict=True):
        seed = seed_of((extra or {}).get("prompt_meta")) or seed_of(truth)
        items.append({"text": str(solution), "prompt_meta": seed})
    return [{"score": float(r["total"]), **{k: float(v) for k, v in r["components"].items()}}
            for r in _VERL_CLIENT.score(items)]
