"""A local fake of the Anthropic and OpenAI HTTP APIs, close enough for the official SDKs.

Routes: Anthropic ``POST /v1/messages`` and Message Batches (``/v1/messages/batches``, results from
the absolute ``results_url``); OpenAI ``POST /v1/chat/completions``, ``/v1/files`` and
``/v1/batches`` (the OpenAI ``base_url`` ends in ``/v1``). It enforces RPM/TPM with 429 +
``retry-after`` and sends rate-limit headers, sleeps a configurable latency, injects faults (429, 5xx,
529, timeouts, connection resets, malformed bodies) and answers with the mock teacher's text.
Prompt caching is reported as the real APIs do: Anthropic ``cache_creation_input_tokens`` /
``cache_read_input_tokens`` for blocks marked ``cache_control``; OpenAI
``prompt_tokens_details.cached_tokens`` when a prompt prefix repeats.

``GET /fake/stats`` returns counters; ``POST /fake/reset`` clears them.
"""
from __future__ import annotations

import asyncio
import hashlib
import math
import random
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import orjson
from aiohttp import web

from modelcall.fakeprovider.config import FakeProviderConfig
from modelcall.generation.limiter import TokenBucket
from modelcall.generation.tokens import estimate_message_tokens, estimate_text_tokens
from modelcall.providers.mock_teacher import teacher_answer

_PREFIX_BLOCK_CHARS = 256  # the OpenAI-style cache matches prompt prefixes in blocks of this many characters


@dataclass
class _Batch:
    id: str
    kind: str  # anthropic | openai
    created: float
    lines: list[dict[str, Any]]
    outcome: dict[str, str]  # custom_id -> succeeded | errored | expired
    endpoint: str = "/v1/chat/completions"
    input_file_id: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    canceled: bool = False


