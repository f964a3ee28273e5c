#!/usr/bin/env bash
# Checks that a built app-image runs: the version, the command line (rules, and the overview
# against the embedded sandbox over loopback HTTP), and the window in demo mode under Xvfb
# (JVM start -> main window shown). Runs with a throw-away HOME, so it leaves no cache or log
# behind in the real one; the log file written there is checked too.
#
#   installer/linux/smoke-test.sh [path/to/CitizenWorkbench]   # default: installer/target/image/CitizenWorkbench
#
# Exit 0 when every check passes, 1 otherwise (the failing check is named).
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
image="${1:-$root/installer/target/image/CitizenWorkbench}"
launcher="$image/bin/CitizenWorkbench"
[ -x "$launcher" ] || { echo "smoke-test: no launcher at $launcher: build the image first (installer/linux/build.sh)" >&2; exit 1; }

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
failed=0
check() { # name, command output file, expected text
  if grep -q -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1 (no '$3'; output in $2)"; failed=1; fi
}
# Java takes user.home from the password database, not $HOME: set both
run() { HOME="$home" XDG_DATA_HOME= JAVA_TOOL_OPTIONS="-Duser.home=$home" "$@"; }

out="$home/version.txt"; run "$launcher" --version >"$out" 2>&1
check "--version" "$out" "Citizen Workbench "

out="$home/explain.txt"; run "$launcher" explain --facts "$root/docs/examples/facts/folkepension.json" --format text --lang da >"$out" 2>&1
check "explain (rules, Danish)" "$out" "kr"

out="$home/overview.txt"; run "$launcher" overview --cpr 030544-1198 --purpose TELEFON --format text >"$out" 2>&1
check "overview over loopback HTTP (embedded sandbox)" "$out" "PERSON *fresh"

out="$home/window.txt"
if [ -n "${DISPLAY:-}" ]; then xvfb=(); else xvfb=(xvfb-run -a -s "-screen 0 1280x1024x24"); fi
HOME="$home" XDG_DATA_HOME= JAVA_TOOL_OPTIONS="-Duser.home=$home -Dworkbench.startupProbe=true" timeout 180 "${xvfb[@]}" "$launcher" >"$out" 2>&1
check "window shown in demo mode" "$out" "window-shown-ms="
grep -o 'window-shown-ms=[0-9]*' "$out" || true

log="$home/.local/share/CitizenWorkbench/logs/workbench.log"
if [ -f "$log" ]; then echo "ok   log file $log"; else echo "FAIL no log file at $log"; failed=1; fi
exit "$failed"
