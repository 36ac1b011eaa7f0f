"""Headless-Chromium workers that run Phaser programs, each in a fresh document that nothing of an earlier program
can reach. The browsers are driven over the DevTools protocol on their own pipes (validator/cdp.py).

Isolation (docs/validator.md, "L3 it runs"):
- every program gets a new document at an origin of its own (new realm, storage, workers, timers); the next
  document is opened in the background while the previous program's result is handled;
- the harness (harness.js) comes with the document as an uncalled function under a secret name, which the host
  takes off the window and calls after phaser.min.js and before the program; the host
  holds it as a protocol handle and it reports failures through a CDP binding it takes off ``window`` at once,
  so no harness object is reachable from the page and what decides the verdict cannot be patched by the program;
- no packet can leave the browser: Chromium runs in its own empty network namespace when the machine allows it
  (guard ``netns``), and always with a proxy on a closed port, no proxy bypass, WebRTC without non-proxied UDP and a
  host resolver that resolves nothing (``flags`` alone when no namespace is possible); every request the page makes
  is answered by the request handler (placeholder image / sound / empty body), never by the network;
- limits per program: a V8 heap cap (the renderer dies past it) plus heap + ArrayBuffer use checked between frames
  (``l3:memory_limit``), the CPU time of the renderer and GPU process (``l3:cpu_limit``), a stall and a total
  wall-clock cap, console output capped, dialogs answered, a navigation away is a failure (``l3:navigation``).
"""
from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import re
import secrets
import shutil
import struct
import subprocess
import threading
import time
import zlib
from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from modelcall.errors import ConfigError
from modelcall.validator.cdp import BrowserProcess, CDPError
from modelcall.validator.config import RuntimeConfig
from modelcall.validator.runtime_contracts import for_program as contracts_for_program

log = logging.getLogger(__name__)

HARNESS_JS = Path(__file__).with_name("harness.js")
FRAME_GUARD_JS = Path(__file__).with_name("frame_guard.js")
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--mute-audio", "--disable-blink-features=AutomationControlled",
    # RenderDocument off: a navigation keeps the frame's host objects (the document and its realm are new all the
    # same), so the DevTools session and its init scripts (Phaser, 1.2 MB) are not set up again for every program
    # (about a quarter of the CPU per program)
    "--disable-features=BackForwardCache,IsolateOrigins,site-per-process,RenderDocument", "--disable-site-isolation-trials",
    "--disable-extensions", "--disable-default-apps", "--disable-breakpad", "--disable-hang-monitor",
    "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
    # Web Audio works as in a browser (contexts, nodes, a rendering clock), into a fake output: no sound device is
    # asked for its parameters each time a game makes its AudioContext (about 3% of the CPU per program)
    "--disable-audio-output",
    "--disable-backgrounding-occluded-windows", "--enable-features=NetworkServiceInProcess2",
    # the page draws no frames unless asked (the harness steps the game and reads the canvas itself): no
    # compositing, painting or rastering of a page nobody looks at (about a sixth of the CPU per program)
    "--enable-begin-frame-control", "--run-all-compositor-stages-before-draw", "--disable-threaded-animation",
    # a desktop's mouse, as the user agent says (the headless shell reports no pointer and no hover to CSS media
    # queries, so a game choosing mouse or touch controls by matchMedia took its touch path here)
    "--blink-settings=primaryPointerType=4,availablePointerTypes=4,primaryHoverType=2,availableHoverTypes=2",
]
# Each program is a new realm, so V8's optimised code is thrown away with it: with the default tiers about a sixth of
# the browser's CPU per program went to Maglev compiles of Phaser's and the harness's functions for a run of a few
# hundred frames. Without Maglev, and with TurboFan (and on-stack replacement) only for code that is really hot (a
# long loop in the program still gets it), the same programs cost about 7% less CPU (benchmarks: docs/benchmarks.md).
# V8 stops reading --js-flags at the first flag it does not know (the heap cap comes first, so it always applies;
# tests/validator/test_browser_flags.py checks that the installed Chromium knows every one of these).
V8_TIERING = "--no-maglev --invocation-count-for-turbofan=30000 --invocation-count-for-osr=15000"
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
# the harness's function off the window (nothing of the program has run yet), called: the controller the host keeps
_TAKE_HARNESS = ("function (key, binding, opts) { const make = this[key]; delete this[key]; return make(binding, opts); }"
                 "\n//# sourceURL=main.js\n")


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


def _b64(data: bytes | str) -> str:
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


# what the request handler answers, ready to send
HTML_B64 = _b64(HTML)
PLACEHOLDER_PNG_B64 = _b64(PLACEHOLDER_PNG)
PLACEHOLDER_WAV_B64 = _b64(PLACEHOLDER_WAV)
PLACEHOLDER_SVG_B64 = _b64(PLACEHOLDER_SVG)
PLACEHOLDER_JSON_B64 = _b64(PLACEHOLDER_JSON)
PLACEHOLDER_FONT_XML_B64 = _b64(PLACEHOLDER_FONT_XML)
_AUDIO_EXT = (".mp3", ".ogg", ".wav", ".m4a", ".aac", ".webm", ".flac")


def default_executable() -> str | None:
    """The lightest headless Chromium found: the headless shell (Debian's chromium-headless-shell, or Playwright's
    when installed), which needs about half the CPU per page of the full browser in headless mode; else chromium."""
    candidates = [Path("/usr/lib/chromium/chromium-headless-shell")]
    base = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    if base.is_dir():
        candidates += sorted(base.glob("chromium_headless_shell-*/chrome-headless-shell-linux64/chrome-headless-shell"))[::-1]
        candidates += sorted(base.glob("chromium-*/chrome-linux*/chrome"))[::-1]
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
    for name in ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
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
    r"lights\s*\.|Renderer\.WebGL|renderer\s*\.\s*gl)\b"
)


_STORAGE_API = re.compile(r"indexedDB|caches\b|CacheStorage|localStorage|sessionStorage|\.storage\b|FileSystem|openDatabase")


def needs_webgl(code: str) -> bool:
    return bool(_WEBGL_ONLY.search(code))


