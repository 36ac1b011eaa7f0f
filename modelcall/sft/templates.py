"""SFT prompt templates: a text file with ``[system]``, ``[instruction]``, ``[input]`` sections.

Placeholders are ``{{name}}``; list fields render one ``- item`` per line (or the ``[none]`` section
when empty). ``[format:<contract>]`` sections describe the answer format and fill ``{{format}}``.
Lines starting with ``#`` before the first section are comments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelcall.errors import ConfigError

_SECTION = re.compile(r"^\[([a-z_]+(?::[a-z_]+)?)\]\s*$")
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
SEED_FIELDS = ("task", "difficulty", "modules", "constraints", "must_use_apis", "eval_hints", "tags", "notes", "id")
REQUIRED = ("instruction", "input")
INLINE_LISTS = ("modules", "tags")  # short lists render on one line: "Scene, Physics"
LIST_FIELDS = ("modules", "constraints", "must_use_apis", "eval_hints", "tags")  # a missing one reads as empty


@dataclass
class SftTemplate:
    path: str
    sections: dict[str, str]

    def render_prompt(self, seed: dict[str, Any], contract: str) -> tuple[str, str, str]:
        """(instruction, input, system) for one seed."""
        values = {
            name: self._value([] if name in LIST_FIELDS and seed.get(name) is None else seed.get(name), inline=name in INLINE_LISTS)
            for name in SEED_FIELDS
        }
        values["format"] = self.sections.get(f"format:{contract}", "").strip()
        out = []
        for name in ("instruction", "input", "system"):
            text = self.sections.get(name, "")
            out.append(_PLACEHOLDER.sub(lambda m: values[m.group(1)], text).strip())
        return out[0], out[1], out[2]

    def _value(self, value: Any, inline: bool = False) -> str:
        if isinstance(value, (list, tuple)):
            items = [str(v) for v in value if str(v).strip()]
            if not items:
                return self.sections.get("none", "").strip()
            if inline:
                return ", ".join(items)
            return "\n".join(f"- {item}" for item in items)
        return "" if value is None else str(value)


def load_template(path: str | Path) -> SftTemplate:
    """Parse a template file; unknown placeholders and missing sections are config errors."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"template_path: {p} not found (the shipped ones are configs/prompts/sft_zh.txt and sft_en.txt)")
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        match = _SECTION.match(line)
        if match:
            current = match.group(1)
            sections[current] = []
        elif current is None:
            if line.strip() and not line.lstrip().startswith("#"):
                raise ConfigError(f"{p}:{lineno}: text before the first [section] header")
        else:
            sections[current].append(line)
    joined = {name: "\n".join(lines) for name, lines in sections.items()}
    for name in REQUIRED:
        if name not in joined:
            raise ConfigError(f"{p}: missing the [{name}] section")
    allowed = set(SEED_FIELDS) | {"format"}
    for name, text in joined.items():
        for placeholder in _PLACEHOLDER.findall(text):
            if placeholder not in allowed:
                raise ConfigError(f"{p}: [{name}] uses unknown placeholder {{{{{placeholder}}}}} (known: {', '.join(sorted(allowed))})")
    return SftTemplate(str(p), joined)
