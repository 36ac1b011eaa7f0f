"""jsonl_split: split one JSONL file into N chunks, or into chunks of M lines."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError
from modelcall.io import AtomicWriter, ReadStats, count_lines, dumps_line, read_jsonl
from modelcall.progress import progress_bar
from modelcall.runners import register
from modelcall.runners.base import Runner


class JsonlSplitConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="the JSONL file to split")
    output_dir: Annotated[str, Output] = Field(description="folder for the chunk files <prefix>_<00000>.jsonl")
    num_chunks: int | None = Field(None, ge=1, description="split into this many chunks (contiguous, near-equal)")
    chunk_size: int | None = Field(None, ge=1, description="or: this many records per chunk")
    prefix: str = Field("chunk", description="chunk file name prefix")

    @model_validator(mode="after")
    def _one_way(self) -> JsonlSplitConfig:
        if (self.num_chunks is None) == (self.chunk_size is None):
            raise ValueError("set exactly one of num_chunks and chunk_size")
        return self


def chunk_sizes(total: int, num_chunks: int | None, chunk_size: int | None) -> list[int]:
    """Records per chunk: near-equal contiguous chunks (sizes differ by at most one), or fixed size."""
    if chunk_size is not None:
        return [chunk_size] * max(1, math.ceil(total / chunk_size))
    assert num_chunks is not None
    count = max(1, min(num_chunks, total))
    base, extra = divmod(total, count)
    return [base + (1 if i < extra else 0) for i in range(count)]


def chunk_path(output_dir: str | Path, prefix: str, index: int) -> Path:
    return Path(output_dir) / f"{prefix}_{index:05d}.jsonl"


@register
class JsonlSplitRunner(Runner[JsonlSplitConfig]):
    task_type = "jsonl_split"
    summary = "split a JSONL file into N chunks or chunks of M records"
    config_class = JsonlSplitConfig

    def run(self) -> None:
        cfg = self.config
        total = 0
        if Path(cfg.input_path).exists():
            # chunk sizes need the records, not the lines, when bad lines are skipped
            skipping = cfg.num_chunks is not None and cfg.on_bad_line == "skip"
            total = sum(1 for _ in read_jsonl(cfg.input_path, "skip", ReadStats())) if skipping else count_lines(cfg.input_path)
        sizes = chunk_sizes(total, cfg.num_chunks, cfg.chunk_size)
        if total == 0 and Path(cfg.input_path).exists():
            raise InputError(f"{cfg.input_path}: the file holds no records, nothing to split")

        stats = ReadStats()
        chunks: list[dict] = []
        writer: AtomicWriter | None = None
        handle = None
        in_chunk = 0
        with progress_bar(total=total, desc="split", unit="rec") as bar:
            for record in read_jsonl(cfg.input_path, cfg.on_bad_line, stats):
                if handle is None or (in_chunk >= sizes[len(chunks) - 1] and len(chunks) < len(sizes)):
                    if writer is not None:
                        writer.__exit__(None, None, None)
                    path = chunk_path(cfg.output_dir, cfg.prefix, len(chunks))
                    writer = AtomicWriter(path)
                    handle = writer.__enter__()
                    chunks.append({"path": str(path), "records": 0})
                    in_chunk = 0
                handle.write(dumps_line(record))
                in_chunk += 1
                chunks[-1]["records"] += 1
                bar.update(1)
        if writer is not None:
            writer.__exit__(None, None, None)

        self.report.stage("records in", stats.records)
        for chunk in chunks:
            self.report.stage(Path(chunk["path"]).name, chunk["records"], part_of="records in")
        if stats.skipped:
            self.report.failure("read", "bad_line", n=stats.skipped)
        self.report.count("records_in", stats.records)
        self.report.count("chunks", len(chunks))
        self.report.count("skipped_bad_lines", stats.skipped)
        self.report.set("input", stats.as_dict())
        self.report.set("chunks", chunks)
        self.report.artifact("chunks", cfg.output_dir)
        self.log.info("split %d records into %d chunks under %s", stats.records, len(chunks), cfg.output_dir)
