#!/bin/sh
# Fetch and unpack Ghost (MIT) and the i18n component it ships, for ghost.cjs: ./ghost.sh PKGS
set -eu
dest=${1:?usage: ./ghost.sh PKGS}
mkdir -p "$dest/ghost" "$dest/i18n" && cd "$dest"
tgz=$(npm pack --silent ghost@6.65.0 | tail -n 1)
tar -xzf "$tgz" -C ghost package/LICENSE package/core/server/services/members package/components
tar -xzf ghost/package/components/tryghost-i18n-0.0.0.tgz -C i18n
