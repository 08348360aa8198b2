#!/usr/bin/env bash
# Installs the external BPMN tools the tests run: bpmn-moddle, bpmnlint, bpmn-auto-layout and
# bpmn-js (opened in headless Chromium by tests/bpmn_browser.rs) from the pinned
# package-lock.json, and xmlschema from requirements.txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
npm ci --prefix "$here" --no-audit --no-fund
python3 -m pip install --quiet -r "$here/requirements.txt"
