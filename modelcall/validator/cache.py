"""SQLite cache of the code-only stages (static analysis, browser run) keyed by code hash + config + Phaser version.

The per-record parts (must_use, eval_hints, plan consistency) are recomputed from the cached stages every time,
so two prompts that share a program never share a wrong verdict, and a rerun only analyses and runs new code.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any


class StageCache:
    def __init__(self, path: str | Path | None):
        self.path = Path(path) if path else None
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS stages (key TEXT NOT NULL, stage TEXT NOT NULL, value TEXT NOT NULL,"
                " created_at REAL NOT NULL, PRIMARY KEY (key, stage))"
            )
            self._db.commit()

    @staticmethod
    def key(code_hash: str, fingerprint: str, version: str) -> str:
        return f"{code_hash}:{fingerprint}:{version}"

    def get(self, key: str, stage: str) -> dict[str, Any] | None:
        if self._db is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT value FROM stages WHERE key = ? AND stage = ?", (key, stage)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(row[0])

    def put_many(self, items: list[tuple[str, str, dict[str, Any]]]) -> None:
        if self._db is None or not items:
            return
        now = time.time()
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO stages (key, stage, value, created_at) VALUES (?, ?, ?, ?)",
                [(k, s, json.dumps(v, ensure_ascii=False), now) for k, s, v in items],
            )
            self._db.commit()

    def close(self) -> None:
        if self._db is not None:
            with self._lock:
                self._db.close()
            self._db = None
