#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) of Citizen Workbench with jpackage. Run on a Mac:
#
#   installer/macos/build.sh            # mvn package, app-image (.app), .dmg
#   installer/macos/build.sh --no-mvn   # reuse workbench-app/target/workbench.jar
#
# Needs a JDK 17+ with jpackage (Temurin 17) and Maven. Build on the Mac architecture you ship
# for (arm64 or x86_64): the JavaFX jars in workbench.jar are the build machine's variant.
# Unsigned by default; set MAC_SIGN_IDENTITY="Developer ID Application: …" to sign (then
# notarise with `xcrun notarytool`, see installer/README.md).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/installer/common.sh"

run_mvn=1
for arg in "$@"; do
  case "$arg" in
    --no-mvn) run_mvn=0 ;;
    *) echo "build.sh: unknown option '$arg' (use --no-mvn)" >&2; exit 2 ;;
  esac
done
command -v jpackage >/dev/null || { echo "build.sh: jpackage not found: install a JDK 17+" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || { echo "build.sh: build the .dmg on macOS (jpackage makes packages for the OS it runs on)" >&2; exit 1; }

if [ "$run_mvn" = 1 ]; then (cd "$root" && mvn -B -q package -DskipTests); fi
prepare_input

# macOS wants 1.x.y or higher: a 0.x version is refused for the app bundle
mac_version="$app_version"; [[ "$mac_version" == 0.* ]] && mac_version="1.${mac_version#0.}"
sign=()
if [ -n "${MAC_SIGN_IDENTITY:-}" ]; then sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY"); fi

rm -rf "$target/image" "$target/dmg"
jpackage --type app-image \
  --name "$APP_NAME" --app-version "$mac_version" --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
  --input "$input" --main-jar workbench.jar --java-options "$JAVA_OPTIONS" \
  --add-modules "$MODULES" --jlink-options "$JLINK_OPTIONS" \
  --icon "$here/workbench.icns" --mac-package-identifier dk.workbench.citizen --mac-package-name "Citizen Workbench" \
  "${sign[@]}" --dest "$target/image"
jpackage --type dmg \
  --name "$APP_NAME" --app-version "$mac_version" --vendor "$VENDOR" \
  --app-image "$target/image/$APP_NAME.app" "${sign[@]}" --dest "$target/dmg"
ls -l "$target/dmg"/*.dmg