# what only the browser's own rendering steps serve: observers, CSS transitions and animations, Web Animations, the
# timeline (an iframe's animation frames are stepped by the harness). A step costs about 3 ms of CPU and no real
# output names any of these, so only programs that do get steps.
_RENDERING_API = re.compile(r"ResizeObserver|IntersectionObserver|\.animate\s*\(|transition|animation(?:end|start|"
                            r"iteration|cancel)|@keyframes|\banimation\s*:|\.style\.animation|getAnimations|"
                            r"document\.timeline|DocumentTimeline")


def needs_rendering_steps(code: str) -> bool:
    return bool(_RENDERING_API.search(code))


# a worker runs on the wall clock, whose 3 s the stepped frames pass in a few tens of milliseconds: a program that
# starts one is stepped at a browser's pace (a frame every 16.7 ms of wall time), as is one seen starting a worker
_WORKER_API = re.compile(r"Worker\b")


def needs_wall_clock_pace(code: str) -> bool:
    return bool(_WORKER_API.search(code))


# events the harness makes are untrusted (isTrusted false, no sourceCapabilities), which a program can read: a program
# whose code names either gets its input through the browser's own input pipeline instead (one protocol call an event).
# So does one that asks for fullscreen, which the browser grants only in answer to a real click (a synthetic one gets
# a rejected promise, "Permissions check failed", that Phaser leaves unhandled)
_TRUST_API = re.compile(r"isTrusted|sourceCapabilities|[Ff]ullscreen")
_MOUSE_TYPES = {"mousemove": "mouseMoved", "mousedown": "mousePressed", "mouseup": "mouseReleased"}
_BUTTONS = {0: "left", 1: "middle", 2: "right"}


def needs_trusted_input(code: str) -> bool:
    return bool(_TRUST_API.search(code))



def _desktop_client_hints(version: str) -> dict[str, Any]:
    """A desktop Chrome's client hints (navigator.userAgentData): the headless shell's brands list is empty, a
    well-known tell. The third brand is Chrome's "GREASE" one, made from the major version as Chrome makes it."""
    major = int(version.split(".")[0]) if version.split(".")[0].isdigit() else 0
    chars = [" ", "(", ":", "-", ".", "/", ")", ";", "=", "?", "_"]
    grease = {"brand": f"Not{chars[major % len(chars)]}A{chars[(major + 1) % len(chars)]}Brand",
              "version": ["8", "99", "24"][major % 3]}
    brands = [{"brand": "Chromium", "version": str(major)}, {"brand": "Google Chrome", "version": str(major)}, grease]
    full = [dict(b, version=version if b is not grease else b["version"] + ".0.0.0") for b in brands]
    return {"brands": brands, "fullVersionList": full, "fullVersion": version, "platform": "Linux",
            "platformVersion": "6.8.0", "architecture": "x86", "model": "", "mobile": False, "bitness": "64",
            "wow64": False}


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

    def __init__(self, binding: str) -> None:
        self.handle: str | None = None
        self.nonce = secrets.token_hex(16)
        self.binding = binding
        self.active = False  # the program is running: events and navigations from now on are its own
        self.errors: list[dict[str, Any]] = []
        self.console_errors: list[dict[str, Any]] = []
        self.exceptions: list[dict[str, Any]] = []
        self.navigated: str | None = None
        self.crashed = False
        self.dialogs = 0
        self.cpu_pids: list[int] = []  # renderers and the GPU process: what the CPU cap counts
        self.renderer_pids: list[int] = []
        self.timeline_offset = 0.0  # how far the rendering steps run ahead of this document's page clock (ms)
        self.workers = 0  # workers the program started (reported by the browser)


