"""Every runner's schema declares which paths it reads and writes; the pipeline relies on nothing else."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import Field

from modelcall.config.paths import Input, Output, declared_paths, nested_sections, path_like, role_of
from modelcall.config.schema import TaskConfig
from modelcall.pipeline.state import fingerprint, input_paths, output_paths
from modelcall.runners import _REGISTRY, all_runners, register
from modelcall.runners.base import Runner
from modelcall.tasks import run_task_mapping

RUNNERS = all_runners()
HOW = ("mark it in the schema, e.g. `input_path: Annotated[str, Input] = Field(...)` or `Annotated[str | None, Output]` "
       "(roles: Input, OptionalInput, Output, External in modelcall/config/paths.py), so a pipeline can fingerprint, "
       "pre-check and link the step")


@pytest.mark.parametrize("task_type", sorted(RUNNERS))
def test_runner_declares_its_inputs_and_outputs(task_type):
    schema = RUNNERS[task_type].config_class
    own = [(owner, key, role_of(field)) for owner, key, field in nested_sections(schema)
           if role_of(field) is not None and key not in TaskConfig.model_fields]
    assert own, f"runner '{task_type}' ({schema.__name__}) declares no input or output path: {HOW}"


@pytest.mark.parametrize("task_type", sorted(RUNNERS))
def test_every_path_key_has_a_role(task_type):
    schema = RUNNERS[task_type].config_class
    unmarked = [f"{owner}.{key}" for owner, key, field in nested_sections(schema)
                if path_like(key) and role_of(field) is None]
    assert not unmarked, f"runner '{task_type}': path keys without a role: {', '.join(unmarked)}: {HOW}"


def _declared(task_type: str, **keys):
    config = RUNNERS[task_type].config_class.model_validate({"task_name": "t", "task_type": task_type, **keys})
    return list(declared_paths(config))


def test_repair_fingerprints_raw_outputs_and_not_its_outputs(tmp_path):
    files = {k: tmp_path / f"{k}.jsonl" for k in ("input_path", "requests_path", "raw_outputs_path")}
    for path in files.values():
        path.write_text("{}\n", encoding="utf-8")
    declared = _declared("repair", **{k: str(v) for k, v in files.items()},
                         output_path=str(tmp_path / "out.jsonl"), repairs_path=str(tmp_path / "repairs.jsonl"),
                         model_config={"provider": "mock", "model": "m"})
    outputs = output_paths(declared)
    assert sorted(input_paths(declared, outputs)) == sorted(str(p) for p in files.values())
    assert str(tmp_path / "repairs.jsonl") in outputs and str(tmp_path / "out.jsonl") in outputs
    before, _ = fingerprint({}, declared, outputs)
    files["raw_outputs_path"].write_text('{"changed": 1}\n', encoding="utf-8")
    assert fingerprint({}, declared, outputs)[0] != before  # a changed raw outputs file reruns repair
    (tmp_path / "repairs.jsonl").write_text("written by the step\n", encoding="utf-8")
    assert str(tmp_path / "repairs.jsonl") not in input_paths(declared, set())


def test_variants_requests_out_path_is_an_output():
    declared = _declared("variants_on_demand", input_path="v.jsonl", requests_path="r.jsonl", output_path="o.jsonl",
                         requests_out_path="more_requests.jsonl", model_config={"provider": "mock", "model": "m"})
    roles = {d.key: d.role for d in declared}
    assert roles["requests_out_path"] is Output and roles["requests_path"] is Input
    assert "more_requests.jsonl" not in input_paths(declared, set())


def test_sections_and_lists_of_sections_are_walked():
    declared = _declared("sft_build", input_path="s.jsonl", output_dir="sft",
                         supplements=[{"path": "a.jsonl", "source": "x"}], validator={"hints": {"rules_path": "r.json"}})
    keys = {d.key: d.role for d in declared}
    assert keys["supplements[0].path"] is Input and keys["validator.hints.rules_path"] is Input
    assert keys["validator.cache_path"] is Output


class _UpperConfig(TaskConfig):
    source_file: Annotated[str, Input] = Field(description="text in")
    target_file: Annotated[str, Output] = Field(description="text out")


class _UpperRunner(Runner[_UpperConfig]):
    task_type = "test_upper"
    summary = "upper-case a file (a runner the pipeline has never heard of)"
    config_class = _UpperConfig

    def run(self) -> None:
        text = Path(self.config.source_file).read_text(encoding="utf-8")
        Path(self.config.target_file).write_text(text.upper(), encoding="utf-8")
        self.report.artifact("output", self.config.target_file)


@pytest.fixture
def upper_runner():
    register(_UpperRunner)
    yield
    _REGISTRY.pop("test_upper", None)


def test_a_new_runner_works_in_a_pipeline_from_its_marks_alone(tmp_path, upper_runner):
    src = tmp_path / "a.txt"
    src.write_text("hello\n", encoding="utf-8")
    pipe = {
        "task_name": "p", "task_type": "pipeline", "progress": False, "reports_dir": str(tmp_path / "reports"),
        "state_dir": str(tmp_path / "state"),
        "steps": [
            {"name": "one", "task": {"task_type": "test_upper", "source_file": str(src), "target_file": str(tmp_path / "b.txt")}},
            {"name": "two", "task": {"task_type": "test_upper", "source_file": "{{steps.one.target_file}}",
                                     "target_file": str(tmp_path / "c.txt")}},
        ],
    }

    def statuses():
        outcome = run_task_mapping(json.loads(json.dumps(pipe)), "test")
        return [s["status"] for s in outcome.report.sections["steps"]]

    assert statuses() == ["ran", "ran"]  # step two's input does not exist yet: an earlier step writes it
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == "HELLO\n"
    assert statuses() == ["skipped", "skipped"]
    src.write_text("changed\n", encoding="utf-8")
    assert statuses() == ["ran", "ran"]
    (tmp_path / "b.txt").write_text("edited by hand\n", encoding="utf-8")
    assert statuses() == ["skipped", "ran"]  # step two's input (step one's output) changed
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == "EDITED BY HAND\n"
