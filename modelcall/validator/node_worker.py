"""A long-lived Node.js process (worker.js) that answers JSON lines: parse, lint and API analysis per sample."""
from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import threading
from pathlib import Path
from typing import Any

from modelcall.errors import ConfigError

log = logging.getLogger(__name__)

WORKER_JS = Path(__file__).with_name("worker.js")
_NOTED: set[str] = set()  # worker notes (a missing linter) logged once per process


def find_node_modules() -> Path | None:
    """The project's node_modules (next to package.json): from the package checkout or the current directory."""
    for base in (Path(__file__).resolve().parents[2], Path.cwd()):
        candidate = base / "node_modules"
        if (candidate / "eslint").is_dir() and (candidate / "acorn").is_dir():
            return candidate
    return None


class NodeWorkerError(RuntimeError):
    pass


class NodeWorker:
    """One worker.js process; ``request`` is synchronous (one caller at a time) and restarts a dead worker."""

    def __init__(self, init: dict[str, Any], node_binary: str = "node", timeout_s: float = 30.0,
                 script: Path | None = None):
        self.init = init
        self.script = script or WORKER_JS  # another worker.js: benchmarks compare against an earlier one
        self.node_binary = node_binary
        self.timeout_s = timeout_s
        self._proc: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._next_id = 0
        self._lock = threading.Lock()
        self.engine: str | None = None

    def start(self) -> None:
        modules = find_node_modules()
        if modules is None:
            raise ConfigError("node_modules with eslint and acorn not found: run `npm ci` in the project root (scripts/setup.sh)")
        env = dict(os.environ)
        env["NODE_PATH"] = str(modules) + (os.pathsep + env["NODE_PATH"] if env.get("NODE_PATH") else "")
        try:
            self._proc = subprocess.Popen(
                [self.node_binary, str(self.script)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
            )
        except FileNotFoundError:
            raise ConfigError(f"node binary '{self.node_binary}' not found: install Node.js >= 18") from None
        self._lines = queue.Queue()
        threading.Thread(target=self._pump, args=(self._proc, self._lines), daemon=True).start()
        threading.Thread(target=self._drain_stderr, args=(self._proc,), daemon=True).start()
        reply = self._send({"op": "init", **self.init})
        if not reply.get("ok"):
            raise NodeWorkerError(f"worker init failed: {reply.get('error')}")
        self.engine = reply.get("engine")
        if reply.get("note") and reply["note"] not in _NOTED:
            _NOTED.add(reply["note"])
            log.warning("%s", reply["note"])

    @staticmethod
    def _pump(proc: subprocess.Popen[bytes], lines: queue.Queue[bytes | None]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    @staticmethod
    def _drain_stderr(proc: subprocess.Popen[bytes]) -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            log.debug("node worker: %s", line.decode(errors="replace").rstrip())

    def _send(self, payload: dict[str, Any]) -> dict[str, Any]:
        assert self._proc is not None and self._proc.stdin is not None
        self._next_id += 1
        payload = dict(payload, id=self._next_id)
        self._proc.stdin.write(json.dumps(payload, ensure_ascii=False).encode() + b"\n")
        self._proc.stdin.flush()
        while True:
            try:
                line = self._lines.get(timeout=self.timeout_s)
            except queue.Empty:
                self.close()
                raise NodeWorkerError(f"node worker did not answer within {self.timeout_s:.0f}s") from None
            if line is None:
                raise NodeWorkerError("node worker exited")
            reply = json.loads(line)
            if reply.get("id") == self._next_id:
                return reply

    def request(self, payload: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            for attempt in (1, 2):
                if self._proc is None or self._proc.poll() is not None:
                    self.start()
                try:
                    return self._send(payload)
                except (NodeWorkerError, BrokenPipeError, OSError) as exc:
                    log.warning("node worker failed (%s), restarting", exc)
                    self.close()
                    if attempt == 2:
                        raise NodeWorkerError(str(exc)) from exc
        raise NodeWorkerError("unreachable")

    def analyze(self, code: str) -> dict[str, Any]:
        return self.request({"op": "analyze", "code": code})

    def analyze_batch(self, codes: list[str]) -> list[dict[str, Any]]:
        """One answer per code, in order, from one request (one lint run for the batch)."""
        reply = self.request({"op": "analyze_batch", "codes": codes})
        results = reply.get("results")
        if not reply.get("ok") or not isinstance(results, list) or len(results) != len(codes):
            raise NodeWorkerError(f"bad batch answer: {reply.get('error') or 'wrong number of results'}")
        return [dict(r, ok=True) for r in results]

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin:
                proc.stdin.close()
            proc.wait(timeout=2)
        except Exception:  # noqa: BLE001 - a stuck worker is killed below
            proc.kill()
            proc.wait(timeout=2)

    def __enter__(self) -> NodeWorker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
