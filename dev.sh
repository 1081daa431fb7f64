#!/usr/bin/env bash
# counterclaim's two set-up commands:
#   ./dev.sh demo   install (from requirements.lock) and run the main job on examples/
#   ./dev.sh test   install and run the whole test suite (ruff, mypy, pytest)
# Needs only Python 3.11 and pip. The virtual environment lives in .venv/.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

setup() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local want have
    want=$(cat requirements-pip.lock requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
    have=$(cat "$VENV/.installed" 2>/dev/null || true)
    if [ "$want" != "$have" ]; then
        echo "installing dependencies from requirements.lock ..." >&2
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.lock
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
        echo "$want" > "$VENV/.installed"
    fi
}

case "${1:-}" in
    demo)
        setup
        "$VENV/bin/counterclaim" ingest examples/
        "$VENV/bin/counterclaim" statements
        ;;
    test)
        setup
        "$VENV/bin/ruff" check src tests bench
        "$VENV/bin/mypy"
        "$VENV/bin/python" -m pytest -q
        ;;
    setup)
        setup
        ;;
    *)
        echo "usage: ./dev.sh demo | test | setup" >&2
        exit 2
        ;;
esac
