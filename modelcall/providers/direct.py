"""The lean online call: the body we already built, posted with aiohttp under the SDK's own URL and headers.

The SDKs spend most of a call's client CPU on their per-request pipeline (parameter transform against
their type definitions, request building, an HTTP adapter chain). Here the SDK builds one request, to
a capturing transport that sends nothing, and we keep its URL, headers (auth conventions, version and
client headers) and top-level key order (once per set of fields); every call after that is one ``orjson.dumps`` and one aiohttp
POST. Errors carry ``status_code``, ``response.headers`` and ``body`` as the SDK's exceptions do, so
the engine's retry policy classifies both paths alike. ``tests/providers/test_direct.py`` proves the
bytes on the wire equal the SDK's.
"""
from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import orjson

from modelcall.secrets import redact

# hop-by-hop or computed per body: aiohttp writes these itself
_DROP = {"content-length", "transfer-encoding"}


class HTTPStatusError(Exception):
    """A non-2xx answer, shaped like the SDKs' ``APIStatusError`` (``status_code``, ``response``, ``body``)."""

    def __init__(self, status_code: int, headers: Mapping[str, str], body: Any, message: str):
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.response = _Response(status_code, headers)


class _Response:
    def __init__(self, status_code: int, headers: Mapping[str, str]):
        self.status_code = status_code
        self.headers = headers


def _httpx_module(client: Any) -> Any:
    """The httpx package this SDK version builds requests with (``httpx`` or its fork ``httpx2``)."""
    for cls in type(client._client).__mro__:
        if cls.__name__ == "AsyncClient":
            return importlib.import_module(cls.__module__.split(".")[0])
    return importlib.import_module("httpx")


def _env_proxy(url: str) -> str | None:
    import urllib.request

    from yarl import URL

    host = URL(url).host or ""
    if urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(URL(url).scheme)


class DirectPost:
    """POSTs JSON bodies to one endpoint of an SDK client without the SDK's per-request pipeline.

    ``sdk_call(client, body)`` makes the call through the SDK (``with_raw_response``); it runs once,
    against a transport that records the request and answers ``{}``, to learn what the SDK sends.
    """

    def __init__(self, client: Any, sdk_call: Callable[[Any, dict[str, Any]], Awaitable[Any]], api_key: str | None,
                 timeout_s: float, limit: int = 1000):
        self.client = client
        self.sdk_call = sdk_call
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.limit = limit
        self.url: str | None = None
        self.headers: dict[str, str] = {}
        self._orders: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._session: Any = None
        self._lock: asyncio.Lock | None = None
        self._timeout: Any = None
        self._proxy: str | None = None

    async def _learn(self, body: dict[str, Any]) -> tuple[str, ...]:
        """One SDK call into a recording transport; returns the order the SDK writes this body's keys in.

        The first call also keeps the request's URL and headers (auth conventions, versions, client headers).
        """
        httpx = _httpx_module(self.client)
        seen: list[Any] = []

        def record(request: Any) -> Any:
            seen.append(request)
            return httpx.Response(200, json={})

        recorder = httpx.AsyncClient(transport=httpx.MockTransport(record))
        try:
            await self.sdk_call(self.client.with_options(http_client=recorder), body)
        finally:
            await recorder.aclose()
        request = seen[-1]
        if self.url is None:
            self.url = str(request.url)
            self.headers = {k: v for k, v in request.headers.multi_items() if k.lower() not in _DROP}
        return tuple(orjson.loads(request.content))

    async def _start(self, body: dict[str, Any]) -> None:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._session is not None:
                return
            import aiohttp

            self._orders[tuple(body)] = await self._learn(body)
            t = self.timeout_s
            # as the SDK's aiohttp transport: connect, pool and read limits each of timeout_s, no total
            self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=t, sock_read=t, connect=t)
            # the proxy from the environment (HTTPS_PROXY, NO_PROXY, ...) as httpx reads it, looked up once:
            # aiohttp's trust_env would look it up (and ~/.netrc) in a thread on every request
            self._proxy = _env_proxy(self.url)
            # the SDK's headers as the session's defaults: aiohttp copies them per request in C, where
            # passing them per request built and merged a header map in Python each time
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.limit, keepalive_timeout=5.0), headers=self.headers,
            )

    async def post(self, body: dict[str, Any]) -> tuple[dict[str, Any], Mapping[str, str]]:
        """The answer's JSON object and headers; a non-2xx answer raises :class:`HTTPStatusError`."""
        if self._session is None:
            await self._start(body)
        shape = tuple(body)
        order = self._orders.get(shape)
        if order is None:  # a new set of fields (a request with its own sampling settings): ask the SDK once
            order = self._orders[shape] = await self._learn(body)
        payload = orjson.dumps(body if order == shape else {k: body[k] for k in order})
        async with self._session.post(self.url, data=payload, headers={"content-length": str(len(payload))},
                                      timeout=self._timeout, proxy=self._proxy) as resp:
            data = await resp.read()
            answer_headers = resp.headers
            status = resp.status
        if status >= 400:
            raise self._status_error(status, answer_headers, data)
        answer = orjson.loads(data)
        if not isinstance(answer, dict):
            raise orjson.JSONDecodeError("expected a JSON object", str(data[:40]), 0)
        return answer, answer_headers

    def _status_error(self, status: int, headers: Mapping[str, str], data: bytes) -> HTTPStatusError:
        text = data.decode("utf-8", "replace").strip()
        try:
            body: Any = orjson.loads(data) if data else None
        except orjson.JSONDecodeError:
            body = text or None
        message = f"Error code: {status} - {body if body is not None else text}"
        if self.api_key and len(self.api_key) >= 4:
            message = message.replace(self.api_key, "***")  # an answer may echo the key back
        return HTTPStatusError(status, headers, body, redact(message))

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
