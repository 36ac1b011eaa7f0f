"""Task and model configuration: YAML loading (OmegaConf), typed schemas (pydantic), credentials."""
from modelcall.config.model import ModelConfig, ModelLimits, ModelParams, ModelPricing
from modelcall.config.schema import EnvironmentConfig, StrictModel, TaskConfig

__all__ = [
    "EnvironmentConfig",
    "ModelConfig",
    "ModelLimits",
    "ModelParams",
    "ModelPricing",
    "StrictModel",
    "TaskConfig",
]
