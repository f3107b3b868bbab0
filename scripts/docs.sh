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
for target in "${targets[@]}"; do
    log=$(mktemp)
    if ! swift package --disable-sandbox generate-documentation --target "$target" --warnings-as-errors >"$log" 2>&1; then
        grep -E "warning:|error:" "$log" | head -40 >&2 || tail -40 "$log" >&2
        rm -f "$log"
        echo "docs: $target's documentation has warnings or errors" >&2
        exit 1
    fi
    rm -f "$log"
    echo "docs: $target built without warnings"
    if [ -n "$out" ]; then mkdir -p "$out" && cp -R ".build/plugins/Swift-DocC/outputs/$target.doccarchive" "$out/"; fi
done

swift package dump-symbol-graph --minimum-access-level public >/dev/null
graphs=$(find .build -type d -name symbolgraph -path "*$(uname -m)*" | head -1)
python3 scripts/lib/doc_coverage.py --graphs "$graphs" --allow "$(cat scripts/doc-coverage-allowance)" \
    "${targets[@]}" SchemaKit
