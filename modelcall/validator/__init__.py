"""The four-layer Phaser validator (L1 lint, L2 API truth, L3 headless-browser run, L4 task fit).

    from modelcall.validator import Validator, ValidatorConfig
    with Validator(ValidatorConfig(runtime={"enabled": False})) as validator:
        for record in validator.validate(candidates):      # candidate dicts (code, plan, prompt_meta, ...)
            record["passed"], record["reasons"], record["validation"]

``Validator`` owns the Node workers and the browser; it is what the filter, evaluate, repair and sft_build
runners call. ``validate`` yields one record per candidate in input order (never drops one).
"""
from modelcall.validator.config import ValidatorConfig
from modelcall.validator.validator import ValidationStats, Validator, code_hash

__all__ = ["ValidationStats", "Validator", "ValidatorConfig", "code_hash"]
