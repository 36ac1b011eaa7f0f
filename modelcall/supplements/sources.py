"""Standalone programs from a folder of ``.js`` / ``.html`` files or from a JSONL of code, with provenance.

A standalone program creates exactly one ``Phaser.Game``, uses Phaser as a global (no ES-module
imports or ``require``) and needs no other file of code. An ``.html`` file contributes its inline
scripts, joined in page order; a ``<script src>`` is allowed only when it loads Phaser itself.
Everything else is skipped with one reason per file.
"""
from __future__ import annotations

import hashlib
import html
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.io import ReadStats, read_jsonl_numbered
from modelcall.supplements.assets import strip_comments

CODE_SUFFIXES = (".js", ".html", ".htm")
_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.I | re.S)
_SRC = re.compile(r"\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_TYPE = re.compile(r"\btype\s*=\s*[\"']?([\w/+.-]+)", re.I)
_GAME = re.compile(r"\bnew\s+Phaser\s*\.\s*Game\s*\(")
_IMPORT_PHASER = re.compile(r"^[ \t]*import\s+(?:\*\s+as\s+)?Phaser\s+from\s+['\"]phaser['\"];?[ \t]*$", re.M)
_MODULE = re.compile(r"^[ \t]*(?:import\s*[\w{*'\"]|export\s+(?:default|const|let|var|class|function|\{))|\brequire\s*\(\s*['\"]",
                     re.M)
_PHASER_LIB = re.compile(r"(?:^|/)phaser(?:[-.@][\w.-]*)?(?:\.min)?\.js$|/phaser@|/phaser/", re.I)
_SKIP_DIRS = {"node_modules", ".git", "dist", "build", "__pycache__"}


@dataclass
class Program:
    """One standalone program and where it came from (``provenance``)."""

    id: str
    code: str
    area: str
    provenance: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    @property
    def code_hash(self) -> str:
        return hashlib.sha256(self.code.encode("utf-8")).hexdigest()


@dataclass
class Skipped:
    id: str
    path: str
    reason: str  # the code before ':' is what reports count
    stage: str = "extract"

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "stage": self.stage, "reason": self.reason}


def slug(text: str) -> str:
    return re.sub(r"[^\w./-]+", "_", text.strip()).strip("_") or "program"


def html_program(text: str) -> tuple[str | None, str | None]:
    """(the inline scripts joined, None) or (None, reason) for an HTML page."""
    parts: list[str] = []
    for m in _SCRIPT.finditer(text):
        attrs, body = m.group("attrs"), m.group("body")
        src = _SRC.search(attrs)
        if src:
            url = next(g for g in src.groups() if g is not None)
            if not _PHASER_LIB.search(url):
                return None, f"external_script: {url} (the program needs code from another file)"
            continue
        kind = (_TYPE.search(attrs).group(1) if _TYPE.search(attrs) else "text/javascript").lower()  # type: ignore[union-attr]
        if kind == "module":
            parts.append(body)
        elif "javascript" in kind or kind in ("text/babel",):
            parts.append(body)
    joined = "\n".join(p.strip("\n") for p in parts if p.strip())
    if not joined.strip():
        return None, "no_inline_script: the page has no inline <script> with code"
    return html.unescape(joined) if "&lt;" in joined or "&amp;" in joined else joined, None


def standalone_problem(code: str, max_chars: int) -> tuple[str, str | None]:
    """(the program, possibly without ``import Phaser from 'phaser'``, and the reason it is not standalone or None)."""
    if not code.strip():
        return code, "empty: no code"
    if len(code) > max_chars:
        return code, f"too_long: {len(code)} characters (max_chars {max_chars})"
    if "\x00" in code:
        return code, "binary: not a text file"
    code = _IMPORT_PHASER.sub("", code)  # Phaser as a module is Phaser as the global here
    bare = strip_comments(code)
    if _MODULE.search(bare):
        return code, "module_imports: imports, exports or require()s other code (not a single-file program)"
    games = len(_GAME.findall(bare))
    if games == 0:
        return code, "no_phaser_game: no new Phaser.Game(...) (a scene or helper file, not a program)"
    if games > 1:
        return code, f"several_games: {games} new Phaser.Game(...) calls"
    return code, None


