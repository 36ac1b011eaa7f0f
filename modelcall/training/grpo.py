"""TRL's GRPOTrainer on this project's pinned stack.

trl 0.24.0 is the newest release LLaMA-Factory 0.9.5 accepts (``trl<=0.24.0``), and it predates transformers 5:
it reads transformers' ``_is_package_available`` (a tuple in 5.x, so always true) as a bool, and sets
``model.warnings_issued``, which 5.x models no longer have. :func:`grpo_classes` and :func:`load_policy` bridge
both, so the real trainer runs unchanged.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any


def grpo_classes() -> tuple[Any, Any]:
    """``(GRPOTrainer, GRPOConfig)`` from trl, importable under transformers 5."""
    import trl.import_utils as flags

    for name, value in list(vars(flags).items()):
        if name.startswith("_") and name.endswith("_available") and isinstance(value, tuple):
            setattr(flags, name, bool(value[0]))  # (False, None) would otherwise read as "installed"
    from trl import GRPOConfig, GRPOTrainer

    return GRPOTrainer, GRPOConfig


def load_policy(path: str | Path) -> tuple[Any, Any]:
    """``(model, tokenizer)`` ready for GRPOTrainer (a model object, so trl 0.24 does not load it itself)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(str(path))
    if not hasattr(model, "warnings_issued"):
        model.warnings_issued = {}
    tokenizer = AutoTokenizer.from_pretrained(str(path))
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer
