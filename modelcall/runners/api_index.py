"""api_index: build the Phaser API index JSONL from the installed npm package (see modelcall.phaser.api_index)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field

from modelcall.config.paths import OptionalInput, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import TaskFailed
from modelcall.io import atomic_write_jsonl
from modelcall.runners import register
from modelcall.runners.base import Runner

# symbols every usable index has; a build without them is broken, not just different
_MUST_EXIST = (
    "Phaser.Game",
    "Phaser.Scene#add",
    "Phaser.Math.Between",
    "Phaser.Input.Events.POINTER_DOWN",
    "Phaser.Cameras.Scene2D.Camera#setBounds",
)


class ApiIndexConfig(TaskConfig):
    output_path: Annotated[str | None, Output] = Field(
        None, description="where to write the index JSONL; default runs/cache/phaser_api-<version>.jsonl"
    )
    version: str = Field("3.90.0", description="the Phaser release to index; the installed package must be this one")
    phaser_package_dir: Annotated[str | None, OptionalInput] = Field(
        None, description="an installed phaser package folder; default node_modules/phaser of the project or cwd"
    )
    min_entries: int = Field(1000, ge=0, description="fail the task when the index holds fewer entries")


@register
class ApiIndexRunner(Runner[ApiIndexConfig]):
    task_type = "api_index"
    summary = "build the Phaser API index (phaser_api.jsonl) from the pinned npm package"
    config_class = ApiIndexConfig

    def run(self) -> None:
        from modelcall.phaser.api_index import build_api_index, default_index_path

        cfg = self.config
        out = Path(cfg.output_path) if cfg.output_path else default_index_path(cfg.version)
        with self.report.timer("build"):
            result = build_api_index(cfg.phaser_package_dir, cfg.version)
        with self.report.timer("write"):
            atomic_write_jsonl(out, result.records)
        present = {r["symbol_id"] for r in result.records}
        missing = [s for s in _MUST_EXIST if s not in present]
        self.report.count("entries", len(result.records))
        self.report.stage("entries", len(result.records))
        for symbol in missing:
            self.report.failure("checks", "missing_symbol", symbol, "an API every Phaser 3 build has is not in the index")
        self.report.set("version", result.version)
        self.report.set("counts_by_kind", result.counts)
        self.report.set("build_stats", result.stats)
        self.report.set("checks", {s: s in present for s in _MUST_EXIST})
        self.report.artifact("api_index", out)
        self.log.info(
            "indexed Phaser %s: %d entries (%s) -> %s", result.version, len(result.records),
            ", ".join(f"{k} {v}" for k, v in result.counts.items()), out,
        )
        if missing or len(result.records) < cfg.min_entries:
            raise TaskFailed(
                f"the index looks broken: {len(result.records)} entries, missing {missing or 'nothing'}"
            )
