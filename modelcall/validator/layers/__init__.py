"""The four validator layers, one module each, behind the small :class:`~modelcall.validator.layers.base.Layer` interface."""
from modelcall.validator.layers.api import ApiLayer
from modelcall.validator.layers.base import Issue, Layer, LayerResult, Sample
from modelcall.validator.layers.lint import LintLayer
from modelcall.validator.layers.runtime import RuntimeLayer
from modelcall.validator.layers.taskfit import TaskFitLayer

__all__ = ["ApiLayer", "Issue", "Layer", "LayerResult", "LintLayer", "RuntimeLayer", "Sample", "TaskFitLayer"]
