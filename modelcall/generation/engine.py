"""The online engine: stream requests, call the provider under the rate limiter, retry, store, account.

Interface for other areas (runners, cluster jobs, pipelines)::

    from modelcall.generation.engine import generate_file
    report = generate_file("requests.jsonl", "raw_outputs.jsonl", "configs/models/mock.yaml",
                           concurrency=32, max_items=100)          # -> dict (the report sections)

``model_config`` is a path, a mapping or a ``ModelConfig``; keyword arguments are the fields of
:class:`modelcall.generation.settings.GenerationSettings`. A rerun resumes: request_ids already in the
output are skipped, and ``retry_errors=True`` re-sends only those in the errors file.
"""
from __future__ import annotations

import asyncio
import logging
import re
import signal
import time
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from modelcall.config.loader import register_model_keys
from modelcall.config.model import ModelConfig
from modelcall.config.schema import format_validation_error
from modelcall.errors import ConfigError, CredentialError, InputError, Interrupted
from modelcall.gcpolicy import fewer_collections
from modelcall.generation.accounting import RunStats, cost_usd
from modelcall.generation.limiter import RateLimiter
from modelcall.generation.retry import ErrorInfo, RetryPolicy, Tries, classify
from modelcall.generation.settings import GenerationSettings
from modelcall.generation.store import ResultStore, default_errors_path
from modelcall.generation.tokens import estimate_message_tokens
from modelcall.io import ReadStats, output_lock
from modelcall.io.atomic import remove_stale_temps
from modelcall.progress import progress_bar
from modelcall.providers import Provider, make_provider
from modelcall.records import answer_record, error_record, iter_requests, model_identity

log = logging.getLogger("modelcall.generation")
_RID = re.compile(rb'"request_id"\s*:\s*"((?:[^"\\]|\\.)*)"')


async def _with_timeout(awaitable: Any, seconds: float) -> Any:
    """asyncio.timeout where it exists (3.11+; no extra task per call), wait_for before."""
    if hasattr(asyncio, "timeout"):
        async with asyncio.timeout(seconds):
            return await awaitable
    return await asyncio.wait_for(awaitable, seconds)


def resolve_model(model_config: Any) -> ModelConfig:
    """A ModelConfig as it is; a path or a mapping through the one model-config loader."""
    if isinstance(model_config, ModelConfig):
        return model_config
    from modelcall.config.loader import load_model_config

    return load_model_config(model_config)


def count_pending(path: str | Path, store: ResultStore, retry_errors: bool, max_items: int | None) -> int:
    """How many requests this run will send (a quick pass reading only the request_id of each line)."""
    seen: set[bytes] = set()
    pending = 0
    with open(path, "rb") as handle:
        for raw in handle:
            m = _RID.search(raw)
            if not m:
                continue
            key = m.group(1)
            if key in seen:
                continue
            seen.add(key)
            if max_items is not None and len(seen) > max_items:
                break
            try:  # the id as the store holds it: JSON escapes (\uXXXX, \") decoded
                rid = orjson.loads(b'"' + key + b'"') if b"\\" in key else key.decode("utf-8", "replace")
            except orjson.JSONDecodeError:
                rid = key.decode("utf-8", "replace")
            if retry_errors:
                pending += rid in store.failed and rid not in store.done
            else:
                pending += rid not in store.done and rid not in store.failed
    return pending


