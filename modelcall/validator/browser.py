"""A pool of headless-Chromium pages (Playwright, async, in its own thread) that run Phaser programs, each in a
fresh browser context that nothing of an earlier program can reach.

Isolation (docs/validator.md, "L3 it runs"):
- every program gets a new browser context (new renderer state, storage, workers, timers); contexts are opened in
  the background while the previous program runs, and closed after it;
- the harness (harness.js) is evaluated over the protocol after phaser.min.js and before the program; the host
  holds it as a protocol handle and it reports failures through a CDP binding it takes off ``window`` at once,
  so no harness object is reachable from the page and what decides the verdict cannot be patched by the program;
- no packet can leave the browser: Chromium runs in its own empty network namespace when the machine allows it
  (guard ``netns``), and always with a proxy on a closed port, no proxy bypass, WebRTC without non-proxied UDP and a
  host resolver that resolves nothing (``flags`` alone when no namespace is possible); every request the page makes
  is answered by the route handler (placeholder image / sound / empty body), never by the network;
- limits per program: a V8 heap cap (the renderer dies past it) plus heap + ArrayBuffer use checked between frames
  (``l3:memory_limit``), a stall and a total wall-clock cap, console output capped, dialogs answered, a navigation
  away is a failure (``l3:navigation``).
"""
from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import re
import secrets
import shlex
import shutil
import struct
import subprocess
import tempfile
import threading
import time
import zlib
from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from modelcall.errors import ConfigError
from modelcall.validator.config import RuntimeConfig

log = logging.getLogger(__name__)

HARNESS_JS = Path(__file__).with_name("harness.js")
ORIGIN = "http://modelcall.local"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--mute-audio", "--disable-blink-features=AutomationControlled",
    "--disable-features=BackForwardCache",
]
# always on, also inside the network namespace: whatever escapes the route handler goes to a closed port
GUARD_ARGS = [
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp", "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--dns-prefetch-disable", "--no-pings",
]
HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><style>html,body{margin:0;padding:0;background:#000}</style>"
    "</head><body></body></html>"
)
SEP = "\x1f"


def _png(width: int = 32, height: int = 32, rgba: tuple[int, int, int, int] = (200, 120, 255, 255)) -> bytes:
    """A small solid-colour PNG: the placeholder for every image a program asks for."""
    raw = b"".join(b"\x00" + bytes(rgba) * width for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _wav(ms: int = 100, rate: int = 8000) -> bytes:
    frames = rate * ms // 1000
    data = b"\x80" * frames
    return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8)
            + b"data" + struct.pack("<I", len(data)) + data)


# large enough for the usual spritesheets (frames of 32-64 px, a dozen per row) to yield their frames
PLACEHOLDER_PNG = _png(512, 512)
PLACEHOLDER_WAV = _wav()
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")
PLACEHOLDER_SVG = ("<svg xmlns='http://www.w3.org/2000/svg' width='512' height='512'>"
                   "<rect width='512' height='512' fill='#c878ff'/></svg>")


