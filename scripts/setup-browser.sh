#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for tests/report_browser.rs, which opens the HTML
# report in a real browser. Does nothing when /usr/bin/chromium is already there; run as root.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "setup-browser: /usr/bin/chromium is missing and installing it needs root (apt-get)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
if [ ! -x /usr/bin/chromium ]; then
    echo "setup-browser: apt-get finished but /usr/bin/chromium is still missing" >&2
    exit 1
fi
/usr/bin/chromium --headless --no-sandbox --version
