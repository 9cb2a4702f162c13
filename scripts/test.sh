#!/usr/bin/env bash
# Installs what the tests need (Debian Chromium and fonts, pip packages) and runs every check:
# lint, the data check, and the whole test suite including the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install_system.sh
python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

echo "== ruff"
python -m ruff check .
echo "== data check"
python -m loaders check
echo "== tests"
python -m pytest "$@"