def _placeholder_json() -> str:
    """One JSON that the usual JSON consumers accept: a texture atlas (hash of frames + meta) and a small Tiled map."""
    frames = {f"frame{i}": {"frame": {"x": (i % 8) * 64, "y": (i // 8) * 64, "w": 64, "h": 64}, "rotated": False,
                            "trimmed": False, "spriteSourceSize": {"x": 0, "y": 0, "w": 64, "h": 64},
                            "sourceSize": {"w": 64, "h": 64}} for i in range(64)}
    tiles = [1] * 100
    listed = [dict(v, filename=k) for k, v in frames.items()]
    data = {
        "textures": [{"image": "placeholder.png", "format": "RGBA8888", "size": {"w": 512, "h": 512}, "scale": 1,
                      "frames": listed}],
        "frames": frames, "meta": {"image": "placeholder.png", "size": {"w": 512, "h": 512}, "scale": "1"},
        "type": "map", "version": "1.10", "orientation": "orthogonal", "renderorder": "right-down", "infinite": False,
        "width": 10, "height": 10, "tilewidth": 32, "tileheight": 32, "nextlayerid": 2, "nextobjectid": 1,
        "layers": [{"id": 1, "name": "Tile Layer 1", "type": "tilelayer", "data": tiles, "width": 10, "height": 10,
                    "opacity": 1, "visible": True, "x": 0, "y": 0}],
        "tilesets": [{"firstgid": 1, "name": "tiles", "image": "tiles.png", "imagewidth": 512, "imageheight": 512,
                      "tilewidth": 32, "tileheight": 32, "tilecount": 256, "columns": 16, "margin": 0, "spacing": 0}],
    }
    return json.dumps(data)


def _placeholder_font_xml() -> str:
    """A BMFont (XML) with the printable ASCII characters laid out on the 512 px placeholder image."""
    chars = "".join(
        f"<char id='{c}' x='{(i % 16) * 32}' y='{(i // 16) * 32}' width='24' height='32' xoffset='0' yoffset='0' "
        f"xadvance='24' page='0' chnl='15'/>" for i, c in enumerate(range(32, 127))
    )
    return ("<?xml version='1.0'?><font><info face='placeholder' size='32'/>"
            "<common lineHeight='32' base='26' scaleW='512' scaleH='512' pages='1'/>"
            "<pages><page id='0' file='placeholder.png'/></pages>"
            f"<chars count='95'>{chars}</chars></font>")


PLACEHOLDER_JSON = _placeholder_json()
PLACEHOLDER_FONT_XML = _placeholder_font_xml()
_AUDIO_EXT = (".mp3", ".ogg", ".wav", ".m4a", ".aac", ".webm", ".flac")


def default_executable() -> str | None:
    """Playwright's own Chromium when installed, else the system chromium."""
    try:
        from playwright.sync_api import sync_playwright  # noqa: F401

        base = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
        found = sorted(base.glob("chromium-*/chrome-linux*/chrome")) if base.is_dir() else []
        if found:
            return str(found[-1])
    except ImportError:
        pass
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def find_phaser_js() -> Path:
    for base in (Path(__file__).resolve().parents[2], Path.cwd()):
        path = base / "node_modules" / "phaser" / "dist" / "phaser.min.js"
        if path.is_file():
            return path
    raise ConfigError("node_modules/phaser/dist/phaser.min.js not found: run `npm ci` (scripts/setup.sh)")


# APIs that exist only under the WebGL renderer: such programs keep their renderer instead of the forced CANVAS
_WEBGL_ONLY = re.compile(
    r"\b(preFX|postFX|setPipeline|setPostPipeline|enableFilters|setLighting|WEBGL|shader|pointlight|mesh|plane|rope|"
    r"lights\s*\.|Renderer\.WebGL)\b"
)


def needs_webgl(code: str) -> bool:
    return bool(_WEBGL_ONLY.search(code))



def network_namespace_command() -> list[str] | None:
    """The `unshare` prefix that puts Chromium in its own empty network namespace, or None where the machine
    allows none (no unshare, no root and no user namespaces)."""
    exe = shutil.which("unshare")
    if not exe:
        return None
    for prefix in ([exe, "--net"], [exe, "--user", "--map-root-user", "--net"]):
        if prefix[1] == "--net" and os.geteuid() != 0:
            continue
        try:
            if subprocess.run([*prefix, "--", "true"], capture_output=True, timeout=10).returncode == 0:
                return prefix
        except (OSError, subprocess.SubprocessError):
            continue
    return None


class HarnessCallError(RuntimeError):
    """A call into the harness threw: the program broke the page under it."""


class _Run:
    """One program's document: the harness handle, its binding and nonce, and what was reported during the run."""

    def __init__(self) -> None:
        self.handle: str | None = None
        self.cdp: Any = None
        self.nonce = secrets.token_hex(16)
        self.binding = "b" + secrets.token_hex(12)
        self.active = False  # the program is running: events and navigations from now on are its own
        self.errors: list[dict[str, Any]] = []
        self.console_errors: list[dict[str, Any]] = []
        self.exceptions: list[dict[str, Any]] = []
        self.navigated: str | None = None
        self.crashed = False
        self.dialogs = 0


class _Slot:
    """One page working through programs, each in a fresh document of its own origin (see ``BrowserPool``)."""

    def __init__(self) -> None:
        self.context: Any = None
        self.page: Any = None
        self.cdp: Any = None
        self.programs = 0  # documents opened in this context
        self.current: _Run | None = None
        self.expected_url = ""
        self.main_frame = ""
        self.crashed = False
        self.next: asyncio.Future | None = None  # the next program's document, prepared in the background


class BrowserPool:
    """Owns the browser; ``run(codes)`` returns one runtime result per program (same order).

    Every program runs in a new document at an origin of its own (``http://p<n>-<random>.modelcall.local``), so it
    starts from a new JavaScript realm (fresh globals, prototypes and Phaser) with nothing left of the program
    before it: that document's timers, workers, frames, audio and pending tasks ended with it (back-forward cache
    off), storage is keyed by origin, cookies are cleared, ``window.name`` and the history are reset and service
    workers are blocked. The page's context (and with it the renderer process) is replaced after any timeout, crash,
    memory overrun or harness failure and every ``CONTEXT_PROGRAMS`` programs. Phaser comes from a context init
    script evaluated at DOMContentLoaded of each document (no 1 MB transfer per program).
    """

    CONTEXT_PROGRAMS = 50

    def __init__(self, cfg: RuntimeConfig, screenshots: bool = True):
        self.cfg = cfg
        self.screenshots = screenshots
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pw: Any = None
        self._browser: Any = None
        self._slots: asyncio.Queue[_Slot] | None = None
        self._all_slots: list[_Slot] = []
        self._closing: set[asyncio.Future] = set()
        phaser = find_phaser_js().read_text(encoding="utf-8")
        # top-level documents only; at DOMContentLoaded, since Phaser's feature checks need document.documentElement
        self._init_script = (
            "if (window === window.top) { window.name = ''; const boot = function () {" + phaser + "\n};"
            " document.addEventListener('DOMContentLoaded', () => { boot.call(window); }, { once: true }); }"
        )
        self._harness = HARNESS_JS.read_text(encoding="utf-8")
        self._tmp: Any = None
        self._serial = 0
        self.pages_created = 0
        self.contexts_created = 0
        self.network_guard = "none"
        self.browser_version = ""
        self.user_agent = ""

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        try:
            import playwright.async_api  # noqa: F401
        except ImportError:
            raise ConfigError("playwright is not installed: pip install -e .[runtime] (or set runtime.enabled: false)") from None
        exe = self.cfg.executable_path or default_executable()
        if not exe or not Path(exe).exists():
            raise ConfigError(
                f"no Chromium found ({exe or 'none'}): install the Debian package chromium (scripts/setup.sh) "
                "or set runtime.executable_path"
            )
        self._exe = self._guarded_executable(exe)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="browser-pool", daemon=True)
        self._thread.start()
        try:
            self._call(self._astart())
        except BaseException:
            self.close()
            raise

    def _guarded_executable(self, exe: str) -> str:
        """Chromium itself (guard ``flags``) or a wrapper that starts it in an empty network namespace (``netns``)."""
        mode = self.cfg.network_isolation
        prefix = network_namespace_command() if mode in ("auto", "netns") else None
        if prefix is None:
            if mode == "netns":
                raise ConfigError("validator.runtime.network_isolation: netns, but this machine allows no network "
                                  "namespace (needs root or user namespaces and `unshare`); use auto or flags")
            self.network_guard = "flags"
            return exe
        self._tmp = tempfile.TemporaryDirectory(prefix="modelcall-chromium-")
        wrapper = Path(self._tmp.name) / "chromium-netns"
        wrapper.write_text("#!/bin/sh\nexec " + " ".join(shlex.quote(p) for p in prefix) + " -- "
                           + shlex.quote(str(Path(exe).resolve())) + ' "$@"\n', encoding="utf-8")
        wrapper.chmod(0o700)
        self.network_guard = "netns"
        return str(wrapper)

    def _call(self, coro: Any, timeout: float | None = None) -> Any:
        assert self._loop is not None
        fut: Future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return fut.result(timeout)

    def _launch_args(self) -> list[str]:
        return [*LAUNCH_ARGS, *GUARD_ARGS, f"--js-flags=--max-old-space-size={self.cfg.memory_limit_mb}"]

    async def _launch(self) -> Any:
        assert self._pw is not None
        browser = await self._pw.chromium.launch(executable_path=self._exe, args=self._launch_args(), headless=True)
        self.browser_version = browser.version
        # a desktop Chrome user agent: "HeadlessChrome" would tell a program that it is being checked
        major = self.browser_version.split(".")[0]
        self.user_agent = (f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{major}.0.0.0 "
                           "Safari/537.36")
        return browser

    async def _astart(self) -> None:
        from playwright.async_api import async_playwright

        self._pw = await async_playwright().start()
        self._browser = await self._launch()
        self._slots = asyncio.Queue()
        for _ in range(self.cfg.pages):
            slot = _Slot()
            slot.next = asyncio.ensure_future(self._prepare(slot))
            self._all_slots.append(slot)
            self._slots.put_nowait(slot)

    def close(self) -> None:
        if self._loop is None:
            return
        try:
            self._call(self._aclose(), timeout=30)
        except Exception as exc:  # noqa: BLE001 - closing must not mask the real outcome
            log.debug("browser close: %s", exc)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(timeout=5)
        self._loop = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    async def _aclose(self) -> None:
        pending = [s.next for s in self._all_slots if s.next is not None]
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        for slot in self._all_slots:
            self._discard(slot)
        if self._closing:
            await asyncio.gather(*list(self._closing), return_exceptions=True)
        if self._browser is not None:
            await self._browser.close()
        if self._pw is not None:
            await self._pw.stop()

    def __enter__(self) -> BrowserPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ pages
    def _router(self, slot: _Slot) -> Any:
        async def route(route: Any) -> None:
            request = route.request
            url: str = request.url
            path = url.split("?", 1)[0].split("#", 1)[0].lower()
            if request.is_navigation_request():
                run = slot.current
                if slot.page is not None and request.frame == slot.page.main_frame:
                    if run is None and url == slot.expected_url:
                        await route.fulfill(status=200, content_type="text/html", body=HTML)
                        return
                    if run is not None and run.active and run.navigated is None:
                        run.navigated = url[:300]
                # 204 No Content: the navigation is dropped and the page stays
                await route.fulfill(status=204, body="")
            elif path.endswith(_IMAGE_EXT):
                await route.fulfill(status=200, content_type="image/png", body=PLACEHOLDER_PNG)
            elif path.endswith(_AUDIO_EXT):
                await route.fulfill(status=200, content_type="audio/wav", body=PLACEHOLDER_WAV)
            elif path.endswith(".svg"):
                await route.fulfill(status=200, content_type="image/svg+xml", body=PLACEHOLDER_SVG)
            elif path.endswith(".json"):
                await route.fulfill(status=200, content_type="application/json", body=PLACEHOLDER_JSON)
            elif path.endswith((".xml", ".fnt")):
                await route.fulfill(status=200, content_type="application/xml", body=PLACEHOLDER_FONT_XML)
            else:
                await route.fulfill(status=200, content_type="text/plain", body="")

        return route

    async def _new_context(self, slot: _Slot) -> None:
        self._discard(slot)
        assert self._browser is not None
        if not self._browser.is_connected():
            log.warning("the browser went away; launching it again")
            self._browser = await self._launch()
        slot.crashed = False
        slot.programs = 0
        slot.context = await self._browser.new_context(
            viewport={"width": self.cfg.width, "height": self.cfg.height}, service_workers="block",
            user_agent=self.user_agent, accept_downloads=False,
        )
        await slot.context.add_init_script(script=self._init_script)
        await slot.context.route("**/*", self._router(slot))
        slot.page = await slot.context.new_page()
        slot.page.on("crash", lambda _page: self._on_crash(slot))
        slot.page.on("dialog", lambda dialog: self._answer(slot, dialog))
        slot.page.on("popup", self._close_popup)
        slot.cdp = await slot.context.new_cdp_session(slot.page)
        slot.cdp.on("Runtime.bindingCalled", lambda event: self._on_binding(slot, event))
        slot.cdp.on("Runtime.exceptionThrown", lambda event: self._on_exception(slot, event))
        slot.cdp.on("Page.frameRequestedNavigation", lambda event: self._on_navigation(slot, event))
        await slot.cdp.send("Runtime.enable")
        await slot.cdp.send("Page.enable")
        slot.main_frame = (await slot.cdp.send("Page.getFrameTree"))["frameTree"]["frame"]["id"]
        self.contexts_created += 1

    async def _prepare(self, slot: _Slot) -> _Run:
        """The next program's document: a fresh origin with Phaser loaded and the harness installed."""
        if slot.page is None or slot.crashed or slot.programs >= self.CONTEXT_PROGRAMS:
            await self._new_context(slot)
        slot.current = None
        self._serial += 1
        run = _Run()
        slot.expected_url = f"http://p{self._serial}-{secrets.token_hex(4)}.modelcall.local/"
        # cookies (the only storage shared by the origins of one site) go while the new document loads
        await asyncio.gather(slot.context.clear_cookies(),
                             slot.page.goto(slot.expected_url, wait_until="load", timeout=30000))
        await asyncio.gather(slot.cdp.send("Page.resetNavigationHistory"),
                             slot.cdp.send("Runtime.addBinding", {"name": run.binding}))
        opts = {"nonce": run.nonce, "consoleCap": self.cfg.console_cap}
        resp = await slot.cdp.send("Runtime.evaluate", {
            "expression": f"({self._harness})({json.dumps(run.binding)}, {json.dumps(opts)})\n//# sourceURL=harness.js",
            "returnByValue": False, "silent": True,
        })
        if "exceptionDetails" in resp or resp.get("result", {}).get("type") != "object":
            raise RuntimeError(f"the harness did not install: {_exception_text(resp.get('exceptionDetails'))}")
        run.handle = resp["result"]["objectId"]
        run.cdp = slot.cdp
        slot.programs += 1
        self.pages_created += 1
        return run

    @staticmethod
    def _close_popup(page: Any) -> None:
        """A popup (window.open): closed at once; its requests are answered by the route like any other."""
        task = asyncio.ensure_future(page.close())
        task.add_done_callback(lambda t: t.exception())

    def _on_crash(self, slot: _Slot) -> None:
        slot.crashed = True
        if slot.current is not None:
            slot.current.crashed = True

    def _answer(self, slot: _Slot, dialog: Any) -> None:
        """alert/confirm/prompt from a frame the harness does not cover: answered at once, counted."""
        if slot.current is not None:
            slot.current.dialogs += 1
        task = asyncio.ensure_future(dialog.accept() if dialog.type != "beforeunload" else dialog.dismiss())
        task.add_done_callback(lambda t: t.exception())

    @staticmethod
    def _on_binding(slot: _Slot, event: dict[str, Any]) -> None:
        run = slot.current
        if run is None or event.get("name") != run.binding:
            return
        parts = str(event.get("payload", "")).split(SEP)
        if len(parts) < 7 or parts[0] != run.nonce:
            return  # not the harness: a program cannot forge (or remove) a report
        _nonce, kind, a, b, c, d, e = parts[:7]
        if kind == "E" and len(run.errors) < 20:
            run.errors.append({"message": d, "stack": e, "source": a, "phase": b, "where": b,
                               "frame": int(c) if c.isdigit() else 0})
        elif kind == "C" and len(run.console_errors) < 20:
            run.console_errors.append({"message": c, "phase": a, "frame": int(b) if b.isdigit() else 0})

    @staticmethod
    def _on_navigation(slot: _Slot, event: dict[str, Any]) -> None:
        """The program asked to navigate its page away (location, link, form, reload): reported in order with the
        harness's calls, whatever the route then answers."""
        run = slot.current
        if (run is not None and run.active and run.navigated is None and event.get("frameId") == slot.main_frame
                and event.get("disposition", "currentTab") == "currentTab"):
            run.navigated = str(event.get("url", ""))[:300]

    @staticmethod
    def _on_exception(slot: _Slot, event: dict[str, Any]) -> None:
        run = slot.current
        if run is not None and run.active and len(run.exceptions) < 20:
            details = event.get("exceptionDetails") or {}
            run.exceptions.append({"message": _exception_text(details), "stack": "", "source": "page", "phase": None,
                                   "frame": None})

    def _discard(self, slot: _Slot) -> None:
        """Close a slot's context in the background (a crashed renderer may take a while)."""
        ctx, slot.context, slot.page, slot.cdp = slot.context, None, None, None
        if ctx is None:
            return
        task = asyncio.ensure_future(self._close_context(ctx))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    @staticmethod
    async def _close_context(ctx: Any) -> None:
        try:
            await asyncio.wait_for(ctx.close(), 10)
        except Exception as exc:  # noqa: BLE001 - a crashed renderer may refuse a clean close
            log.debug("context close: %s", exc)

    # ------------------------------------------------------------------ running
    def run(self, codes: Iterable[str], frames: Iterable[int | None] | None = None) -> list[dict[str, Any]]:
        """Run each program; ``frames`` (per program, None: ``runtime.frames``) sets how long each one runs."""
        codes = list(codes)
        per = list(frames) if frames is not None else [None] * len(codes)
        return self._call(self._run_all(codes, per))

    async def _run_all(self, codes: list[str], frames: list[int | None]) -> list[dict[str, Any]]:
        return list(await asyncio.gather(*(self._run_one(code, n) for code, n in zip(codes, frames, strict=True))))

    async def _run_one(self, code: str, frames: int | None = None) -> dict[str, Any]:
        first = await self._attempt(code, frames)
        if first["ok_harness"]:
            return first
        # the machinery failed (no page could be opened, the browser went away): once more on a new context
        log.debug("harness error (%s); retrying on a new page", first["harness_error"])
        return await self._attempt(code, frames)

    async def _take(self, slot: _Slot) -> _Run:
        pending, slot.next = slot.next, None
        try:
            if pending is not None:
                return await pending
        except Exception as exc:  # noqa: BLE001 - prepared again below, on a new context
            log.debug("background page preparation failed: %s", exc)
            slot.crashed = True
        return await self._prepare(slot)

    async def _attempt(self, code: str, frames: int | None = None) -> dict[str, Any]:
        assert self._slots is not None
        slot = await self._slots.get()
        try:
            run = await self._take(slot)
            slot.current = run
            run.active = True
            result = await self._execute(run, code, frames or self.cfg.frames)
            run.active = False
            slot.current = None
            if (result["timed_out"] or run.crashed or result.get("memory_limit") or not result["ok_harness"]
                    or any(e.get("source") == "harness" for e in result["errors"])):
                # a hung, dead or broken renderer: the next program gets a new context
                slot.crashed = True
            slot.next = asyncio.ensure_future(self._prepare(slot))
            return result
        except Exception as exc:  # noqa: BLE001 - a broken page is one failed sample, not a crashed run
            slot.current = None
            slot.crashed = True
            slot.next = asyncio.ensure_future(self._prepare(slot))
            return _empty_result(harness_error=f"{type(exc).__name__}: {exc}")
        finally:
            self._slots.put_nowait(slot)

    async def _harness_call(self, run: _Run, method: str, *args: Any, timeout: float, await_promise: bool = False) -> Any:
        resp = await asyncio.wait_for(run.cdp.send("Runtime.callFunctionOn", {
            "objectId": run.handle, "functionDeclaration": "function (m, a, b) { return this[m](a, b); }",
            "arguments": [{"value": method}, *({"value": a} for a in args)],
            "returnByValue": True, "awaitPromise": await_promise, "silent": True,
        }), timeout)
        if "exceptionDetails" in resp:
            raise HarnessCallError(_exception_text(resp["exceptionDetails"]))
        return resp.get("result", {}).get("value")

    async def _heap_mb(self, run: _Run) -> float:
        # its own, longer limit: a renderer busy with a pending GC or GPU work is not a program that stalls
        usage = await asyncio.wait_for(run.cdp.send("Runtime.getHeapUsage"), self.cfg.stall_timeout_s + 20)
        return (usage.get("usedSize", 0) + usage.get("backingStorageSize", 0)) / 2**20

    async def _execute(self, run: _Run, code: str, frames: int) -> dict[str, Any]:
        cfg = self.cfg
        t0 = time.monotonic()
        result = _empty_result()
        stall = cfg.stall_timeout_s
        opts = {
            "forceCanvas": cfg.force_canvas and not needs_webgl(code), "noAudio": cfg.no_audio, "inputPhase": cfg.input_phase,
            "inputAfter": cfg.input_after_frames, "renderEvery": cfg.render_every, "stopOnError": True,
            "maxLoadWaits": int(cfg.boot_timeout_s * 1000 / 5),
        }
        phase = "script"
        last_frame = 0
        fin: dict[str, Any] = {}
        try:
            await self._harness_call(run, "start", opts, code, timeout=stall)
            phase = "boot"
            if await self._over_memory(run, result):
                raise _Stop
            boot = await self._harness_call(run, "waitBoot", cfg.boot_timeout_s * 1000, timeout=cfg.boot_timeout_s + stall,
                                            await_promise=True)
            result["booted"] = boot == "booted"
            if boot == "booted":
                phase = "update"
                checked = time.monotonic()
                while True:
                    step = str(await self._harness_call(run, "advance", frames, 150, timeout=stall)).split("|")
                    last_frame = int(step[0])
                    phase = step[3] or phase
                    if run.navigated:
                        break
                    if step[1] == "1" or time.monotonic() - checked > 1.0:
                        checked = time.monotonic()
                        if await self._over_memory(run, result):
                            break
                    if step[1] == "1":
                        break
                    if step[2] == "1":
                        await asyncio.sleep(0.005)
                    if time.monotonic() - t0 > cfg.total_timeout_s:
                        if last_frame >= cfg.frames:
                            # past the usual run, only reaching for scheduled timers: the budget ends it, no verdict
                            result["reach_cut_at"] = last_frame
                            break
                        result["timed_out"] = True
                        result["timeout_reason"] = f"still running after {cfg.total_timeout_s:.0f}s (frame {last_frame})"
                        break
            else:
                result["boot_failure"] = boot
            phase = "finish"
            fin = json.loads(await self._harness_call(run, "finish", self.screenshots, timeout=stall + 5))
        except _Stop:
            pass
        except asyncio.TimeoutError:
            if not run.crashed:
                result["timed_out"] = True
                result["timeout_reason"] = f"no progress for {stall:.0f}s during {phase}"
                result["timeout_phase"] = phase
                result["frames"] = last_frame
        except HarnessCallError as exc:
            # the program broke the page under the harness (a getter that throws, a patched builtin, ...)
            run.errors.append({"message": f"the page broke under the harness: {exc}"[:2000], "stack": "", "source": "harness",
                               "phase": phase, "where": phase, "frame": last_frame})
        except Exception as exc:  # noqa: BLE001 - a crashed renderer ends the call with an error
            await asyncio.sleep(0.2)  # the crash event may come just after the failed call
            if not run.crashed:
                raise
            log.debug("renderer crashed: %s", exc)
        if run.crashed and not result.get("memory_limit"):
            result["memory_limit"] = f"the renderer died (V8 heap past {cfg.memory_limit_mb} MB) during {phase}"
            result["timed_out"] = False
        result.update({k: fin[k] for k in ("game_created", "frames", "lifecycle", "signals", "canvas", "misuse") if k in fin})
        if not fin:
            result["frames"] = last_frame
        tampered = fin.get("tampered") or []
        if tampered:
            result["tampered"] = tampered
        errors = list(run.errors)
        if not errors and run.exceptions:
            errors = list(run.exceptions)  # uncaught in a frame of the program's own, outside the harness's view
        result["errors"] = errors
        result["console_errors"] = list(run.console_errors)
        if run.navigated and cfg.fail_on_navigation:
            result["navigated"] = run.navigated
        shot = fin.get("screenshot")
        if shot and isinstance(shot, str) and shot.startswith("data:image/png;base64,"):
            result["png"] = base64.b64decode(shot.split(",", 1)[1])
        result["ms"] = round((time.monotonic() - t0) * 1000, 1)
        return result

    async def _over_memory(self, run: _Run, result: dict[str, Any]) -> bool:
        used = await self._heap_mb(run)
        if used > self.cfg.memory_limit_mb:
            # the renderer's heap may still hold garbage of an earlier document: collect it before judging
            await asyncio.wait_for(run.cdp.send("HeapProfiler.collectGarbage"), self.cfg.stall_timeout_s + 10)
            used = await self._heap_mb(run)
        if used > self.cfg.memory_limit_mb:
            result["memory_limit"] = f"{used:.0f} MB of heap and buffers in use, the cap is {self.cfg.memory_limit_mb} MB"
            return True
        return False

    # ------------------------------------------------------------------ reflection
    def reflect(self, class_names: list[str], namespace_names: list[str]) -> dict[str, Any]:
        return self._call(self._reflect(class_names, namespace_names))

    async def _reflect(self, class_names: list[str], namespace_names: list[str]) -> dict[str, Any]:
        slot = _Slot()
        run = await self._prepare(slot)
        slot.current = run
        try:
            boot_code = ("new Phaser.Game({type: Phaser.CANVAS, width: 64, height: 64, "
                         "physics: {default: 'arcade'}, scene: {create() {}}});")
            await self._harness_call(run, "begin", {"forceCanvas": True, "noAudio": True, "inputPhase": False,
                                                    "inputAfter": 0, "renderEvery": 1, "stopOnError": False,
                                                    "maxLoadWaits": 100}, timeout=30)
            await self._harness_call(run, "load", boot_code, timeout=30)
            await self._harness_call(run, "waitBoot", 10000, timeout=30, await_promise=True)
            await self._harness_call(run, "advance", 3, 1000, timeout=30)
            return json.loads(await self._harness_call(run, "reflect", class_names, namespace_names, timeout=60))
        finally:
            self._discard(slot)


class _Stop(Exception):
    """The run ended early (memory cap): what was recorded so far is the result."""


def _exception_text(details: dict[str, Any] | None) -> str:
    if not details:
        return "unknown error"
    exc = details.get("exception") or {}
    return str(exc.get("description") or details.get("text") or "unknown error")[:2000]


def _empty_result(harness_error: str | None = None) -> dict[str, Any]:
    return {
        "ok_harness": harness_error is None,
        "harness_error": harness_error,
        "game_created": False,
        "booted": False,
        "frames": 0,
        "errors": [],
        "console_errors": [],
        "lifecycle": {"preload": [], "create": [], "update": []},
        "signals": None,
        "canvas": None,
        "timed_out": False,
        "png": None,
    }
