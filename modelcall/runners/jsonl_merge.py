"""jsonl_merge: merge JSONL files in order, optionally keeping only the first record per key."""
from __future__ import annotations

import glob
from pathlib import Path
from typing import Annotated, Any

import orjson
from pydantic import Field

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError
from modelcall.io import AtomicWriter, ReadStats, count_lines, dumps_line, read_jsonl
from modelcall.progress import progress_bar
from modelcall.runners import register
from modelcall.runners.base import Runner


class JsonlMergeConfig(TaskConfig):
    input_paths: Annotated[list[str], Input] = Field(description="files or glob patterns, merged in the order given (globs sorted)")
    output_path: Annotated[str, Output] = Field(description="the merged JSONL file (written atomically)")
    dedup_key: str | None = Field(None, description="dotted key (e.g. request_id); keep the first record per value")


def expand_inputs(patterns: list[str]) -> list[Path]:
    """Files named by paths or glob patterns, each once, in the order given."""
    paths: list[Path] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matches:
            raise InputError(f"{pattern}: no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path not in paths:
                paths.append(path)
    return paths


def get_dotted(record: dict[str, Any], key: str) -> Any:
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


@register
class JsonlMergeRunner(Runner[JsonlMergeConfig]):
    task_type = "jsonl_merge"
    summary = "merge JSONL files, optionally deduplicated by a key (first one wins)"
    config_class = JsonlMergeConfig

    def run(self) -> None:
        cfg = self.config
        inputs = expand_inputs(cfg.input_paths)
        seen: set[str] = set()
        per_file = []
        written = duplicates = missing_key = 0
        total = sum(count_lines(path) for path in inputs)  # for the bar's ETA
        with AtomicWriter(cfg.output_path) as out, progress_bar(total=total, desc="merge", unit="rec") as bar:
            for path in inputs:
                stats = ReadStats()
                for record in read_jsonl(path, cfg.on_bad_line, stats):
                    bar.update(1)
                    if cfg.dedup_key:
                        value = get_dotted(record, cfg.dedup_key)
                        if value is None:
                            missing_key += 1
                        else:
                            # 1 and "1" are different values; {"a":1,"b":2} and {"b":2,"a":1} the same one
                            marker = "s" + value if isinstance(value, str) else "j" + orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
                            if marker in seen:
                                duplicates += 1
                                self.report.failure("dedup", "duplicate", str(value)[:200], f"{cfg.dedup_key} already seen ({path})")
                                continue
                            seen.add(marker)
                    out.write(dumps_line(record))
                    written += 1
                per_file.append({"path": str(path), **stats.as_dict()})

        self.report.stage("records in", sum(f["records"] for f in per_file))
        self.report.stage("records out", written)
        skipped = sum(f["skipped_bad_lines"] for f in per_file)
        if skipped:
            self.report.failure("read", "bad_line", n=skipped)
        self.report.count("files_in", len(inputs))
        self.report.count("records_in", sum(f["records"] for f in per_file))
        self.report.count("records_out", written)
        self.report.count("duplicates_dropped", duplicates)
        self.report.count("records_without_key", missing_key)
        self.report.count("skipped_bad_lines", sum(f["skipped_bad_lines"] for f in per_file))
        self.report.set("inputs", per_file)
        self.report.artifact("merged", cfg.output_path)
        self.log.info(
            "merged %d files into %s: %d records, %d duplicates dropped", len(inputs), cfg.output_path, written, duplicates
        )
