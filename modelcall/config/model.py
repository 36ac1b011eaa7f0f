"""The model config (configs/models/*.yaml): provider, model name, credentials by name, limits, pricing."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from modelcall.config.schema import StrictModel


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
    rpm: float | None = Field(None, description="requests per minute")
    tpm: float | None = Field(None, description="total tokens per minute (OpenAI style)")
    input_tpm: float | None = Field(None, description="input tokens per minute (Anthropic)")
    output_tpm: float | None = Field(None, description="output tokens per minute (Anthropic)")
    max_concurrency: int = Field(64, description="the most requests in flight")


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
    timeout_s: float = 600.0
    options: dict[str, Any] = Field(default_factory=dict, description="provider-specific options (mock faults, …)")

    @property
    def name(self) -> str:
        return self.alias or self.model
