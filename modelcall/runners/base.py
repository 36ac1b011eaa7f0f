"""The Runner base class: every task type reads as load -> transform -> write + report."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from modelcall.config.schema import TaskConfig
from modelcall.reporting import TaskReport

ConfigT = TypeVar("ConfigT", bound=TaskConfig)


@dataclass(frozen=True)
class Chunking:
    """How ``batch_submit`` may run a task on chunks: it reads one JSONL and writes one JSONL keyed by an id.

    ``input_key``/``output_key`` name the config keys that get each chunk's input and output paths;
    ``id_key`` is the output records' id (merged outputs are deduplicated by it). ``link_key`` is the output
    field naming the input record it answers (default: ``id_key``) and ``input_id_keys`` the input fields that
    hold that value (first present wins; default: ``link_key``): the merge writes outputs in input order and
    reports the input records without any output. ``split_id_keys`` identify an input record when splitting
    (a repeated one is dropped; default: ``input_id_keys``). ``pages_key`` is the dotted key of browser pages per job.
    ``position_key``: an output field holding the record's index in the input, unless the input record has it;
    the split writes each record's index in the whole input there, so chunk outputs number as one run would.
    ``group_keys``: input records with the same value (first present) belong together (adjacent ones never
    land in two chunks; default: ``split_id_keys``), e.g. the completions of one prompt whose rewards are
    normalised as a group.
    ``appends``: the runner appends to its output and resumes (a rerun skips ids already there), so records come
    in completion order and an id may repeat: the split submits an input id once, the merge keeps the first
    record per id and writes them in input order. Otherwise the output is written whole, in input order, one
    record per input record (a repeated input id included): every chunk is kept as it is, and the merged file
    is what one process would write.
    """

    input_key: str = "input_path"
    output_key: str = "output_path"
    id_key: str = "request_id"
    link_key: str | None = None
    input_id_keys: tuple[str, ...] = ()
    split_id_keys: tuple[str, ...] = ()
    pages_key: str | None = None
    position_key: str | None = None
    group_keys: tuple[str, ...] = ()
    appends: bool = False

    @property
    def link(self) -> str:
        return self.link_key or self.id_key

    @property
    def input_ids(self) -> tuple[str, ...]:
        return self.input_id_keys or (self.link,)

    @property
    def split_ids(self) -> tuple[str, ...]:
        return self.split_id_keys or self.input_ids

    @property
    def groups(self) -> tuple[str, ...]:
        return self.group_keys or self.split_ids


class Runner(Generic[ConfigT]):
    """Subclass, set the three class attributes, implement :meth:`run`, and decorate with ``@register``.

    ``run`` raises :class:`modelcall.errors.UserError` for bad input (exit 2) and
    :class:`modelcall.errors.TaskFailed` when the task ran but failed (exit 1). Counters,
    timings and sections go into ``self.report``; the framework writes it atomically.
    """

    task_type: ClassVar[str]
    summary: ClassVar[str]
    config_class: ClassVar[type[TaskConfig]]
    # set on tasks that batch_submit can spread over chunks (see Chunking)
    chunking: ClassVar[Chunking | None] = None

    def __init__(self, config: ConfigT, report: TaskReport, source: str = "<inline>", debug: bool = False):
        self.config = config
        self.report = report
        self.source = source
        self.debug = debug
        self.log = logging.getLogger(f"modelcall.{self.task_type}")

    def run(self) -> None:
        raise NotImplementedError

    @classmethod
    def job_environment_problems(cls, config: TaskConfig) -> list[str]:
        """What a cluster job running this task would lack (checked once before submitting): one line each."""
        return []

    def output_locks(self) -> list[tuple[str, str]]:
        """``(config key, path)`` of the outputs this run owns; each is locked while it runs (one writer per output)."""
        return [(key, value) for key in ("output_path", "output_dir")
                if isinstance(value := getattr(self.config, key, None), str) and value]
