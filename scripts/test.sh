#!/usr/bin/env bash
# The one test command: installs the external validators the tests call, then runs every test,
# the formatter check and the linter. Safe to run on a fresh machine and to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# External BPMN validators (bpmn-moddle, bpmnlint from npm; xmlschema from PyPI), pinned in bpmn/.
bash bpmn/setup.sh

# Headless Chromium for tests/report_browser.rs (Debian's chromium via apt-get when missing).
bash scripts/setup-browser.sh

# Word, web-page and PDF copies of reglaments/ for tests/formats.rs (python-docx and reportlab in
# a virtual environment; target/formats/).
bash scripts/setup-formats.sh

cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo test
# The committed output/ must be what the build makes of reglaments/ (lists stale files, exit 1).
cargo run --release -- build --check
