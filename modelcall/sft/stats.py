"""Token-length statistics of SFT records: exact with a Hugging Face tokenizer, else approximate."""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

# one CJK character, a word, a number, or one other symbol: close to what BPE code tokenizers yield
_APPROX = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z]+|\d+|[^\sA-Za-z\d]")


def token_counter(tokenizer: str | None) -> tuple[Callable[[str], int], str]:
    """A function counting tokens in a text, and what it is (for the report)."""
    if tokenizer:
        try:
            from transformers import AutoTokenizer  # noqa: PLC0415 - optional, heavy
        except ImportError:
            from modelcall.errors import ConfigError

            raise ConfigError(
                f"tokenizer_path: '{tokenizer}' needs the transformers package (pip install -e .[train]), or remove the key"
            ) from None
        try:
            tok = AutoTokenizer.from_pretrained(tokenizer)
        except (OSError, ValueError) as exc:  # a missing folder, a bad name, no network for a hub name
            from modelcall.errors import ConfigError

            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            raise ConfigError(
                f"tokenizer_path: cannot load tokenizer '{tokenizer}' ({first}); give a tokenizer folder or a "
                "Hugging Face name, or remove the key for approximate lengths"
            ) from None
        return (lambda text: len(tok.encode(text, add_special_tokens=False))), f"hf:{tokenizer}"
    return (lambda text: len(_APPROX.findall(text))), "approx (CJK char / word / number / symbol)"


def length_stats(values: list[int]) -> dict[str, Any]:
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def q(p: float) -> int:
        return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered)) - 1))]

    return {
        "n": len(ordered),
        "min": ordered[0],
        "mean": round(sum(ordered) / len(ordered), 1),
        "p50": q(0.5),
        "p90": q(0.9),
        "p99": q(0.99),
        "max": ordered[-1],
    }
