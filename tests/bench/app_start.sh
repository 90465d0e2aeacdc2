#!/usr/bin/env bash
# app_start.sh: how long the desktop app takes from being started to a window a person can use.
#
#   app_start.sh APP [--runs N] [--bank-gen GEN --sizes 10000,100000] [--kit FILE]
#
# Each run starts APP --report-ready on a sample kit, with a fresh home folder (no settings, no recovery
# file), and measures the wall-clock time from just before the start to the moment the app reports its
# window drawn, the kit open and the event loop idle. With --bank-gen, it also measures the start with
# each synthetic bank of --sizes questions (written by ikit-bench-gen) installed as a user bank on top
# of the shipped one. Without a display it runs itself under xvfb-run (one X server for all runs).
# Prints a Markdown table (median, fastest and slowest of the runs). Never fails on a slow run.
set -euo pipefail

if [ -z "${DISPLAY:-}" ] && [ -z "${IKIT_APP_START_INSIDE:-}" ]; then
  exec env IKIT_APP_START_INSIDE=1 xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app=${1:?usage: app_start.sh APP [--runs N] [--bank-gen GEN --sizes LIST] [--kit FILE]}
shift
runs=7
gen=""
sizes="10000,100000"
kit="$here/kits/customer_service_manager_panel.ikit"
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --bank-gen) gen=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --kit) kit=$2; shift 2 ;;
    *) echo "app_start.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One start: prints the milliseconds from launch to ready, and the bank's question count.
start_once() {
  local home="$work/home" t0 out
  rm -rf "$home"
  mkdir -p "$home/.local/share/interview-kit-builder"
  [ -z "${1:-}" ] || { mkdir -p "$home/.local/share/interview-kit-builder/banks"; cp "$1" "$home/.local/share/interview-kit-builder/banks/"; }
  t0=$(date +%s%N)
  out=$(HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        timeout 120 "$app" --config "$home/settings.ini" --report-ready "$kit" 2>/dev/null | grep '^ready ' || true)
  [ -n "$out" ] || { echo "app_start.sh: the app did not report ready" >&2; exit 1; }
  set -- $out
  echo "$(( ($2 - t0) / 1000000 )) $4"
}

# 100078 -> 100,078
grouped() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }

# One table row over `runs` starts, with the bank file $1 (or none).
measure() {
  local times=() count=0 line
  for ((i = 0; i < runs; ++i)); do
    line=$(start_once "${1:-}")
    times+=("${line% *}")
    count=${line#* }
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local median fastest slowest
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  fastest=$(echo "$sorted" | head -n 1)
  slowest=$(echo "$sorted" | tail -n 1)
  printf '| %s | %d | %s ms | %s ms | %s ms |\n' "$(grouped "$count")" "$runs" "$median" "$fastest" "$slowest"
}

echo "## App start to a usable window (Xvfb, $(nproc) hardware threads)"
echo
echo "From launch to the window drawn, the sample kit open and the event loop idle (\`--report-ready\`)."
echo
echo "| Questions in the bank | Runs | Median | Fastest | Slowest |"
echo "|---:|---:|---:|---:|---:|"
measure ""
if [ -n "$gen" ]; then
  "$gen" --out "$work/banks" --sizes "$sizes" --kits 30 >/dev/null
  for f in $(ls "$work"/banks/bank-*.xml | sort -V); do
    measure "$f"
  done
fi
