"""eval_set: prompts_eval.jsonl (IID held out from training + OOD cross-module) and prompts_human.jsonl."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError, TaskFailed
from modelcall.io import atomic_write_jsonl
from modelcall.runners import register
from modelcall.runners.base import Runner


class EvalSetConfig(TaskConfig):
    seeds_path: Annotated[str, Input] = Field(description="prompt seeds JSONL (id, difficulty, modules, task, ...)")
    train_path: Annotated[str | list[str], Input] = Field(
        description="the SFT train split: sft_build's train JSONL, or its folder (dataset_info.json train entries)"
    )
    output_path: Annotated[str, Output] = Field(description="prompts_eval.jsonl: seed-shaped records + eval{split, sources, module_combo}")
    human_output_path: Annotated[str | None, Output] = Field(None, description="the human-rating subset; default <output dir>/prompts_human.jsonl")
    seed: int = Field(42, description="random seed: the same inputs and seed give the same files")
    iid_size: int | None = Field(None, ge=1, description="IID prompts (held-out seeds, stratified by difficulty); default all")
    ood_size: int = Field(50, ge=0, description="OOD prompts: pairs of seeds whose module union training never had")
    ood_from: Literal["all", "held_out"] = Field("all", description="which seeds OOD pairs are made from")
    ood_joiner: str = Field("；同时在同一个场景中：", description="text between the two tasks of an OOD prompt")
    human_size: int = Field(30, ge=0, description="prompts in prompts_human.jsonl (stratified by split and difficulty)")
    min_iid: int = Field(1, ge=0, description="fail when fewer seeds are held out from training")


@register
class EvalSetRunner(Runner[EvalSetConfig]):
    task_type = "eval_set"
    summary = "eval prompts from seeds: IID held out from the SFT train split + OOD module combos, leakage-checked"
    config_class = EvalSetConfig

    def run(self) -> None:
        from modelcall.evaluation.eval_set import build_eval_set, find_leaks, read_seeds, read_train_split

        cfg = self.config
        seeds = read_seeds(cfg.seeds_path, cfg.on_bad_line)
        train_paths = [cfg.train_path] if isinstance(cfg.train_path, str) else cfg.train_path
        train = read_train_split(train_paths, {s["id"]: s for s in seeds})
        if train.records == 0:
            raise InputError(f"{', '.join(train_paths)}: the SFT train split is empty")
        built = build_eval_set(
            seeds, train, seed=cfg.seed, iid_size=cfg.iid_size, ood_size=cfg.ood_size, ood_from=cfg.ood_from,
            human_size=cfg.human_size, joiner=cfg.ood_joiner,
        )
        self.report.count("seeds", len(seeds))
        self.report.count("train_records", train.records)
        self.report.count("train_prompt_ids", len(train.prompt_ids))
        self.report.count("held_out_seeds", built.held_out)
        splits = Counter(p["eval"]["split"] for p in built.prompts)
        self.report.count("iid", splits["iid"])
        self.report.count("ood", splits["ood"])
        self.report.count("human", len(built.human))
        self.report.set("breakdown", {
            "difficulty": dict(Counter(f"{p['eval']['split']}/{p.get('difficulty')}" for p in built.prompts)),
            "ood_module_combos": dict(Counter(p["eval"]["module_combo"] for p in built.prompts
                                              if p["eval"]["split"] == "ood").most_common()),
        })
        self.report.stage("seeds", len(seeds))
        self.report.stage("held out", built.held_out)
        self.report.stage("eval prompts", len(built.prompts))
        self.report.stage("iid", splits["iid"], part_of="eval prompts")
        self.report.stage("ood", splits["ood"], part_of="eval prompts")
        self.report.stage("for human rating", len(built.human), part_of="eval prompts")
        if built.held_out < cfg.min_iid:
            raise TaskFailed(
                f"only {built.held_out} seeds are held out from the SFT train split (min_iid {cfg.min_iid}); "
                "rebuild the SFT split with a held-out share, or lower min_iid"
            )
        if splits["ood"] < cfg.ood_size:
            self.log.warning("only %d OOD prompts (asked %d): few unseen module combinations", splits["ood"], cfg.ood_size)

        leaks = find_leaks(built.prompts, train)
        for leak in leaks:
            self.report.failure("leakage", "in_train_split", leak.prompt_id, str(leak.reason))
        self.report.set("leakage", {"checked": len(built.prompts), "leaks": [vars(x) for x in leaks[:50]],
                                    "leak_count": len(leaks)})
        if leaks:
            shown = "; ".join(f"{x.prompt_id}: {x.reason}" for x in leaks[:5])
            raise TaskFailed(
                f"LEAKAGE: {len(leaks)} eval prompt(s) are in the SFT train split ({shown}); nothing written. "
                "Remove duplicate seeds or rebuild the split so eval prompts stay unseen"
            )

        out = Path(cfg.output_path)
        human_path = Path(cfg.human_output_path) if cfg.human_output_path else out.parent / "prompts_human.jsonl"
        atomic_write_jsonl(out, built.prompts)
        atomic_write_jsonl(human_path, built.human)
        self.report.artifact("prompts_eval", out)
        self.report.artifact("prompts_human", human_path)
        self.log.info("eval set: %d IID + %d OOD prompts, %d for human rating; no leakage into %d train records",
                      splits["iid"], splits["ood"], len(built.human), train.records)
