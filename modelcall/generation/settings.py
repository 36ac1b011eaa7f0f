"""The ``generation`` config section: how requests travel (online, batch, dry run) and the engine's knobs."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from modelcall.config.model import NOT_CALLED, ModelReference
from modelcall.config.paths import Output
from modelcall.config.schema import StrictModel


class GenerationSettings(StrictModel):
    mode: Literal["online", "batch", "dry_run"] = Field("online", description="online calls, the providers' batch APIs, or a dry run (no calls)")
    concurrency: int | None = Field(None, ge=1, description="requests in flight; default: the model's limits.max_concurrency")
    max_items: int | None = Field(None, ge=1, description="only the first N distinct request_ids of the input")
    retry_errors: bool = Field(False, description="re-send only the requests in the errors file")
    errors_path: Annotated[str | None, Output] = Field(None, description="default: <output stem>.errors.jsonl beside the output")
    max_attempts: int = Field(6, ge=1, description="attempts per request for 5xx/timeouts/resets (429s are counted apart)")
    max_rate_limit_retries: int = Field(30, ge=0, description="429s a request may meet before it is given up")
    backoff_base_s: float = Field(1.0, gt=0, description="first backoff; doubles per failure, with jitter")
    backoff_cap_s: float = Field(60.0, gt=0, description="longest exponential backoff")
    retry_after_cap_s: float = Field(120.0, gt=0, description="longest wait a server's retry-after can impose")
    limiter_burst_s: float = Field(0.5, gt=0, description="token-bucket depth in seconds of the limit; below a second, as servers may enforce per second")
    expected_output_tokens: int | None = Field(None, ge=1, description="output estimate before answers arrive, and for the dry run; default: max_tokens / 2")
    timeout_stop_after: int | None = Field(
        20, ge=1, description="stop the run when this many attempts in a row timed out (the server may bill each); null: never"
    )
    shutdown_grace_s: float = Field(10.0, ge=0, description="after Ctrl-C, how long in-flight requests may finish")
    fsync_interval_s: float = Field(1.0, ge=0, description="fsync the output at most this often (lines are written at once)")
    batch_size: int | None = Field(None, ge=1, description="batch mode: the most requests per provider batch (default: the provider's limit)")
    batch_poll_s: float = Field(30.0, gt=0, description="batch mode: seconds between status polls")
    batch_max_rounds: int = Field(3, ge=1, description="batch mode: submissions per request before it goes to the errors file")
    compare_models: Annotated[list[ModelReference], NOT_CALLED] = Field(default_factory=list, description="dry run: more model configs (paths or mappings) to compare")
    assumed_output_tps: float = Field(60.0, gt=0, description="dry run: output tokens per second of one answer, for the latency estimate")
