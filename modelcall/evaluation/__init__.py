"""Evaluation of a trained (or any) model: eval prompt sets, local inference, and metrics.

- ``eval_set``: IID/OOD prompt sets from seeds with a leakage check against the SFT train split.
- ``hf_infer``: batched sampling from a local Hugging Face model (optionally with a LoRA adapter).
- ``metrics``: pass@k (unbiased estimator), structure / API / lint / crash rates with breakdowns, thresholds.
- ``compare``: two runs side by side (JSON rows and a self-contained HTML table).
"""
