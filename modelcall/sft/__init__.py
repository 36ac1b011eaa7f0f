"""sft_build: selected candidates (+ validated supplement pairs) -> a LLaMA-Factory alpaca dataset.

``templates`` renders instruction/input/system from a prompt seed with a template file (zh or en);
``records`` writes the output in the configured teacher contract; ``split`` assigns whole prompts to
train/val/test, stratified by difficulty x modules; ``llamafactory`` writes and reads
``dataset_info.json`` the way LLaMA-Factory does.
"""
