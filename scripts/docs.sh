#!/usr/bin/env bash
# Builds the DocC documentation of every library and checks it: a warning (a broken symbol link,
# a documented parameter that does not exist) fails, and so does a public declaration without a
# doc comment beyond the allowance in scripts/doc-coverage-allowance (which only goes down).
#
#   scripts/docs.sh              # as CI runs it (scripts/test.sh calls it after the tests)
#   scripts/docs.sh --open DIR   # also copy the archives to DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=""
if [ "${1:-}" = "--open" ]; then out=${2:?--open DIR}; fi

targets=(SchemaKitCore SchemaKitCLI SchemaKitService SchemaKitPostgres SchemaKitMySQL SchemaKitSQLite)
# One plugin invocation for all of them: it builds once (six invocations took twice as long).
target_flags=()
for target in "${targets[@]}"; do target_flags+=(--target "$target"); done
rm -rf .build/*/extracted-symbols   # the coverage below reads what this run extracted, nothing stale
log=$(mktemp)
if ! swift package --disable-sandbox generate-documentation "${target_flags[@]}" --warnings-as-errors >"$log" 2>&1; then
    grep -E "warning:|error:" "$log" | head -40 >&2 || tail -40 "$log" >&2
    rm -f "$log"
    echo "docs: the documentation has warnings or errors" >&2
    exit 1
fi
rm -f "$log"
echo "docs: ${targets[*]} built without warnings"
if [ -n "$out" ]; then
    mkdir -p "$out"
    for target in "${targets[@]}"; do cp -R ".build/plugins/Swift-DocC/outputs/$target.doccarchive" "$out/"; done
fi

# Coverage: the symbol graphs the plugin extracted, and the macro module's (it has no DocC
# catalogue of its own: its declarations link into SchemaKitCore's) extracted from the build.
graphs=$(find .build -type d -name extracted-symbols | head -1)
modules=$(swift build --show-bin-path)/Modules
swift-symbolgraph-extract -module-name SchemaKit -I "$modules" -target "$(swift -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["target"]["triple"])')" \
    -minimum-access-level public -output-dir "$graphs"
python3 scripts/lib/doc_coverage.py --graphs "$graphs" --allow "$(cat scripts/doc-coverage-allowance)" \
    "${targets[@]}" SchemaKit
