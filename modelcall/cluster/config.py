"""Config sections of ``batch_submit`` and ``merge_results`` (one schema: keys, defaults, docs)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from modelcall.cluster.jobs import DEFAULT_COMMAND
from modelcall.config.paths import External, Input, Output
from modelcall.config.schema import StrictModel, TaskConfig


class SplitSettings(StrictModel):
    num_chunks: int | None = Field(None, ge=1, description="split the input into this many near-equal chunks")
    chunk_size: int | None = Field(None, ge=1, description="or: this many requests per chunk")

    @model_validator(mode="after")
    def _one_way(self) -> SplitSettings:
        if (self.num_chunks is None) == (self.chunk_size is None):
            raise ValueError("set exactly one of split.num_chunks and split.chunk_size")
        return self


class JobSettings(StrictModel):
    command: list[str] = Field(
        default_factory=lambda: list(DEFAULT_COMMAND),
        description="argv of each job; placeholders {python} {input_path} {output_path} {output_dir} "
        "{model_config} {model} {chunk} {concurrency} {batch_size} {attempt} (with task: {task_config} "
        "{input_key} {output_key}); default: the generation CLI, or run-task with task",
    )
    extra_args: list[str] = Field(default_factory=list, description="appended to the command (e.g. --retry-errors)")
    concurrency: int = Field(16, ge=1, description="--concurrency of each job")
    batch_size: int = Field(64, ge=1, description="--batch-size of each job")
    output_name: str = Field("raw_outputs.jsonl", description="file name of each job's output in its chunk folder")
    env_file: str | list[str] | None = Field(
        None, description="dotenv file(s) the worker loads on the node (API keys, cluster credentials)"
    )
    python: str | None = Field(None, description="python on the nodes; default: the one running batch_submit")
    workdir: str | None = Field(None, description="working directory of the jobs; default: the current one")


class LocalSettings(StrictModel):
    max_parallel: int = Field(2, ge=1, description="jobs run at once on this machine")


class SlurmSettings(StrictModel):
    partition: str | None = Field(None, description="sbatch --partition")
    cpus_per_task: int = Field(1, ge=1, description="sbatch --cpus-per-task")
    mem: str | None = Field(None, description="sbatch --mem, e.g. 4G")
    time: str | None = Field(None, description="sbatch --time, e.g. 04:00:00")
    account: str | None = None
    qos: str | None = None
    array_throttle: int | None = Field(None, ge=1, description="at most N array tasks at once (--array=0-K%N)")
    job_name: str | None = Field(None, description="default: the batch name")
    extra_directives: list[str] = Field(default_factory=list, description="more #SBATCH lines, e.g. '--exclusive'")
    setup_lines: list[str] = Field(
        default_factory=list, description="shell lines run before the worker (module load, source venv/bin/activate)"
    )
    jobcomp_log: str | None = Field(None, description="jobcomp/filetxt file; default: JobCompLoc from scontrol")


class SiflowInstance(StrictModel):
    name: str = Field(description="instance type name in the resource pool, e.g. sci.c22-2")
    count_per_pod: int = Field(1, ge=1)


class SiflowVolume(StrictModel):
    volume_name: str = Field(description="the SiFlow volume")
    mount_dir: Annotated[str, External] = Field(description="where the task sees it")


class SiflowSettings(StrictModel):
    region: str = Field("", description="SiFlow region, e.g. cn-shanghai")
    cluster: str = Field("", description="SiFlow cluster")
    access_key_id_env: str = Field("SIFLOW_ACCESS_KEY_ID", description="NAME of the variable holding the key id")
    access_key_secret_env: str = Field("SIFLOW_ACCESS_KEY_SECRET", description="NAME of the variable holding the secret")
    image: str = Field("", description="image name (with modelcall installed)")
    image_version: str = Field("latest")
    image_url: str | None = Field(None, description="full registry URL of a custom image")
    image_type: str | None = Field(None, description="e.g. custom")
    resource_pool: str = Field("")
    instances: list[SiflowInstance] = Field(default_factory=list)
    workers: int = Field(0, ge=0, description="extra pods besides the master (nodes - 1); a job needs one pod")
    priority: str = Field("medium")
    guarantee: bool = False
    volumes: list[SiflowVolume] = Field(default_factory=list, description="shared volumes (the run folder must be on one)")
    task_env: dict[str, str] = Field(default_factory=dict, description="plain (non-secret) environment of the tasks")
    secret_env_vars: list[str] = Field(
        default_factory=list,
        description="NAMES of variables (from the env file or shell) passed to the tasks as hidden env (API keys)",
    )
    labels: dict[str, str] = Field(default_factory=dict)
    name_prefix: str = Field("modelcall", description="task name prefix (SiFlow keeps 35 characters)")
    workdir: str | None = Field(None, description="project folder inside the container; default: job.workdir")
    python: str | None = Field("python", description="python inside the image")


class ChunkTaskSettings(StrictModel):
    """The task each chunk job runs (``python -m modelcall run-task`` with the chunk's input and output paths)."""

    config_path: Annotated[str | None, Input] = Field(None, description="the task YAML (e.g. configs/tasks/filter/filter.yaml)")
    config: dict[str, Any] | None = Field(None, description="or: the task written inline (task_type + its keys)")
    alias: str | None = Field(None, description="folder of its chunk outputs in the run folder; default: its task_name")
    input_key: str | None = Field(None, description="key that gets each chunk's input path; default: the task type's own")
    output_key: str | None = Field(None, description="key that gets each chunk's output path; default: the task type's own")
    id_key: str | None = Field(
        None, description="the output records' id (merge dedup, input order, missing report); default: the task type's own"
    )
    overrides: dict[str, Any] = Field(
        default_factory=dict,
        description="dotted keys set on every chunk job; string values may use {output_dir} {chunk} {attempt} "
        "(e.g. passed_path: '{output_dir}/passed.jsonl')",
    )
    browser_pages: int | None = Field(None, ge=1, description="filter: browser pages per job (validator.runtime.pages)")
    check_environment: bool = Field(
        True, description="before submitting, check once that a job would find what the task needs (config, keys, "
        "node_modules, Chromium, ...)"
    )

    @model_validator(mode="after")
    def _one_source(self) -> ChunkTaskSettings:
        if (self.config_path is None) == (self.config is None):
            raise ValueError("set exactly one of task.config_path (a task YAML) and task.config (inline)")
        return self


class PostProcessing(StrictModel):
    auto_merge: bool = Field(True, description="with wait: true, run merge_results when the jobs are done")
    merged_dir: Annotated[str | None, Output] = Field(None, description="where merged files go; default: output_base_dir")


class BatchSubmitConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="the JSONL to spread over jobs (requests; or the input of `task`)")
    output_base_dir: Annotated[str, Output] = Field(description="run folder: manifest.json, chunks/, <model>/<chunk>/, logs/, jobs/")
    models: list[str | dict[str, Any]] = Field(
        default_factory=list,
        description="generation: model configs (paths to configs/models/*.yaml or inline mappings); one job per chunk x model",
    )
    task: ChunkTaskSettings | None = Field(
        None, description="instead of models: run this task (filter, parse, infer, ...) on every chunk"
    )
    output_path: Annotated[str | None, Output] = Field(
        None, description="with task: the merged output; default <merged_dir or output_base_dir>/<alias>_merged.jsonl"
    )
    split: SplitSettings = Field(default_factory=lambda: SplitSettings(num_chunks=4))
    backend: Literal["local", "slurm", "siflow"] = Field("local", description="where jobs run")
    job: JobSettings = Field(default_factory=JobSettings)
    local: LocalSettings = Field(default_factory=LocalSettings)
    slurm: SlurmSettings = Field(default_factory=SlurmSettings)
    siflow: SiflowSettings = Field(default_factory=SiflowSettings)
    action: Literal["submit", "status", "cancel"] = Field(
        "submit",
        description="submit: what is missing; status: refresh and print every job's state; cancel: stop running jobs",
    )
    dry_run: bool = Field(False, description="print what would be submitted; submit nothing, write no manifest")
    resubmit_failed: bool = Field(False, description="also resubmit chunks whose job failed (attempt + 1)")
    resubmit_chunks: list[str] = Field(
        default_factory=list,
        description="force these chunks ('chunk_00003' for every model, or 'model/chunk_00003') to run again, "
        "complete or not (e.g. with job.extra_args=[--retry-errors]); running ones are left alone",
    )
    wait: bool = Field(False, description="follow the jobs with a progress bar until all finish")
    poll_interval_s: float = Field(10.0, gt=0, description="seconds between status checks while waiting")
    wait_timeout_s: float | None = Field(None, gt=0, description="give up waiting after this long (jobs keep running)")
    post_processing: PostProcessing = Field(default_factory=PostProcessing)

    @model_validator(mode="after")
    def _models_or_task(self) -> BatchSubmitConfig:
        if bool(self.models) == (self.task is not None):
            raise ValueError("set exactly one of models (a distillation: one job per chunk x model) and task "
                             "(another task run on every chunk)")
        if self.output_path is not None and self.task is None:
            raise ValueError("output_path is for a task run (the merged output); a distillation merges per model")
        return self


class MergeResultsConfig(TaskConfig):
    output_base_dir: Annotated[str, Input] = Field(description="the batch_submit run folder to scan (<model>/<chunk>/)")
    output_dir: Annotated[str | None, Output] = Field(None, description="where <model>_merged.jsonl goes; default: output_base_dir")
    models: list[str] | None = Field(None, description="model aliases to merge; default: every model folder found")
    output_name: str = Field("raw_outputs.jsonl", description="per-chunk output file name")
    errors_name: str | None = Field(
        None, description="per-chunk error file name; default: <output stem>.errors.jsonl, else errors.jsonl"
    )
    max_listed_missing: int = Field(20, ge=0, description="missing request_ids listed per chunk in the report")
    dedup_scope: Literal["chunk", "run"] = Field(
        "chunk",
        description="chunk: dedup within each chunk (memory bounded by a chunk; the split never repeats an id "
        "across chunks); run: also across chunks (holds every request_id in memory)",
    )
