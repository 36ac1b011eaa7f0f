#!/usr/bin/env bash
exec "${PYTHON:-python3}" -m modelcall run-task "$@"
