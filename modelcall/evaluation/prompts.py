"""Eval prompts -> chat messages: request records keep theirs; seed-shaped prompts get the SFT template's.

A seed is rendered with the same template and contract sft_build used for training, and joined the way
LLaMA-Factory's alpaca converter joins columns (system message; user = instruction + "\\n" + input), so
the fine-tuned model is asked exactly the way it was taught.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.io import read_jsonl_numbered


@dataclass
class EvalPrompt:
    key: str  # unique per prompt: the request_id (requests) or the seed id
    prompt_id: str
    variant: int | None
    messages: list[dict[str, Any]]
    prompt_meta: dict[str, Any]


def default_template_path(language: str) -> Path:
    return Path(__file__).resolve().parents[2] / "configs" / "prompts" / f"sft_{language}.txt"


def seed_messages(seed: dict[str, Any], template: Any, contract: str) -> list[dict[str, Any]]:
    instruction, query, system = template.render_prompt(seed, contract)
    user = instruction if not query else f"{instruction}\n{query}"
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": user})
    return messages


def load_eval_prompts(
    path: str | Path, template_path: str | Path, contract: str, on_bad_line: str = "error", max_items: int | None = None
) -> list[EvalPrompt]:
    """Requests (with ``messages``) or prompt seeds (with ``task``), in file order; keys must be unique."""
    template = None
    prompts: list[EvalPrompt] = []
    seen: set[str] = set()
    for lineno, rec in read_jsonl_numbered(path, on_bad_line):
        where = f"{path}:{lineno}"
        if isinstance(rec.get("messages"), list):
            key = rec.get("request_id")
            meta = rec.get("prompt_meta") if isinstance(rec.get("prompt_meta"), dict) else {}
            prompt_id = rec.get("prompt_id") or meta.get("id") or key
            if not isinstance(key, str) or not key:
                raise InputError(f"{where}: a request needs a request_id")
            prompt = EvalPrompt(key, str(prompt_id), rec.get("variant"), rec["messages"], meta)
        elif isinstance(rec.get("task"), str) and isinstance(rec.get("id"), str):
            if template is None:
                from modelcall.sft.templates import load_template

                template = load_template(template_path)
            prompt = EvalPrompt(rec["id"], rec["id"], None, seed_messages(rec, template, contract), rec)
        else:
            raise InputError(f"{where}: expected a request (request_id + messages) or a prompt seed (id + task)")
        if prompt.key in seen:
            raise InputError(f"{where}: duplicate prompt '{prompt.key}'")
        seen.add(prompt.key)
        prompts.append(prompt)
        if max_items is not None and len(prompts) >= max_items:
            break
    if not prompts:
        raise InputError(f"{path}: no eval prompts")
    return prompts


def sample_request_id(prompt: EvalPrompt, index: int, n: int) -> tuple[str, int]:
    """(request_id, variant) of sample ``index``: seeds get ``<id>_v<index>``, requests ``<request_id>_s<index>``."""
    if prompt.variant is None and prompt.key == prompt.prompt_id:
        return f"{prompt.prompt_id}_v{index}", index
    if n == 1:
        return prompt.key, prompt.variant if prompt.variant is not None else 0
    return f"{prompt.key}_s{index}", prompt.variant if prompt.variant is not None else index
