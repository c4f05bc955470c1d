#!/bin/sh
# Fetch and unpack Vendure's e-mail plugin (@vendure/email-plugin@3.7.3, GPL-3.0-or-later per its package.json;
# the tarball ships no LICENSE file) for vendure.cjs: ./vendure.sh PKGS
set -eu
dest=${1:?usage: ./vendure.sh PKGS}
mkdir -p "$dest/vendure" && cd "$dest"
tgz=$(npm pack --silent @vendure/email-plugin@3.7.3 | tail -n 1)
tar -xzf "$tgz" -C vendure package/package.json package/templates \
  package/lib/src/generator/handlebars-mjml-generator.js package/lib/src/template-loader/file-based-template-loader.js \
  package/lib/src/handler/default-email-handlers.js
