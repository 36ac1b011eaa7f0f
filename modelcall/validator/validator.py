"""The reusable validator: ``with Validator(cfg) as v: for rec in v.validate(candidates): ...``.

It owns the Node workers (L1, L2 and the AST facts of L4), the browser pool (L3) and the stage cache; a
candidate goes in, a ``validated`` record (DESIGN.md) comes out, in the same order, never dropped.
"""
from __future__ import annotations

import hashlib
import json
import logging
import math
import queue
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from modelcall.io import atomic_write_text
from modelcall.validator.api_model import class_names, ensure_model, namespace_names
from modelcall.validator.cache import StageCache
from modelcall.validator.config import ValidatorConfig
from modelcall.validator.layers import ApiLayer, LintLayer, RuntimeLayer, Sample, TaskFitLayer
from modelcall.validator.layers.api import ApiFacts
from modelcall.validator.layers.base import Issue, LayerResult
from modelcall.validator.layers.taskfit import load_rules
from modelcall.validator.node_worker import NodeWorker
from modelcall.validator.runtime_contracts import attach as attach_contracts
from modelcall.validator.runtime_contracts import build_table as contract_table

log = logging.getLogger(__name__)

LAYERS = ("l1", "l2", "l3", "l4")
FRAME_MS = 1000 / 60  # game time per stepped frame (harness.js)
MIN_CHUNK = 16  # programs per Node worker request, at least (when the batch has them)
REFLECT_VERSION = "2"  # bump when harness.js's reflect() changes what it collects


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def code_of(record: dict[str, Any]) -> str:
    """The program of a candidate: ``code``, else the file at ``code_path`` (the parse runner writes both)."""
    code = record.get("code")
    if isinstance(code, str) and code:
        return code
    path = record.get("code_path")
    if path and Path(path).is_file():
        return Path(path).read_text(encoding="utf-8", errors="replace")
    return ""


class ValidationStats:
    """Counters the report shows: pass rate per layer, top failure reasons with one example, time per layer."""

    def __init__(self) -> None:
        self.total = 0
        self.passed = 0
        self.ran: Counter[str] = Counter()
        self.ok: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.examples: dict[str, dict[str, Any]] = {}
        self.warnings: Counter[str] = Counter()
        self.seconds: Counter[str] = Counter()
        self.failed_phase: Counter[str] = Counter()
        self.hints: Counter[str] = Counter()
        self.cached = 0
        self.isolation: dict[str, Any] | None = None  # how L3 keeps programs apart and off the network

    def add(self, record: dict[str, Any]) -> None:
        self.total += 1
        self.passed += bool(record["passed"])
        for layer in LAYERS:
            value = record["layers"].get(layer)
            if value is not None:
                self.ran[layer] += 1
                self.ok[layer] += bool(value)
        validation = record["validation"]
        for err in validation["errors"]:
            reason = err["layer"] + ":" + err["code"] + (f"@{err['phase']}" if err.get("phase") else "")
            self.reasons[reason] += 1
            if reason not in self.examples:
                self.examples[reason] = {"request_id": record.get("request_id"), "position": record.get("position"),
                                         "message": err["message"], "line": err.get("line")}
        for warn in validation["warnings"]:
            self.warnings[warn["layer"] + ":" + warn["code"]] += 1
        phase = (validation.get("runtime") or {}).get("failed_phase")
        if phase:
            self.failed_phase[phase] += 1
        for verdict in (validation.get("hints") or {}).values():
            self.hints[verdict] += 1

    def as_dict(self, top: int = 15) -> dict[str, Any]:
        return {
            "total": self.total,
            "passed": self.passed,
            "pass_rate": round(self.passed / self.total, 4) if self.total else None,
            "layers": {
                layer: {"ran": self.ran[layer], "passed": self.ok[layer],
                        "pass_rate": round(self.ok[layer] / self.ran[layer], 4) if self.ran[layer] else None}
                for layer in LAYERS
            },
            "top_failure_reasons": [
                {"reason": reason, "count": count, "example": self.examples.get(reason)}
                for reason, count in self.reasons.most_common(top)
            ],
            "warnings": dict(self.warnings.most_common(top)),
            "runtime_failed_phase": dict(self.failed_phase),
            "hints": dict(self.hints),
            "seconds_per_layer": {k: round(v, 3) for k, v in self.seconds.items()},
            "cached_programs": self.cached,
            "runtime_isolation": self.isolation,
        }


