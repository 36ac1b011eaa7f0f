"""modelcall: a config-driven task runner that builds SFT datasets by teacher distillation."""

__version__ = "0.1.0"
