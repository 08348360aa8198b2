#!/usr/bin/env bash
# poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) for tests/pdf_book.rs, which reads the
# printed справочник the build writes. Installs nothing when they are already there.
set -euo pipefail
if command -v pdfinfo >/dev/null && command -v pdffonts >/dev/null && command -v pdftotext >/dev/null; then
    echo "poppler-utils: already installed"
    exit 0
fi
echo "installing poppler-utils (Debian) for the PDF test"
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq poppler-utils
else
    sudo apt-get update -qq && sudo apt-get install -y -qq poppler-utils
fi
