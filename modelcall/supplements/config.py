"""Config sections of the supplements task: asset policy, prompt writing, overlap checks."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field

from modelcall.config.paths import Input
from modelcall.config.schema import StrictModel

AssetPolicy = Literal["auto", "drop", "placeholder", "rewrite"]
_NO_ASSETS = re.compile(r"(不|无|禁止|不得|不要).{0,8}(外部|外链).{0,10}(资源|图片|音频|素材)|"
                        r"no (external )?(assets|images|audio)|load no (external )?(images|assets|files)|without (external )?assets",
                        re.I)


class AssetSettings(StrictModel):
    policy: AssetPolicy = Field(
        "auto",
        description="drop: keep only programs that load nothing; placeholder: the validator serves stand-ins and the pair "
        "is marked uses_assets; rewrite: the teacher rewrites the program asset-free (validated again); auto: rewrite when "
        "the constraints forbid external assets (the seeds' default), else placeholder",
    )


def bans_assets(constraints: list[str]) -> bool:
    """True when a constraint forbids loading external assets (Chinese or English wording)."""
    return any(_NO_ASSETS.search(c) for c in constraints)


class PromptSettings(StrictModel):
    language: Literal["zh", "en"] = Field("zh", description="language of the task text (the seeds' language)")
    template_path: Annotated[str | None, Input] = Field(
        None, description="teacher prompts (reverse, rewrite, repair); default configs/prompts/supplement_teacher_<language>.yaml"
    )
    seeds_path: Annotated[str | None, Input] = Field(
        None, description="optional prompt seeds: a few are shown to the teacher for their style, and their most common "
        "constraints become the pairs' constraints"
    )
    examples: int = Field(3, ge=0, le=20, description="seeds shown to the teacher as style examples")
    constraints: list[str] | None = Field(
        None, description="constraints every pair gets; default the seeds' most common ones, else the template's"
    )
    repair: bool = Field(True, description="a prompt that does not match its code is sent back once with the problems")
    min_plan_consistency: float = Field(
        0.8, ge=0, le=1, description="share of the plan's APIs the code must use (the plan is written from the code)"
    )
    max_tokens: int = Field(1500, ge=64, description="answer cap of reverse-prompt requests (rewrites use the model's)")
    temperature: float | None = Field(0.3, ge=0, description="sampling temperature of reverse-prompt requests")


class OverlapSettings(StrictModel):
    distilled_path: Annotated[str | list[str] | None, Input] = Field(
        None, description="selected/validated JSONL of distilled samples: a pair whose program nearly duplicates one is dropped"
    )
    eval_prompts_path: Annotated[str | list[str] | None, Input] = Field(
        None, description="eval prompts (eval_set output, seeds or requests): a pair whose task nearly repeats one is a leak"
    )
    code_threshold: float = Field(0.85, gt=0, le=1, description="estimated Jaccard of normalised code shingles")
    prompt_threshold: float = Field(0.8, gt=0, le=1, description="estimated Jaccard of task-text character 3-grams")
    num_perm: int = Field(128, ge=16, le=1024)
