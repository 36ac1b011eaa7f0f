"""The Runner base class: every task type reads as load -> transform -> write + report."""
from __future__ import annotations

import logging
from typing import ClassVar, Generic, TypeVar

from modelcall.config.schema import TaskConfig
from modelcall.reporting import TaskReport

ConfigT = TypeVar("ConfigT", bound=TaskConfig)


class Runner(Generic[ConfigT]):
    """Subclass, set the three class attributes, implement :meth:`run`, and decorate with ``@register``.

    ``run`` raises :class:`modelcall.errors.UserError` for bad input (exit 2) and
    :class:`modelcall.errors.TaskFailed` when the task ran but failed (exit 1). Counters,
    timings and sections go into ``self.report``; the framework writes it atomically.
    """

    task_type: ClassVar[str]
    summary: ClassVar[str]
    config_class: ClassVar[type[TaskConfig]]

    def __init__(self, config: ConfigT, report: TaskReport, source: str = "<inline>", debug: bool = False):
        self.config = config
        self.report = report
        self.source = source
        self.debug = debug
        self.log = logging.getLogger(f"modelcall.{self.task_type}")

    def run(self) -> None:
        raise NotImplementedError
