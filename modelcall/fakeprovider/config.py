"""What the fake provider can be told (kept apart from the server so the CLI parser loads fast)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FakeProviderConfig:
    """Everything the fake can be told; the CLI flags map one to one."""

    latency_s: float = 0.0
    latency_dist: str = "fixed"  # fixed | uniform (latency_s ± latency_jitter_s) | lognormal (sigma = latency_jitter_s)
    latency_jitter_s: float = 0.0
    rpm: float | None = None
    tpm: float | None = None
    input_tpm: float | None = None
    output_tpm: float | None = None
    burst_s: float = 60.0  # bucket depth in seconds of the limit (the real APIs refill continuously)
    rate_429: float = 0.0
    rate_5xx: float = 0.0
    rate_529: float = 0.0
    rate_timeout: float = 0.0
    rate_reset: float = 0.0
    rate_malformed: float = 0.0
    fault_retry_after_s: float = 1.0
    fault_429_headers: bool = True  # false: injected 429s carry no retry-after and no rate-limit headers (as some gateways)
    timeout_hold_s: float = 30.0
    answer: str = "teacher"  # teacher (mock teacher's text) | short (a fixed tiny answer)
    faults: dict[str, float] = field(default_factory=dict)  # mock-teacher content faults
    api_key: str | None = None  # when set, other keys get 401
    echo_key: bool = False  # error bodies quote the key the client sent (as some proxies do): redaction's worst case
    models: list[str] | None = None  # when set, other models get 404
    max_output_tokens: int | None = None  # when set, a larger max_tokens gets 400 invalid_request
    batch_latency_s: float = 1.0
    batch_error_rate: float = 0.0  # first submission of a custom_id fails with this probability
    batch_expire_rate: float = 0.0  # ... or expires
    cache_min_tokens: int = 1024
    reasoning: bool = False  # also return reasoning (OpenAI reasoning_content, Anthropic thinking blocks), as vLLM's gpt-oss does
    seed: int = 0

    def __post_init__(self) -> None:
        if self.latency_dist not in ("fixed", "uniform", "lognormal"):
            raise ValueError(f"latency_dist: '{self.latency_dist}' is not one of fixed, uniform, lognormal")
        if self.answer not in ("teacher", "short"):
            raise ValueError(f"answer: '{self.answer}' is not one of teacher, short")
        shares = {name: getattr(self, name) for name in ("rate_429", "rate_5xx", "rate_529", "rate_timeout", "rate_reset",
                                                         "rate_malformed", "batch_error_rate", "batch_expire_rate")}
        for name, value in {**shares, **{f"faults: {k}": v for k, v in self.faults.items()}}.items():
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ValueError(f"{name}: {value!r} is not a share between 0 and 1")
