"""Batch mode: Anthropic Message Batches and the OpenAI Batch API (files + batches), at the batch price.

Batches are split to respect the per-batch count and size limits, and their ids go to a state file
next to the output (``<output stem>.batch_state.json``) the moment they are created. A rerun
reattaches to batches still recorded there instead of paying twice; only failed or expired requests
are submitted again (up to ``batch_max_rounds`` times, then they go to the errors file). Results land
in the same raw-output records as online mode, with ``mode: batch`` and the discounted cost.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from modelcall.config.model import ModelConfig
from modelcall.errors import InputError, Interrupted
from modelcall.generation.accounting import RunStats, cost_usd
from modelcall.generation.retry import RetryPolicy, call_with_retries
from modelcall.generation.settings import GenerationSettings
from modelcall.generation.store import ResultStore
from modelcall.io import atomic_write_json
from modelcall.progress import progress_bar
from modelcall.providers import Completion, Provider, make_provider
from modelcall.records import answer_record, error_record, model_identity

log = logging.getLogger("modelcall.generation")
_CUSTOM_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def custom_id_for(request_id: str) -> str:
    """The provider's custom_id: the request_id when it fits ``[A-Za-z0-9_-]{1,64}``, else a stable hash."""
    if _CUSTOM_ID.match(request_id):
        return request_id
    return "r_" + hashlib.sha1(request_id.encode("utf-8")).hexdigest()


def state_path_for(output_path: str | Path) -> Path:
    p = Path(output_path)
    stem = p.name[: -len(".jsonl")] if p.name.endswith(".jsonl") else p.name
    return p.with_name(f"{stem}.batch_state.json")


@dataclass
class ProviderBatchResult:
    custom_id: str
    outcome: str  # succeeded | errored | expired | canceled
    completion: Completion | None = None
    message: str = ""


class BatchBackend:
    """One provider's batch API: submit, poll, fetch results."""

    max_count = 10_000
    max_bytes = 100 * 1024 * 1024

    def __init__(self, provider: Provider):
        self.provider = provider

    def line(self, custom_id: str, request: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    async def submit(self, lines: list[dict[str, Any]]) -> str:
        raise NotImplementedError

    async def poll(self, batch_id: str) -> tuple[bool, dict[str, int]]:
        """(ended, counts)."""
        raise NotImplementedError

    def results(self, batch_id: str) -> AsyncIterator[ProviderBatchResult]:
        raise NotImplementedError


class AnthropicBatches(BatchBackend):
    max_count = 100_000
    max_bytes = 200 * 1024 * 1024  # the API allows 256 MB

    def line(self, custom_id: str, request: dict[str, Any]) -> dict[str, Any]:
        return {"custom_id": custom_id, "params": self.provider.build_params(request)}

    async def submit(self, lines: list[dict[str, Any]]) -> str:
        batch = await self.provider.client.messages.batches.create(requests=lines)  # type: ignore[attr-defined]
        return batch.id

    async def poll(self, batch_id: str) -> tuple[bool, dict[str, int]]:
        batch = await self.provider.client.messages.batches.retrieve(batch_id)  # type: ignore[attr-defined]
        counts = batch.request_counts.model_dump() if batch.request_counts is not None else {}
        return batch.processing_status == "ended", counts

    async def results(self, batch_id: str) -> AsyncIterator[ProviderBatchResult]:  # type: ignore[override]
        decoder = await self.provider.client.messages.batches.results(batch_id)  # type: ignore[attr-defined]
        async for item in decoder:
            result = item.result
            kind = result.type
            if kind == "succeeded":
                yield ProviderBatchResult(item.custom_id, "succeeded", self.provider.parse_body(result.message.model_dump()))
            else:
                err = getattr(result, "error", None)
                text = ""
                if err is not None:
                    inner = getattr(err, "error", None)
                    text = getattr(inner, "message", None) or str(err)
                yield ProviderBatchResult(item.custom_id, kind, None, text)


class OpenAIBatches(BatchBackend):
    max_count = 50_000
    max_bytes = 190 * 1024 * 1024  # the API allows 200 MB

    def line(self, custom_id: str, request: dict[str, Any]) -> dict[str, Any]:
        body = self.provider.build_params(request)
        body.update(self.provider.model.params.extra_body)
        return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}

    async def submit(self, lines: list[dict[str, Any]]) -> str:
        client = self.provider.client  # type: ignore[attr-defined]
        data = b"".join(orjson.dumps(line) + b"\n" for line in lines)
        uploaded = await client.files.create(file=("batch.jsonl", data, "application/jsonl"), purpose="batch")
        batch = await client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
        return batch.id

    async def poll(self, batch_id: str) -> tuple[bool, dict[str, int]]:
        batch = await self.provider.client.batches.retrieve(batch_id)  # type: ignore[attr-defined]
        counts = batch.request_counts.model_dump() if batch.request_counts is not None else {}
        return batch.status in ("completed", "failed", "expired", "cancelled"), counts

    async def _file_lines(self, file_id: str | None) -> list[dict[str, Any]]:
        if not file_id:
            return []
        content = await self.provider.client.files.content(file_id)  # type: ignore[attr-defined]
        data = content.content if hasattr(content, "content") else content.read()
        return [orjson.loads(raw) for raw in data.splitlines() if raw.strip()]

    async def results(self, batch_id: str) -> AsyncIterator[ProviderBatchResult]:  # type: ignore[override]
        batch = await self.provider.client.batches.retrieve(batch_id)  # type: ignore[attr-defined]
        for line in await self._file_lines(batch.output_file_id):
            response = line.get("response") or {}
            if response.get("status_code") == 200 and response.get("body"):
                yield ProviderBatchResult(line["custom_id"], "succeeded", self.provider.parse_body(response["body"]))
            else:
                yield ProviderBatchResult(line["custom_id"], "errored", None, orjson.dumps(response.get("body")).decode())
        for line in await self._file_lines(batch.error_file_id):
            error = line.get("error") or {}
            outcome = "expired" if error.get("code") == "batch_expired" else "errored"
            body = (line.get("response") or {}).get("body") or error
            yield ProviderBatchResult(line["custom_id"], outcome, None, orjson.dumps(body).decode())


