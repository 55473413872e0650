#!/bin/sh
# Renders `check --format html` of a corpus in headless Chromium (Debian's
# chromium package) with the network shut off, and writes a screenshot.
#
#     scripts/screenshot-html.sh [CORPUS] [OUT.png]
#
# Installs chromium with apt-get when it is missing (as root). The page must look
# right with nothing loaded from anywhere: Chromium is started with background
# networking off and a proxy that leads nowhere, so a page that tried to fetch
# anything would show it missing.
set -eu
corpus=${1:-claims}
png=${2:-target/report.png}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if ! command -v chromium >/dev/null 2>&1; then
    apt-get install -y chromium >/dev/null
fi
cargo build --release --quiet
page=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$page" "$profile"' EXIT
./target/release/claimcheck check "$corpus" --format html --color never >"$page" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --proxy-server=127.0.0.1:9 --user-data-dir="$profile" \
    --window-size=1200,2200 --screenshot="$root/$png" "file://$page" 2>/dev/null
echo "wrote $png"
