"""The validator as a reward for GRPO-style training: components, gates, group-normalised advantages.

    from modelcall.reward import RewardConfig, RewardScorer, group_advantages
    with RewardScorer(RewardConfig()) as scorer:
        rewards = scorer.score([{"text": completion, "prompt_meta": seed}, ...])   # {total, components, gates, ...}
    advantages = group_advantages([r["total"] for r in rewards], prompt_ids)

The same scorer runs in the ``reward`` task type and behind ``python -m modelcall reward-server``;
:mod:`modelcall.reward.client` calls servers from a trainer (TRL ``reward_funcs``, verl ``compute_score``).
"""
from modelcall.reward.advantage import group_advantages
from modelcall.reward.config import RewardConfig
from modelcall.reward.scorer import RewardScorer, candidate_of, completion_key
from modelcall.reward.scoring import COMPONENTS, reward_of

__all__ = ["COMPONENTS", "RewardConfig", "RewardScorer", "candidate_of", "completion_key", "group_advantages", "reward_of"]
