#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for tests/report_browser.rs, which opens the HTML
# report in a real browser. Installs nothing when /usr/bin/chromium is already there; installing
# needs root (apt-get).
set -euo pipefail
say() { echo "scripts/setup-browser.sh: $*"; }

if [ -x /usr/bin/chromium ]; then
    say "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium))"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    say "/usr/bin/chromium is missing and installing it needs root (apt-get)" >&2
    exit 1
fi
say "installing chromium and fonts-dejavu-core with apt-get (the browser test renders the report)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
if [ ! -x /usr/bin/chromium ]; then
    say "apt-get finished but /usr/bin/chromium is still missing" >&2
    exit 1
fi
say "installed $(/usr/bin/chromium --headless --no-sandbox --version)"
