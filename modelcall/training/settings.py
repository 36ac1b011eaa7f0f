"""The training hyper-parameters of sft_train; defaults are the seeds' settings for Qwen2.5-Coder-0.5B."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from modelcall.config.schema import StrictModel


class LoraSettings(StrictModel):
    rank: int = Field(64, ge=1, description="LoRA rank r (LLaMA-Factory lora_rank)")
    alpha: int = Field(128, ge=1, description="LoRA alpha (lora_alpha)")
    dropout: float = Field(0.05, ge=0.0, lt=1.0, description="LoRA dropout (lora_dropout)")
    target: str | list[str] = Field(
        "all", description="modules to adapt: 'all' (every linear layer) or a list such as [q_proj, v_proj]"
    )


class TrainSettings(StrictModel):
    template: str = Field("qwen", description="LLaMA-Factory chat template of the base model")
    stage: Literal["sft"] = Field("sft", description="training stage (supervised fine-tuning)")
    finetuning_type: Literal["lora"] = Field("lora", description="only LoRA adapters are produced")
    lora: LoraSettings = Field(default_factory=LoraSettings)
    cutoff_len: int = Field(2048, ge=16, description="tokens per example; longer ones are cut")
    per_device_train_batch_size: int = Field(2, ge=1)
    per_device_eval_batch_size: int = Field(2, ge=1)
    gradient_accumulation_steps: int = Field(8, ge=1)
    learning_rate: float = Field(5e-5, gt=0)
    num_train_epochs: float = Field(3.0, gt=0)
    max_steps: int | None = Field(None, ge=1, description="stop after this many optimizer steps (overrides epochs)")
    max_samples: int | None = Field(None, ge=1, description="use at most this many examples per dataset")
    lr_scheduler_type: str = Field("cosine", description="cosine | linear | constant | ...")
    warmup_ratio: float = Field(0.1, ge=0.0, lt=1.0)
    precision: Literal["auto", "bf16", "fp16", "fp32"] = Field(
        "auto", description="auto: bf16 on a GPU that supports it, fp16 on another GPU, fp32 on CPU"
    )
    logging_steps: int = Field(10, ge=1)
    save_steps: int = Field(500, ge=1)
    eval_steps: int = Field(500, ge=1, description="evaluate on the val split every N steps (when there is one)")
    seed: int = Field(42)
    preprocessing_num_workers: int | None = Field(None, ge=1, description="dataset preprocessing processes")
    gradient_checkpointing: bool = Field(False, description="trade compute for memory on long cutoff_len")
    extra: dict[str, Any] = Field(
        default_factory=dict, description="any other LLaMA-Factory key, written into the YAML as it is (wins)"
    )


def resolve_precision(precision: str) -> str:
    """Pick bf16/fp16/fp32 for ``auto`` from the hardware at hand (fp32 when torch is not installed)."""
    if precision != "auto":
        return precision
    try:
        import torch
    except ImportError:
        return "fp32"
    if not torch.cuda.is_available():
        return "fp32"
    return "bf16" if torch.cuda.is_bf16_supported() else "fp16"
