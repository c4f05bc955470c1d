#!/bin/sh
# Fetch and unpack the packages whose templates render.mjs renders: ./fetch.sh PKGS
set -eu
dest=${1:?usage: ./fetch.sh PKGS}
mkdir -p "$dest" && cd "$dest"
for spec in @directus/api@39.2.1 n8n@2.41.3 @auth/core@0.41.3 @strapi/plugin-users-permissions@5.54.0 payload@3.90.2; do
  tgz=$(npm pack --silent "$spec" | tail -n 1)
  dir=${tgz%.tgz}
  mkdir -p "$dir" && tar -xzf "$tgz" -C "$dir"
done
