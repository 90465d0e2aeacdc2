#!/usr/bin/env bash
# CTest "catalogs_complete": extracts a fresh template from src/ (po/extract_template.sh), merges every
# po/<lang>.po with it into a scratch file (the catalog itself is not changed) and runs
# msgfmt --check --statistics on the result. Fails on any untranslated or fuzzy entry (a string marked
# since the catalog was last updated is untranslated), naming the language, the counts and up to 20 msgids.
#   tests/i18n/catalogs_complete.sh <source dir>
set -uo pipefail
src=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ikit-catalogs.XXXXXX")
trap 'rm -rf "$work"' EXIT

bash "$src/po/extract_template.sh" "$src" "$work/ikit.pot" || { echo "catalogs_complete: xgettext failed"; exit 1; }
shopt -s nullglob
catalogs=("$src"/po/*.po)
if [[ ${#catalogs[@]} -eq 0 ]]; then
  echo "catalogs_complete: no po/*.po"
  exit 1
fi
failed=0
for po in "${catalogs[@]}"; do
  lang=$(basename "$po" .po)
  merged=$work/$lang.po
  if ! msgmerge --quiet --no-fuzzy-matching -o "$merged" "$po" "$work/ikit.pot"; then
    echo "FAIL $lang: msgmerge failed"; failed=1; continue
  fi
  if ! stats=$(msgfmt --check --statistics -o /dev/null "$merged" 2>&1); then
    echo "FAIL $lang: msgfmt --check:"; sed 's/^/    /' <<<"$stats"; failed=1; continue
  fi
  stats=$(tail -n 1 <<<"$stats")
  if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
    echo "FAIL $lang: $stats"
    for kind in untranslated only-fuzzy; do
      msgattrib --$kind --no-obsolete --no-wrap "$merged" 2>/dev/null |
        sed -n 's/^msgid "\(..*\)"$/\1/p' | head -n 20 | sed "s/^/    ${kind#only-}: /"
    done
    failed=1
  else
    echo "ok   $lang: $stats"
  fi
done
exit $failed
