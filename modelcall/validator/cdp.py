"""A Chromium process driven over the DevTools protocol on its own pipe (``--remote-debugging-pipe``).

The validator talks to the browser directly instead of through Playwright's Node driver: every protocol call and
every routed request then costs one hop instead of three, which measured about a third of the browser layer's CPU
per program (benchmarks/bench_l3.py, docs/benchmarks.md). Messages are JSON, each ended by a NUL byte; the
browser reads fd 3 and writes fd 4.
"""
from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import shlex
import tempfile
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

EventHandler = Callable[[dict[str, Any], str | None], None]


class CDPError(RuntimeError):
    """The browser answered a call with an error, or went away before answering."""


class BrowserGone(CDPError):
    """The browser process exited or closed its pipe."""


class BrowserProcess:
    """One Chromium process and its protocol pipe: ``send`` calls a method (browser-wide, or on a page session),
    ``on`` registers an event handler (called with the event's params and session id)."""

    def __init__(self, argv: list[str]):
        self.argv = argv
        self.pid: int | None = None
        self._writer: Any = None
        self._reader: asyncio.StreamReader | None = None
        self._read_task: asyncio.Task | None = None
        self._pending: dict[int, asyncio.Future] = {}
        self._handlers: dict[str, list[EventHandler]] = {}
        self._next_id = 0
        self._profile: tempfile.TemporaryDirectory | None = None
        self.connected = False

    async def start(self, timeout_s: float = 30.0) -> dict[str, Any]:
        """Start the browser; returns ``Browser.getVersion``."""
        loop = asyncio.get_running_loop()
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        self._profile = tempfile.TemporaryDirectory(prefix="modelcall-chromium-profile-")
        argv = [*self.argv, "--remote-debugging-pipe", f"--user-data-dir={self._profile.name}"]
        log.debug("starting %s", " ".join(shlex.quote(a) for a in argv))
        # the browser expects its pipe on fds 3 and 4: copies above 10 (closed on exec) are moved there, so that
        # neither end can be overwritten by the other's move
        high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
        high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)
        try:
            self.pid = os.posix_spawnp(argv[0], argv, dict(os.environ), file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_DUP2, high_r, 3),
                (os.POSIX_SPAWN_DUP2, high_w, 4),
            ], setsid=True)
        finally:
            for fd in (to_browser_r, from_browser_w, high_r, high_w):
                os.close(fd)
        self._writer = os.fdopen(to_browser_w, "wb", buffering=0)
        os.set_blocking(to_browser_w, True)
        self._reader = asyncio.StreamReader(limit=1 << 28)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(self._reader), os.fdopen(from_browser_r, "rb"))
        self.connected = True
        self._read_task = asyncio.ensure_future(self._read())
        return await self.send("Browser.getVersion", timeout=timeout_s)

    def on(self, method: str, handler: EventHandler) -> None:
        self._handlers.setdefault(method, []).append(handler)

    async def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
                   timeout: float | None = None) -> dict[str, Any]:
        if not self.connected:
            raise BrowserGone(f"{method}: the browser is gone")
        self._next_id += 1
        call_id = self._next_id
        message: dict[str, Any] = {"id": call_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._pending[call_id] = future
        try:
            self._writer.write(json.dumps(message, separators=(",", ":")).encode() + b"\0")
        except OSError as exc:
            self._pending.pop(call_id, None)
            self._gone()
            raise BrowserGone(f"{method}: the browser is gone ({exc})") from None
        try:
            answer = await (asyncio.wait_for(future, timeout) if timeout else future)
        finally:
            self._pending.pop(call_id, None)
        if "error" in answer:
            error = answer["error"]
            raise CDPError(f"{method}: {error.get('message', error)}")
        return answer.get("result", {})

    def send_nowait(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> None:
        """A call whose answer nobody waits for (an answer to a routed request, a dialog, closing a popup)."""
        task = asyncio.ensure_future(self.send(method, params, session))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())

    async def _read(self) -> None:
        assert self._reader is not None
        try:
            while True:
                data = await self._reader.readuntil(b"\0")
                message = json.loads(data[:-1])
                if "id" in message:
                    future = self._pending.get(message["id"])
                    if future is not None and not future.done():
                        future.set_result(message)
                    continue
                for handler in self._handlers.get(message.get("method", ""), ()):
                    try:
                        handler(message.get("params", {}), message.get("sessionId"))
                    except Exception:  # noqa: BLE001 - one bad handler must not stop the reader
                        log.exception("handler for %s failed", message.get("method"))
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            raise
        finally:
            self._gone()

    def _gone(self) -> None:
        self.connected = False
        for future in self._pending.values():
            if not future.done():
                future.set_exception(BrowserGone("the browser is gone"))
        self._pending.clear()

    async def close(self) -> None:
        if self.connected:
            with contextlib.suppress(Exception):
                await self.send("Browser.close", timeout=5)
        self.connected = False
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, 9)
            await asyncio.get_running_loop().run_in_executor(None, _reap, self.pid)
            self.pid = None
        if self._read_task is not None:
            self._read_task.cancel()
            with contextlib.suppress(BaseException):
                await self._read_task
        if self._writer is not None:
            with contextlib.suppress(OSError):
                self._writer.close()
        if self._profile is not None:
            self._profile.cleanup()
            self._profile = None


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
