"""sft_train: the LLaMA-Factory YAML it writes, its input checks, and a real LoRA run on a tiny model (CPU)."""
from __future__ import annotations

import importlib.util
import json
import shutil

import pytest
import yaml

from modelcall.errors import InputError
from modelcall.tasks import run_task_mapping
from modelcall.training import choose_datasets, read_train_result


def _task(tmp_path, dataset_dir, **extra):
    mapping = {
        "task_name": "train_test",
        "task_type": "sft_train",
        "model_name_or_path": "Qwen/Qwen2.5-Coder-0.5B",
        "input_path": str(dataset_dir),
        "output_path": str(tmp_path / "adapter"),
        "reports_dir": str(tmp_path / "reports"),
        "progress": False,
    }
    mapping.update(extra)
    return mapping


def test_dry_run_writes_yaml_with_seed_defaults(tmp_path, sft_dataset_dir):
    outcome = run_task_mapping(_task(tmp_path, sft_dataset_dir, dry_run=True), "test")
    assert outcome.exit_code == 0
    doc = yaml.safe_load((tmp_path / "adapter" / "llamafactory_train.yaml").read_text(encoding="utf-8"))
    assert doc["template"] == "qwen" and doc["finetuning_type"] == "lora" and doc["stage"] == "sft"
    assert (doc["lora_rank"], doc["lora_alpha"], doc["lora_dropout"], doc["lora_target"]) == (64, 128, 0.05, "all")
    assert doc["cutoff_len"] == 2048 and doc["learning_rate"] == 5e-5 and doc["num_train_epochs"] == 3.0
    assert doc["lr_scheduler_type"] == "cosine" and doc["warmup_ratio"] == 0.1
    assert doc["dataset"] == "phaser_sft_train" and doc["eval_dataset"] == "phaser_sft_val"
    assert doc["dataset_dir"] == str(sft_dataset_dir.resolve())
    assert doc["model_name_or_path"] == "Qwen/Qwen2.5-Coder-0.5B"
    assert doc["bf16"] is False or doc["fp16"] is False  # never both
    report = json.loads(outcome.report_path.read_text(encoding="utf-8"))
    assert report["training"] == {"dry_run": True}
    assert report["counts"]["examples_phaser_sft_train"] == 20
    assert [(r["stage"], r["count"]) for r in report["funnel"]] == [("train examples", 20), ("phaser_sft_train", 20)]
    assert report["failures"] == []


def test_overrides_and_extra_keys_reach_the_yaml(tmp_path, sft_dataset_dir):
    training = {
        "lora": {"rank": 8, "alpha": 16, "target": ["q_proj", "v_proj"]},
        "precision": "bf16",
        "max_steps": 7,
        "extra": {"flash_attn": "sdpa"},
    }
    run_task_mapping(_task(tmp_path, sft_dataset_dir, dry_run=True, training=training, eval_datasets=[]), "test")
    doc = yaml.safe_load((tmp_path / "adapter" / "llamafactory_train.yaml").read_text(encoding="utf-8"))
    assert doc["lora_rank"] == 8 and doc["lora_target"] == "q_proj,v_proj"
    assert doc["bf16"] is True and doc["fp16"] is False
    assert doc["max_steps"] == 7 and doc["flash_attn"] == "sdpa"
    assert "eval_dataset" not in doc


def test_dataset_problems_are_input_errors(tmp_path, sft_dataset_dir):
    with pytest.raises(InputError, match="dataset_info.json: not found"):
        choose_datasets(tmp_path / "nowhere")
    with pytest.raises(InputError, match="no dataset named 'nope'.*phaser_sft_train"):
        choose_datasets(sft_dataset_dir, train=["nope"])
    copy = tmp_path / "copy"
    shutil.copytree(sft_dataset_dir, copy)
    (copy / "train.jsonl").unlink()
    with pytest.raises(InputError, match="train.jsonl is missing"):
        choose_datasets(copy)


def test_bad_config_key_exits_2(tmp_path, sft_dataset_dir):
    from modelcall.errors import ConfigError

    with pytest.raises(ConfigError, match="lora_rank"):
        run_task_mapping(_task(tmp_path, sft_dataset_dir, training={"lora_rank": 8}), "test")


