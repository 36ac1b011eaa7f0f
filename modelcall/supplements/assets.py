"""What a program loads: ``load.<method>(...)`` calls with a path, URL or key, found with comments removed.

A ``data:`` URI is not an external asset, and neither is a texture the program generates itself. A
key-only call (``load.image('sky')`` after ``setPath``) still fetches a file, so it counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# comments (dropped) or string/template literals (kept), in one pass so "//" inside a URL is not a comment
_COMMENT_OR_STRING = re.compile(
    r"(?P<c>//[^\n]*|/\*.*?\*/)|(?P<s>'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`)", re.S
)
LOADER_METHODS = (
    "image", "spritesheet", "atlas", "atlasXML", "multiatlas", "unityAtlas", "aseprite", "audio", "audioSprite",
    "json", "xml", "text", "tilemapTiledJSON", "tilemapCSV", "tilemapImpact", "bitmapFont", "svg", "html",
    "htmlTexture", "glsl", "video", "plugin", "scenePlugin", "script", "scripts", "pack", "binary", "obj", "animation",
    "css", "font", "texture", "spine", "cubemap",
)
_LOAD_CALL = re.compile(r"\bload\s*\.\s*(" + "|".join(LOADER_METHODS) + r")\s*\(")
_STRING = re.compile(r"'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`")
_NETWORK = re.compile(r"\bfetch\s*\(|\bnew\s+XMLHttpRequest\b|\bnew\s+WebSocket\b|\bnew\s+EventSource\b")

AUDIO_METHODS = frozenset({"audio", "audioSprite"})
IMAGE_METHODS = frozenset({"image", "svg", "spritesheet", "atlas", "atlasXML", "multiatlas", "unityAtlas", "aseprite", "texture"})


def strip_comments(code: str) -> str:
    """The code with comments blanked (line breaks kept, so positions keep their line numbers)."""
    def repl(m: re.Match[str]) -> str:
        if m.group("c") is not None:
            return "".join(ch if ch == "\n" else " " for ch in m.group("c"))
        return m.group("s")

    return _COMMENT_OR_STRING.sub(repl, code)


def call_end(code: str, open_paren: int) -> int:
    """Offset just past the ``)`` that closes the call opened at ``open_paren`` (strings skipped); -1 if none."""
    depth, i, n = 0, open_paren, len(code)
    while i < n:
        ch = code[i]
        if ch in "'\"`":
            m = _STRING.match(code, i)
            i = m.end() if m else i + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


@dataclass
class AssetLoad:
    method: str  # the loader method: image, audio, atlas, ...
    args: str  # the call's argument text
    urls: list[str]  # string literals after the key (paths/URLs), as written
    start: int  # offset of ``load`` in the comment-stripped code
    end: int  # offset just past the closing ``)``
    line: int

    @property
    def kind(self) -> str:
        if self.method in AUDIO_METHODS:
            return "audio"
        if self.method in IMAGE_METHODS:
            return "image"
        return self.method


def _literal(token: str) -> str:
    return token[1:-1]


def find_asset_loads(code: str) -> list[AssetLoad]:
    """Every loader call that fetches something (a ``data:`` URI alone does not)."""
    stripped = strip_comments(code)
    found: list[AssetLoad] = []
    for m in _LOAD_CALL.finditer(stripped):
        open_paren = m.end() - 1
        end = call_end(stripped, open_paren)
        args = stripped[open_paren + 1 : end - 1] if end > 0 else stripped[open_paren + 1 : open_paren + 200]
        strings = [_literal(s) for s in _STRING.findall(args)]
        urls = strings[1:] if strings and args.lstrip()[:1] in "'\"`" else [s for s in strings if "/" in s or "." in s]
        if urls and all(u.startswith("data:") for u in urls):
            continue
        found.append(AssetLoad(m.group(1), args, urls, m.start(), end if end > 0 else m.end(),
                               stripped.count("\n", 0, m.start()) + 1))
    return found


def network_calls(code: str) -> list[str]:
    """fetch / XMLHttpRequest / WebSocket uses outside comments (a program that reaches for the network)."""
    return [m.group(0).strip() for m in _NETWORK.finditer(strip_comments(code))]


def asset_summary(code: str) -> dict[str, object]:
    loads = find_asset_loads(code)
    return {
        "uses_assets": bool(loads),
        "asset_kinds": sorted({a.kind for a in loads}),
        "asset_urls": list(dict.fromkeys(u for a in loads for u in a.urls))[:50],
        "asset_loads": len(loads),
    }