class MockBatches(BatchBackend):
    """The mock teacher has no batch API: batches end at once (keeps the offline demo's batch mode honest)."""

    max_count = 100_000

    def __init__(self, provider: Provider):
        super().__init__(provider)
        self._batches: dict[str, list[dict[str, Any]]] = {}

    def line(self, custom_id: str, request: dict[str, Any]) -> dict[str, Any]:
        return {"custom_id": custom_id, "params": self.provider.build_params(request)}

    async def submit(self, lines: list[dict[str, Any]]) -> str:
        batch_id = f"mockbatch_{hashlib.sha1(orjson.dumps([x['custom_id'] for x in lines])).hexdigest()[:16]}_{time.time_ns()}"
        self._batches[batch_id] = lines
        return batch_id

    async def poll(self, batch_id: str) -> tuple[bool, dict[str, int]]:
        return True, {"succeeded": len(self._batches.get(batch_id, []))}

    async def results(self, batch_id: str) -> AsyncIterator[ProviderBatchResult]:  # type: ignore[override]
        lines = self._batches.get(batch_id)
        if lines is None:  # a batch from an earlier process: the mock keeps nothing, so resubmit
            return
        for line in lines:
            yield ProviderBatchResult(line["custom_id"], "succeeded", self.provider.parse_body(line["params"]))


def make_backend(provider: Provider) -> BatchBackend:
    return {"anthropic": AnthropicBatches, "openai": OpenAIBatches}.get(provider.name, MockBatches)(provider)


