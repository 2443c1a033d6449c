#!/usr/bin/env bash
# Sign OA Desk.app with a Developer ID, rebuild the .dmg around the signed app,
# sign and notarise the .dmg, and staple the ticket (see packaging/README.md).
#   MACOS_SIGNING_IDENTITY="Developer ID Application: NAME (TEAMID)" \
#   APPLE_ID=... APPLE_TEAM_ID=... APPLE_APP_PASSWORD=... \
#   packaging/macos/sign_and_notarise.sh "dist/OA Desk.app" dist/OA-Desk-X.Y.Z.dmg
# In CI, MACOS_CERTIFICATE (base64 .p12) and MACOS_CERTIFICATE_PASSWORD are
# imported into a throw-away keychain first.
set -euo pipefail
app=${1:?the .app}
dmg=${2:?the .dmg}
here=$(cd "$(dirname "$0")" && pwd)
: "${MACOS_SIGNING_IDENTITY:?set MACOS_SIGNING_IDENTITY}"
if [[ -n ${MACOS_CERTIFICATE:-} ]]; then
  keychain=$RUNNER_TEMP/signing.keychain-db
  password=$(uuidgen)
  echo "$MACOS_CERTIFICATE" | base64 --decode >"$RUNNER_TEMP/certificate.p12"
  security create-keychain -p "$password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$password" "$keychain"
  security import "$RUNNER_TEMP/certificate.p12" -P "$MACOS_CERTIFICATE_PASSWORD" \
    -A -t cert -f pkcs12 -k "$keychain"
  security list-keychain -d user -s "$keychain"
  security set-key-partition-list -S apple-tool:,apple: -k "$password" "$keychain" >/dev/null
fi
# Hardened runtime (notarisation needs it); the entitlements let Python's
# libraries load as PyInstaller bundles them.
codesign --force --deep --options runtime --timestamp \
  --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGNING_IDENTITY" "$app"
codesign --verify --deep --strict --verbose=2 "$app"
bash "$here/make_dmg.sh" "$app" "$dmg"
codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"
echo "sign_and_notarise: $dmg signed, notarised and stapled"
