"""Config sections of the repair and variants_on_demand tasks: teachers (a cascade), rounds, kinds, budget."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, field_validator

from modelcall.config.model import ModelReference
from modelcall.config.schema import StrictModel
from modelcall.errors import InputError
from modelcall.repair.findings import FAILURE_KINDS


def require_files(config: Any, *keys: str) -> None:
    """An input error naming the key for the first of ``config``'s ``keys`` whose path is not a file."""
    for key in keys:
        path = getattr(config, key)
        if not Path(path).is_file():
            raise InputError(f"{path}: file not found ({key})")


class TeacherStage(StrictModel):
    """One teacher of the cascade: its model and how many repair rounds it gets."""

    name: str | None = Field(None, description="label in reports and records; default the model config's alias")
    model: ModelReference = Field(alias="model_config", description="a path to configs/models/*.yaml or a mapping")
    rounds: int = Field(2, ge=0, description="repair rounds this teacher runs on the seeds still uncovered")
    fresh: bool = Field(
        False, description="its first round asks the original question again instead of a repair (a stronger teacher starting clean)"
    )
    temperature: float | None = Field(None, ge=0, description="sampling temperature of its requests; default: the original request's")

    @property
    def label(self) -> str:
        return self.name or self.model.name


class RepairSettings(StrictModel):
    repair_kinds: list[str] = Field(
        list(FAILURE_KINDS),
        description=f"failure kinds worth a repair request (of {', '.join(FAILURE_KINDS)}, other)",
    )
    per_seed: int = Field(1, ge=1, description="failed answers of one uncovered seed repaired per round (the closest to passing first)")
    budget_usd: float | None = Field(None, ge=0, description="stop sending once the repair spend reaches this many dollars")
    max_findings: int = Field(12, ge=1, description="findings listed in one follow-up turn")
    include_unanswered: bool = Field(
        True, description="seeds in requests_path with no answer at all (every call failed) count as uncovered and are asked again"
    )

    @field_validator("repair_kinds")
    @classmethod
    def _known(cls, kinds: list[str]) -> list[str]:
        bad = [k for k in kinds if k not in FAILURE_KINDS and k != "other"]
        if bad:
            raise ValueError(f"unknown failure kind(s) {', '.join(bad)}; known: {', '.join(FAILURE_KINDS)}, other")
        return kinds
