"""What every layer shares: the sample it judges, the issues it raises and the result it returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class Issue:
    """One finding; ``code`` is stable (reports count it), ``message`` is for people."""

    layer: str
    code: str
    message: str
    line: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"layer": self.layer, "code": self.code, "message": self.message, "line": self.line}
        out.update(self.extra)
        return out

    @property
    def reason(self) -> str:
        phase = self.extra.get("phase")
        return f"{self.layer}:{self.code}" + (f"@{phase}" if phase else "")


@dataclass
class LayerResult:
    """``ok`` is None when the layer did not run (turned off, or nothing to judge)."""

    ok: bool | None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sample:
    """A candidate being judged plus what the expensive, code-only stages found (cached by code hash)."""

    code: str
    must_use: list[str]
    eval_hints: list[str]
    plan_apis: list[str]
    constraints: list[str] = field(default_factory=list)  # the seed's, as given (structure the prompt demands)
    task: str = ""  # the seed's task text (prompt_meta.task)
    static: dict[str, Any] | None = None  # the Node worker's answer (parse, lint, API usages, AST facts)
    runtime: dict[str, Any] | None = None  # the browser run (None when L3 is off or was skipped)


class Layer(Protocol):
    name: str

    def check(self, sample: Sample) -> LayerResult: ...