class ProviderBatchRunner:
    """Submit what is missing, reattach to what is running, collect, resubmit failures; repeat."""

    def __init__(self, model: ModelConfig, settings: GenerationSettings, input_path: str | Path, output_path: str | Path,
                 on_bad_line: str = "error", provider: Provider | None = None):
        self.model = model
        self.settings = settings
        self.input_path = Path(input_path)
        self.output_path = Path(output_path)
        self.on_bad_line = on_bad_line
        self.provider = provider
        self.store = ResultStore(output_path, settings.errors_path, settings.fsync_interval_s)
        self.policy = RetryPolicy.from_settings(settings)
        self.state_path = state_path_for(output_path)
        self.state: dict[str, Any] = {"model": model.model, "provider": model.provider, "batches": [], "rounds": {}}
        self.index: dict[str, tuple[str, int]] = {}  # custom_id -> (request_id, byte offset in the input)
        self.stats = RunStats(0)
        self.counts = {"submitted_batches": 0, "reattached_batches": 0, "resubmitted_requests": 0, "duplicate_in_input": 0}

    # -- input ------------------------------------------------------------------------------------
    def _index_input(self) -> None:
        """custom_id -> (request_id, offset) for every request still to do; memory is one entry per request."""
        seen: set[str] = set()
        offset = 0
        with open(self.input_path, "rb") as handle:
            for lineno, raw in enumerate(handle, 1):
                start, offset = offset, offset + len(raw)
                if not raw.strip():
                    continue
                try:
                    rec = orjson.loads(raw)
                    rid = rec.get("request_id") if isinstance(rec, dict) else None
                    if not isinstance(rid, str) or not isinstance(rec.get("messages"), list):
                        raise ValueError("missing request_id or messages")
                except ValueError as exc:
                    if self.on_bad_line == "skip":
                        continue
                    raise InputError(f"{self.input_path}:{lineno}: {exc} (fix the line, or set on_bad_line: skip)") from None
                if rid in seen:
                    self.counts["duplicate_in_input"] += 1
                    continue
                seen.add(rid)
                if self.settings.max_items is not None and len(seen) > self.settings.max_items:
                    break
                if rid in self.store.done:
                    continue
                if self.settings.retry_errors != (rid in self.store.failed):
                    continue
                self.index[custom_id_for(rid)] = (rid, start)

    def _request(self, handle: Any, offset: int) -> dict[str, Any]:
        handle.seek(offset)
        return orjson.loads(handle.readline())

    # -- state ------------------------------------------------------------------------------------
    def _load_state(self) -> None:
        if self.state_path.exists():
            self.state = orjson.loads(self.state_path.read_bytes())

    def _save_state(self) -> None:
        atomic_write_json(self.state_path, self.state, indent=False)

    # -- the run ----------------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        if not self.input_path.exists():
            raise InputError(f"{self.input_path}: file not found (input_path)")
        self.store.load()
        if self.settings.retry_errors:
            self.store.compact_errors()
        self._index_input()
        self._load_state()
        if self.settings.retry_errors:  # a fresh set of rounds for the requests asked to be retried
            for cid, (rid, _) in self.index.items():
                self.store.failed.discard(rid)
                self.state.setdefault("rounds", {}).pop(cid, None)
        try:
            asyncio.run(self._run())
        except KeyboardInterrupt:
            raise Interrupted(f"batches keep running at the provider; their ids are in {self.state_path}: rerun to collect them") from None
        finally:
            if self.store.errors_written or self.settings.retry_errors:
                self.store.compact_errors()
        return self.report()

    async def _run(self) -> None:
        provider = self.provider = self.provider or make_provider(self.model)
        backend = make_backend(provider)
        self.store.open()
        outstanding = [b for b in self.state["batches"] if b["status"] == "submitted"]
        self.counts["reattached_batches"] = len(outstanding)
        if outstanding:
            log.info("reattaching to %d batch(es) from %s", len(outstanding), self.state_path)
        total = len(self.index)
        self.stats = RunStats(total)
        self.bar = progress_bar(total=total, desc=f"batch {self.model.name}", unit="req")
        try:
            with open(self.input_path, "rb") as handle:
                while True:
                    submitted = await self._submit_missing(backend, handle)
                    live = [b for b in self.state["batches"] if b["status"] == "submitted"]
                    if not live:
                        break
                    await self._wait_and_collect(backend, live, handle)
                    if not submitted and not any(b["status"] == "submitted" for b in self.state["batches"]) and not self._missing():
                        break
        finally:
            self.bar.close()
            self.store.close()
            await provider.aclose()

    def _missing(self) -> list[str]:
        in_flight = {cid for b in self.state["batches"] if b["status"] == "submitted" for cid in b["custom_ids"]}
        return [cid for cid, (rid, _) in self.index.items() if rid not in self.store.done and rid not in self.store.failed and cid not in in_flight]

    async def _submit_missing(self, backend: BatchBackend, handle: Any) -> int:
        """Submit every request not done and not in a live batch, in batches within the limits."""
        rounds: dict[str, int] = self.state.setdefault("rounds", {})
        todo: list[str] = []
        for cid in self._missing():
            offset = self.index[cid][1]
            if rounds.get(cid, 0) >= self.settings.batch_max_rounds:
                self._fail(self._request(handle, offset), "batch_failed", f"not completed after {rounds[cid]} batch submissions", rounds[cid])
                continue
            todo.append(cid)
        max_count = min(self.settings.batch_size or backend.max_count, backend.max_count)
        submitted = 0
        chunk: list[dict[str, Any]] = []
        size = 0
        for cid in todo:
            line = backend.line(cid, self._request(handle, self.index[cid][1]))
            nbytes = len(orjson.dumps(line)) + 1
            if chunk and (len(chunk) >= max_count or size + nbytes > backend.max_bytes):
                submitted += await self._submit(backend, chunk)
                chunk, size = [], 0
            chunk.append(line)
            size += nbytes
        if chunk:
            submitted += await self._submit(backend, chunk)
        return submitted

    async def _submit(self, backend: BatchBackend, lines: list[dict[str, Any]]) -> int:
        batch_id = await call_with_retries(lambda: backend.submit(lines), self.policy, "batch submit",
                                           only=("rate_limit", "overloaded", "server_error"))
        ids = [line["custom_id"] for line in lines]
        rounds = self.state.setdefault("rounds", {})
        for cid in ids:
            if rounds.get(cid, 0):
                self.counts["resubmitted_requests"] += 1
            rounds[cid] = rounds.get(cid, 0) + 1
        self.state["batches"].append({"id": batch_id, "status": "submitted", "custom_ids": ids, "submitted_at": time.time()})
        self._save_state()  # at once: a crash now must not lose the id of a batch being paid for
        self.counts["submitted_batches"] += 1
        log.info("submitted batch %s with %d requests", batch_id, len(ids))
        return len(ids)

    async def _wait_and_collect(self, backend: BatchBackend, live: list[dict[str, Any]], handle: Any) -> None:
        pending = {b["id"]: b for b in live}
        while pending:
            finished = []
            progress = 0
            for batch_id, entry in pending.items():
                ended, counts = await call_with_retries(lambda b=batch_id: backend.poll(b), self.policy, f"poll of {batch_id}")
                progress += sum(v for k, v in counts.items() if k not in ("processing", "total"))
                if ended:
                    finished.append(entry)
            for entry in finished:
                await self._collect(backend, entry, handle)
                pending.pop(entry["id"])
            self.bar.set_postfix_str(f"batches live={len(pending)} {self.stats.postfix()}", refresh=True)
            if pending:
                await asyncio.sleep(self.settings.batch_poll_s)

    async def _collect(self, backend: BatchBackend, entry: dict[str, Any], handle: Any) -> None:
        outcomes: dict[str, int] = {}
        async for result in backend.results(entry["id"]):
            outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
            item = self.index.get(result.custom_id)
            if item is None:
                continue
            rid, offset = item
            if rid in self.store.done or result.completion is None:
                continue
            request = self._request(handle, offset)
            self._write(request, result.completion)
        entry["status"] = "collected"
        entry["outcomes"] = outcomes
        self._save_state()
        log.info("collected batch %s: %s", entry["id"], outcomes)

    def _write(self, request: dict[str, Any], completion: Completion) -> None:
        usage = completion.usage
        cost = cost_usd(usage, self.model.pricing, batch=True)
        cid = custom_id_for(request["request_id"])
        rounds = self.state["rounds"].get(cid, 1)
        self.store.write_result(answer_record(request, completion, self.model, cost, mode="batch", attempts=rounds,
                                              latency_s=None))
        self.stats.record_ok(usage, cost, None, rounds, completion.finish_reason)
        self.bar.update(1)

    def _fail(self, request: dict[str, Any], error_type: str, message: str, attempts: int) -> None:
        self.store.write_error(error_record(request, error_type, message, attempts))
        self.stats.record_error(error_type, attempts)
        self.bar.update(1)

    def report(self) -> dict[str, Any]:
        data = self.stats.as_report()
        data["requests"] = {**self.counts, "to_do_at_start": len(self.index), "in_errors_file": len(self.store.failed),
                            "torn_tails_dropped": self.store.torn_tails}
        data["batches"] = [{k: v for k, v in b.items() if k != "custom_ids"} | {"requests": len(b["custom_ids"])}
                           for b in self.state["batches"]]
        data["model"] = model_identity(self.model)
        data["paths"] = {"output": str(self.output_path), "errors": str(self.store.errors_path), "batch_state": str(self.state_path)}
        return data
