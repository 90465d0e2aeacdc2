#!/usr/bin/env bash
# Fails when an include crosses the architecture's lines (docs/architecture.md):
#  - the core's folders are floors, lowest first; a file may include its own floor and the floors below,
#    never one above it or a sibling on the same floor;
#  - no wx header in the core, and src/core/CMakeLists.txt links no wx;
#  - tinyxml2 only in src/core/serialize, hpdf.h only in src/core/export;
#  - the command line includes no wx header and nothing of the app;
#  - in the app, no command, pane or dialog reaches for the main window, and no changeable KitDocument
#    appears outside the edit path (a change is a lambda given to EditPath).
set -u
root=${1:-.}
core="$root/src/core"
fail=0
checked=0
report() { echo "layering: $1"; fail=1; }

# floor of each core folder; folders on one floor may not include each other
declare -A floor=([util]=0 [i18n]=1 [io]=2 [model]=3 [scoring]=4 [checks]=5 [export]=5 [serialize]=6 [bank]=7 [print]=8 [document]=9)

for dir in "$core"/*/; do
  name=$(basename "$dir")
  [ -n "${floor[$name]+set}" ] || report "src/core/$name is on no floor: add it to tests/check_layering.sh and docs/architecture.md"
done

while IFS= read -r line; do
  file=${line%%:*}
  rest=${line#*:}
  rel=${file#"$core"/}
  from=${rel%%/*}
  target=$(sed -E 's/.*#\s*include\s*"([a-z_]+)\/.*/\1/' <<<"$rest")
  [ "$target" = "$from" ] && continue
  [ -n "${floor[$target]+set}" ] || continue
  checked=$((checked + 1))
  if (( floor[$target] > floor[$from] )); then
    report "$rel includes $target/ (floor ${floor[$target]}) from $from/ (floor ${floor[$from]}): an arrow up"
  elif (( floor[$target] == floor[$from] )); then
    report "$rel includes $target/, a sibling on the same floor (${floor[$from]})"
  fi
done < <(grep -rnoE '#\s*include\s*"[a-z_]+/[a-z_./]+"' "$core" | sed -E 's/^([^:]+):[0-9]+:/\1:/')

while IFS= read -r hit; do report "wx header in the core: $hit"; done < <(grep -rnE '#\s*include\s*[<"]wx/' "$core")
while IFS= read -r hit; do report "wx header in the command line: $hit"; done < <(grep -rnE '#\s*include\s*[<"]wx/' "$root/src/cli")
while IFS= read -r hit; do report "tinyxml2 outside src/core/serialize: $hit"; done < <(grep -rnE '#\s*include\s*[<"]tinyxml2' "$root/src" | grep -v "^$core/serialize/")
while IFS= read -r hit; do report "hpdf.h outside src/core/export: $hit"; done < <(grep -rnE '#\s*include\s*[<"]hpdf' "$root/src" | grep -v "^$core/export/")
if grep -qE 'ikit::wx|wxWidgets' "$core/CMakeLists.txt"; then report "src/core/CMakeLists.txt links wx"; fi
if grep -qE 'ikit_app|ikit::wx|wxWidgets' "$root/src/cli/CMakeLists.txt"; then report "src/cli/CMakeLists.txt links the app or wx"; fi
while IFS= read -r hit; do report "main_frame.h in a command, pane or dialog: $hit"; done < <(grep -rnE '#\s*include\s*"main_frame\.h"' "$root/src/app/commands" "$root/src/app/panels" "$root/src/app/dialogs")
while IFS= read -r hit; do report "the kit changed outside the edit path: $hit"; done < <(grep -rnE 'KitDocument\s*&' "$root/src/app" | grep -vE 'const KitDocument\s*&' | grep -vE '\]\(KitDocument\s*&\s*\w+\)' | grep -v "^$root/src/app/edit_path\.")

[ $fail -eq 0 ] && echo "layering: $checked cross-floor includes go down; 9 rules, 9 passed, 0 failed"
exit $fail
