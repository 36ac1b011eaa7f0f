"""The reward server: a long-running aiohttp service that scores completions for a trainer.

Requests from many trainer ranks arrive at ``POST /score``; a batcher gathers the items of concurrent requests
(for ``batch_wait_ms`` or up to ``max_batch`` items), answers repeats from an in-memory cache keyed by
completion + seed, and spreads the rest over a pool of warm workers, each a :class:`RewardScorer` (one
Validator: its own Node worker and headless-Chromium page). ``/health`` and ``/metrics`` (Prometheus text)
say how it is doing; SIGTERM/SIGINT stop accepting, finish what is in flight, close the browsers and exit 0.
"""
from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import math
import os
import socket
import time
from collections import Counter, OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from modelcall.io.atomic import atomic_write_text
from modelcall.reward.advantage import group_advantages
from modelcall.reward.config import RewardConfig
from modelcall.reward.scorer import TEXT_FIELDS, RewardScorer, completion_key, text_of
from modelcall.validator.config import usable_cpus

log = logging.getLogger("modelcall.reward.server")
MAX_ITEMS = 4096
MAX_TEXT_CHARS = 200_000


class BadRequest(ValueError):
    """A request the client must fix (answered 400 with this message)."""


@dataclass
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8710
    workers: int = field(default_factory=usable_cpus)
    max_batch: int = 64
    batch_wait_ms: float = 20.0
    cache_size: int = 100_000
    max_body_mb: float = 64.0
    publish: str | None = None  # a file the server adds its URL to (and removes it from on shutdown)


def parse_items(body: Any) -> list[dict[str, Any]]:
    """The ``items`` of a /score body, checked; raises BadRequest naming the first bad field."""
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object: {\"items\": [{\"text\": ..., \"prompt_meta\": {...}}, ...]}")
    unknown = set(body) - {"items", "advantages"}
    if unknown:
        raise BadRequest(f"unknown key(s) {sorted(unknown)}; expected 'items' and optional 'advantages'")
    items = body.get("items")
    if not isinstance(items, list) or not items:
        raise BadRequest("'items' must be a non-empty list of {\"text\": ..., \"prompt_meta\": {...}}")
    if len(items) > MAX_ITEMS:
        raise BadRequest(f"'items' holds {len(items)} completions; send at most {MAX_ITEMS} per request")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise BadRequest(f"items[{i}] must be an object, got {type(item).__name__}")
        text = text_of(item)
        if text is None:
            raise BadRequest(f"items[{i}] has no completion text: give one of {', '.join(TEXT_FIELDS)} as a string")
        if len(text) > MAX_TEXT_CHARS:
            raise BadRequest(f"items[{i}].text is {len(text)} characters; the limit is {MAX_TEXT_CHARS}")
        meta = item.get("prompt_meta")
        if meta is not None and not isinstance(meta, dict):
            raise BadRequest(f"items[{i}].prompt_meta must be an object (the seed), got {type(meta).__name__}")
    if not isinstance(body.get("advantages", False), bool):
        raise BadRequest("'advantages' must be true or false")
    return items


