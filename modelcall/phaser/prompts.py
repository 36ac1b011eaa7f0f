"""Teacher prompt templates: YAML files (configs/prompts/*.yaml) with a system and a user text.

The system text is laid out for prompt caching: everything before ``{API_CONTEXT}`` (the contract,
the rules, ``{COMMON_API_CONTEXT}``) depends only on the run, never on the seed, so it is byte-
identical across requests; the seed's API lines come last. :meth:`PromptTemplate.render_system`
returns the text and the length of that shared prefix.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelcall.errors import ConfigError

SYSTEM_RUN_FIELDS = ("PHASER_VERSION", "COMMON_API_CONTEXT")
SYSTEM_SEED_FIELD = "API_CONTEXT"
USER_FIELDS = ("TASK", "CONSTRAINTS", "MUST_USE_APIS", "EVAL_HINTS", "DIFFICULTY", "MODULES", "TAGS", "NOTES")
CONTRACTS = ("plan_block", "json_plan")
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z_]*)\}")


def _fill(text: str, values: dict[str, str]) -> str:
    """Replace ``{NAME}`` placeholders; braces in JavaScript examples are left alone."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    language: str
    contract: str
    system: str
    user: str
    empty_list: str
    path: str

    def render_system(self, phaser_version: str, common_api_context: str, api_context: str) -> tuple[str, int]:
        """The system text and the number of leading characters shared by every request of the run."""
        head, _, tail = self.system.partition("{" + SYSTEM_SEED_FIELD + "}")
        run_values = {"PHASER_VERSION": phaser_version, "COMMON_API_CONTEXT": common_api_context}
        prefix = _fill(head, run_values)
        return prefix + api_context + _fill(tail, run_values), len(prefix)

    def render_user(self, seed: dict[str, Any]) -> str:
        def bullets(items: list[str]) -> str:
            return "\n".join(f"- {item}" for item in items) if items else self.empty_list

        values = {
            "TASK": seed["task"].strip(),
            "CONSTRAINTS": bullets(seed.get("constraints") or []),
            "MUST_USE_APIS": bullets(seed.get("must_use_apis") or []),
            "EVAL_HINTS": bullets(seed.get("eval_hints") or []),
            "DIFFICULTY": seed.get("difficulty") or self.empty_list,
            "MODULES": ", ".join(seed.get("modules") or []) or self.empty_list,
            "TAGS": ", ".join(seed.get("tags") or []) or self.empty_list,
            "NOTES": (seed.get("notes") or "").strip() or self.empty_list,
        }
        return _fill(self.user, values)


def resolve_template_path(spec: str) -> Path:
    """A path, or a bare name looked up as configs/prompts/<name>.yaml (cwd, then the project root)."""
    candidates = [Path(spec)]
    if not spec.endswith((".yaml", ".yml")):
        candidates += [Path("configs/prompts") / f"{spec}.yaml"]
        candidates += [Path(__file__).resolve().parents[2] / "configs" / "prompts" / f"{spec}.yaml"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ConfigError(f"template: prompt template {spec!r} not found (give a path or a name under configs/prompts/)")


def load_template(spec: str) -> PromptTemplate:
    return _load_template(str(resolve_template_path(spec)))


@functools.lru_cache(maxsize=16)
def _load_template(path: str) -> PromptTemplate:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"template: {path} is not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"template: {path} must be a mapping with system and user texts")
    for key in ("system", "user"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise ConfigError(f"template: {path}: '{key}' must be a non-empty text")
    system, user = data["system"], data["user"]
    if system.count("{" + SYSTEM_SEED_FIELD + "}") != 1:
        raise ConfigError(f"template: {path}: system must hold {{{SYSTEM_SEED_FIELD}}} exactly once")
    unknown = set(_PLACEHOLDER.findall(system)) - set(SYSTEM_RUN_FIELDS) - {SYSTEM_SEED_FIELD}
    if unknown:
        raise ConfigError(
            f"template: {path}: system may only use {', '.join(SYSTEM_RUN_FIELDS + (SYSTEM_SEED_FIELD,))} "
            f"(seed fields belong in user, so the shared prefix stays identical); found {', '.join(sorted(unknown))}"
        )
    unknown = set(_PLACEHOLDER.findall(user)) - set(USER_FIELDS)
    if unknown:
        raise ConfigError(f"template: {path}: unknown user placeholder(s) {', '.join(sorted(unknown))}")
    if "{TASK}" not in user:
        raise ConfigError(f"template: {path}: user must hold {{TASK}}")
    contract = data.get("contract", "plan_block")
    if contract not in CONTRACTS:
        raise ConfigError(f"template: {path}: contract must be one of {', '.join(CONTRACTS)}, got {contract!r}")
    return PromptTemplate(
        name=str(data.get("name") or Path(path).stem),
        language=str(data.get("language") or "zh"),
        contract=contract,
        system=system,
        user=user,
        empty_list=str(data.get("empty_list", "-")),
        path=path,
    )
