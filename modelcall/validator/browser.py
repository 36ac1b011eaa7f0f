"""A pool of warm headless-Chromium pages (Playwright, async, in its own thread) that run Phaser programs.

Each page loads the pinned phaser.min.js once (served from memory) plus harness.js; a sample runs in a function
scope on a warm page, stepped frame by frame with a fake clock, and the page is cleaned after it. A page is
replaced every ``recycle_every`` samples and after any failure. Nothing reaches the network: every request is
answered by the route handler (placeholder image / sound / empty body).
"""
from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
import shutil
import struct
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
    "--disable-dev-shm-usage", "--mute-audio",
]
HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><style>html,body{margin:0;padding:0;background:#000}</style>"
    "</head><body><script src='/phaser.min.js'></script><script src='/harness.js'></script></body></html>"
)


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
        import os

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


class _Slot:
    def __init__(self) -> None:
        self.context: Any = None
        self.page: Any = None
        self.used = 0
        self.opening: asyncio.Future | None = None  # a replacement page being opened in the background


class BrowserPool:
    """Owns the browser; ``run(codes)`` returns one runtime result per program (same order)."""

    def __init__(self, cfg: RuntimeConfig, screenshots: bool = True):
        self.cfg = cfg
        self.screenshots = screenshots
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pw: Any = None
        self._browser: Any = None
        self._slots: asyncio.Queue[_Slot] | None = None
        self._closing: set[asyncio.Future] = set()
        self._phaser = find_phaser_js().read_bytes()
        self._harness = HARNESS_JS.read_bytes()
        self.pages_created = 0

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
        self._exe = exe
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="browser-pool", daemon=True)
        self._thread.start()
        self._call(self._astart())

    def _call(self, coro: Any, timeout: float | None = None) -> Any:
        assert self._loop is not None
        fut: Future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return fut.result(timeout)

    async def _astart(self) -> None:
        from playwright.async_api import async_playwright

        self._pw = await async_playwright().start()
        self._browser = await self._pw.chromium.launch(executable_path=self._exe, args=LAUNCH_ARGS, headless=True)
        self._slots = asyncio.Queue()
        for _ in range(self.cfg.pages):
            self._slots.put_nowait(_Slot())

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

    async def _aclose(self) -> None:
        openings = [s.opening for s in getattr(self._slots, "_queue", []) if s.opening is not None]
        if openings:
            await asyncio.gather(*openings, return_exceptions=True)
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
    async def _route(self, route: Any) -> None:
        url: str = route.request.url
        path = url.split("?", 1)[0].split("#", 1)[0].lower()
        if url.startswith(ORIGIN + "/harness.html"):
            await route.fulfill(status=200, content_type="text/html", body=HTML)
        elif route.request.is_navigation_request():
            # 204 No Content: the navigation is dropped and the program keeps its page (and the harness)
            await route.fulfill(status=204, body="")
        elif url.startswith(ORIGIN + "/phaser.min.js"):
            await route.fulfill(status=200, content_type="application/javascript", body=self._phaser)
        elif url.startswith(ORIGIN + "/harness.js"):
            await route.fulfill(status=200, content_type="application/javascript", body=self._harness)
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

    async def _open(self, slot: _Slot) -> None:
        await self._discard(slot)
        assert self._browser is not None
        if not self._browser.is_connected():
            log.warning("the browser went away; launching it again")
            self._browser = await self._pw.chromium.launch(executable_path=self._exe, args=LAUNCH_ARGS, headless=True)
        slot.context = await self._browser.new_context(
            viewport={"width": self.cfg.width, "height": self.cfg.height}, service_workers="block"
        )
        await slot.context.route("**/*", self._route)
        slot.page = await slot.context.new_page()
        await slot.page.goto(ORIGIN + "/harness.html", wait_until="load", timeout=30000)
        ready = await slot.page.evaluate("typeof window.__mc === 'object' && typeof Phaser === 'object'")
        if not ready:
            raise RuntimeError("harness page did not load Phaser")
        slot.used = 0
        self.pages_created += 1

    async def _renew(self, slot: _Slot) -> None:
        try:
            await slot.page.goto(ORIGIN + "/harness.html", wait_until="load", timeout=30000)
            if not await slot.page.evaluate("typeof window.__mc === 'object' && typeof Phaser === 'object'"):
                raise RuntimeError("harness page did not load Phaser")
            slot.used = 0
            self.pages_created += 1
        except Exception as exc:  # noqa: BLE001 - fall back to a new context
            log.debug("page renew failed (%s); opening a new context", exc)
            await self._open(slot)

    async def _discard(self, slot: _Slot, wait: bool = True) -> None:
        ctx, slot.context, slot.page = slot.context, None, None
        if ctx is None:
            return
        task = asyncio.ensure_future(self._close_context(ctx))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)
        if wait:
            await task

    @staticmethod
    async def _close_context(ctx: Any) -> None:
        try:
            await asyncio.wait_for(ctx.close(), 10)
        except Exception as exc:  # noqa: BLE001 - a crashed renderer may refuse a clean close
            log.debug("context close: %s", exc)

    # ------------------------------------------------------------------ running
    def run(self, codes: Iterable[str]) -> list[dict[str, Any]]:
        return self._call(self._run_all(list(codes)))

    async def _run_all(self, codes: list[str]) -> list[dict[str, Any]]:
        return list(await asyncio.gather(*(self._run_one(code) for code in codes)))

    async def _run_one(self, code: str) -> dict[str, Any]:
        first = await self._attempt(code)
        if first["ok_harness"]:
            return first
        # the harness itself broke (crashed renderer, lost browser, navigation): once more on a new context
        log.debug("harness error (%s); retrying on a new page", first["harness_error"])
        return await self._attempt(code)

    async def _attempt(self, code: str) -> dict[str, Any]:
        assert self._slots is not None
        slot = await self._slots.get()
        try:
            if slot.opening is not None:
                opening, slot.opening = slot.opening, None
                try:
                    await opening
                except Exception as exc:  # noqa: BLE001 - opened again below
                    log.debug("background page open failed: %s", exc)
            if slot.page is None or slot.used >= self.cfg.recycle_every:
                await self._open(slot)
            slot.used += 1
            result = await self._execute(slot.page, code)
            if result["timed_out"] or not result["ok_harness"] or (
                    self.cfg.recycle_mode == "context" and (result["errors"] or result["console_errors"]
                                                            or slot.used >= self.cfg.recycle_every)):
                # a hung or broken renderer: close its context, open a new one in the background
                await self._discard(slot, wait=False)
                slot.opening = asyncio.ensure_future(self._open(slot))
            elif result["errors"] or result["console_errors"] or slot.used >= self.cfg.recycle_every:
                # recycled after any failure and every recycle_every samples: a fresh document (new global, Phaser
                # loaded again) in the same renderer, in the background while the other pages keep working
                slot.opening = asyncio.ensure_future(self._renew(slot))
            return result
        except Exception as exc:  # noqa: BLE001 - a broken page is one failed sample, not a crashed run
            await self._discard(slot)
            return _empty_result(harness_error=f"{type(exc).__name__}: {exc}")
        finally:
            self._slots.put_nowait(slot)

    async def _execute(self, page: Any, code: str) -> dict[str, Any]:
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
        try:
            await asyncio.wait_for(page.evaluate("a => { __mc.begin(a[0]); return __mc.load(a[1]); }", [opts, code]), stall)
            phase = "boot"
            boot = await asyncio.wait_for(page.evaluate("ms => __mc.waitBoot(ms)", cfg.boot_timeout_s * 1000), cfg.boot_timeout_s + stall)
            result["booted"] = bool(boot.get("booted"))
            if boot.get("booted"):
                phase = "update"
                while True:
                    step = await asyncio.wait_for(page.evaluate("a => __mc.advance(a[0], a[1])", [cfg.frames, 150]), stall)
                    if step.get("done"):
                        break
                    last_frame = step.get("frame", 0)
                    phase = step.get("phase") or phase
                    if step.get("loading"):
                        await asyncio.sleep(0.005)
                    if time.monotonic() - t0 > cfg.total_timeout_s:
                        result["timed_out"] = True
                        result["timeout_reason"] = f"still running after {cfg.total_timeout_s:.0f}s (frame {last_frame})"
                        break
            else:
                result["boot_failure"] = boot.get("reason")
            phase = "finish"
            fin = await asyncio.wait_for(
                page.evaluate("w => { try { return __mc.finish(w); } finally { __mc.cleanup(); } }", self.screenshots), stall + 5
            )
            result.update({k: fin.get(k) for k in ("game_created", "frames", "errors", "console_errors", "lifecycle", "signals", "canvas")})
            shot = fin.get("screenshot")
            if shot and shot.startswith("data:image/png;base64,"):
                result["png"] = base64.b64decode(shot.split(",", 1)[1])
        except asyncio.TimeoutError:
            result["timed_out"] = True
            result["timeout_reason"] = f"no progress for {stall:.0f}s during {phase}"
            result["timeout_phase"] = phase
            result["frames"] = last_frame
        result["ms"] = round((time.monotonic() - t0) * 1000, 1)
        return result

    # ------------------------------------------------------------------ reflection
    def reflect(self, class_names: list[str], namespace_names: list[str]) -> dict[str, Any]:
        return self._call(self._reflect(class_names, namespace_names))

    async def _reflect(self, class_names: list[str], namespace_names: list[str]) -> dict[str, Any]:
        slot = _Slot()
        await self._open(slot)
        try:
            page = slot.page
            boot_code = ("new Phaser.Game({type: Phaser.CANVAS, width: 64, height: 64, "
                         "physics: {default: 'arcade'}, scene: {create() {}}});")
            await page.evaluate("o => __mc.begin(o)", {"forceCanvas": True, "noAudio": True, "inputPhase": False,
                                                       "inputAfter": 0, "renderEvery": 1, "stopOnError": False,
                                                       "maxLoadWaits": 100})
            await page.evaluate("c => __mc.load(c)", boot_code)
            await page.evaluate("ms => __mc.waitBoot(ms)", 10000)
            await page.evaluate("() => __mc.advance(3, 1000)")
            data = await page.evaluate("a => __mc.reflect(a[0], a[1])", [class_names, namespace_names])
            return data
        finally:
            await self._discard(slot)


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
