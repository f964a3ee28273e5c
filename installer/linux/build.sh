#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Citizen Workbench with jpackage.
#
#   installer/linux/build.sh            # mvn package, then app-image + .deb
#   installer/linux/build.sh --no-mvn   # reuse workbench-app/target/workbench.jar
#   installer/linux/build.sh --image-only
#
# Output: installer/target/image/CitizenWorkbench/ (app-image) and installer/target/deb/*.deb.
# Needs JDK 17+ with jpackage and jmods (Debian: openjdk-17-jdk), dpkg-deb and fakeroot.
# See installer/README.md for the module list and the choices behind it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../common.sh
source "$root/installer/common.sh"

run_mvn=1 deb=1
for arg in "$@"; do
  case "$arg" in
    --no-mvn) run_mvn=0 ;;
    --image-only) deb=0 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option '$arg' (use --no-mvn, --image-only)" >&2; exit 2 ;;
  esac
done

for tool in jpackage; do
  command -v "$tool" >/dev/null || { echo "build.sh: '$tool' not found: install a JDK 17+ with jpackage (openjdk-17-jdk)" >&2; exit 1; }
done
if [ "$deb" = 1 ]; then
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "build.sh: '$tool' not found: apt-get install -y $tool (or use --image-only)" >&2; exit 1; }
  done
fi

if [ "$run_mvn" = 1 ]; then
  (cd "$root" && mvn -B -q package -DskipTests)
fi
prepare_input   # from common.sh: version, target dir, input dir with workbench.jar

rm -rf "$target/image" "$target/deb"
echo "jpackage app-image $APP_NAME $app_version"
jpackage --type app-image \
  --name "$APP_NAME" --app-version "$app_version" --vendor "$VENDOR" \
  --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
  --input "$input" --main-jar workbench.jar \
  --java-options "$JAVA_OPTIONS" \
  --add-modules "$MODULES" --jlink-options "$JLINK_OPTIONS" \
  --icon "$root/assets/icons/workbench-256.png" \
  --dest "$target/image"

if [ "$deb" = 1 ]; then
  echo "jpackage deb $PACKAGE_NAME $app_version"
  jpackage --type deb \
    --name "$PACKAGE_NAME" --app-version "$app_version" --vendor "$VENDOR" \
    --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
    --app-image "$target/image/$APP_NAME" \
    --icon "$root/assets/icons/workbench-256.png" \
    --linux-package-name "$PACKAGE_NAME" --linux-deb-maintainer "$MAINTAINER" \
    --linux-menu-group "Office" --linux-app-category "misc" \
    --linux-package-deps libgtk-3-0 --linux-shortcut \
    --resource-dir "$here/resources" \
    --dest "$target/deb"
fi

du -sh "$target/image/$APP_NAME" "$target/image/$APP_NAME/lib/runtime" "$target/image/$APP_NAME/lib/app"
[ "$deb" = 1 ] && ls -l "$target/deb"/*.deb
echo "start: $target/image/$APP_NAME/bin/$APP_NAME"
