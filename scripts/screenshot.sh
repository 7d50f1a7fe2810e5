#!/bin/sh
# Regenerates docs/report.png, the README's picture of the HTML report: twice
# --format html on the news sample, photographed by headless Chromium.
#
#   scripts/screenshot.sh            uses build/twice (scripts/build.sh makes it)
#   TWICE=path/to/twice scripts/screenshot.sh
set -eu
cd "$(dirname "$0")/.."
twice=${TWICE:-build/twice}
if [ ! -x "$twice" ]; then
  echo "screenshot: $twice is not built; run scripts/build.sh first" >&2
  exit 1
fi
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "screenshot: chromium is missing; scripts/install-deps.sh test installs it" >&2
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
"$twice" --format html -o "$scratch/report.html" samples/news-ukraine-talks.txt || status=$?
if [ "$status" -gt 1 ]; then
  echo "screenshot: twice exited with status $status" >&2
  exit "$status"
fi
if ! "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$scratch/profile" --hide-scrollbars --window-size=1280,1400 \
    --screenshot="$scratch/report.png" "file://$scratch/report.html" \
    >"$scratch/chromium.log" 2>&1 || [ ! -s "$scratch/report.png" ]; then
  cat "$scratch/chromium.log" >&2
  echo "screenshot: chromium took no screenshot" >&2
  exit 1
fi
mkdir -p docs
cp "$scratch/report.png" docs/report.png
echo "screenshot: wrote docs/report.png"
