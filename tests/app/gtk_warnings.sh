#!/bin/sh
# The app under a real window manager logs no GTK warning: it is started at 1024x768, 1280x800 and
# 1920x1080 under openbox, resized to each other size with xdotool in the kit builder and in the Plan
# workspace (Ctrl+2), then quit with Ctrl+Q; any
# Gtk-CRITICAL, Gtk-WARNING or pixman line in its stderr fails the test. Run inside xvfb-run with a
# screen of at least 1920x1080.
#   usage: gtk_warnings.sh APP KIT_FILE WORK_DIR
set -u
app=$1 kit=$2 work=$3
command -v openbox >/dev/null 2>&1 || { echo "openbox is not installed (installer/dev.sh deps)"; exit 77; }
command -v xdotool >/dev/null 2>&1 || { echo "xdotool is not installed (installer/dev.sh deps)"; exit 77; }
rm -rf "$work" && mkdir -p "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"

openbox >"$work/openbox.log" 2>&1 &
wm=$!
sleep 1
status=0
for start in 1024x768 1280x800 1920x1080; do
  log="$work/app-$start.log"
  "$app" --config "$work/settings-$start.ini" --window-size "$start" "$kit" 2>"$log" >/dev/null &
  pid=$!
  window= tries=0
  while [ -z "$window" ] && [ $tries -lt 60 ]; do  # windows come and go while it starts: ask again
    sleep 0.5; tries=$((tries + 1))
    for candidate in $(xdotool search --onlyvisible --pid "$pid" 2>/dev/null); do  # the main window: the wide one
      width=$(xdotool getwindowgeometry "$candidate" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
      [ "${width:-0}" -ge 900 ] && window=$candidate
    done
  done
  if [ -z "$window" ]; then
    echo "FAIL: no window at $start"; kill "$pid" 2>/dev/null; status=1; continue
  fi
  sleep 2
  # Resized in the kit builder and in the Plan workspace (Ctrl+2), then back to the builder (Ctrl+1).
  xdotool windowactivate --sync "$window" 2>/dev/null
  for workspace in 1 2; do
    xdotool key "ctrl+$workspace"
    sleep 1
    for size in 1024x768 1280x800 1920x1080 1024x768; do
      xdotool windowsize "$window" "${size%x*}" "${size#*x}"
      sleep 1
    done
  done
  xdotool key ctrl+1
  sleep 1
  xdotool windowactivate --sync "$window" 2>/dev/null
  xdotool key ctrl+q
  waited=0
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 15 ]; do sleep 1; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then
    echo "FAIL: the app started at $start did not quit on Ctrl+Q"; kill "$pid"; status=1
  fi
  wait "$pid" 2>/dev/null
  if grep -E 'Gtk-CRITICAL|Gtk-WARNING|pixman' "$log"; then
    echo "FAIL: GTK warnings above, started at $start (log: $log)"; status=1
  else
    echo "ok: started at $start, resized to every size, quit: no GTK warning"
  fi
done
kill "$wm" 2>/dev/null
exit $status
