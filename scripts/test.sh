#!/usr/bin/env bash
# The one test command: installs what the tests call (saying what and why), then runs the
# formatter check, the linter, `build --check` and every test. Safe on a fresh Debian machine
# and to run again on one that has everything (nothing is installed twice).
#
# Every check runs even when an earlier one fails; the last line totals the tests of all test
# binaries, and the exit code is 1 when anything failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }

step "external BPMN validators (tests/bpmn_external.rs runs them): bpmn/setup.sh"
bash bpmn/setup.sh

step "headless Chromium (tests/report_browser.rs opens the HTML report in it): scripts/setup-browser.sh"
bash scripts/setup-browser.sh

step "poppler-utils (tests/pdf_book.rs reads the printed справочник with them): scripts/setup-pdf.sh"
bash scripts/setup-pdf.sh

step "Word, web-page and PDF copies of reglaments/ (tests/formats.rs reads them): scripts/setup-formats.sh"
bash scripts/setup-formats.sh

failed=()

step "cargo fmt --check"
cargo fmt --all -- --check || failed+=("cargo fmt")

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings || failed+=("cargo clippy")

step "build --check: the committed output/ is what the build makes of reglaments/"
cargo run --release --quiet -- build --check || failed+=("build --check")

step "cargo test (every test binary, even after a failure)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cargo test --no-fail-fast 2>&1 | tee "$log" || failed+=("cargo test")

# One `test result:` line per test binary: "ok. 12 passed; 0 failed; 1 ignored; ...".
read -r passed failures ignored binaries < <(awk '
    /^test result:/ {
        n++
        for (i = 1; i < NF; i++) {
            w = $(i + 1); sub(/[;,]$/, "", w)
            if (w == "passed") p += $i
            if (w == "failed") f += $i
            if (w == "ignored") g += $i
        }
    }
    END { print p + 0, f + 0, g + 0, n + 0 }' "$log")

summary="tests: $passed passed, $failures failed, $ignored ignored in $binaries test binaries"
if [ ${#failed[@]} -gt 0 ]; then
    summary="$summary; FAILED: $(IFS=,; echo "${failed[*]}" | sed 's/,/, /g')"
fi
echo
echo "$summary"
[ ${#failed[@]} -eq 0 ]