class FakeProvider:
    """The application state: limits, fault dice, caches, batches, files, counters."""

    def __init__(self, config: FakeProviderConfig | None = None):
        self.config = config or FakeProviderConfig()
        self.rng = random.Random(self.config.seed)
        now = time.monotonic()
        c = self.config
        self.buckets: dict[str, TokenBucket] = {}
        for name, limit in (("requests", c.rpm), ("tokens", c.tpm), ("input_tokens", c.input_tpm), ("output_tokens", c.output_tpm)):
            if limit:
                self.buckets[name] = TokenBucket(limit, c.burst_s, now)
        self.stats: Counter[str] = Counter()
        # set by a test: answers wait until it is cleared (a run that is surely still running, with no clock race)
        self.hold = threading.Event()
        self.first_429_at: float | None = None
        self.last_429_at: float | None = None
        self.started = time.monotonic()
        self._prefixes: set[str] = set()
        self.batches: dict[str, _Batch] = {}
        self.files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self._seen_custom_ids: set[str] = set()

    # -- the app ------------------------------------------------------------------------------
    def app(self) -> web.Application:
        app = web.Application(client_max_size=512 * 1024 * 1024, middlewares=[self._echo_key])
        app.router.add_post("/v1/messages", self.anthropic_messages)
        app.router.add_post("/v1/messages/batches", self.anthropic_batch_create)
        app.router.add_get("/v1/messages/batches/{id}", self.anthropic_batch_get)
        app.router.add_get("/v1/messages/batches/{id}/results", self.anthropic_batch_results)
        app.router.add_post("/v1/messages/batches/{id}/cancel", self.anthropic_batch_cancel)
        app.router.add_post("/v1/chat/completions", self.openai_chat)
        app.router.add_post("/v1/files", self.openai_file_create)
        app.router.add_get("/v1/files/{id}", self.openai_file_get)
        app.router.add_get("/v1/files/{id}/content", self.openai_file_content)
        app.router.add_post("/v1/batches", self.openai_batch_create)
        app.router.add_get("/v1/batches/{id}", self.openai_batch_get)
        app.router.add_post("/v1/batches/{id}/cancel", self.openai_batch_cancel)
        app.router.add_get("/fake/stats", self.get_stats)
        app.router.add_post("/fake/reset", self.reset_stats)
        return app

    @web.middleware
    async def _echo_key(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """With ``echo_key``, error bodies quote the key the client sent (what redaction must survive)."""
        response = await handler(request)
        if not self.config.echo_key or response.status < 400 or not isinstance(response, web.Response) or not response.body:
            return response
        auth = request.headers.get("Authorization", "")
        key = auth[7:] if auth.startswith("Bearer ") else request.headers.get("x-api-key", "")
        try:
            body = orjson.loads(response.body)  # type: ignore[arg-type]
            body["error"]["message"] += f" (request key: {key})"
        except (ValueError, KeyError, TypeError):
            return response
        response.body = orjson.dumps(body)
        return response

    # -- shared pieces ------------------------------------------------------------------------
    def _latency(self) -> float:
        c = self.config
        if c.latency_s <= 0:
            return 0.0
        if c.latency_dist == "uniform":
            return max(0.0, self.rng.uniform(c.latency_s - c.latency_jitter_s, c.latency_s + c.latency_jitter_s))
        if c.latency_dist == "lognormal" and c.latency_jitter_s > 0:
            sigma = c.latency_jitter_s
            return self.rng.lognormvariate(math.log(c.latency_s) - sigma * sigma / 2, sigma)
        return c.latency_s

    def _fault(self) -> str | None:
        c = self.config
        u = self.rng.random()
        edge = 0.0
        for name, rate in (("reset", c.rate_reset), ("timeout", c.rate_timeout), ("429", c.rate_429),
                           ("529", c.rate_529), ("5xx", c.rate_5xx), ("malformed", c.rate_malformed)):
            edge += rate
            if u < edge:
                return name
        return None

    def _authorized(self, request: web.Request) -> bool:
        if not self.config.api_key:
            return True
        auth = request.headers.get("Authorization", "")
        key = auth[7:] if auth.startswith("Bearer ") else request.headers.get("x-api-key", "")
        return key == self.config.api_key

    def _take(self, amounts: dict[str, float]) -> float:
        """0 when the limits allow the call (and book it); else seconds until they would."""
        now = time.monotonic()
        wait = 0.0
        for name, bucket in self.buckets.items():
            wait = max(wait, bucket.wait_time(amounts.get(name, 0), now))
        if wait > 0:
            return wait
        for name, bucket in self.buckets.items():
            bucket.take(amounts.get(name, 0))
        return 0.0

    def _limit_headers(self, style: str) -> dict[str, str]:
        now = time.monotonic()
        headers: dict[str, str] = {}
        for name, bucket in self.buckets.items():
            bucket.refill(now)
            remaining = max(0, int(bucket.tokens))
            to_full = (bucket.capacity - bucket.tokens) / bucket.rate if bucket.rate else 0.0
            if style == "anthropic":
                dashed = name.replace("_", "-")
                reset = datetime.now(timezone.utc) + timedelta(seconds=max(0.0, to_full))
                headers[f"anthropic-ratelimit-{dashed}-limit"] = str(int(bucket.per_minute))
                headers[f"anthropic-ratelimit-{dashed}-remaining"] = str(remaining)
                headers[f"anthropic-ratelimit-{dashed}-reset"] = reset.isoformat(timespec="seconds").replace("+00:00", "Z")
            elif name in ("requests", "tokens"):
                headers[f"x-ratelimit-limit-{name}"] = str(int(bucket.per_minute))
                headers[f"x-ratelimit-remaining-{name}"] = str(remaining)
                headers[f"x-ratelimit-reset-{name}"] = f"{max(0.0, to_full):.3f}s"
        return headers

    def _note_429(self) -> None:
        now = time.monotonic() - self.started
        self.stats["429"] += 1
        if now > 60:
            self.stats["429_after_60s"] += 1
        if self.first_429_at is None:
            self.first_429_at = now
        self.last_429_at = now

    def _answer(self, messages: list[dict[str, Any]], system: Any = None, body: dict[str, Any] | None = None) -> str:
        if self.config.answer == "short":
            return "[PLAN]\nREQ: ok\nAPI: Phaser.Game\nSTEPS:\n1. ok\n[/PLAN]\n\n```javascript\nnew Phaser.Game({});\n```\n"
        # the model and sampling settings are part of the draw: variants of one prompt (other temperature
        # or seed) and another teacher get their own answers, as with a real sampling teacher
        sampling = [(body or {}).get(k) for k in ("model", "temperature", "top_p", "seed")]
        key = hashlib.sha256(orjson.dumps([system, messages] + ([sampling] if any(sampling) else []))).hexdigest()[:16]
        system_text = system if isinstance(system, str) else " ".join(
            str(b.get("text") or "") for b in system or [] if isinstance(b, dict))
        text, fault = teacher_answer(f"fake_{key}", None, messages, self.config.faults, system=system_text or None)
        if fault:
            self.stats[f"teacher_fault_{fault}"] += 1
        return text

    def _error(self, style: str, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> web.Response:
        if style == "anthropic":
            body = {"type": "error", "error": {"type": kind, "message": message}}
        else:
            body = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
        return web.Response(status=status, body=orjson.dumps(body), content_type="application/json", headers=headers)

    async def _faulty(self, request: web.Request, style: str) -> web.StreamResponse | None:
        """Apply an injected fault, if the dice say so; None means answer normally."""
        fault = self._fault()
        if fault is None:
            return None
        self.stats[f"fault_{fault}"] += 1
        if fault == "reset":
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)
        if fault == "timeout":
            await asyncio.sleep(self.config.timeout_hold_s)
            return self._error(style, 504, "timeout_error", "the fake held this request past the client's timeout")
        if fault == "429":
            self._note_429()
            headers = ({"retry-after": f"{self.config.fault_retry_after_s:g}", **self._limit_headers(style)}
                       if self.config.fault_429_headers else {})
            return self._error(style, 429, "rate_limit_error", "injected rate limit", headers)
        if fault == "529":
            return self._error(style, 529, "overloaded_error", "Overloaded")
        if fault == "5xx":
            status = self.rng.choice([500, 502, 503])
            return self._error(style, status, "api_error", "injected server error")
        await asyncio.sleep(self._latency())
        return web.Response(status=200, body=b'{"id": "msg_broken", "content": [{"type": "te', content_type="application/json")

    async def _answer_delay(self) -> None:
        await asyncio.sleep(self._latency())
        while self.hold.is_set():
            await asyncio.sleep(0.02)

    # -- prompt caching ------------------------------------------------------------------------
    @staticmethod
    def _anthropic_cache_prefix(system: Any, messages: list[dict[str, Any]]) -> tuple[int, list[Any]]:
        """Tokens and blocks of the prefix up to the last block marked cache_control (0, [] when none)."""
        blocks: list[Any] = []
        if isinstance(system, list):
            blocks.extend(system)
        elif isinstance(system, str):
            blocks.append({"type": "text", "text": system})
        for m in messages:
            content = m.get("content")
            if isinstance(content, list):
                blocks.extend(content)
            else:
                blocks.append({"type": "text", "text": content or ""})
        last = -1
        for i, b in enumerate(blocks):
            if isinstance(b, dict) and b.get("cache_control"):
                last = i
        if last < 0:
            return 0, []
        prefix = blocks[: last + 1]
        tokens = sum(estimate_text_tokens(b.get("text", "") if isinstance(b, dict) else str(b)) for b in prefix)
        return tokens, prefix

    def _cache_hit(self, kind: str, prefix: Any) -> bool:
        key = kind + hashlib.sha256(orjson.dumps(prefix)).hexdigest()
        if key in self._prefixes:
            return True
        self._prefixes.add(key)
        return False

    def _openai_cached_tokens(self, messages: list[dict[str, Any]]) -> int:
        """Automatic prefix caching as OpenAI and vLLM do it: the longest prompt prefix seen before, counted in
        fixed blocks (so a system prompt whose shared head is identical hits even when its tail differs)."""
        flat = "".join(orjson.dumps([m.get("role"), m.get("content")]).decode() for m in messages)
        digest = hashlib.sha256()
        cached_chars, hit = 0, True
        for end in range(_PREFIX_BLOCK_CHARS, len(flat) + 1, _PREFIX_BLOCK_CHARS):
            digest.update(flat[end - _PREFIX_BLOCK_CHARS : end].encode())
            key = "o" + digest.copy().hexdigest()
            if hit and key in self._prefixes:
                cached_chars = end
            else:
                hit = False
                self._prefixes.add(key)
        tokens = estimate_text_tokens(flat[:cached_chars])
        return (tokens // 128) * 128 if cached_chars and tokens >= self.config.cache_min_tokens else 0

    # -- Anthropic ----------------------------------------------------------------------------
    def _anthropic_message(self, body: dict[str, Any]) -> tuple[dict[str, Any], int, int]:
        messages = body.get("messages") or []
        system = body.get("system")
        text = self._answer(messages, system, body)
        total_in = estimate_message_tokens(messages, system)
        out = estimate_text_tokens(text)
        max_tokens = int(body.get("max_tokens") or 4096)
        stop = "end_turn"
        if out > max_tokens:
            text = text[: max_tokens * 3]
            out, stop = max_tokens, "max_tokens"
        cache_write = cache_read = 0
        prefix_tokens, prefix = self._anthropic_cache_prefix(system, messages)
        if prefix_tokens and prefix_tokens >= self.config.cache_min_tokens:
            if self._cache_hit("a", prefix):
                cache_read = prefix_tokens
            else:
                cache_write = prefix_tokens
        message = {
            "id": f"msg_{uuid.uuid4().hex[:24]}",
            "type": "message",
            "role": "assistant",
            "model": body.get("model"),
            "content": ([{"type": "thinking", "thinking": "Plan the scene first.", "signature": "fake"}] if self.config.reasoning else [])
            + [{"type": "text", "text": text}],
            "stop_reason": stop,
            "stop_sequence": None,
            "usage": {
                "input_tokens": max(0, total_in - cache_read - cache_write),
                "output_tokens": out,
                "cache_creation_input_tokens": cache_write,
                "cache_read_input_tokens": cache_read,
            },
        }
        return message, total_in - cache_read, out

    async def anthropic_messages(self, request: web.Request) -> web.StreamResponse:
        self.stats["requests"] += 1
        if not self._authorized(request):
            return self._error("anthropic", 401, "authentication_error", "invalid x-api-key")
        try:
            body = await request.json(loads=orjson.loads)
        except ValueError:
            return self._error("anthropic", 400, "invalid_request_error", "body is not JSON")
        if not isinstance(body.get("messages"), list) or not body.get("max_tokens"):
            return self._error("anthropic", 400, "invalid_request_error", "messages and max_tokens are required")
        if self.config.models and body.get("model") not in self.config.models:
            return self._error("anthropic", 404, "not_found_error", f"model: {body.get('model')}")
        if self.config.max_output_tokens and int(body["max_tokens"]) > self.config.max_output_tokens:
            return self._error("anthropic", 400, "invalid_request_error", f"max_tokens: at most {self.config.max_output_tokens}")
        faulty = await self._faulty(request, "anthropic")
        if faulty is not None:
            return faulty
        message, in_tokens, out_tokens = self._anthropic_message(body)
        wait = self._take({"requests": 1, "tokens": in_tokens + out_tokens, "input_tokens": in_tokens, "output_tokens": out_tokens})
        if wait > 0:
            self._note_429()
            headers = {"retry-after": str(max(1, math.ceil(wait))), **self._limit_headers("anthropic")}
            return self._error("anthropic", 429, "rate_limit_error", "rate limit exceeded", headers)
        await self._answer_delay()
        self.stats["ok"] += 1
        headers = {"request-id": f"req_{uuid.uuid4().hex[:16]}", **self._limit_headers("anthropic")}
        return web.Response(body=orjson.dumps(message), content_type="application/json", headers=headers)

    def _anthropic_batch_obj(self, batch: _Batch, request: web.Request) -> dict[str, Any]:
        ended = batch.canceled or time.monotonic() - batch.created >= self.config.batch_latency_s
        counts = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
        if ended:
            for outcome in batch.outcome.values():
                counts["canceled" if batch.canceled else outcome] += 1
        else:
            counts["processing"] = len(batch.lines)
        created = datetime.now(timezone.utc) - timedelta(seconds=time.monotonic() - batch.created)
        iso = created.isoformat().replace("+00:00", "Z")
        return {
            "id": batch.id,
            "type": "message_batch",
            "processing_status": "ended" if ended else "in_progress",
            "request_counts": counts,
            "created_at": iso,
            "expires_at": (created + timedelta(hours=24)).isoformat().replace("+00:00", "Z"),
            "ended_at": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z") if ended else None,
            "archived_at": None,
            "cancel_initiated_at": iso if batch.canceled else None,
            "results_url": f"{request.url.origin()}/v1/messages/batches/{batch.id}/results" if ended else None,
        }

    def _outcome(self, custom_id: str) -> str:
        first = custom_id not in self._seen_custom_ids
        self._seen_custom_ids.add(custom_id)
        if not first:
            return "succeeded"
        u = self.rng.random()
        if u < self.config.batch_error_rate:
            return "errored"
        if u < self.config.batch_error_rate + self.config.batch_expire_rate:
            return "expired"
        return "succeeded"

    async def anthropic_batch_create(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._error("anthropic", 401, "authentication_error", "invalid x-api-key")
        body = await request.json(loads=orjson.loads)
        lines = body.get("requests") or []
        if not lines or len(lines) > 100_000:
            return self._error("anthropic", 400, "invalid_request_error", "requests: 1 to 100,000 items")
        ids = [line.get("custom_id") for line in lines]
        if len(set(ids)) != len(ids):
            return self._error("anthropic", 400, "invalid_request_error", "custom_id values must be unique")
        batch = _Batch(f"msgbatch_{uuid.uuid4().hex[:24]}", "anthropic", time.monotonic(), lines, {i: self._outcome(i) for i in ids})
        self.batches[batch.id] = batch
        self.stats["batches_created"] += 1
        return web.json_response(self._anthropic_batch_obj(batch, request), dumps=lambda o: orjson.dumps(o).decode())

    async def anthropic_batch_get(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return self._error("anthropic", 404, "not_found_error", "no such batch")
        return web.json_response(self._anthropic_batch_obj(batch, request), dumps=lambda o: orjson.dumps(o).decode())

    async def anthropic_batch_cancel(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return self._error("anthropic", 404, "not_found_error", "no such batch")
        batch.canceled = True
        return web.json_response(self._anthropic_batch_obj(batch, request), dumps=lambda o: orjson.dumps(o).decode())

    async def anthropic_batch_results(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return self._error("anthropic", 404, "not_found_error", "no such batch")
        out = []
        for line in batch.lines:
            cid = line["custom_id"]
            outcome = "canceled" if batch.canceled else batch.outcome[cid]
            if outcome == "succeeded":
                message, _, _ = self._anthropic_message(line.get("params") or {})
                result: dict[str, Any] = {"type": "succeeded", "message": message}
            elif outcome == "errored":
                result = {"type": "errored", "error": {"type": "error", "error": {"type": "api_error", "message": "injected batch error"}}}
            else:
                result = {"type": outcome}
            out.append(orjson.dumps({"custom_id": cid, "result": result}))
        return web.Response(body=b"\n".join(out) + b"\n", content_type="application/binary")

    # -- OpenAI ---------------------------------------------------------------------------------
    def _openai_completion(self, body: dict[str, Any]) -> tuple[dict[str, Any], int, int]:
        messages = body.get("messages") or []
        text = self._answer(messages, None, body)
        total_in = estimate_message_tokens(messages)
        out = estimate_text_tokens(text)
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        finish = "stop"
        if limit and out > int(limit):
            text, out, finish = text[: int(limit) * 3], int(limit), "length"
        cached = min(total_in, self._openai_cached_tokens(messages))
        completion = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text,
                                                 **({"reasoning_content": "Plan the scene first."} if self.config.reasoning else {})},
                         "finish_reason": finish, "logprobs": None}],
            "usage": {
                "prompt_tokens": total_in,
                "completion_tokens": out,
                "total_tokens": total_in + out,
                "prompt_tokens_details": {"cached_tokens": cached},
            },
        }
        return completion, total_in, out

    async def openai_chat(self, request: web.Request) -> web.StreamResponse:
        self.stats["requests"] += 1
        if not self._authorized(request):
            return self._error("openai", 401, "invalid_api_key", "Incorrect API key provided")
        try:
            body = await request.json(loads=orjson.loads)
        except ValueError:
            return self._error("openai", 400, "invalid_request_error", "body is not JSON")
        if not isinstance(body.get("messages"), list):
            return self._error("openai", 400, "invalid_request_error", "messages is required")
        if self.config.models and body.get("model") not in self.config.models:
            return self._error("openai", 404, "model_not_found", f"The model `{body.get('model')}` does not exist")
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        if self.config.max_output_tokens and limit and int(limit) > self.config.max_output_tokens:
            return self._error("openai", 400, "invalid_request_error", f"max_tokens: at most {self.config.max_output_tokens}")
        faulty = await self._faulty(request, "openai")
        if faulty is not None:
            return faulty
        completion, in_tokens, out_tokens = self._openai_completion(body)
        wait = self._take({"requests": 1, "tokens": in_tokens + out_tokens, "input_tokens": in_tokens, "output_tokens": out_tokens})
        if wait > 0:
            self._note_429()
            headers = {"retry-after": str(max(1, math.ceil(wait))), "retry-after-ms": str(int(wait * 1000)), **self._limit_headers("openai")}
            return self._error("openai", 429, "rate_limit_exceeded", "Rate limit reached", headers)
        await self._answer_delay()
        self.stats["ok"] += 1
        headers = {"x-request-id": f"req_{uuid.uuid4().hex[:16]}", **self._limit_headers("openai")}
        return web.Response(body=orjson.dumps(completion), content_type="application/json", headers=headers)

    def _file_obj(self, file_id: str, name: str, size: int, purpose: str) -> dict[str, Any]:
        return {"id": file_id, "object": "file", "bytes": size, "created_at": int(time.time()), "filename": name,
                "purpose": purpose, "status": "processed", "status_details": None}

    async def openai_file_create(self, request: web.Request) -> web.Response:
        reader = await request.multipart()
        data, name, purpose = b"", "upload.jsonl", "batch"
        async for part in reader:
            if part.name == "file":
                name = part.filename or name
                data = await part.read()
            elif part.name == "purpose":
                purpose = (await part.text()).strip()
        file_id = f"file-{uuid.uuid4().hex[:24]}"
        obj = self._file_obj(file_id, name, len(data), purpose)
        self.files[file_id] = (obj, data)
        return web.json_response(obj)

    async def openai_file_get(self, request: web.Request) -> web.Response:
        item = self.files.get(request.match_info["id"])
        if item is None:
            return self._error("openai", 404, "not_found", "no such file")
        return web.json_response(item[0])

    async def openai_file_content(self, request: web.Request) -> web.Response:
        item = self.files.get(request.match_info["id"])
        if item is None:
            return self._error("openai", 404, "not_found", "no such file")
        return web.Response(body=item[1], content_type="application/octet-stream")

    def _openai_finish(self, batch: _Batch) -> None:
        """Write the output and error files once, when the batch completes."""
        if batch.output_file_id is not None or batch.error_file_id is not None:
            return
        ok_lines, err_lines = [], []
        for line in batch.lines:
            cid = line.get("custom_id")
            outcome = "expired" if batch.canceled else batch.outcome[cid]
            rid = f"batch_req_{uuid.uuid4().hex[:16]}"
            if outcome == "succeeded":
                completion, _, _ = self._openai_completion(line.get("body") or {})
                ok_lines.append(orjson.dumps({"id": rid, "custom_id": cid, "response": {"status_code": 200, "request_id": rid, "body": completion}, "error": None}))
            elif outcome == "errored":
                err_lines.append(orjson.dumps({"id": rid, "custom_id": cid, "response": {"status_code": 500, "request_id": rid, "body": {"error": {"message": "injected batch error", "type": "server_error"}}}, "error": None}))
            else:
                err_lines.append(orjson.dumps({"id": rid, "custom_id": cid, "response": None, "error": {"code": "batch_expired", "message": "This request could not be executed before the completion window expired."}}))
        for lines, attr in ((ok_lines, "output_file_id"), (err_lines, "error_file_id")):
            if lines:
                fid = f"file-{uuid.uuid4().hex[:24]}"
                data = b"\n".join(lines) + b"\n"
                self.files[fid] = (self._file_obj(fid, f"{batch.id}_{attr}.jsonl", len(data), "batch_output"), data)
                setattr(batch, attr, fid)

    def _openai_batch_obj(self, batch: _Batch) -> dict[str, Any]:
        elapsed = time.monotonic() - batch.created
        done = batch.canceled or elapsed >= self.config.batch_latency_s
        if done:
            self._openai_finish(batch)
        outcomes = Counter(batch.outcome.values())
        expired_all = outcomes.get("expired", 0) == len(batch.lines) and not batch.canceled
        status = ("cancelled" if batch.canceled else "expired" if expired_all else "completed") if done else "in_progress"
        created = int(time.time() - elapsed)
        return {
            "id": batch.id, "object": "batch", "endpoint": batch.endpoint, "errors": None,
            "input_file_id": batch.input_file_id, "completion_window": "24h", "status": status,
            "output_file_id": batch.output_file_id, "error_file_id": batch.error_file_id,
            "created_at": created, "in_progress_at": created, "expires_at": created + 86400,
            "finalizing_at": None, "completed_at": int(time.time()) if done else None, "failed_at": None,
            "expired_at": None, "cancelling_at": None, "cancelled_at": None,
            "request_counts": {
                "total": len(batch.lines),
                "completed": outcomes.get("succeeded", 0) if done and not batch.canceled else 0,
                "failed": (len(batch.lines) - outcomes.get("succeeded", 0)) if done and not batch.canceled else 0,
            },
            "metadata": None,
        }

    async def openai_batch_create(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._error("openai", 401, "invalid_api_key", "Incorrect API key provided")
        body = await request.json(loads=orjson.loads)
        item = self.files.get(body.get("input_file_id", ""))
        if item is None:
            return self._error("openai", 400, "invalid_request_error", "input_file_id not found")
        lines = [orjson.loads(raw) for raw in item[1].splitlines() if raw.strip()]
        if len(lines) > 50_000:
            return self._error("openai", 400, "invalid_request_error", "a batch holds at most 50,000 requests")
        batch = _Batch(f"batch_{uuid.uuid4().hex[:24]}", "openai", time.monotonic(), lines,
                       {line["custom_id"]: self._outcome(line["custom_id"]) for line in lines},
                       endpoint=body.get("endpoint", "/v1/chat/completions"), input_file_id=body.get("input_file_id"))
        self.batches[batch.id] = batch
        self.stats["batches_created"] += 1
        return web.json_response(self._openai_batch_obj(batch))

    async def openai_batch_get(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return self._error("openai", 404, "not_found", "no such batch")
        return web.json_response(self._openai_batch_obj(batch))

    async def openai_batch_cancel(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return self._error("openai", 404, "not_found", "no such batch")
        batch.canceled = True
        return web.json_response(self._openai_batch_obj(batch))

    # -- introspection ---------------------------------------------------------------------------
    def stats_dict(self) -> dict[str, Any]:
        return {**self.stats, "first_429_at_s": self.first_429_at, "last_429_at_s": self.last_429_at,
                "uptime_s": round(time.monotonic() - self.started, 3)}

    async def get_stats(self, request: web.Request) -> web.Response:
        return web.json_response(self.stats_dict())

    async def reset_stats(self, request: web.Request) -> web.Response:
        self.stats.clear()
        self.first_429_at = self.last_429_at = None
        self.started = time.monotonic()
        return web.json_response({"ok": True})


async def start_server(fake: FakeProvider, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    """Start serving on the running loop; returns the runner (``await runner.cleanup()``) and the port."""
    runner = web.AppRunner(fake.app(), access_log=None, handle_signals=False, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, host, port, backlog=1024)
    await site.start()
    sockets = site._server.sockets if site._server is not None else []  # type: ignore[union-attr]
    return runner, sockets[0].getsockname()[1] if sockets else port


class FakeProviderThread:
    """The fake on its own event loop in a daemon thread (tests: the engine runs its own loop)."""

    def __init__(self, config: FakeProviderConfig | None = None, host: str = "127.0.0.1", port: int = 0):
        self.fake = FakeProvider(config)
        self.host = host
        self.port = port
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._serve, name="fake-provider", daemon=True)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._runner, self.port = self._loop.run_until_complete(start_server(self.fake, self.host, self.port))
        self._ready.set()
        self._loop.run_forever()

    def start(self) -> FakeProviderThread:
        self._thread.start()
        self._ready.wait(10)
        return self

    @property
    def url(self) -> str:
        """The Anthropic base_url; the OpenAI one is ``url + '/v1'``."""
        return f"http://{self.host}:{self.port}"

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._runner is not None:
                await self._runner.cleanup()
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> FakeProviderThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