class GitInfo:
    """The checkout's HEAD commit and which files differ from it (one ``git`` call each, not one per file)."""

    def __init__(self, folder: Path):
        self.root: Path | None = None
        self.commit: str | None = None
        self.changed: set[str] = set()
        try:
            top = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel", "HEAD"],
                                 capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return
        lines = top.stdout.split()
        if top.returncode != 0 or len(lines) != 2:
            return
        self.root, self.commit = Path(lines[0]), lines[1]
        status = subprocess.run(["git", "-C", str(self.root), "status", "--porcelain", "-z", "--untracked-files=all"],
                                capture_output=True, text=True, timeout=60)
        for entry in status.stdout.split("\0"):
            if len(entry) > 3:
                self.changed.add(entry[3:])

    def provenance(self, file: Path) -> dict[str, Any]:
        if self.root is None:
            return {"commit": None}
        rel = file.resolve().relative_to(self.root.resolve()).as_posix()
        return {"commit": self.commit, "repo_path": rel, "modified_since_commit": rel in self.changed}


def iter_folder(folder: Path, max_chars: int, licence: str | None) -> Iterator[Program | Skipped]:
    git = GitInfo(folder)
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in CODE_SUFFIXES
                   and not any(part in _SKIP_DIRS or part.startswith(".") for part in p.relative_to(folder).parts[:-1]))
    for file in files:
        rel = file.relative_to(folder).as_posix()
        pid = slug(rel.rsplit(".", 1)[0])
        if _PHASER_LIB.search("/" + file.name):
            yield Skipped(pid, rel, "library_file: the Phaser library itself")
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            yield Skipped(pid, rel, "not_utf8: the file is not UTF-8 text")
            continue
        except OSError as exc:
            yield Skipped(pid, rel, f"unreadable: {exc.strerror or exc}")
            continue
        notes = []
        if file.suffix.lower() in (".html", ".htm"):
            code, why = html_program(text)
            if why:
                yield Skipped(pid, rel, why)
                continue
            notes.append("inline scripts of an HTML page")
        else:
            code = text
        code, why = standalone_problem(code or "", max_chars)
        if why:
            yield Skipped(pid, rel, why)
            continue
        area = slug(file.parent.name) if file.parent != folder else "root"
        prov = {"path": rel, "source_file": str(file), **git.provenance(file), "licence": licence}
        yield Program(pid, code, area, prov, notes)


def iter_jsonl(path: Path, max_chars: int, licence: str | None, on_bad_line: str, stats: ReadStats) -> Iterator[Program | Skipped]:
    seen: set[str] = set()
    for lineno, row in read_jsonl_numbered(path, on_bad_line, stats):  # type: ignore[arg-type]
        code = row.get("code")
        where = f"{path}:{lineno}"
        if not isinstance(code, str):
            if on_bad_line == "error":
                raise InputError(f"{where}: a program line needs 'code' (the JavaScript or HTML text as a string)")
            yield Skipped(f"line{lineno}", where, "no_code: the line has no 'code' string")
            continue
        rel = str(row.get("path") or "")
        pid = slug(str(row.get("id") or (rel.rsplit(".", 1)[0] if rel else f"line{lineno}")))
        if pid in seen:
            pid = f"{pid}_{lineno}"
        seen.add(pid)
        notes = []
        if rel.lower().endswith((".html", ".htm")) or code.lstrip().lower().startswith(("<!doctype", "<html", "<script")):
            code, why = html_program(code)
            if why:
                yield Skipped(pid, rel or where, why)
                continue
            notes.append("inline scripts of an HTML page")
        code, why = standalone_problem(code or "", max_chars)
        if why:
            yield Skipped(pid, rel or where, why)
            continue
        area = slug(str(row.get("area") or (Path(rel).parent.name if rel else "") or "unknown"))
        prov = {"path": rel or None, "source_file": where, "commit": row.get("commit"),
                "licence": row.get("licence") or row.get("license") or licence}
        if row.get("repo"):
            prov["repo"] = row["repo"]
        yield Program(pid, code, area, prov, notes)


def find_programs(input_path: str, max_chars: int, licence: str | None, on_bad_line: str = "error",
                  stats: ReadStats | None = None) -> Iterator[Program | Skipped]:
    """Programs and skipped files of a folder (walked recursively, sorted) or a JSONL file."""
    path = Path(input_path)
    if path.is_dir():
        yield from iter_folder(path, max_chars, licence)
    elif path.is_file():
        yield from iter_jsonl(path, max_chars, licence, on_bad_line, stats or ReadStats())
    else:
        raise InputError(f"{input_path}: no such folder or JSONL file (input_path)")
