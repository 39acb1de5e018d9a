#!/bin/sh
# Stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
# It receives the flags test-electron passes to VS Code (--extensionDevelopmentPath=...,
# --extensionTestsPath=..., a folder, --no-sandbox, --user-data-dir=..., ...) and runs the suite
# in code-server + Chromium instead (run-ext-tests.js ignores the flags it has no use for).
exec node "$(dirname "$0")/run-ext-tests.js" "$@"
