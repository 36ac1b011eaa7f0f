"""LLaMA-Factory's dataset folder format: write ``dataset_info.json``; read a folder back the same way.

:func:`load_alpaca_split` follows LLaMA-Factory's own path (``data/parser.py:get_dataset_list`` ->
``data/loader.py`` file loading -> ``data/converter.py:AlpacaDatasetConverter``) closely enough to
prove a folder trains as it is: the name must be registered, ``file_name`` resolves against
``dataset_dir``, the extension picks the loader, every row must share one column schema (as an Arrow
table would), and rows become ``_prompt``/``_response``/``_system`` the way the converter does it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

DATA_CONFIG = "dataset_info.json"
ALPACA_COLUMNS = {"prompt": "instruction", "query": "input", "response": "output", "system": "system"}
# LLaMA-Factory's FILEEXT2TYPE: which `datasets` builder loads a local file
FILE_TYPES = {"arrow": "arrow", "csv": "csv", "json": "json", "jsonl": "json", "parquet": "parquet", "txt": "text"}


def dataset_info(name: str, files: dict[str, str]) -> dict[str, Any]:
    """Entries ``<name>_<split>`` for each split file (alpaca formatting, explicit column mapping)."""
    return {
        f"{name}_{split}": {"file_name": file_name, "formatting": "alpaca", "columns": dict(ALPACA_COLUMNS)}
        for split, file_name in files.items()
    }


def _schema(value: Any) -> Any:
    """The Arrow-like type of a JSON value (null is compatible with anything)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        inner = {_freeze(_schema(v)) for v in value if v is not None}
        if len(inner) > 1:
            raise ValueError(f"a list mixes types {sorted(map(str, inner))}")
        return ("list", next(iter(inner), None))
    if isinstance(value, dict):
        return ("struct", tuple(sorted((k, _freeze(_schema(v))) for k, v in value.items())))
    raise ValueError(f"unsupported JSON value {value!r}")


def _freeze(value: Any) -> Any:
    return value


def _merge(a: Any, b: Any, where: str) -> Any:
    if a is None:
        return b
    if b is None or a == b:
        return a
    if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] == "list":
        return ("list", _merge(a[1], b[1], where))
    if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] == "struct":
        fa, fb = dict(a[1]), dict(b[1])
        keys = sorted(set(fa) | set(fb))
        return ("struct", tuple((k, _merge(fa.get(k), fb.get(k), f"{where}.{k}")) for k in keys))
    raise ValueError(f"column {where} has conflicting types {a} and {b}")


def load_alpaca_split(dataset_dir: str | os.PathLike, name: str) -> list[dict[str, Any]]:
    """Load dataset ``name`` from ``dataset_dir`` as LLaMA-Factory would, returning converted examples."""
    config_path = os.path.join(dataset_dir, DATA_CONFIG)
    with open(config_path, encoding="utf-8") as handle:
        info = json.load(handle)
    if name not in info:
        raise ValueError(f"Undefined dataset {name} in {DATA_CONFIG}.")
    entry = info[name]
    if any(key in entry for key in ("hf_hub_url", "ms_hub_url", "script_url")):
        raise ValueError(f"{name}: not a local file dataset")
    formatting = entry.get("formatting", "alpaca")
    if formatting != "alpaca":
        raise ValueError(f"{name}: formatting {formatting} is not alpaca")
    attr = {"prompt": "instruction", "query": "input", "response": "output", "history": None, "system": None}
    for column in ("system", "prompt", "query", "response", "history"):
        if "columns" in entry:
            attr[column] = entry["columns"].get(column)
    local_path = Path(dataset_dir) / entry["file_name"]
    files = sorted(p for p in local_path.iterdir() if p.is_file()) if local_path.is_dir() else [local_path]
    if not files or not files[0].is_file():
        raise ValueError(f"File {local_path} not found.")
    types = {FILE_TYPES.get(p.suffix.lstrip(".")) for p in files}
    if None in types or len(types) != 1:
        raise ValueError(f"File types should be identical and one of {sorted(FILE_TYPES)}: {files}")
    if types != {"json"}:
        raise ValueError(f"{name}: only json/jsonl files are read by this check")

    rows: list[dict[str, Any]] = []
    schema: dict[str, Any] = {}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                for key in set(schema) | set(row):
                    schema[key] = _merge(schema.get(key), _schema(row.get(key)), f"{path.name}:{lineno}:{key}")
                rows.append(row)
    examples = []
    for row in rows:
        query = []
        if attr["prompt"] and row.get(attr["prompt"]):
            query.append(row[attr["prompt"]])
        if attr["query"] and row.get(attr["query"]):
            query.append(row[attr["query"]])
        response = row.get(attr["response"]) if attr["response"] else None
        examples.append(
            {
                "_prompt": [{"role": "user", "content": "\n".join(query)}],
                "_response": [{"role": "assistant", "content": response}] if isinstance(response, str) else [],
                "_system": row.get(attr["system"], "") if attr["system"] else "",
            }
        )
    return examples
