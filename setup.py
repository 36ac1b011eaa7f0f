"""modelcall: config-driven task runner that builds SFT datasets by teacher distillation."""
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent

setup(
    name="modelcall",
    version="0.1.0",
    description="Config-driven task runner that builds SFT datasets by teacher distillation",
    long_description=(HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else "",
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    packages=find_packages(include=["modelcall", "modelcall.*"]),
    include_package_data=True,
    package_data={"modelcall": ["data/*", "data/**/*", "validator/*.js", "validator/data/*.json", "templates/*.j2"]},
    install_requires=[
        "omegaconf>=2.3",
        "pydantic>=2.6",
        "python-dotenv>=1.0",
        "tqdm>=4.66",
        "orjson>=3.9",
        "anthropic[aiohttp]>=0.40",
        "openai[aiohttp]>=1.50",
        "aiohttp>=3.9",
        "httpx>=0.27",  # the reward client
        "rank-bm25>=0.2.2",
        "numpy>=1.24",  # BM25 postings (rank-bm25 needs it too)
        "PyYAML>=6.0",  # prompt templates and the retrieval glossary
        "datasketch>=2.0",  # MinHash(scheme="affine32") for select / sft_build near-duplicates
        "Pygments>=2.15",  # code highlighting on the review page
        "psutil>=5.9",
        "Jinja2>=3.1",  # HTML pages from autoescaped templates (run report, review page, evaluation, reward view)
        "matplotlib>=3.7",  # plots in the reward HTML view
    ],
    extras_require={
        # headless-browser runtime checks (L3) and the review page test
        "runtime": ["playwright>=1.45"],
        # LoRA training and local inference; install torch==2.13.0 first on CPU machines.
        # torchvision is pinned to torch 2.13's build: an unpinned one drags in a newer torch + CUDA wheels.
        "train": [
            "llamafactory==0.9.5",
            "torchvision==0.28.0",
            "transformers>=4.55,<=5.6.0",
            "peft>=0.18,<=0.18.1",
            # GRPO (the reward tests): 0.24.0 is the newest LLaMA-Factory 0.9.5 accepts; modelcall.training.grpo bridges it to transformers 5
            "trl==0.24.0",
            "accelerate",
            "datasets",
        ],
        "dev": ["pytest>=8", "pytest-timeout", "ruff", "vulture>=2.11", "mkdocs>=1.6"],
    },
    entry_points={"console_scripts": ["modelcall=modelcall.cli:main"]},
)
