#!/usr/bin/env bash
# Installs the external BPMN validators the tests run (tests/bpmn_external.rs), each only when it
# is missing or differs from its pin, and says what it does:
#  - @microsoft/jest-sarif (the SARIF 2.1.0 schema) and ajv, which tests/check_sarif.rs validates
#    the SARIF report with;
#  - bpmn-moddle, bpmnlint, bpmn-auto-layout and bpmn-js (opened in headless Chromium by
#    tests/bpmn_browser.rs) from npm into bpmn/node_modules, as pinned by
#    package-lock.json;
#  - xmlschema from PyPI, as pinned by requirements.txt, into the virtual environment bpmn/.venv
#    (git-ignored), so the system Python is left alone. On Debian, whose python3 makes virtual
#    environments only with the python3-venv package, that package is installed first (as root).
# Safe to run again: a machine that has everything installs nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { echo "bpmn/setup.sh: $*"; }

# npm: every package of the lock file installed at its locked version.
npm_current() {
    [ -f "$here/node_modules/.package-lock.json" ] || return 1
    node -e '
        const fs = require("fs");
        const want = JSON.parse(fs.readFileSync(process.argv[1])).packages;
        const have = JSON.parse(fs.readFileSync(process.argv[2])).packages;
        for (const [name, p] of Object.entries(want)) {
            if (name && !p.optional && (!have[name] || have[name].version !== p.version)) {
                process.exit(1);
            }
        }
    ' "$here/package-lock.json" "$here/node_modules/.package-lock.json"
}
if npm_current; then
    say "bpmn-moddle, bpmnlint, bpmn-auto-layout, bpmn-js, the SARIF schema and ajv: already installed as package-lock.json pins them"
else
    say "installing bpmn-moddle, bpmnlint, bpmn-auto-layout, bpmn-js, @microsoft/jest-sarif and ajv from npm into bpmn/node_modules" \
        "(pinned by package-lock.json; the tests import and lint every diagram with them)"
    npm ci --prefix "$here" --no-audit --no-fund
fi

venv="$here/.venv"
python="$venv/bin/python"
pinned="$(sed -n 's/^xmlschema==//p' "$here/requirements.txt")"
installed() {
    "$python" -c 'import importlib.metadata as m, sys; print(m.version(sys.argv[1]))' xmlschema \
        2>/dev/null
}
if [ -x "$python" ] && [ "$(installed)" = "$pinned" ]; then
    say "xmlschema $pinned: already installed in bpmn/.venv"
    exit 0
fi
if [ ! -x "$python" ]; then
    say "making the virtual environment bpmn/.venv (python3 -m venv) for the XSD validator"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        rm -rf "$venv"
        # Debian's python3 lacks ensurepip until python3-venv is installed.
        if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
            say "python3 cannot make a virtual environment; install python3-venv (Debian) and run again" >&2
            exit 1
        fi
        say "installing python3-venv with apt-get (Debian's python3 needs it to make bpmn/.venv)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
fi
say "installing xmlschema $pinned from PyPI into bpmn/.venv" \
    "(pinned by requirements.txt; the tests validate every diagram against the BPMN 2.0 XSD with it)"
"$python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
say "xmlschema $(installed) installed"
