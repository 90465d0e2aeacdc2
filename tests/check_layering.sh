#!/usr/bin/env bash
# Fails when a header crosses the architecture's lines: wx in the core, tinyxml2 outside
# src/core/serialize, hpdf.h outside src/core/export.
set -u
root=${1:-.}
fail=0
report() { echo "layering: $1"; fail=1; }
while IFS= read -r hit; do report "wx header in the core: $hit"; done < <(grep -rnE '#\s*include\s*[<"]wx/' "$root/src/core")
while IFS= read -r hit; do report "tinyxml2 outside src/core/serialize: $hit"; done < <(grep -rnE '#\s*include\s*[<"]tinyxml2' "$root/src" | grep -v "^$root/src/core/serialize/")
while IFS= read -r hit; do report "hpdf.h outside src/core/export: $hit"; done < <(grep -rnE '#\s*include\s*[<"]hpdf' "$root/src" | grep -v "^$root/src/core/export/")
if grep -qE 'ikit::wx|wxWidgets' "$root/src/core/CMakeLists.txt"; then report "src/core/CMakeLists.txt links wx"; fi
[ $fail -eq 0 ] && echo "layering: 4 passed, 0 failed"
exit $fail
