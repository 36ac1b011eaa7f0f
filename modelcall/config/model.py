"""The model config (configs/models/*.yaml): provider, model name, credentials by name, limits, pricing."""
from __future__ import annotations

import os
import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, field_validator

from modelcall.config.schema import StrictModel
from modelcall.secrets import register_secret

_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEY_PREFIXES = ("sk_", "hf_", "ghp_", "gsk_", "github_pat_")


def _looks_like_a_key(name: str) -> bool:
    """A valid identifier that is still a key: a long random run of letters and digits, maybe after a key prefix."""
    lowered = name.lower()
    rest = next((name[len(p):] for p in _KEY_PREFIXES if lowered.startswith(p)), name)
    if len(rest) < 20 or "_" in rest:
        return False  # variable names are words joined by underscores
    return any(c.isdigit() for c in rest) and any(c.isalpha() for c in rest)


def is_not_a_variable_name(value: str) -> bool:
    """True for what cannot be a variable's NAME: not an identifier, or a key pasted in its place."""
    return not _ENV_NAME.fullmatch(value) or _looks_like_a_key(value)


class ModelParams(StrictModel):
    temperature: float | None = Field(0.7, description="sampling temperature")
    top_p: float | None = None
    top_k: int | None = None
    max_tokens: int = Field(4000, description="the most output tokens per answer")
    stop: list[str] | None = None
    extra_body: dict[str, Any] = Field(
        default_factory=dict, description="provider-specific request fields passed through as they are"
    )


class ModelLimits(StrictModel):
    rpm: float | None = Field(None, description="requests per minute (null: no limit)")
    tpm: float | None = Field(None, description="total tokens per minute, OpenAI style (null: no limit)")
    input_tpm: float | None = Field(None, description="input tokens per minute, Anthropic (null: no limit)")
    output_tpm: float | None = Field(None, description="output tokens per minute, Anthropic (null: no limit)")
    max_concurrency: int = Field(64, ge=1, description="the most requests in flight")

    @field_validator("rpm", "tpm", "input_tpm", "output_tpm")
    @classmethod
    def _positive_or_null(cls, value: float | None) -> float | None:
        # 0 used to mean "no limit" silently; a limit that cannot be met is a typo until proven otherwise
        if value is not None and value <= 0:
            raise ValueError("must be above 0; write null for no limit")
        return value


class ModelPricing(StrictModel):
    input_per_mtok: float = 0.0
    output_per_mtok: float = 0.0
    cache_read_per_mtok: float | None = Field(None, description="default: 10% of the input price")
    cache_write_per_mtok: float | None = Field(None, description="default: 125% of the input price")
    batch_discount: float = Field(0.5, description="price factor of the batch APIs")


class ModelConfig(StrictModel):
    alias: str | None = Field(None, description="short name used in outputs and folders; default: the file name")
    provider: Literal["anthropic", "openai", "mock"]
    model: str
    api_key_env: str | None = Field(None, description="the NAME of the variable that holds the key")
    base_url: str | None = None
    params: ModelParams = Field(default_factory=ModelParams)
    limits: ModelLimits = Field(default_factory=ModelLimits)
    pricing: ModelPricing = Field(default_factory=ModelPricing)
    timeout_s: float = Field(600.0, gt=0, description="seconds one answer may take (long answers take minutes)")
    options: dict[str, Any] = Field(default_factory=dict, description="provider-specific options (mock faults, …)")

    @field_validator("api_key_env")
    @classmethod
    def _a_variable_name(cls, value: str | None) -> str | None:
        if value is None or not is_not_a_variable_name(value):
            return value
        register_secret(value)  # whatever it is, it is never printed from here on
        raise ValueError(
            "this is not a variable NAME (it looks like the key itself, which is not repeated here): put the key in "
            "env/<provider>.env as ANTHROPIC_API_KEY=<key> and write api_key_env: ANTHROPIC_API_KEY"
        )

    @property
    def name(self) -> str:
        return self.alias or self.model


def _load_reference(value: Any, info: ValidationInfo) -> Any:
    """A path is loaded by the one model-config loader (relative to the task file when the context names it)."""
    if isinstance(value, (str, os.PathLike)):
        from modelcall.config.loader import load_model_config

        return load_model_config(value, (info.context or {}).get("source"))
    return value


ModelReference = Annotated[ModelConfig, BeforeValidator(_load_reference)]
"""A schema field holding a model: a path to configs/models/*.yaml or an inline mapping (YAML key ``model_config``)."""

NOT_CALLED = "model-not-called"
"""Field metadata: the models here are only priced (a dry run's comparison), so their keys are not required."""
