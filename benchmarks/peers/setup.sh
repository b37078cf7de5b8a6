#!/usr/bin/env bash
# Installs the peers that `npm run bench:peers` compares baro with. They are benchmark tools, not
# dependencies of baro, so npm ci never installs them:
#   - hunspell with the Korean dictionary (Debian packages hunspell, hunspell-ko), through apt;
#   - node-symspell, through npm into benchmarks/peers/.deps — a folder of its own, so the
#     project's node_modules (which npm ci owns) is left as it is.
# Safe to run again: it installs only what is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v hunspell >/dev/null 2>&1 || ! ls /usr/share/hunspell/ko*.dic >/dev/null 2>&1; then
  echo "bench:peers setup: installing hunspell and hunspell-ko (apt)" >&2
  sudo_cmd=()
  if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq hunspell hunspell-ko >/dev/null
fi

if [ ! -f "$here/.deps/node_modules/node-symspell/index.js" ]; then
  echo "bench:peers setup: installing node-symspell (npm, into benchmarks/peers/.deps)" >&2
  mkdir -p "$here/.deps"
  npm install --prefix "$here/.deps" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node-symspell@0.1.0 >/dev/null
fi
