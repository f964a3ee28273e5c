# Shared settings of the installer scripts (sourced by linux/build.sh, macos/build.sh; mirrored
# by windows/build.ps1). One place for the name, the module list and the JVM options.

APP_NAME="CitizenWorkbench"            # app-image folder and launcher name
PACKAGE_NAME="citizen-workbench"       # .deb package name (lower case, no spaces)
VENDOR="Citizen Workbench"
MAINTAINER="workbench@example.invalid"
DESCRIPTION="Desktop workbench for Danish public-sector citizen service staff (demo mode built in)"
COPYRIGHT="Citizen Workbench contributors"
JAVA_OPTIONS="-Xmx512m"

# The trimmed runtime, listed by hand (jdeps cannot compute it: "Module okio not found").
# Why each module is there: installer/README.md.
MODULES="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.random,jdk.unsupported,jdk.zipfs"
# Only the Danish and English locale data (the app's two languages): saves about 30 MB.
# Native commands are kept: `workbench pop` starts the workbench with the runtime's bin/java.
JLINK_OPTIONS="--strip-debug --no-man-pages --no-header-files --include-locales=da,en"

# Sets $app_version (numeric, as jpackage wants: 0.1.0-SNAPSHOT -> 0.1.0), $target and $input
# (a folder holding only workbench.jar, the Spring Boot jar whose manifest names the launcher).
prepare_input() {
  local jar="$root/workbench-app/target/workbench.jar"
  if [ ! -f "$jar" ]; then
    echo "installer: $jar is missing: run 'mvn -B package -DskipTests' first (or drop --no-mvn)" >&2
    exit 1
  fi
  local version
  version="$(unzip -p "$jar" BOOT-INF/classes/dk/workbench/app/version.properties 2>/dev/null | sed -n 's/^version=//p' | tr -d '\r')"
  app_version="${version%%-*}"
  if ! [[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "installer: cannot read a numeric version from $jar (got '$version')" >&2
    exit 1
  fi
  target="$root/installer/target"
  input="$target/input"
  rm -rf "$input"
  mkdir -p "$input"
  cp "$jar" "$input/workbench.jar"
}