class Metrics:
    """Counters for /metrics and /health."""

    def __init__(self) -> None:
        self.started = time.time()
        self.counts: Counter[str] = Counter()
        self.latency_sum = 0.0
        self.latency_count = 0
        self.batch_sizes: Counter[int] = Counter()
        self.busy = 0
        self.queued = 0

    def prometheus(self, workers: int, cache_len: int, layer_seconds: dict[str, float] | None = None) -> str:
        c = self.counts
        lines = [
            "# TYPE modelcall_reward_requests_total counter",
            f"modelcall_reward_requests_total {c['requests']}",
            "# TYPE modelcall_reward_bad_requests_total counter",
            f"modelcall_reward_bad_requests_total {c['bad_requests']}",
            "# TYPE modelcall_reward_completions_total counter",
            f"modelcall_reward_completions_total {c['items']}",
            "# TYPE modelcall_reward_cache_hits_total counter",
            f"modelcall_reward_cache_hits_total {c['cache_hits']}",
            "# TYPE modelcall_reward_programs_scored_total counter",
            f"modelcall_reward_programs_scored_total {c['scored']}",
            "# TYPE modelcall_reward_worker_errors_total counter",
            f"modelcall_reward_worker_errors_total {c['worker_errors']}",
            "# TYPE modelcall_reward_batches_total counter",
            f"modelcall_reward_batches_total {c['batches']}",
            "# TYPE modelcall_reward_request_seconds summary",
            f"modelcall_reward_request_seconds_sum {self.latency_sum:.6f}",
            f"modelcall_reward_request_seconds_count {self.latency_count}",
            "# TYPE modelcall_reward_scoring_seconds_total counter",
            f"modelcall_reward_scoring_seconds_total {c['scoring_ms'] / 1000:.3f}",
            "# TYPE modelcall_reward_workers gauge",
            f"modelcall_reward_workers {workers}",
            "# TYPE modelcall_reward_workers_busy gauge",
            f"modelcall_reward_workers_busy {self.busy}",
            "# TYPE modelcall_reward_queue_depth gauge",
            f"modelcall_reward_queue_depth {self.queued}",
            "# TYPE modelcall_reward_cache_entries gauge",
            f"modelcall_reward_cache_entries {cache_len}",
            "# TYPE modelcall_reward_uptime_seconds gauge",
            f"modelcall_reward_uptime_seconds {time.time() - self.started:.1f}",
            "# TYPE modelcall_reward_validator_seconds_total counter",
        ]
        # where the workers' time went: l1/l2 (Node), l3 (browser, summed per program), *_wall (per batch)
        lines += [f'modelcall_reward_validator_seconds_total{{stage="{k}"}} {v:.3f}' for k, v in sorted((layer_seconds or {}).items())]
        return "\n".join(lines) + "\n"


