"""Sampling answers from a local Hugging Face causal LM (optionally with a LoRA adapter), in batches.

The model's own chat template turns messages into the prompt (what the SFT model saw in training);
``n`` samples per prompt come from one ``generate`` call with ``num_return_sequences``, so pass@k
costs one forward pass per batch (greedy decoding, temperature 0, generates one answer and repeats it
as the n samples). Heavy imports (torch, transformers, peft) happen here only.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field

from modelcall.config.paths import Input, OptionalInput
from modelcall.config.schema import StrictModel
from modelcall.errors import UserError

log = logging.getLogger("modelcall.infer")


class HfSettings(StrictModel):
    model_name_or_path: Annotated[str, OptionalInput] = Field(description="a local HF model folder (or a hub name if the machine can reach it)")
    adapter_path: Annotated[str | None, Input] = Field(None, description="a LoRA adapter folder (sft_train's output_path) applied with peft")
    alias: str | None = Field(None, description="model name written into outputs; default <model folder>[+<adapter folder>]")
    temperature: float = Field(0.7, ge=0.0, description="0 means greedy decoding")
    top_p: float = Field(0.95, gt=0.0, le=1.0)
    top_k: int = Field(50, ge=0, description="0 disables top-k filtering")
    repetition_penalty: float = Field(1.05, gt=0.0)
    max_new_tokens: int = Field(2048, ge=1)
    batch_size: int = Field(8, ge=1, description="prompts per generate call (each with n samples)")
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = Field(
        "auto", description="auto: bfloat16 on a GPU that supports it, float16 on another GPU, float32 on CPU"
    )
    device: str = Field("auto", description="auto (cuda if available, else cpu), cpu, cuda, cuda:1, ...")
    trust_remote_code: bool = False


@dataclass
class Sample:
    key: str
    index: int
    text: str
    finish_reason: str
    input_tokens: int
    output_tokens: int
    latency_s: float


class HfGenerator:
    """Loads the model once; :meth:`generate` yields samples for (key, messages) prompts in batches."""

    def __init__(self, settings: HfSettings, seed: int = 0):
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError:
            raise UserError(
                "infer with backend hf needs torch and transformers: pip install -e .[train] "
                "(on a CPU machine install torch==2.13.0 first)"
            ) from None
        self.settings = settings
        self.seed = seed
        self.torch = torch
        device = settings.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self.device = device
        dtype_name = settings.dtype
        if dtype_name == "auto":
            if device.startswith("cuda"):
                dtype_name = "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
            else:
                dtype_name = "float32"
        self.dtype_name = dtype_name
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(
                settings.model_name_or_path, trust_remote_code=settings.trust_remote_code
            )
            model = AutoModelForCausalLM.from_pretrained(
                settings.model_name_or_path, dtype=getattr(torch, dtype_name),
                trust_remote_code=settings.trust_remote_code,
            )
        except OSError as exc:
            raise UserError(f"cannot load model '{settings.model_name_or_path}': {str(exc).splitlines()[0]}") from None
        if settings.adapter_path:
            try:
                from peft import PeftModel
            except ImportError:
                raise UserError("adapter_path needs peft: pip install -e .[train]") from None
            try:
                model = PeftModel.from_pretrained(model, settings.adapter_path)
            except (OSError, ValueError) as exc:
                raise UserError(f"cannot load LoRA adapter '{settings.adapter_path}': {str(exc).splitlines()[0]}") from None
        self.model = model.to(device).eval()
        self.tokenizer.padding_side = "left"  # decoder-only: new tokens follow the prompt directly
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        eos = {self.tokenizer.eos_token_id}
        gen_eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
        eos.update(gen_eos if isinstance(gen_eos, list) else [gen_eos])
        self.eos_ids = sorted(i for i in eos if i is not None)
        if self.tokenizer.chat_template is None:
            raise UserError(f"the tokenizer of '{settings.model_name_or_path}' has no chat template; use an instruct/chat model")

    def prompt_text(self, messages: list[dict[str, Any]]) -> str:
        return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def generate(self, prompts: list[tuple[str, list[dict[str, Any]]]], n: int) -> Iterator[list[Sample]]:
        """Yields, per batch, the samples of its prompts (n per prompt); batches go from the longest prompts down."""
        torch = self.torch
        s = self.settings
        from transformers import set_seed

        set_seed(self.seed)
        do_sample = s.temperature > 0
        # greedy decoding gives one answer per prompt: generate it once and repeat it as the n samples
        n_gen = n if do_sample else 1
        # longest prompts first, so each batch holds similar lengths (less padding) and memory trouble shows early
        rendered = sorted(((key, self.prompt_text(messages)) for key, messages in prompts),
                          key=lambda item: -len(item[1]))
        for start in range(0, len(rendered), s.batch_size):
            batch = rendered[start : start + s.batch_size]
            texts = [text for _, text in batch]
            enc = self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
            kwargs: dict[str, Any] = {
                "max_new_tokens": s.max_new_tokens,
                "do_sample": do_sample,
                "num_return_sequences": n_gen,
                "repetition_penalty": s.repetition_penalty,
                "pad_token_id": self.tokenizer.pad_token_id,
                "eos_token_id": self.eos_ids,
            }
            if do_sample:
                kwargs.update(temperature=s.temperature, top_p=s.top_p, top_k=s.top_k)
            t0 = time.monotonic()
            with torch.inference_mode():
                out = self.model.generate(**enc, **kwargs)
            elapsed = time.monotonic() - t0
            prompt_len = enc["input_ids"].shape[1]
            input_tokens = enc["attention_mask"].sum(dim=1).tolist()
            samples: list[Sample] = []
            per_seq = elapsed / max(1, len(batch) * n_gen)
            for row in range(out.shape[0]):
                prompt_idx, first_idx = divmod(row, n_gen)
                new = out[row, prompt_len:].tolist()
                stop_at = next((i for i, tok in enumerate(new) if tok in self.eos_ids), None)
                finish = "stop" if stop_at is not None else "length"
                kept = new if stop_at is None else new[:stop_at]
                text = self.tokenizer.decode(kept, skip_special_tokens=True)
                for sample_idx in range(first_idx, n if n_gen == 1 else first_idx + 1):
                    samples.append(Sample(
                        key=batch[prompt_idx][0], index=sample_idx, text=text, finish_reason=finish,
                        input_tokens=int(input_tokens[prompt_idx]), output_tokens=len(kept) + (finish == "stop"),
                        latency_s=round(per_seq, 4),
                    ))
            yield samples
