#!/usr/bin/env bash
# The one test command: installs the external validators the tests call, then runs every test,
# the formatter check and the linter. Safe to run on a fresh machine and to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# External BPMN validators (bpmn-moddle, bpmnlint from npm; xmlschema from PyPI), pinned in bpmn/.
bash bpmn/setup.sh

cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo test
