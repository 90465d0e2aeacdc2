#!/usr/bin/env bash
# Writes the translation template: every string marked in src/ (*.cpp, *.h), with the keywords of
# docs/translation.md. Used by the `pot` target (po/ikit.pot), the pseudo-language build and the
# catalogs_complete test, so all three extract the same way.
#   po/extract_template.sh <source dir> <output.pot> [xgettext]
set -euo pipefail
src=$(cd "$1" && pwd)
out=$2
xgettext=${3:-xgettext}
case "$out" in /*) ;; *) out=$PWD/$out ;; esac
cd "$src"
find src -name '*.cpp' -o -name '*.h' | LC_ALL=C sort >"$out.files"
"$xgettext" --language=C++ --from-code=UTF-8 --add-comments=TRANSLATORS: --sort-by-file \
  --keyword=tr --keyword=trn:1,2 --keyword=trc:1c,2 --keyword=N_ --keyword=_ --keyword=wxPLURAL:1,2 \
  --keyword=wxTRANSLATE --keyword=wxGETTEXT_IN_CONTEXT:1c,2 --package-name=interview-kit-builder \
  --msgid-bugs-address=team@interview-kit-builder.example \
  --force-po --files-from="$out.files" -o "$out"
rm -f "$out.files"