@pytest.mark.skipif(importlib.util.find_spec("llamafactory") is None, reason="needs the train extra")
def test_lora_training_on_tiny_model_cpu(tmp_path, tiny_model_dir, sft_dataset_dir):
    training = {
        "lora": {"rank": 8, "alpha": 16},
        "cutoff_len": 192,
        "per_device_train_batch_size": 4,
        "per_device_eval_batch_size": 4,
        "gradient_accumulation_steps": 1,
        "learning_rate": 5e-3,
        "num_train_epochs": 2,
        "warmup_ratio": 0.0,
        "logging_steps": 1,
        "eval_steps": 5,
        "save_steps": 5,
        "precision": "fp32",
    }
    task = _task(tmp_path, sft_dataset_dir, model_name_or_path=str(tiny_model_dir), training=training)
    outcome = run_task_mapping(task, "test")
    assert outcome.exit_code == 0
    report = json.loads(outcome.report_path.read_text(encoding="utf-8"))
    result = report["training"]
    out = tmp_path / "adapter"
    assert result["adapter_path"] == str(out)
    assert (out / "adapter_model.safetensors").stat().st_size > 0
    adapter_cfg = json.loads((out / "adapter_config.json").read_text(encoding="utf-8"))
    assert adapter_cfg["r"] == 8 and adapter_cfg["lora_alpha"] == 16
    assert result["steps"] == 10 and result["total_steps"] == 10  # 20 examples / batch 4 * 2 epochs
    losses = [point["loss"] for point in result["loss_curve"]]
    assert len(losses) == 10 and all(loss > 0 for loss in losses)
    assert report["counts"]["examples_phaser_sft_train"] == 20
    assert losses[-1] < losses[0]  # it learned something from the repeated pattern
    assert result["final_loss"] == losses[-1] and result["train_loss"] > 0
    assert result["eval_loss"] is not None
    assert [p.rsplit("-", 1)[-1] for p in result["checkpoints"]] == ["5", "10"]
    assert read_train_result(out).adapter_path == str(out)
    assert report["artifacts"]["adapter"] == str(out)


def test_missing_cli_is_a_user_error_and_a_failing_run_is_task_failed(tmp_path, sft_dataset_dir):
    from modelcall.errors import TaskFailed, UserError

    with pytest.raises(UserError, match="'no-such-llamafactory' not found: install the train extra"):
        run_task_mapping(_task(tmp_path, sft_dataset_dir, llamafactory_cli="no-such-llamafactory"), "test")
    # /bin/false stands in for a training process that dies: exit status and tail reach the error
    with pytest.raises(TaskFailed, match="llamafactory-cli train exited with 1"):
        run_task_mapping(_task(tmp_path, sft_dataset_dir, llamafactory_cli="false"), "test")
    report = json.loads((tmp_path / "reports" / "train_test.json").read_text(encoding="utf-8"))
    assert report["status"] == "failed" and report["artifacts"]["llamafactory_yaml"].endswith(".yaml")


def test_log_streaming_keeps_loss_lines_at_info():
    import logging
    from collections import deque

    from modelcall.training.launcher import _emit, log

    class Keep(logging.Handler):  # the modelcall logger does not propagate once a task ran, so no caplog
        def __init__(self):
            super().__init__(logging.DEBUG)
            self.records: list[logging.LogRecord] = []

        def emit(self, record):
            self.records.append(record)

    keep, level = Keep(), log.level
    log.addHandler(keep)
    log.setLevel(logging.DEBUG)
    tail: deque[str] = deque(maxlen=5)
    try:
        _emit(" 40%|████      | 2/5 [00:01<00:02, 1.2it/s]   {'loss': '5.677', 'epoch': '0.4'}", tail)
        _emit("\x1b[A{'eval_loss': '6.0'}", tail)
        _emit(" 60%|██████    | 3/5 [00:02<00:01, 1.2it/s]", tail)
    finally:
        log.removeHandler(keep)
        log.setLevel(level)
    info = [r.getMessage() for r in keep.records if r.levelno == logging.INFO]
    assert info == ["[llamafactory] {'loss': '5.677', 'epoch': '0.4'}", "[llamafactory] {'eval_loss': '6.0'}"]
    assert sum(r.levelno == logging.DEBUG for r in keep.records) == 2 and len(tail) == 3


def test_a_local_model_path_that_does_not_exist_is_an_input_error(tmp_path, sft_dataset_dir):
    for missing in (str(tmp_path / "no_model"), "runs/train_eval/tiny_qwn", "./tiny"):
        with pytest.raises(InputError, match=r"model_name_or_path.*not found"):
            run_task_mapping(_task(tmp_path, sft_dataset_dir, model_name_or_path=missing, llamafactory_cli="true"), "test")
    # a hub name, or any path in a dry run (the YAML may be meant for another machine), is left to LLaMA-Factory
    assert run_task_mapping(_task(tmp_path, sft_dataset_dir, model_name_or_path=str(tmp_path / "no_model"),
                                  dry_run=True), "test").exit_code == 0


def test_dry_run_warns_when_auto_precision_falls_back_to_fp32(tmp_path, sft_dataset_dir, monkeypatch, capsys):
    monkeypatch.setattr("modelcall.training.yaml_builder.resolve_precision", lambda precision: "fp32")
    run_task_mapping(_task(tmp_path, sft_dataset_dir, dry_run=True), "test")
    assert "precision auto chose fp32" in capsys.readouterr().err
    run_task_mapping(_task(tmp_path, sft_dataset_dir, dry_run=True, training={"precision": "bf16"}), "test")
    assert "precision auto" not in capsys.readouterr().err