class RewardService:
    """The batcher, the cache and the worker pool behind the HTTP handlers."""

    def __init__(self, config: RewardConfig, settings: ServerSettings):
        self.config = config
        self.settings = settings
        self.metrics = Metrics()
        self.cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.state = "starting"
        self._scorers: list[RewardScorer] = []
        self._idle: asyncio.Queue[RewardScorer] | None = None
        self._queue: asyncio.Queue[tuple[str, dict[str, Any], asyncio.Future]] | None = None
        self._pending: dict[str, asyncio.Future] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._batcher: asyncio.Task | None = None
        self._tasks: set[asyncio.Task] = set()

    # ------------------------------------------------------------------ life cycle
    async def start(self) -> None:
        n = self.settings.workers
        self._executor = ThreadPoolExecutor(max_workers=n, thread_name_prefix="reward-worker")
        loop = asyncio.get_running_loop()
        self._scorers = [RewardScorer(self.config) for _ in range(n)]
        try:
            await asyncio.gather(*(loop.run_in_executor(self._executor, s.open) for s in self._scorers))
        except BaseException:
            await self._close_scorers()
            raise
        self._idle = asyncio.Queue()
        for s in self._scorers:
            self._idle.put_nowait(s)
        self._queue = asyncio.Queue()
        self._batcher = asyncio.create_task(self._batch_loop())
        self.state = "ok"
        log.info("reward server ready: %d warm workers", n)

    async def stop(self) -> None:
        """Drain: refuse new work, finish the queue and the running batches, then close the workers."""
        self.state = "draining"
        if self._queue is not None:
            while not self._queue.empty() or self._pending:
                await asyncio.sleep(0.02)
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._batcher is not None:
            self._batcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._batcher
        await self._close_scorers()
        self.state = "stopped"

    async def _close_scorers(self) -> None:
        loop = asyncio.get_running_loop()
        if self._executor is not None:
            await asyncio.gather(*(loop.run_in_executor(self._executor, s.close) for s in self._scorers),
                                 return_exceptions=True)
            self._executor.shutdown(wait=True)
            self._executor = None
        self._scorers = []

    def layer_seconds(self) -> dict[str, float]:
        total: Counter[str] = Counter()
        for scorer in self._scorers:
            with contextlib.suppress(RuntimeError):  # a worker thread added a key while we read: skip this scrape
                total.update(dict(scorer.stats.seconds))
        return dict(total)

    # ------------------------------------------------------------------ scoring
    async def score(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.state != "ok":
            raise web.HTTPServiceUnavailable(text=json.dumps({"error": f"server is {self.state}"}),
                                             content_type="application/json")
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        futures = []
        for item in items:
            key = completion_key(text_of(item) or "", item.get("prompt_meta"))
            cached = self.cache.get(key)
            if cached is not None:
                self.cache.move_to_end(key)
                self.metrics.counts["cache_hits"] += 1
                done = loop.create_future()
                done.set_result(dict(cached, cached=True))
                futures.append(done)
                continue
            pending = self._pending.get(key)
            if pending is None:  # the same completion already on its way: wait for that one
                pending = loop.create_future()
                self._pending[key] = pending
                self._queue.put_nowait((key, item, pending))
                self.metrics.queued += 1
            else:
                self.metrics.counts["cache_hits"] += 1
            futures.append(pending)
        results = await asyncio.gather(*futures)
        self.metrics.counts["items"] += len(items)
        return [dict(r) for r in results]

    async def _batch_loop(self) -> None:
        assert self._queue is not None and self._idle is not None
        wait = self.settings.batch_wait_ms / 1000
        while True:
            batch = [await self._queue.get()]
            deadline = time.monotonic() + wait
            while len(batch) < self.settings.max_batch * self.settings.workers:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(self._queue.get(), left))
                except asyncio.TimeoutError:
                    break
            self.metrics.queued -= len(batch)
            self.metrics.counts["batches"] += 1
            self.metrics.batch_sizes[len(batch)] += 1
            size = max(1, min(self.settings.max_batch, math.ceil(len(batch) / self.settings.workers)))
            for start in range(0, len(batch), size):
                scorer = await self._idle.get()  # all busy: the queue grows and the next batch is larger
                task = asyncio.create_task(self._run_chunk(scorer, batch[start:start + size]))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _run_chunk(self, scorer: RewardScorer, chunk: list[tuple[str, dict[str, Any], asyncio.Future]]) -> None:
        assert self._idle is not None and self._executor is not None
        loop = asyncio.get_running_loop()
        self.metrics.busy += 1
        t0 = time.monotonic()
        try:
            rewards = await loop.run_in_executor(self._executor, scorer.score, [item for _, item, _ in chunk])
        except Exception as exc:  # noqa: BLE001 - a worker failure fails its items, never the server
            log.exception("a reward worker failed on %d completions", len(chunk))
            self.metrics.counts["worker_errors"] += 1
            for key, _, fut in chunk:
                self._pending.pop(key, None)
                if not fut.done():
                    fut.set_exception(RuntimeError(f"worker failed: {type(exc).__name__}: {exc}"))
            return
        finally:
            self.metrics.busy -= 1
            self.metrics.counts["scoring_ms"] += int((time.monotonic() - t0) * 1000)
            self._idle.put_nowait(scorer)
        for (key, _, fut), reward in zip(chunk, rewards, strict=True):
            self.metrics.counts["scored"] += 1
            self.cache[key] = reward
            if len(self.cache) > self.settings.cache_size:
                self.cache.popitem(last=False)
            self._pending.pop(key, None)
            if not fut.done():
                fut.set_result(dict(reward, cached=False))


# ---------------------------------------------------------------------- HTTP
def _json_error(status: type[web.HTTPException], message: str) -> web.HTTPException:
    return status(text=json.dumps({"error": message}), content_type="application/json")


