#!/usr/bin/env bash
# Makes the Word, web-page and PDF copies of reglaments/ that tests/formats.rs reads
# (scripts/make_formats.py), into target/formats/. Installs what the generator needs on a fresh
# Debian machine: a Python virtual environment in .venv/ (git-ignored) with python-docx and
# reportlab from PyPI (pinned in scripts/formats-requirements.txt). The font is the project's
# own DejaVu Sans (assets/fonts). Safe to run again: it redoes only what is missing or stale.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

venv=.venv
out=target/formats
requirements=scripts/formats-requirements.txt

if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv" 2>/dev/null; then
        # Debian's python3 keeps venv in its own package.
        rm -rf "$venv"
        echo "setup-formats: installing python3-venv (apt-get)" >&2
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo=sudo
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get update -qq
        $sudo apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
fi
stamp="$venv/.formats-requirements"
if ! cmp -s "$requirements" "$stamp"; then
    echo "setup-formats: installing $(tr '\n' ' ' < "$requirements")into $venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$stamp"
fi

# Regenerate when a text, the generator or its packages changed since the last run.
newest=$(ls -t reglaments/*.txt scripts/make_formats.py "$requirements" | head -1)
if [ ! -f "$out/.done" ] || [ "$newest" -nt "$out/.done" ]; then
    rm -rf "$out"
    "$venv/bin/python" scripts/make_formats.py reglaments "$out" \
        assets/fonts/DejaVuSans.ttf assets/fonts/DejaVuSans-Bold.ttf
    touch "$out/.done"
fi
