"""Fixtures for the Phaser inputs: the API index built once per session from the installed package."""
from __future__ import annotations

import pytest

from modelcall.phaser.api_index import ApiIndex, build_api_index, find_phaser_package


@pytest.fixture(scope="session")
def phaser_build():
    try:
        find_phaser_package()
    except Exception as exc:  # noqa: BLE001 - the message says what to install
        pytest.skip(f"node_modules/phaser is not installed: {exc}")
    return build_api_index(version="3.90.0")


@pytest.fixture(scope="session")
def api_index_path(phaser_build, tmp_path_factory):
    from modelcall.io import atomic_write_jsonl

    path = tmp_path_factory.mktemp("api") / "phaser_api-3.90.0.jsonl"
    atomic_write_jsonl(path, phaser_build.records)
    return path


@pytest.fixture(scope="session")
def api_index(phaser_build) -> ApiIndex:
    return ApiIndex(phaser_build.records)