@web.middleware
async def _errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Every error is JSON ``{"error": ...}``, whatever raised it (our handlers, aiohttp's router, body limits)."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400 or exc.content_type == "application/json":
            raise
        service: RewardService | None = request.app.get(SERVICE)
        if service is not None and exc.status < 500:
            service.metrics.counts["bad_requests"] += 1
        hint = " (see POST /score, GET /health, GET /metrics)" if exc.status in (404, 405) else ""
        headers = {k: v for k, v in exc.headers.items() if k.lower() == "allow"}
        return web.json_response({"error": f"{exc.status} {exc.reason}: {request.method} {request.path}{hint}"},
                                 status=exc.status, headers=headers)


SERVICE = web.AppKey("service", RewardService)


async def _score(request: web.Request) -> web.Response:
    service = request.app[SERVICE]
    t0 = time.monotonic()
    service.metrics.counts["requests"] += 1
    try:
        body = await request.json(loads=json.loads)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        service.metrics.counts["bad_requests"] += 1
        raise _json_error(web.HTTPBadRequest, f"the body is not JSON: {exc}") from None
    try:
        items = parse_items(body)
    except BadRequest as exc:
        service.metrics.counts["bad_requests"] += 1
        raise _json_error(web.HTTPBadRequest, str(exc)) from None
    try:
        rewards = await service.score(items)
    except RuntimeError as exc:
        raise _json_error(web.HTTPInternalServerError, str(exc)) from None
    out: dict[str, Any] = {"rewards": rewards}
    if body.get("advantages"):
        groups = [str(it.get("prompt_id") or (it.get("prompt_meta") or {}).get("id") or "") for it in items]
        out["advantages"] = [round(a, 6) for a in group_advantages([r["total"] for r in rewards], groups,
                                                                   service.config.normalisation)]
    elapsed = time.monotonic() - t0
    service.metrics.latency_sum += elapsed
    service.metrics.latency_count += 1
    out["seconds"] = round(elapsed, 4)
    return web.json_response(out)


async def _health(request: web.Request) -> web.Response:
    service = request.app[SERVICE]
    body = {"status": service.state, "workers": service.settings.workers, "busy": service.metrics.busy,
            "queue": service.metrics.queued, "cache_entries": len(service.cache),
            "uptime_s": round(time.time() - service.metrics.started, 1), "pid": os.getpid()}
    return web.json_response(body, status=200 if service.state == "ok" else 503)


async def _metrics(request: web.Request) -> web.Response:
    service = request.app[SERVICE]
    return web.Response(text=service.metrics.prometheus(service.settings.workers, len(service.cache), service.layer_seconds()),
                        content_type="text/plain", charset="utf-8")


def build_app(service: RewardService) -> web.Application:
    app = web.Application(middlewares=[_errors], client_max_size=int(service.settings.max_body_mb * 1024 * 1024))
    app[SERVICE] = service
    app.router.add_post("/score", _score)
    app.router.add_get("/health", _health)
    app.router.add_get("/metrics", _metrics)
    return app


# ---------------------------------------------------------------------- address file
def public_url(host: str, port: int) -> str:
    if host in ("0.0.0.0", "::", ""):
        host = socket.getfqdn() or socket.gethostname()
    return f"http://{host}:{port}"


def _edit_address_file(path: str, url: str, add: bool) -> None:
    """Add or remove one URL line under an exclusive lock (several servers share the file)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(target.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lines = target.read_text(encoding="utf-8").splitlines() if target.exists() else []
        lines = [line for line in lines if line.strip() and line.strip() != url]
        if add:
            lines.append(url)
        atomic_write_text(target, "".join(line + "\n" for line in lines))


def read_address_file(path: str | Path) -> list[str]:
    """The server URLs a file lists (one per line; blank lines and '#' comments skipped)."""
    text = Path(path).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


async def serve(config: RewardConfig, settings: ServerSettings, ready: asyncio.Event | None = None,
                stop: asyncio.Event | None = None) -> int:
    """Run until SIGTERM/SIGINT (or ``stop`` is set); returns the exit code. ``ready`` is set once it listens."""
    import signal

    service = RewardService(config, settings)
    await service.start()
    runner = web.AppRunner(build_app(service), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port, reuse_address=True)
    try:
        await site.start()
    except OSError as exc:
        await service.stop()
        await runner.cleanup()
        raise OSError(exc.errno, f"cannot listen on {settings.host}:{settings.port}: {exc.strerror}") from None
    port = runner.addresses[0][1] if runner.addresses else settings.port
    url = public_url(settings.host, port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    if settings.publish:
        _edit_address_file(settings.publish, url, add=True)
    print(f"reward server listening on {url} ({settings.workers} workers)", flush=True)
    if ready is not None:
        ready.set()
    try:
        await stop.wait()
    finally:
        log.info("reward server stopping: finishing in-flight requests")
        if settings.publish:
            _edit_address_file(settings.publish, url, add=False)
        await service.stop()
        await runner.cleanup()
        print("reward server stopped", flush=True)
    return 0
