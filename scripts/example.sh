#!/usr/bin/env bash
# The README's first command: build and run the Blog example on its SQLite default.
# Installs only what `swift build` needs when it is missing (libmariadb-dev and pkg-config, for
# the MySQL driver the example links), then creates and seeds ./blog.sqlite and checks it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh" build
swift build --package-path "$root" --product blog
blog=$(swift build --package-path "$root" --product blog --show-bin-path)/blog
"$blog" schema:fresh --run --seed
"$blog" schema:update --check
