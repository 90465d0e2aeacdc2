#!/usr/bin/env bash
# Fails when a header crosses the architecture's lines: wx in the core, tinyxml2 outside
# src/core/serialize, hpdf.h outside src/core/export; in the app, commands or panes that reach for the
# main window, or a changeable KitDocument outside the edit path (a change is a lambda given to EditPath).
set -u
root=${1:-.}
fail=0
report() { echo "layering: $1"; fail=1; }
while IFS= read -r hit; do report "wx header in the core: $hit"; done < <(grep -rnE '#\s*include\s*[<"]wx/' "$root/src/core")
while IFS= read -r hit; do report "tinyxml2 outside src/core/serialize: $hit"; done < <(grep -rnE '#\s*include\s*[<"]tinyxml2' "$root/src" | grep -v "^$root/src/core/serialize/")
while IFS= read -r hit; do report "hpdf.h outside src/core/export: $hit"; done < <(grep -rnE '#\s*include\s*[<"]hpdf' "$root/src" | grep -v "^$root/src/core/export/")
if grep -qE 'ikit::wx|wxWidgets' "$root/src/core/CMakeLists.txt"; then report "src/core/CMakeLists.txt links wx"; fi
while IFS= read -r hit; do report "main_frame.h in a command, pane or dialog: $hit"; done < <(grep -rnE '#\s*include\s*"main_frame\.h"' "$root/src/app/commands" "$root/src/app/panels" "$root/src/app/dialogs")
while IFS= read -r hit; do report "the kit changed outside the edit path: $hit"; done < <(grep -rnE 'KitDocument\s*&' "$root/src/app" | grep -vE 'const KitDocument\s*&' | grep -vE '\]\(KitDocument\s*&\s*\w+\)' | grep -v "^$root/src/app/edit_path\.")
[ $fail -eq 0 ] && echo "layering: 6 passed, 0 failed"
exit $fail
