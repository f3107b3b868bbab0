#!/usr/bin/env bash
# Install the Debian packages SchemaKit's tests need, but only those that are missing, so a
# prepared machine pays nothing (no apt-get update either) and a fresh Debian 12 machine works.
#
#   scripts/install-deps.sh          # servers + clients + build deps (what scripts/test.sh needs)
#   scripts/install-deps.sh build    # only what `swift build` needs: libmariadb-dev, pkg-config
#
# Packages: postgresql (15 on bookworm), mariadb-server, mariadb-client, libmariadb-dev, pkg-config,
# openssl (the test servers' certificates).
# Measured on a fresh machine (ci-recipes §2): ~1 s apt-get update + ~13 s to install MariaDB.
set -euo pipefail
# shellcheck source=lib/servers.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/servers.sh"

what=${1:-all}
case $what in all | build) ;; *) echo "usage: $0 [all|build]" >&2; exit 2 ;; esac

mapfile -t missing < <(sk_missing_packages "$what")
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { sk_log "need root to install: ${missing[*]}"; exit 1; }
    sudo=(sudo)
fi

# Without systemd the packages' maintainer scripts would start the default instances on
# 5432/3306 through invoke-rc.d. A policy-rc.d that exits 101 forbids that (Debian's documented
# mechanism). Docker-style images already ship one; if this machine does not, add one for the
# duration of the install and remove it again.
added_policy=0
remove_policy() { if [ "$added_policy" = 1 ]; then "${sudo[@]}" rm -f /usr/sbin/policy-rc.d; fi; }
trap remove_policy EXIT
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${sudo[@]}" chmod 755 /usr/sbin/policy-rc.d
    added_policy=1
fi

started=$(sk_now)
sk_log "installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Output goes to stderr so callers can keep stdout for results.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2

# Re-check by what we use, so a package that installed but did not provide the tool fails here
# with a clear message rather than later inside swift build or a server start.
mapfile -t still < <(sk_missing_packages "$what")
if [ ${#still[@]} -gt 0 ]; then
    sk_log "still missing after apt-get install: ${still[*]}"
    exit 1
fi
sk_log "installed ${missing[*]} in $(sk_elapsed "$started")s"