class Validator:
    """Context manager owning the Node workers and the browser; ``validate`` yields validated records in order."""

    def __init__(self, config: ValidatorConfig | dict[str, Any] | None = None):
        if config is None:
            config = ValidatorConfig()
        elif isinstance(config, dict):
            config = ValidatorConfig.model_validate(config)
        self.config = config
        self.stats = ValidationStats()
        self._workers: queue.Queue[NodeWorker] = queue.Queue()
        self._all_workers: list[NodeWorker] = []
        self._executor: ThreadPoolExecutor | None = None
        self._pool: Any = None
        self._cache: StageCache | None = None
        self._open = False

    # ------------------------------------------------------------------ setup
    @property
    def runtime_on(self) -> bool:
        return self.config.runtime.enabled and self.config.gates.l3 != "off"

    def open(self) -> Validator:
        if self._open:
            return self
        cfg = self.config
        version = cfg.api.phaser_version
        if cfg.api.api_index_path:
            index_path = Path(cfg.api.api_index_path)
        else:
            from modelcall.phaser.api_index import ensure_api_index

            index_path = ensure_api_index(version=version)
        cache_dir = Path(cfg.cache_path).parent if cfg.cache_path else Path("runs/cache")
        try:
            if self.runtime_on:
                from modelcall.validator.browser import BrowserPool

                self._pool = BrowserPool(cfg.runtime, screenshots=bool(cfg.runtime.screenshots_dir))
                # before start: the pool prepares its first pages at once
                if cfg.runtime.contracts and not attach_contracts(self._pool, self._contract_table(index_path, cache_dir)):
                    log.warning("the browser pool takes no harness options: run-time argument contracts are off")
                self._pool.start()
            reflection = self._reflection(index_path, cache_dir) if cfg.api.reflect else None
            self.model_path = ensure_model(index_path, version, cache_dir / "validator", reflection)
            model = json.loads(self.model_path.read_text(encoding="utf-8"))
            self.facts = ApiFacts(model)
            init = {"model_path": str(self.model_path.resolve()), "lint": {"extra_globals": cfg.lint.extra_globals}}
            workers = cfg.worker_count()
            init["lint"]["engine"] = cfg.lint.engine
            self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="validator")
            self._all_workers = [NodeWorker(init, cfg.node_binary) for _ in range(workers)]
            for _ in self._executor.map(lambda w: w.start(), self._all_workers):  # start in parallel
                pass
            for worker in self._all_workers:
                self._workers.put(worker)
            self._cache = StageCache(cfg.cache_path)
        except BaseException:
            self.close()
            raise
        self.layers = {
            "l1": LintLayer(cfg.lint),
            "l2": ApiLayer(cfg.api, self.facts),
            "l3": RuntimeLayer(cfg.runtime, cfg.api.misuse_rules),
            "l4": TaskFitLayer(cfg.gates, load_rules(cfg.hints.rules_path), cfg.hints.min_plan_consistency,
                               self.facts.events, {k for k, gate in cfg.api.misuse_rules.items() if gate == "off"}),
        }
        self.fingerprint = hashlib.sha256(
            (cfg.fingerprint() + "|" + self.model_path.name + "|" + _code_version()).encode()
        ).hexdigest()[:16]
        # a browser verdict also depends on the browser build and the exact phaser.min.js it ran under
        self.runtime_fingerprint = self.fingerprint
        if self._pool is not None:
            from modelcall.validator.browser import find_phaser_js

            phaser_sha = hashlib.sha256(find_phaser_js().read_bytes()).hexdigest()[:16]
            self.runtime_fingerprint = hashlib.sha256(
                f"{self.fingerprint}|{self._pool.browser_version}|{phaser_sha}".encode()).hexdigest()[:16]
            self.stats.isolation = {"network_guard": self._pool.network_guard, "browser": self._pool.browser_version,
                                    "per_program": "a fresh document at an origin of its own (new context after "
                                                   "any timeout, crash or memory overrun)"}
        self._open = True
        return self

    def _contract_table(self, index_path: Path, cache_dir: Path) -> dict[str, Any]:
        """The run-time contract table, from the index alone (reflected members have no types: the table skips
        them), so that it is ready before the browser starts. A reflection completes its member lists (objects' own
        fields the index leaves out, which the unread-property check must know): the cached live one, which makes it
        the same model as L2's, or else the shipped one."""
        cached = self._reflection_path(index_path, cache_dir)
        reflection = json.loads(cached.read_text(encoding="utf-8")) if cached.exists() else self._shipped_reflection()
        path = ensure_model(index_path, self.config.api.phaser_version, cache_dir / "validator", reflection)
        return contract_table(json.loads(path.read_text(encoding="utf-8")))

    def _reflection_path(self, index_path: Path, cache_dir: Path) -> Path:
        """Where the live reflection of this index file and Phaser build is cached."""
        from modelcall.validator.browser import find_phaser_js

        stat = index_path.stat()
        phaser = find_phaser_js().stat()
        key = hashlib.sha256(f"{index_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{phaser.st_size}|{REFLECT_VERSION}".encode()).hexdigest()[:16]
        return cache_dir / "validator" / f"reflection-{self.config.api.phaser_version}-{key}.json"

    def _shipped_reflection(self) -> dict[str, Any] | None:
        """The reflection shipped with the package for this Phaser version (None when there is none)."""
        shipped = Path(__file__).with_name("data") / f"reflected-{self.config.api.phaser_version}.json"
        return json.loads(shipped.read_text(encoding="utf-8")) if shipped.exists() else None

    def _reflection(self, index_path: Path, cache_dir: Path) -> dict[str, Any] | None:
        """Live member names of Phaser classes (cached per index file); None when no browser is available."""
        path = self._reflection_path(index_path, cache_dir)
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        pool = self._pool
        own = False
        try:
            if pool is None:
                from modelcall.validator.browser import BrowserPool

                pool = BrowserPool(self.config.runtime, screenshots=False)
                pool.start()
                own = True
            data = pool.reflect(class_names(index_path), namespace_names(index_path))
        except Exception as exc:  # noqa: BLE001 - reflection only completes the index; L2 still works without it
            shipped = self._shipped_reflection()
            if shipped is not None:
                log.info("no browser to reflect over Phaser classes (%s); using the shipped reflection of %s", exc, self.config.api.phaser_version)
                return shipped
            log.warning("could not reflect over live Phaser classes (%s); private-but-real members may count as misses", exc)
            return None
        finally:
            if own and pool is not None:
                pool.close()
        atomic_write_text(path, json.dumps(data))
        return data

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        for worker in self._all_workers:
            worker.close()
        self._all_workers = []
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self._cache is not None:
            self._cache.close()
            self._cache = None
        self._open = False

    def __enter__(self) -> Validator:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ validating
    def validate(self, candidates: Iterable[dict[str, Any]], batch_size: int = 64) -> Iterator[dict[str, Any]]:
        """Yield one validated record per candidate, in order (``position`` = index in the input)."""
        if not self._open:
            raise RuntimeError("use the Validator as a context manager (with Validator(cfg) as v: ...)")
        batch: list[tuple[int, dict[str, Any]]] = []
        for position, record in enumerate(candidates):
            batch.append((position, record))
            if len(batch) >= batch_size:
                yield from self._validate_batch(batch)
                batch = []
        if batch:
            yield from self._validate_batch(batch)

    def validate_one(self, candidate: dict[str, Any]) -> dict[str, Any]:
        return next(iter(self._validate_batch([(0, candidate)])))

    def _analyze_code(self, code: str) -> dict[str, Any]:
        if not code.strip():
            return {"ok": True, "parse_ok": False, "syntax_error": {"message": "no code", "line": None}, "timing": {}}
        worker = self._workers.get()
        try:
            return worker.analyze(code)
        except Exception as exc:  # noqa: BLE001 - one bad sample must not stop the run
            return {"ok": False, "parse_ok": False, "error": f"node worker failed: {exc}", "timing": {}}
        finally:
            self._workers.put(worker)

    def _analyze_chunk(self, codes: list[str]) -> list[dict[str, Any]]:
        """Several programs in one worker request (one lint run); one by one if the batch fails (a hostile program)."""
        todo = [c for c in codes if c.strip()]
        results: dict[str, dict[str, Any]] = {}
        if todo:
            worker = self._workers.get()
            try:
                results = dict(zip(todo, worker.analyze_batch(todo), strict=True))
            except Exception as exc:  # noqa: BLE001 - retried per program below
                log.warning("node worker batch failed (%s); analysing its %d programs one by one", exc, len(todo))
            finally:
                self._workers.put(worker)
        return [results[c] if c in results else self._analyze_code(c) for c in codes]

    def _validate_batch(self, batch: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
        assert self._executor is not None and self._cache is not None
        cfg = self.config
        version = cfg.api.phaser_version
        codes: dict[str, str] = {}
        for _, record in batch:
            code = code_of(record)
            codes.setdefault(code_hash(code), code)
        static: dict[str, dict[str, Any]] = {}
        runtime: dict[str, dict[str, Any] | None] = {}
        new_items: list[tuple[str, str, dict[str, Any]]] = []
        todo_static = []
        for h in codes:
            key = StageCache.key(h, self.fingerprint, version)
            cached = self._cache.get(key, "static")
            if cached is not None:
                static[h] = cached
                self.stats.cached += 1
            else:
                todo_static.append(h)
        t0 = time.monotonic()
        # one request per worker, contiguous chunks (results come back in order) of at least MIN_CHUNK programs:
        # a worker request and its oxlint run have a fixed cost, so many workers on a small batch would not pay
        n = max(1, min(len(self._all_workers), math.ceil(len(todo_static) / MIN_CHUNK)))
        size = math.ceil(len(todo_static) / n) if todo_static else 1
        chunks = [[codes[x] for x in todo_static[i:i + size]] for i in range(0, len(todo_static), size)]
        results = [r for chunk in self._executor.map(self._analyze_chunk, chunks) for r in chunk]
        for h, result in zip(todo_static, results, strict=True):
            static[h] = result
            if result.get("ok"):
                new_items.append((StageCache.key(h, self.fingerprint, version), "static", result))
        self.stats.seconds["static_wall"] += time.monotonic() - t0
        for h in todo_static:
            timing = static[h].get("timing") or {}
            self.stats.seconds["l1"] += (timing.get("parse_ms", 0) + timing.get("lint_ms", 0)) / 1000
            self.stats.seconds["l2"] += timing.get("api_ms", 0) / 1000

        if self.runtime_on and self._pool is not None:
            todo_run = []
            for h in codes:
                if not static[h].get("parse_ok") or not codes[h].strip():
                    runtime[h] = None
                    continue
                cached = self._cache.get(StageCache.key(h, self.runtime_fingerprint, version), "runtime")
                if cached is not None:
                    runtime[h] = cached
                else:
                    todo_run.append(h)
            if todo_run:
                t0 = time.monotonic()
                results = self._pool.run([static[h].get("runnable") or codes[h] for h in todo_run],
                                         [self._frames_for(static[h]) for h in todo_run])
                self.stats.seconds["l3_wall"] += time.monotonic() - t0
                for h, result in zip(todo_run, results, strict=False):
                    png = result.pop("png", None)
                    result["screenshot"] = self._save_png(h, png)
                    runtime[h] = result
                    self.stats.seconds["l3"] += result.get("ms", 0) / 1000
                    # a stall can come from a loaded machine rather than the program: a rerun tries it again
                    if result.get("ok_harness", True) and not result.get("timed_out"):
                        new_items.append((StageCache.key(h, self.runtime_fingerprint, version), "runtime", result))
        self._cache.put_many(new_items)

        out = []
        for position, record in batch:
            code = code_of(record)
            h = code_hash(code)
            validated = self._judge(position, record, code, static[h], runtime.get(h))
            self.stats.add(validated)
            out.append(validated)
        return out

    def _frames_for(self, static: dict[str, Any]) -> int:
        """Frames to run: ``runtime.frames``, or up to the last time the code schedules (+0.5 s) within the budget."""
        rt = self.config.runtime
        if not rt.reach_timers:
            return rt.frames
        scheduled = ((static.get("api") or {}).get("schedule") or {}).get("max_ms") or 0
        wanted = math.ceil((min(scheduled + 500, rt.max_game_time_s * 1000)) / FRAME_MS)
        return max(rt.frames, wanted if scheduled else 0)

    def _save_png(self, h: str, png: bytes | None) -> str | None:
        folder = self.config.runtime.screenshots_dir
        if not png or not folder:
            return None
        path = Path(folder) / f"{h}.png"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".png.tmp")
            tmp.write_bytes(png)
            tmp.replace(path)
        return str(path)

    def _judge(self, position: int, record: dict[str, Any], code: str, static: dict[str, Any],
               run: dict[str, Any] | None) -> dict[str, Any]:
        cfg = self.config
        meta = record.get("prompt_meta")
        meta = meta if isinstance(meta, dict) else {}
        plan = record.get("plan") or {}
        sample = Sample(
            code=code,
            must_use=_names(meta.get("must_use_apis")),
            eval_hints=_names(meta.get("eval_hints")),
            plan_apis=[str(a) for a in (plan.get("apis") if isinstance(plan, dict) else None) or []],
            constraints=_names(meta.get("constraints")),
            task=meta.get("task") if isinstance(meta.get("task"), str) else "",
            static=static,
            runtime=run,
        )
        results: dict[str, LayerResult] = {}
        gates = {"l1": cfg.gates.l1, "l2": cfg.gates.l2, "l3": cfg.gates.l3 if self.runtime_on else "off"}
        for name in ("l1", "l2", "l3"):
            if gates[name] == "off":
                results[name] = LayerResult(None)
                continue
            result = self.layers[name].check(sample)
            if gates[name] == "soft":
                result = LayerResult(result.ok if result.ok is None else True, [], result.errors + result.warnings, result.data)
            results[name] = result
        t0 = time.monotonic()
        results["l4"] = self.layers["l4"].check(sample)
        self.stats.seconds["l4"] += time.monotonic() - t0

        errors: list[Issue] = [e for name in LAYERS for e in results[name].errors]
        warnings: list[Issue] = [w for name in LAYERS for w in results[name].warnings]
        layers = {name: results[name].ok for name in LAYERS}
        passed = all(layers[name] is not False for name in LAYERS) and layers["l1"] is not None
        reasons: list[str] = []
        for issue in errors:
            if issue.reason not in reasons:
                reasons.append(issue.reason)
        l1 = results["l1"].data
        runtime_view = None
        if run is not None:
            runtime_view = {
                "ms": run.get("ms"),
                "frames": run.get("frames"),
                "errors": run.get("errors") or [],
                "console_errors": run.get("console_errors") or [],
                "signals": run.get("signals") or {},
                "screenshot": run.get("screenshot"),
                "game_created": run.get("game_created"),
                "lifecycle": run.get("lifecycle"),
                "canvas": run.get("canvas"),
                "timed_out": run.get("timed_out"),
                "reach_cut_at": run.get("reach_cut_at"),
                "misuse": run.get("misuse") or [],
                "memory_limit": run.get("memory_limit"),
                "cpu_limit": run.get("cpu_limit"),
                "cpu_s": run.get("cpu_s"),
                "navigated": run.get("navigated"),
                "failed_phase": results["l3"].data.get("failed_phase") if results["l3"].ok is False else None,
            }
        l4 = results["l4"].data
        validation = {
            "parse_ok": bool(l1.get("parse_ok", static.get("parse_ok"))),
            "lint_ok": bool(l1.get("lint_ok", False)),
            "api_ok": layers["l2"],
            "runtime_ok": layers["l3"],
            "rules_ok": layers["l4"],
            "errors": [e.as_dict() for e in errors],
            "warnings": [w.as_dict() for w in warnings],
            "api_usage": results["l2"].data.get("api_usage") or {"hits": [], "misses": [], "must_use_hits": [], "must_use_misses": []},
            "runtime": runtime_view,
            "structure": l4.get("structure"),
            "hints": l4.get("hints"),
            "plan_consistency": l4.get("plan_consistency"),
            "validator": {"fingerprint": self.fingerprint, "runtime_fingerprint": self.runtime_fingerprint,
                          "phaser_version": cfg.api.phaser_version},
        }
        out = dict(record)
        out.setdefault("code_hash", code_hash(code))
        out["position"] = record.get("position", position)
        out["validation"] = validation
        out["layers"] = layers
        out["passed"] = passed
        out["reasons"] = reasons
        return out


def _names(value: Any) -> list[str]:
    """A seed's list field as read from a user's file: a list (items as text), one string as one name, else none."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None and str(v).strip()]
    return []


def _code_files() -> list[Path]:
    """The validator's own code that decides a cached stage: every script and module of the package (the Node
    worker's, the browser's: harness, frame guard, launch flags, contract table). The layers under layers/ judge the
    cached stages again on every read, so they are not part of it."""
    here = Path(__file__).parent
    return sorted([*here.glob("*.js"), *here.glob("*.mjs"), *here.glob("*.py")])


def _code_version() -> str:
    """Changes to the validator's own code invalidate cached stages."""
    digest = hashlib.sha256()
    for path in _code_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