class GenerationEngine:
    """One online run over one input file. Use :func:`generate_file` unless you need the parts."""

    def __init__(
        self,
        model: ModelConfig,
        settings: GenerationSettings,
        input_path: str | Path,
        output_path: str | Path,
        on_bad_line: str = "error",
        provider: Provider | None = None,
    ):
        self.model = model
        self.settings = settings
        self.input_path = Path(input_path)
        self.output_path = Path(output_path)
        self.on_bad_line = on_bad_line
        self._provider = provider
        self.store = ResultStore(output_path, settings.errors_path, settings.fsync_interval_s)
        self.policy = RetryPolicy.from_settings(settings)
        self.concurrency = settings.concurrency or model.limits.max_concurrency
        self.counts: dict[str, int] = {"duplicate_in_input": 0, "skipped_done": 0, "skipped_failed": 0, "sent": 0}
        self.read_stats = ReadStats()
        self.fatal: ErrorInfo | None = None
        self.timeouts_in_a_row = 0
        self.interrupted = False
        self.stats = RunStats(0)

    # -- the run -----------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        if not self.input_path.exists():
            raise InputError(f"{self.input_path}: file not found (input_path)")
        self.store.load()
        total = count_pending(self.input_path, self.store, self.settings.retry_errors, self.settings.max_items)
        self.stats = RunStats(total)
        self.concurrency = max(1, min(self.concurrency, total))  # no more slots than requests to send
        # twice as many workers as slots: a request waiting out its backoff gives its slot to another
        self.workers = max(1, min(2 * self.concurrency, total))
        resumed = len(self.store.done)
        if resumed or self.store.failed:
            log.info(
                "resuming: %d already in %s, %d in %s%s", resumed, self.output_path, len(self.store.failed),
                self.store.errors_path, " (re-sending those)" if self.settings.retry_errors else "",
            )
        log.info("%d requests to send to %s (%s), concurrency %d", total, self.model.name, self.model.provider, self.concurrency)
        try:
            with fewer_collections():
                asyncio.run(self._run(total))
        finally:
            if self.settings.retry_errors or self.store.errors_written:
                self.store.compact_errors()
        if self.interrupted:
            raise Interrupted(
                f"stopped by Ctrl-C after {self.stats.finished} requests; {self.output_path} is consistent: rerun to resume"
            )
        if self.fatal is not None:
            self._raise_fatal(self.fatal)
        report = self.report()
        if self.stats.timed_out_attempts:
            log.warning("%d attempts timed out after %gs; the server may still bill their answers: about $%.4f "
                        "(if that is many, raise timeout_s)", self.stats.timed_out_attempts, self.model.timeout_s,
                        self.stats.timed_out_cost_usd)
        lat = report["latency_s"]
        log.info(
            "%d ok, %d failed (%s), latency %s, %d tokens in / %d out, $%.4f; output %s",
            self.stats.status["ok"], self.stats.status["error"],
            ", ".join(f"{k} {v}" for k, v in self.stats.error_types.items()) or "none",
            f"p50 {lat['p50']}s p95 {lat['p95']}s" if lat.get("p50") is not None else "n/a (nothing sent)",
            self.stats.tokens.input_tokens, self.stats.tokens.output_tokens,
            self.stats.cost_usd, self.output_path,
        )
        return report

    def _raise_fatal(self, info: ErrorInfo) -> None:
        if info.error_type == "timeout":
            t = self.stats.timed_out_attempts
            raise ConfigError(
                f"timeout_s: {info.message} after {self.model.timeout_s:g}s ({t} timed out in all; the server may still "
                f"bill each: about ${self.stats.timed_out_cost_usd:.4f}); raise timeout_s in the model config (answers of "
                f"up to {self.model.params.max_tokens} tokens can take minutes) and rerun to resume",
                source=self.model.name,
            )
        key = self.model.api_key_env or "the API key"
        if info.error_type in ("auth", "permission"):
            raise CredentialError(
                f"{self.model.provider} rejected the key in {key} (HTTP {info.status_code}: {info.message}); "
                f"check {key} in env/{self.model.provider}.env. Nothing more was sent; rerun to resume"
            )
        raise ConfigError(
            f"model '{self.model.model}' was not found at {self.model.base_url or self.model.provider} "
            f"(HTTP {info.status_code}: {info.message}); check model_config.model. Rerun to resume"
        )

    async def _run(self, total: int) -> None:
        provider = self._provider = self._provider or make_provider(self.model)
        expected_out = self.settings.expected_output_tokens or max(1, self.model.params.max_tokens // 2)
        limits = self.model.limits
        self.limiter = RateLimiter(
            rpm=limits.rpm, tpm=limits.tpm, input_tpm=limits.input_tpm, output_tpm=limits.output_tpm,
            burst_s=self.settings.limiter_burst_s, initial_output_estimate=expected_out,
        )
        self.stop = asyncio.Event()
        self.force = asyncio.Event()
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(maxsize=self.workers * 2)
        self.in_flight = asyncio.Semaphore(self.concurrency)  # requests on the wire (concurrency)
        loop = asyncio.get_running_loop()
        handled_signal = self._install_sigint(loop)
        self.store.open()
        self.bar = progress_bar(total=total, desc=f"generate {self.model.name}", unit="req")
        self._last_postfix = 0.0
        workers = [asyncio.create_task(self._worker(queue, provider)) for _ in range(self.workers)]
        producer = asyncio.create_task(self._produce(queue))
        stop_wait = asyncio.create_task(self.stop.wait())
        try:
            pending: set[asyncio.Task[Any]] = {producer, *workers}
            while pending and not self.stop.is_set():
                done, pending = await asyncio.wait(pending | {stop_wait}, return_when=asyncio.FIRST_COMPLETED)
                pending.discard(stop_wait)
                for task in done:
                    task.result()  # input errors, or a worker that could not write, end the run here
            if self.stop.is_set():
                producer.cancel()
                await asyncio.gather(producer, return_exceptions=True)
                grace = 0.0 if self.fatal is not None else self.settings.shutdown_grace_s
                await self._drain(workers, grace)
            for w in workers:
                w.cancel()
            results = await asyncio.gather(*workers, return_exceptions=True)
            for r in results:
                if isinstance(r, BaseException) and not isinstance(r, asyncio.CancelledError):
                    raise r
        finally:
            stop_wait.cancel()
            for w in workers:
                w.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            if not producer.done():
                producer.cancel()
                await asyncio.gather(producer, return_exceptions=True)
            if handled_signal:
                loop.remove_signal_handler(signal.SIGINT)
            self.bar.set_postfix_str(self.stats.postfix())
            self.bar.close()
            self.store.close()
            await provider.aclose()

    async def _drain(self, workers: list[asyncio.Task[None]], grace: float) -> None:
        """Let in-flight requests finish for up to ``grace`` seconds (a second Ctrl-C cuts it short)."""
        deadline = time.monotonic() + grace
        force_wait = asyncio.create_task(self.force.wait())
        try:
            live = {w for w in workers if not w.done()}
            while live and not self.force.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                _, pending = await asyncio.wait(live | {force_wait}, timeout=left, return_when=asyncio.FIRST_COMPLETED)
                live = {w for w in pending if w is not force_wait}
        finally:
            force_wait.cancel()

    def _install_sigint(self, loop: asyncio.AbstractEventLoop) -> bool:
        def on_sigint() -> None:
            if not self.interrupted:
                self.interrupted = True
                log.warning("Ctrl-C: no new requests; waiting up to %.0fs for those in flight (Ctrl-C again to cancel them)", self.settings.shutdown_grace_s)
                self.stop.set()
            else:
                self.force.set()

        try:
            loop.add_signal_handler(signal.SIGINT, on_sigint)
            return True
        except (NotImplementedError, RuntimeError, ValueError):
            return False  # not the main thread: KeyboardInterrupt still ends the run safely

    async def _produce(self, queue: asyncio.Queue[dict[str, Any] | None]) -> None:
        seen: set[str] = set()
        retry_errors = self.settings.retry_errors
        max_items = self.settings.max_items
        for _, request in iter_requests(self.input_path, self.on_bad_line, self.read_stats):
            if self.stop.is_set():
                return
            rid = request["request_id"]
            if rid in seen:
                self.counts["duplicate_in_input"] += 1
                continue
            seen.add(rid)
            if max_items is not None and len(seen) > max_items:
                break
            if rid in self.store.done:
                self.counts["skipped_done"] += 1
                continue
            if retry_errors:
                if rid not in self.store.failed:
                    continue
            elif rid in self.store.failed:
                self.counts["skipped_failed"] += 1
                continue
            self.counts["sent"] += 1
            await queue.put(request)
        for _ in range(self.workers):
            await queue.put(None)  # one end marker per worker

    async def _worker(self, queue: asyncio.Queue[dict[str, Any] | None], provider: Provider) -> None:
        while True:
            request = await queue.get()
            if request is None or self.stop.is_set():
                return
            await self._process(request, provider)

    async def _process(self, request: dict[str, Any], provider: Provider) -> None:
        est_in = estimate_message_tokens(request["messages"])
        attempts = 0
        tries = Tries()
        started = time.monotonic()
        timeout = self.model.timeout_s + 5.0  # a safety net over the SDK's own timeout
        while True:
            attempts += 1
            failed: Exception | None = None
            async with self.in_flight:  # held on the wire only, never through a backoff sleep
                reservation = await self.limiter.acquire(est_in)
                t0 = time.monotonic()
                try:
                    completion = await _with_timeout(provider.complete(request), timeout)
                except asyncio.CancelledError:
                    self.limiter.refund(reservation)
                    raise
                except Exception as exc:  # noqa: BLE001 - classified below; nothing escapes unclassified
                    failed = exc
            if failed is not None:
                info = classify(failed)
                if info.error_type != "rate_limit":
                    self.limiter.note_answer()
                if info.error_type == "timeout" and self._timed_out(est_in):
                    return
                self.limiter.refund(reservation, keep_request=info.error_type != "rate_limit")
                self.limiter.update_from_headers(info.headers)
                if info.fatal_run:
                    if self.fatal is None:
                        self.fatal = info
                        log.error("stopping the run: %s (HTTP %s): %s", info.error_type, info.status_code, info.message)
                    self.stop.set()
                    return
                wait = self.policy.wait_before_retry(info, tries)
                if wait is None:
                    self._fail(request, info, attempts)
                    return
                self.stats.record_retry(info.error_type)
                if info.error_type == "rate_limit" and self.limiter.shared_pause(info.headers):
                    self.limiter.cool_down(wait)  # everyone waits: the limit ran out
                    continue
                if info.error_type == "rate_limit":
                    self.limiter.rate_limited += 1
                await asyncio.sleep(wait)  # only this request waits
                continue
            latency = time.monotonic() - t0
            self.timeouts_in_a_row = 0
            self.limiter.note_answer()
            usage = completion.usage
            self.limiter.settle(reservation, usage.input_tokens + usage.cache_write_tokens, usage.output_tokens)
            self.limiter.update_from_headers(completion.headers)
            cost = cost_usd(usage, self.model.pricing)
            record = answer_record(request, completion, self.model, cost, mode="online", attempts=attempts,
                                   latency_s=round(latency, 4), elapsed_s=round(time.monotonic() - started, 4))
            self.store.write_result(record)
            self.stats.record_ok(usage, cost, latency, attempts, completion.finish_reason)
            self._tick()
            return

    def _timed_out(self, est_in: int) -> bool:
        """Count a timed-out attempt and what it may cost; True when the run stops (too many in a row)."""
        pricing = self.model.pricing
        estimate = (est_in * pricing.input_per_mtok + self.limiter.expected_output() * pricing.output_per_mtok) / 1e6
        self.stats.record_timeout(estimate)
        self.timeouts_in_a_row += 1
        limit = self.settings.timeout_stop_after
        if limit is None or self.timeouts_in_a_row < limit:
            return False
        if self.fatal is None and not self.stop.is_set():
            self.fatal = ErrorInfo("timeout", False, message=f"{self.timeouts_in_a_row} attempts in a row timed out")
            log.error("stopping the run: %d attempts in a row timed out after %gs", self.timeouts_in_a_row, self.model.timeout_s)
        self.stop.set()
        return True

    def _fail(self, request: dict[str, Any], info: ErrorInfo, attempts: int) -> None:
        self.store.write_error(error_record(request, info.error_type, info.message, attempts, info.status_code))
        self.stats.record_error(info.error_type, attempts)
        self._tick()

    def _tick(self) -> None:
        self.bar.update(1)
        now = time.monotonic()
        if now - self._last_postfix >= 0.5:
            self._last_postfix = now
            self.bar.set_postfix_str(self.stats.postfix(), refresh=False)

    def report(self) -> dict[str, Any]:
        data = self.stats.as_report()
        data["requests"] = {
            **self.counts,
            "already_done": len(self.store.done) - self.stats.status["ok"],
            "in_errors_file": len(self.store.failed),
            "torn_tails_dropped": self.store.torn_tails,
        }
        data["input"] = self.read_stats.as_dict()
        data["limiter"] = self.limiter.snapshot() if hasattr(self, "limiter") else {}
        data["model"] = model_identity(self.model)
        data["paths"] = {"output": str(self.output_path), "errors": str(self.store.errors_path)}
        injected = getattr(self._provider, "injected", None)
        if injected:
            data["mock_injected_faults"] = dict(injected)
        return data


def _check_not_empty(path: Path) -> None:
    """An empty requests file is an input error, not a silent run that sends nothing and exits 0."""
    if not path.is_file():
        return  # the engine names a missing file
    with open(path, "rb") as handle:
        if any(line.strip() for line in handle):
            return
    raise InputError(f"{path}: no requests (the file is empty); distill_requests writes it: check that step's output_path and report")


def generate_file(
    input_path: str | Path,
    output_path: str | Path,
    model_config: Any,
    on_bad_line: str = "error",
    **settings: Any,
) -> dict[str, Any]:
    """Run one file through the engine (online, batch or dry run per ``mode``); returns the report dict."""
    model = resolve_model(model_config)
    register_model_keys([model])  # whoever called, the key in use is never printed or written
    try:
        cfg = GenerationSettings(**settings)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, GenerationSettings, prefix="generation."), source="generation settings") from None
    _check_not_empty(Path(input_path))
    if cfg.mode == "dry_run":
        from modelcall.generation.dryrun import dry_run

        return dry_run(input_path, [model, *cfg.compare_models], cfg, on_bad_line)
    written = {"output_path": Path(output_path), "errors_path": Path(cfg.errors_path or default_errors_path(output_path))}
    for key, path in written.items():
        if Path(input_path).exists() and path.exists() and path.resolve() == Path(input_path).resolve():
            raise ConfigError(f"{key}: {path} is the input file; answers go to a file of their own", source="generation settings")
    # one writer per output: a second run on it would send (and pay for) every request again
    with output_lock(output_path):
        remove_stale_temps(written["errors_path"])  # an errors-file rewrite that was killed
        if cfg.mode == "batch":
            from modelcall.generation.batch import ProviderBatchRunner

            return ProviderBatchRunner(model, cfg, input_path, output_path, on_bad_line).run()
        return GenerationEngine(model, cfg, input_path, output_path, on_bad_line).run()
