#!/bin/sh
# Fetch and unpack SuperTokens' Node SDK (supertokens-node@24.0.3, Apache-2.0): the SMTP services' implementations
# and e-mail templates of three recipes, and utils.js (humaniseMilliseconds), for supertokens.cjs: ./supertokens.sh PKGS
set -eu
dest=${1:?usage: ./supertokens.sh PKGS}
mkdir -p "$dest/supertokens" && cd "$dest"
tgz=$(npm pack --silent supertokens-node@24.0.3 | tail -n 1)
s=package/lib/build/recipe
tar -xzf "$tgz" -C supertokens package/LICENSE.md package/package.json package/lib/build/utils.js \
  $s/emailverification/emaildelivery/services/smtp/emailVerify.js $s/emailverification/emaildelivery/services/smtp/serviceImplementation.js \
  $s/emailpassword/emaildelivery/services/smtp/passwordReset.js $s/emailpassword/emaildelivery/services/smtp/serviceImplementation/index.js \
  $s/passwordless/emaildelivery/services/smtp/passwordlessLogin.js $s/passwordless/emaildelivery/services/smtp/serviceImplementation.js