class _Slot:
    """One browser process with one page, working through programs, each in a fresh document of its own origin."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.browser: BrowserProcess | None = None
        self.context: str | None = None  # browserContextId
        self.target: str | None = None
        self.session: str | None = None
        # the context's one binding: a binding stays on every later document of the session, so one per program
        # would leave the names of the earlier programs' bindings on the window of the next (each harness takes
        # its own off window before the program runs)
        self.binding = ""
        self.programs = 0  # documents opened in this context
        self.current: _Run | None = None
        self.expected_url = ""
        self.main_frame = ""
        self.execution_context: int | None = None  # the main world of the current document
        self.loaded: asyncio.Future | None = None
        self.attached: asyncio.Future | None = None  # the session of the page being created
        self.crashed = False
        self.next: asyncio.Future | None = None  # the next program's document, prepared in the background
        # the renderer and GPU process of this context (one renderer per context: asked once, after its first document)
        self.processes: list[tuple[str, int]] | None = None
        self.stored_origin = ""  # the last program's origin, when its code names a storage API (cleared next)
        self.browser_rss0: float | None = None  # the browser process's resident memory when the context was new
        # the time of the last rendering step sent (ms on the monotonic clock): the page's compositor takes no step
        # before it, and it stays with the page from one document to the next
        self.frame_ticks = 0.0

    async def send(self, method: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> dict[str, Any]:
        assert self.browser is not None
        return await self.browser.send(method, params, self.session, timeout)


class BrowserPool:
    """Owns the browsers; ``run(codes)`` returns one runtime result per program (same order).

    ``runtime.pages`` browser processes (default: one per CPU core) each run one program at a time in one page, so
    L3 scales with the cores. Every program runs in a new document at an origin of its own
    (``http://p<n>-<random>.modelcall.localhost``: a secure context, as a game's ``http://localhost`` dev server is;
    one site for all, so a navigation keeps the renderer process), so it starts from a new JavaScript realm (fresh
    globals, prototypes and Phaser) with nothing left of the program before it: that document's timers, workers, frames, audio and
    pending tasks ended with it (back-forward cache off), storage is keyed by origin, cookies are cleared,
    ``window.name`` and the history are reset and service workers are blocked. The page's browser context (and with
    it the renderer process) is replaced after any timeout, crash, memory or CPU overrun or harness failure and every
    ``CONTEXT_PROGRAMS`` programs. Phaser comes from an init script evaluated at DOMContentLoaded of each document.
    """

    # a new context costs a renderer process start and a browser context (about 0.4 s of CPU): every 50 programs
    # that was 8 ms a program; a renderer's resident memory stays flat over 400 programs of the real outputs
    CONTEXT_PROGRAMS = 200

    def __init__(self, cfg: RuntimeConfig, screenshots: bool = True):
        self.cfg = cfg
        self.screenshots = screenshots
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._slots: asyncio.Queue[_Slot] | None = None
        self._all_slots: list[_Slot] = []
        self._closing: set[asyncio.Future] = set()
        phaser = find_phaser_js().read_text(encoding="utf-8")
        # top-level documents only; at DOMContentLoaded, since Phaser's feature checks need document.documentElement.
        # Service workers cannot register (as with Playwright's service_workers="block").
        # the frame guard runs first in every realm (toString registry, console cap); its event type is secret
        self._guard_key = "g" + secrets.token_hex(12)
        self._guard_script = FRAME_GUARD_JS.read_text(encoding="utf-8").replace("__MODELCALL_GUARD_KEY__", self._guard_key)
        self._init_script = (
            self._guard_script + "\n"
            "if (window.ServiceWorkerContainer) { const block = function register() { return Promise.reject("
            "new DOMException('service workers are blocked in the validator', 'SecurityError')); };"
            " Object.defineProperty(ServiceWorkerContainer.prototype, 'register', { value: block, writable: true,"
            " configurable: true }); }\n"
            "if (window === window.top) { window.name = ''; const boot = function () {" + phaser + "\n};"
            " document.addEventListener('DOMContentLoaded', () => {"
            # Phaser's load-time WebGL check creates a throwaway WebGL context only to learn whether one can be made:
            # the answer for this browser is known (WEBGL_AVAILABLE), so the check is answered without one, and
            # getContext is put back before anything else runs
            " const proto = HTMLCanvasElement.prototype; const real = proto.getContext;"
            " proto.getContext = function (kind, options) { if (kind === 'webgl' || kind === 'experimental-webgl')"
            " return WEBGL_AVAILABLE ? {} : null; return real.call(this, kind, options); };"
            " try { boot.call(window); } finally { proto.getContext = real; } }, { once: true }); }"
            # named, so that no frame of Phaser (or of the guard) reads as the program's own (<anonymous>)
            "\n//# sourceURL=phaser.min.js\n"
        )
        # The harness is an init script of its own that only puts its (uncalled) function on the top window under a
        # secret name; the host takes it off and calls it once Phaser is in, before the program is loaded. Its source
        # then crosses the protocol once per context, not once per program, and V8 compiles it once per renderer.
        # Named main.js, a plain script name in the program's stack traces, so that the harness's own frames are told
        # apart from the program's (<anonymous>).
        self._harness_key = "h" + secrets.token_hex(12)
        self._harness_script = (
            "if (window === window.top) Object.defineProperty(window, '" + self._harness_key + "', { value: "
            + HARNESS_JS.read_text(encoding="utf-8").strip().rstrip(";")
            + ", configurable: true, writable: true });\n//# sourceURL=main.js\n"
        )
        self._exe = ""
        self._netns: list[str] | None = None
        self._serial = 0
        self._begin_frame_control = True
        self._webgl: bool | None = None
        self.contracts: dict[str, Any] | None = None  # the run-time contract table (runtime_contracts.attach)
        self.contracts_by_name: dict[str, Any] | None = None
        self.pages_created = 0
        self.contexts_created = 0
        self.browsers_launched = 0
        self.network_guard = "none"
        self.browser_version = ""
        self.user_agent = ""
        self.user_agent_metadata: dict[str, Any] = {}

    @property
    def workers(self) -> int:
        return max(1, self.cfg.pages)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        exe = self.cfg.executable_path or default_executable()
        if not exe or not Path(exe).exists():
            raise ConfigError(
                f"no Chromium found ({exe or 'none'}): install the Debian package chromium-headless-shell "
                "(scripts/setup.sh) or set runtime.executable_path"
            )
        self._exe = exe
        mode = self.cfg.network_isolation
        self._netns = network_namespace_command() if mode in ("auto", "netns") else None
        if self._netns is None and mode == "netns":
            raise ConfigError("validator.runtime.network_isolation: netns, but this machine allows no network "
                              "namespace (needs root or user namespaces and `unshare`); use auto or flags")
        self.network_guard = "netns" if self._netns else "flags"
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="browser-pool", daemon=True)
        self._thread.start()
        try:
            self._call(self._astart())
        except BaseException:
            self.close()
            raise

    def _call(self, coro: Any, timeout: float | None = None) -> Any:
        assert self._loop is not None
        fut: Future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return fut.result(timeout)

    def _launch_argv(self) -> list[str]:
        return [*(self._netns or []), self._exe, *LAUNCH_ARGS, *GUARD_ARGS,
                f"--js-flags=--max-old-space-size={self.cfg.memory_limit_mb} {V8_TIERING}",
                f"--window-size={self.cfg.width},{self.cfg.height}", "about:blank"]

    async def _launch(self, slot: _Slot) -> None:
        browser = BrowserProcess(self._launch_argv())
        try:
            version = await browser.start()
        except Exception as exc:
            await browser.close()
            raise RuntimeError(f"Chromium ({self._exe}) did not start: {exc}") from exc
        slot.browser = browser
        self.browsers_launched += 1
        self.browser_version = str(version.get("product", "")).split("/")[-1]
        # a desktop Chrome user agent: "HeadlessChrome" would tell a program that it is being checked
        major = self.browser_version.split(".")[0]
        self.user_agent = (f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{major}.0.0.0 "
                           "Safari/537.36")
        self.user_agent_metadata = _desktop_client_hints(self.browser_version)
        browser.on("Fetch.requestPaused", lambda p, s: self._on_request(slot, p, s))
        browser.on("Page.javascriptDialogOpening", lambda p, s: self._on_dialog(slot, p, s))
        browser.on("Page.frameRequestedNavigation", lambda p, s: self._on_navigation(slot, p, s))
        browser.on("Page.loadEventFired", lambda p, s: self._on_load(slot, s))
        browser.on("Runtime.bindingCalled", lambda p, s: self._on_binding(slot, p, s))
        browser.on("Runtime.exceptionThrown", lambda p, s: self._on_exception(slot, p, s))
        browser.on("Runtime.executionContextCreated", lambda p, s: self._on_context(slot, p, s))
        browser.on("Target.attachedToTarget", lambda p, s: self._on_attached(slot, p, s))
        browser.on("Target.targetCrashed", lambda p, s: self._on_crash(slot, p))
        await browser.send("Target.setDiscoverTargets", {"discover": True})
        # every new page starts paused until it is set up: our own page (init scripts in place before its first
        # document) and popups (the frame guard in their realm before window.open returns to the program)
        await browser.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True})

    async def _astart(self) -> None:
        self._slots = asyncio.Queue()
        self._all_slots = [_Slot(n) for n in range(self.workers)]
        await asyncio.gather(*(self._launch(slot) for slot in self._all_slots))
        for slot in self._all_slots:
            slot.next = asyncio.ensure_future(self._prepare(slot))
            self._slots.put_nowait(slot)

    def close(self) -> None:
        if self._loop is None:
            return
        try:
            self._call(self._aclose(), timeout=60)
        except Exception as exc:  # noqa: BLE001 - closing must not mask the real outcome
            log.debug("browser close: %s", exc)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(timeout=5)
        self._loop = None

    async def _aclose(self) -> None:
        pending = [s.next for s in self._all_slots if s.next is not None]
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        if self._closing:
            await asyncio.gather(*list(self._closing), return_exceptions=True)
        await asyncio.gather(*(s.browser.close() for s in self._all_slots if s.browser is not None),
                             return_exceptions=True)

    def __enter__(self) -> BrowserPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ routing and events
    def _on_request(self, slot: _Slot, params: dict[str, Any], session: str | None) -> None:
        """Every request of the page is answered here, never by the network (placeholder image, sound, ...)."""
        if slot.browser is None:
            return
        request = params.get("request") or {}
        url: str = request.get("url", "")
        path = url.split("?", 1)[0].split("#", 1)[0].lower()
        status, mime, body = 200, "text/plain", ""
        if params.get("resourceType") == "Document":
            status, mime = 204, "text/html"  # 204 No Content: the navigation is dropped and the page stays
            run = slot.current
            if params.get("frameId") == slot.main_frame and session == slot.session:
                if run is None and url == slot.expected_url:
                    status, body = 200, HTML_B64
                elif run is not None and run.active and run.navigated is None:
                    run.navigated = url[:300]
        elif path.endswith(_IMAGE_EXT):
            mime, body = "image/png", PLACEHOLDER_PNG_B64
        elif path.endswith(_AUDIO_EXT):
            mime, body = "audio/wav", PLACEHOLDER_WAV_B64
        elif path.endswith(".svg"):
            mime, body = "image/svg+xml", PLACEHOLDER_SVG_B64
        elif path.endswith(".json"):
            mime, body = "application/json", PLACEHOLDER_JSON_B64
        elif path.endswith((".xml", ".fnt")):
            mime, body = "application/xml", PLACEHOLDER_FONT_XML_B64
        answer: dict[str, Any] = {"requestId": params["requestId"], "responseCode": status,
                                  "responseHeaders": [{"name": "Content-Type", "value": mime},
                                                      {"name": "Cache-Control", "value": "no-store"}]}
        if body:
            answer["body"] = body
        slot.browser.send_nowait("Fetch.fulfillRequest", answer, session)

    def _on_dialog(self, slot: _Slot, params: dict[str, Any], session: str | None) -> None:
        """alert/confirm/prompt from a frame the harness does not cover: answered at once, counted."""
        if slot.current is not None:
            slot.current.dialogs += 1
        if slot.browser is not None:
            slot.browser.send_nowait("Page.handleJavaScriptDialog",
                                     {"accept": params.get("type") != "beforeunload"}, session)

    def _on_attached(self, slot: _Slot, params: dict[str, Any], session: str | None) -> None:
        """Targets start paused. Our own new page is handed to ``_new_context``; a popup the page opens gets the
        frame guard (its realm is reachable through the window window.open returned) and is closed; the rest
        (workers, the browser's first blank page) run on."""
        if slot.browser is None:
            return
        info = params.get("targetInfo") or {}
        child = params.get("sessionId")
        if info.get("type") == "page" and info.get("openerId"):
            task = asyncio.ensure_future(self._guard_and_close_popup(slot.browser, child, info.get("targetId")))
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
        elif (info.get("type") == "page" and slot.attached is not None and not slot.attached.done()
                and info.get("browserContextId") == slot.context):
            slot.attached.set_result(child)
        elif child:
            if info.get("type") in ("worker", "shared_worker") and slot.current is not None and slot.current.active:
                slot.current.workers += 1
            slot.browser.send_nowait("Runtime.runIfWaitingForDebugger", {}, child)

    async def _guard_and_close_popup(self, browser: BrowserProcess, session: str | None, target: str | None) -> None:
        try:
            if session:
                await browser.send("Page.addScriptToEvaluateOnNewDocument",
                                   {"source": self._guard_script, "runImmediately": True}, session, timeout=10)
                await browser.send("Runtime.runIfWaitingForDebugger", {}, session, timeout=10)
        finally:
            await browser.send("Target.closeTarget", {"targetId": target}, timeout=10)

    def _on_crash(self, slot: _Slot, params: dict[str, Any]) -> None:
        if params.get("targetId") != slot.target:
            return
        slot.crashed = True
        if slot.current is not None:
            slot.current.crashed = True
        if slot.loaded is not None and not slot.loaded.done():
            slot.loaded.set_exception(RuntimeError("the renderer crashed while the page loaded"))

    def _on_load(self, slot: _Slot, session: str | None) -> None:
        if session == slot.session and slot.loaded is not None and not slot.loaded.done():
            slot.loaded.set_result(True)

    def _on_context(self, slot: _Slot, params: dict[str, Any], session: str | None) -> None:
        context = params.get("context") or {}
        aux = context.get("auxData") or {}
        if session == slot.session and aux.get("isDefault") and aux.get("frameId") == slot.main_frame:
            slot.execution_context = context.get("id")

    @staticmethod
    def _on_binding(slot: _Slot, params: dict[str, Any], session: str | None) -> None:
        run = slot.current
        if run is None or session != slot.session or params.get("name") != run.binding:
            return
        parts = str(params.get("payload", "")).split(SEP)
        if len(parts) < 7 or parts[0] != run.nonce:
            return  # not the harness: a program cannot forge (or remove) a report
        _nonce, kind, a, b, c, d, e = parts[:7]
        if kind == "E" and len(run.errors) < 20:
            run.errors.append({"message": d, "stack": e, "source": a, "phase": b, "where": b,
                               "frame": int(c) if c.isdigit() else 0})
        elif kind == "C" and len(run.console_errors) < 20:
            run.console_errors.append({"message": c, "phase": a, "frame": int(b) if b.isdigit() else 0})

    @staticmethod
    def _on_navigation(slot: _Slot, params: dict[str, Any], session: str | None) -> None:
        """The program asked to navigate its page away (location, link, form, reload): reported in order with the
        harness's calls, whatever the route then answers."""
        run = slot.current
        if (run is not None and run.active and run.navigated is None and session == slot.session
                and params.get("frameId") == slot.main_frame
                and params.get("disposition", "currentTab") == "currentTab"):
            run.navigated = str(params.get("url", ""))[:300]

    @staticmethod
    def _on_exception(slot: _Slot, params: dict[str, Any], session: str | None) -> None:
        run = slot.current
        if run is not None and run.active and session == slot.session and len(run.exceptions) < 20:
            details = params.get("exceptionDetails") or {}
            run.exceptions.append({"message": _exception_text(details), "stack": "", "source": "page", "phase": None,
                                   "frame": None})

    # ------------------------------------------------------------------ pages
    async def _new_context(self, slot: _Slot) -> None:
        self._discard(slot)
        if slot.browser is None or not slot.browser.connected:
            log.warning("a browser went away; launching it again")
            if slot.browser is not None:
                await slot.browser.close()
            await self._launch(slot)
        assert slot.browser is not None
        slot.crashed = False
        slot.programs = 0
        slot.browser_rss0 = None
        slot.frame_ticks = 0.0
        slot.processes = None
        slot.binding = "b" + secrets.token_hex(12)
        slot.context = (await slot.browser.send("Target.createBrowserContext", {"disposeOnDetach": True}))["browserContextId"]
        slot.attached = asyncio.get_running_loop().create_future()
        target = {"url": "about:blank", "browserContextId": slot.context, "width": self.cfg.width,
                  "height": self.cfg.height, "enableBeginFrameControl": self._begin_frame_control}
        try:
            slot.target = (await slot.browser.send("Target.createTarget", target))["targetId"]
        except CDPError:
            if not self._begin_frame_control:
                raise
            self._begin_frame_control = False  # a full Chromium in headless mode: frames as usual
            slot.target = (await slot.browser.send("Target.createTarget", dict(target, enableBeginFrameControl=False)))["targetId"]
        slot.session = await asyncio.wait_for(slot.attached, 30)
        await asyncio.gather(
            slot.browser.send("Browser.setDownloadBehavior", {"behavior": "deny", "browserContextId": slot.context}),
            slot.send("Page.enable"),
            slot.send("Runtime.enable"),
            slot.send("Fetch.enable", {"patterns": [{"urlPattern": "*", "requestStage": "Request"}]}),
            # the page in a window on a common desktop screen (the headless screen is the viewport's size)
            slot.send("Emulation.setDeviceMetricsOverride", {"width": self.cfg.width, "height": self.cfg.height,
                                                             "deviceScaleFactor": 1, "mobile": False,
                                                             "screenWidth": max(1920, self.cfg.width),
                                                             "screenHeight": max(1080, self.cfg.height + 87)}),
            slot.send("Emulation.setUserAgentOverride", {"userAgent": self.user_agent,
                                                         "userAgentMetadata": self.user_agent_metadata}),
            slot.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True}),
            slot.send("Runtime.addBinding", {"name": slot.binding}),
        )
        await slot.send("Runtime.runIfWaitingForDebugger")
        # the init script is in place before the page's first document of its own (_prepare navigates)
        webgl = await self._webgl_available(slot)
        await slot.send("Page.addScriptToEvaluateOnNewDocument",
                        {"source": self._init_script.replace("WEBGL_AVAILABLE", "true" if webgl else "false")})
        await slot.send("Page.addScriptToEvaluateOnNewDocument", {"source": self._harness_script})
        slot.main_frame = (await slot.send("Page.getFrameTree"))["frameTree"]["frame"]["id"]
        self.contexts_created += 1

    async def _webgl_available(self, slot: _Slot) -> bool:
        """Whether this browser can make a WebGL context (asked once, on the blank page of the first context)."""
        if self._webgl is None:
            resp = await slot.send("Runtime.evaluate", {
                "expression": "(() => { try { return !!document.createElement('canvas').getContext('webgl'); }"
                              " catch (e) { return false; } })()", "returnByValue": True})
            self._webgl = bool(resp.get("result", {}).get("value"))
        return self._webgl

    async def _renderer_pids(self, slot: _Slot) -> list[tuple[str, int]]:
        """The processes whose CPU time a program spends (renderers and the GPU process of its browser)."""
        if not self.cfg.cpu_limit_s or not Path("/proc/self/stat").exists():
            return []
        try:
            info = await slot.browser.send("SystemInfo.getProcessInfo", timeout=10)  # type: ignore[union-attr]
        except Exception as exc:  # noqa: BLE001 - without the list the CPU cap is not applied, the rest is
            log.debug("process info: %s", exc)
            return []
        # the type names differ between Chromium versions ('gpu', 'GPU' in 156): a WebGL program spends most of its
        # CPU in the GPU process (SwiftShader), which the CPU cap must count
        kinds = [(str(p.get("type")).lower(), int(p["id"])) for p in info.get("processInfo", [])]
        return [(kind, pid) for kind, pid in kinds if kind in ("renderer", "gpu")]

    async def _prepare(self, slot: _Slot) -> _Run:
        """The next program's document: a fresh origin with Phaser loaded and the harness installed."""
        if (slot.browser is None or not slot.browser.connected or slot.session is None or slot.crashed
                or slot.programs >= self.CONTEXT_PROGRAMS):
            await self._new_context(slot)
        assert slot.browser is not None
        slot.current = None
        self._serial += 1
        run = _Run(slot.binding)
        previous, slot.stored_origin = slot.stored_origin, ""
        slot.expected_url = f"http://p{self._serial}-{secrets.token_hex(4)}.modelcall.localhost/"
        slot.execution_context = None
        slot.loaded = asyncio.get_running_loop().create_future()
        # cookies (the only storage shared by the origins of one site) go while the new document loads, and so does
        # what the last program may have stored at its own origin (IndexedDB, caches: held in the browser process's
        # memory until the context goes); clearing costs the browser about 13 ms, so only after code that names a
        # storage API (a program that hides the name is caught by the browser's memory, in _attempt)
        clear = [slot.browser.send("Storage.clearCookies", {"browserContextId": slot.context})]
        if previous:
            clear.append(slot.send("Storage.clearDataForOrigin", {"origin": previous.rstrip("/"), "storageTypes": "all"}))
        *_, navigated = await asyncio.gather(*clear, slot.send("Page.navigate", {"url": slot.expected_url}, timeout=30))
        if navigated.get("errorText"):
            raise RuntimeError(f"the page did not load: {navigated['errorText']}")
        await asyncio.wait_for(slot.loaded, 30)
        if slot.execution_context is None:
            raise RuntimeError("the page's main world was not reported")
        opts = {"nonce": run.nonce, "consoleCap": self.cfg.console_cap, "guardKey": self._guard_key}
        _, resp = await asyncio.gather(
            slot.send("Page.resetNavigationHistory"),
            slot.send("Runtime.callFunctionOn", {
                "functionDeclaration": _TAKE_HARNESS, "executionContextId": slot.execution_context,
                "arguments": [{"value": self._harness_key}, {"value": run.binding}, {"value": opts}],
                "returnByValue": False, "silent": True,
            }),
        )
        if slot.processes is None:
            slot.processes = await self._renderer_pids(slot)
        run.cpu_pids = [pid for _, pid in slot.processes]
        run.renderer_pids = [pid for kind, pid in slot.processes if kind == "renderer"]
        if "exceptionDetails" in resp or resp.get("result", {}).get("type") != "object":
            raise RuntimeError(f"the harness did not install: {_exception_text(resp.get('exceptionDetails'))}")
        run.handle = resp["result"]["objectId"]
        slot.programs += 1
        self.pages_created += 1
        return run

    def _discard(self, slot: _Slot) -> None:
        """Dispose of a slot's context in the background (a crashed renderer may take a while)."""
        context, browser = slot.context, slot.browser
        slot.context, slot.target, slot.session = None, None, None
        if context is None or browser is None or not browser.connected:
            return
        task = asyncio.ensure_future(browser.send("Target.disposeBrowserContext", {"browserContextId": context}, timeout=10))
        self._closing.add(task)
        task.add_done_callback(lambda t: (self._closing.discard(t), t.cancelled() or t.exception()))

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
            result = await self._execute(slot, run, code, frames or self.cfg.frames)
            run.active = False
            slot.current = None
            if (result["timed_out"] or run.crashed or result.get("memory_limit") or result.get("cpu_limit")
                    or not result["ok_harness"] or any(e.get("source") == "harness" for e in result["errors"])):
                # a hung, dead or broken renderer: the next program gets a new context
                slot.crashed = True
            if needs_trusted_input(code):
                slot.crashed = True  # the browser remembers where its mouse was: the next program gets a new page
            if _STORAGE_API.search(code):
                slot.stored_origin = slot.expected_url
            rss = _rss_mb([slot.browser.pid]) if slot.browser is not None else None
            if slot.browser_rss0 is None:
                slot.browser_rss0 = rss
            elif rss is not None and rss - slot.browser_rss0 > 2 * self.cfg.memory_limit_mb:
                slot.crashed = True  # what the programs stored: a new context lets it go
            slot.next = asyncio.ensure_future(self._prepare(slot))
            return result
        except Exception as exc:  # noqa: BLE001 - a broken page is one failed sample, not a crashed run
            slot.current = None
            slot.crashed = True
            slot.next = asyncio.ensure_future(self._prepare(slot))
            return _empty_result(harness_error=f"{type(exc).__name__}: {exc}")
        finally:
            self._slots.put_nowait(slot)

    async def _harness_call(self, slot: _Slot, run: _Run, method: str, *args: Any, timeout: float,
                            await_promise: bool = False) -> Any:
        resp = await slot.send("Runtime.callFunctionOn", {
            "objectId": run.handle, "functionDeclaration": "function (m, a, b, c, d) { return this[m](a, b, c, d); }\n//# sourceURL=main.js\n",
            "arguments": [{"value": method}, *({"value": a} for a in args)],
            "returnByValue": True, "awaitPromise": await_promise, "silent": True,
        }, timeout=timeout)
        if "exceptionDetails" in resp:
            raise HarnessCallError(_exception_text(resp["exceptionDetails"]))
        return resp.get("result", {}).get("value")

    async def _rendering_step(self, slot: _Slot, run: _Run, page_ms: float, real_ms: float, draw: bool = False) -> None:
        """Let the browser run one rendering step of its own (observers, CSS transitions, Web Animations, an iframe's
        animation frames), at the page's time: the document's time origin on the browser's monotonic clock
        (CLOCK_MONOTONIC, as time.monotonic) plus the page's time, plus the run's offset."""
        ticks = time.monotonic() * 1000 - real_ms + page_ms + run.timeline_offset
        if not self._begin_frame_control:
            return
        ticks = max(ticks, slot.frame_ticks + 1)
        slot.frame_ticks = ticks
        await slot.send("HeadlessExperimental.beginFrame", {"frameTimeTicks": ticks, "interval": 1000 / 60,
                                                            "noDisplayUpdates": not draw}, timeout=self.cfg.stall_timeout_s)

    async def _send_input(self, slot: _Slot, run: _Run, events: str, page_ms: float, real_ms: float) -> None:
        """Send the harness's events of one frame through the browser's input pipeline (trusted events, as a user's)."""
        sends = []
        for kind, type_, *rest in json.loads(events)[:64]:
            if kind == "mouse":
                x, y, buttons, button = rest
                sends.append(("Input.dispatchMouseEvent", {
                    "type": _MOUSE_TYPES[type_], "x": x, "y": y, "buttons": int(buttons),
                    "button": "none" if type_ == "mousemove" and not buttons else _BUTTONS.get(int(button), "left"),
                    "clickCount": 0 if type_ == "mousemove" else 1, "pointerType": "mouse"}))
            elif kind == "wheel":
                x, y, _, delta = rest
                sends.append(("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": delta,
                                                           "button": "none", "buttons": 0}))
            elif kind == "key":
                key, code, key_code = rest
                params = {"type": "keyUp" if type_ == "keyup" else "rawKeyDown", "key": key, "code": code,
                          "windowsVirtualKeyCode": int(key_code), "nativeVirtualKeyCode": int(key_code)}
                if type_ == "keydown" and len(key) == 1:
                    params.update(type="keyDown", text=key, unmodifiedText=key)
                sends.append(("Input.dispatchKeyEvent", params))
        # sent together (the browser keeps their order)
        pending = [asyncio.ensure_future(slot.send(method, params, timeout=self.cfg.stall_timeout_s)) for method, params in sends]
        wheel = any(params["type"] == "mouseWheel" for _, params in sends)
        for attempt in range(8):
            # a mouse move waits for the page's next rendering step, as in a browser (where it is handled before the
            # animation frame), and so does what was sent after it: a step at the page's time then; a wheel turn
            # waits for a drawn one (the compositor looks for what it scrolls)
            left = (await asyncio.wait(pending, timeout=0.005 if attempt == 0 else 0.02))[1] if pending else set()
            if not left:
                break
            await self._rendering_step(slot, run, page_ms, real_ms, draw=wheel or attempt > 1)
        await asyncio.gather(*pending)

    async def _heap_mb(self, slot: _Slot) -> float:
        # a little longer than a stall: a renderer busy with a pending GC is not a program that stalls (and one that
        # is allocating past the cap is told apart on the timeout, by its resident memory)
        usage = await slot.send("Runtime.getHeapUsage", timeout=self.cfg.stall_timeout_s + 2)
        return (usage.get("usedSize", 0) + usage.get("backingStorageSize", 0)) / 2**20

    async def _execute(self, slot: _Slot, run: _Run, code: str, frames: int) -> dict[str, Any]:
        cfg = self.cfg
        t0 = time.monotonic()
        cpu0 = _cpu_seconds(run.cpu_pids)
        result = _empty_result()
        stall = cfg.stall_timeout_s
        # this document's rendering steps start after the last one the page took: the harness works out how far they
        # run ahead of its page clock (harness.js timelineOffsetFor) and answers it from "start"
        rendering_every = cfg.rendering_every if needs_rendering_steps(code) else 0
        paced = needs_wall_clock_pace(code)
        run.timeline_offset = 0
        opts = {
            "forceCanvas": cfg.force_canvas and not needs_webgl(code), "noAudio": cfg.no_audio, "inputPhase": cfg.input_phase,
            "inputAfter": cfg.input_after_frames, "renderEvery": cfg.render_every, "stopOnError": True,
            "trustedInput": needs_trusted_input(code),
            "maxLoadWaits": int(cfg.boot_timeout_s * 1000 / 5),
        }
        if self.contracts:
            part = contracts_for_program(self.contracts, code, self.contracts_by_name)
            opts["contracts"] = json.dumps(part, separators=(",", ":"))
        phase = "script"
        last_frame = 0
        fin: dict[str, Any] = {}

        rss0 = _rss_mb(run.cpu_pids)
        _reset_peak_rss(run.cpu_pids)

        async def over_limits() -> bool:
            return (self._over_resident(result, rss0, run.cpu_pids) or await self._over_memory(slot, result)
                    or self._over_cpu(run, cpu0, result))

        try:
            if rendering_every:
                opts.update(frameTicks=slot.frame_ticks, hostNow=time.monotonic() * 1000)
            offset = await self._harness_call(slot, run, "start", opts, code, timeout=stall)
            run.timeline_offset = float(offset) if isinstance(offset, (int, float)) else 0.0
            phase = "boot"
            if await over_limits():
                raise _Stop
            boot = await self._harness_call(slot, run, "waitBoot", cfg.boot_timeout_s * 1000,
                                            timeout=cfg.boot_timeout_s + stall, await_promise=True)
            result["booted"] = boot == "booted"
            if boot == "booted":
                phase = "update"
                checked = time.monotonic()
                past_usual = False
                while True:
                    pace = 1000 / 60 if run.workers or paced else 0
                    step = str(await self._harness_call(slot, run, "advance", frames, 150, rendering_every, pace,
                                                        timeout=stall, await_promise=True)).split("|")
                    if len(step) > 6:
                        # the frame's input, then the frame itself
                        await self._send_input(slot, run, step[6], float(step[4]), float(step[5]))
                        continue
                    if rendering_every and len(step) > 5:
                        await self._rendering_step(slot, run, float(step[4]), float(step[5]))
                    last_frame = int(step[0])
                    phase = step[3] or phase
                    if run.navigated:
                        break
                    if frames > cfg.frames and not past_usual and last_frame >= cfg.frames:
                        # the usual run is over: the limits judge what it spent; past it only timers are reached for
                        past_usual = True
                        checked = time.monotonic()
                        if await over_limits():
                            break
                    elif step[1] == "1" or time.monotonic() - checked > 1.0:
                        checked = time.monotonic()
                        if await over_limits():
                            if past_usual and result.get("cpu_limit") and not result.get("memory_limit"):
                                # reaching for timers past the usual run: the CPU budget ends it, no verdict
                                del result["cpu_limit"]
                                result["reach_cut_at"] = last_frame
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
            fin = json.loads(await self._harness_call(slot, run, "finish", self.screenshots, timeout=stall + 5))
        except _Stop:
            pass
        except asyncio.TimeoutError:
            # (the renderers listed when the document was prepared: asking the browser now may wait on the busy one)
            renderers = run.renderer_pids
            if not run.crashed and await _growing(renderers):
                # stalled while allocating (a heap bomb slowed down by garbage collection near the cap): the
                # renderer dies soon, or its resident memory shows the cap passed
                deadline = time.monotonic() + max(stall, 5.0)
                while not run.crashed and time.monotonic() < deadline:
                    rss = _rss_mb(renderers) or 0.0
                    if rss > cfg.memory_limit_mb:
                        result["memory_limit"] = (f"{rss:.0f} MB resident in the renderer while the program stalled, "
                                                  f"the cap is {cfg.memory_limit_mb} MB")
                        break
                    await asyncio.sleep(0.1)
            if not run.crashed and not result.get("memory_limit"):
                self._over_resident(result, rss0, run.cpu_pids)  # canvases grown past the cap while it was blocked
            if not run.crashed and not result.get("memory_limit"):
                # a blocked page is a stall (runtime_timeout), whatever CPU it burnt meanwhile
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
        cpu1 = _cpu_seconds(run.cpu_pids)
        if cpu0 is not None and cpu1 is not None:
            result["cpu_s"] = round(cpu1 - cpu0, 3)
        result["ms"] = round((time.monotonic() - t0) * 1000, 1)
        return result

    def _over_resident(self, result: dict[str, Any], rss0: float | None, pids: list[int]) -> bool:
        # memory outside the heap (canvases, WebGL textures, decoded images) shows in the resident size of the
        # renderer and GPU process: growth past twice the cap during this program is over it too
        # the peak, not the size now: the GPU process may already have dropped textures it could not keep
        rss = _peak_rss_mb(pids) if pids else None
        if rss0 is None or rss is None or rss - rss0 <= 2 * self.cfg.memory_limit_mb:
            return False
        result["memory_limit"] = (f"{rss - rss0:.0f} MB more resident memory at the peak in the renderer and GPU process, "
                                  f"the cap is {2 * self.cfg.memory_limit_mb} MB")
        return True

    async def _over_memory(self, slot: _Slot, result: dict[str, Any]) -> bool:
        used = await self._heap_mb(slot)
        if used > self.cfg.memory_limit_mb:
            # the renderer's heap may still hold garbage of an earlier document: collect it before judging
            await slot.send("HeapProfiler.collectGarbage", timeout=self.cfg.stall_timeout_s + 10)
            used = await self._heap_mb(slot)
        if used > self.cfg.memory_limit_mb:
            result["memory_limit"] = f"{used:.0f} MB of heap and buffers in use, the cap is {self.cfg.memory_limit_mb} MB"
            return True
        return False

    def _over_cpu(self, run: _Run, cpu0: float | None, result: dict[str, Any]) -> bool:
        limit = self.cfg.cpu_limit_s
        now = _cpu_seconds(run.cpu_pids)
        if not limit or cpu0 is None or now is None or now - cpu0 <= limit:
            return False
        result["cpu_limit"] = f"{now - cpu0:.1f} s of CPU time used (renderer and GPU process), the cap is {limit:g} s"
        return True

    # ------------------------------------------------------------------ reflection
    def reflect(self, class_names: list[str], namespace_names: list[str]) -> dict[str, Any]:
        return self._call(self._reflect(class_names, namespace_names))

    async def _reflect(self, class_names: list[str], namespace_names: list[str]) -> dict[str, Any]:
        assert self._slots is not None
        slot = await self._slots.get()
        try:
            run = await self._take(slot)
            slot.current = run
            boot_code = ("new Phaser.Game({type: Phaser.CANVAS, width: 64, height: 64, "
                         "physics: {default: 'arcade'}, scene: {create() {}}});")
            await self._harness_call(slot, run, "begin", {"forceCanvas": True, "noAudio": True, "inputPhase": False,
                                                          "inputAfter": 0, "renderEvery": 1, "stopOnError": False,
                                                          "maxLoadWaits": 100}, timeout=30)
            await self._harness_call(slot, run, "load", boot_code, timeout=30)
            await self._harness_call(slot, run, "waitBoot", 10000, timeout=30, await_promise=True)
            await self._harness_call(slot, run, "advance", 3, 1000, timeout=30)
            return json.loads(await self._harness_call(slot, run, "reflect", class_names, namespace_names, timeout=60))
        finally:
            slot.current = None
            slot.crashed = True
            slot.next = asyncio.ensure_future(self._prepare(slot))
            self._slots.put_nowait(slot)


def _cpu_seconds(pids: list[int]) -> float | None:
    """CPU time (user + system) the processes have used so far, from /proc; None where it cannot be read."""
    if not pids:
        return None
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    return total


async def _growing(pids: list[int]) -> bool:
    """Whether the resident memory of the processes grows by more than 4 MB within 0.3 s."""
    before = _rss_mb(pids)
    await asyncio.sleep(0.3)
    after = _rss_mb(pids)
    return before is not None and after is not None and after - before > 4


def _rss_mb(pids: list[int]) -> float | None:
    total, seen = 0.0, False
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * _PAGE_SIZE / 2**20
                seen = True
        except (OSError, ValueError, IndexError):
            continue
    return total if seen else None


def _reset_peak_rss(pids: list[int]) -> None:
    for pid in pids:
        try:
            with open(f"/proc/{pid}/clear_refs", "w") as fh:
                fh.write("5")  # sets the peak resident size (VmHWM) to the size now
        except OSError:
            continue


def _peak_rss_mb(pids: list[int]) -> float | None:
    """The largest resident size of the processes together since ``_reset_peak_rss`` (each one's peak, summed)."""
    total, seen = 0.0, False
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status", "rb") as fh:
                line = next(ln for ln in fh if ln.startswith(b"VmHWM:"))
            total += int(line.split()[1]) / 1024
            seen = True
        except (OSError, ValueError, IndexError, StopIteration):
            continue
    return total if seen else None


_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


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
