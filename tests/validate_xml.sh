#!/usr/bin/env bash
# Validates every shipped XML file (bank, rubrics, question rules, sample kits) and every kit file
# the tests wrote against the project's XML schemas with xmllint.
set -u
root=$1
out=${2:-}
schema="$root/assets/schema"
passed=0
failed=0
check() {  # check SCHEMA FILE
  if xmllint --noout --nonet --schema "$1" "$2" 2>/tmp/ikit_xmllint.$$; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    cat /tmp/ikit_xmllint.$$
  fi
}
shopt -s nullglob
for f in "$root"/assets/bank/*.xml; do check "$schema/bank.xsd" "$f"; done
for f in "$root"/assets/rubrics/*.xml "$root"/assets/rubrics/questions/*.xml; do check "$schema/rubric.xsd" "$f"; done
for f in "$root"/assets/checks/*.xml; do check "$schema/question_rules.xsd" "$f"; done
for f in "$root"/kits/*.ikit; do check "$schema/kit.xsd" "$f"; done
# Fixtures the schemas must refuse: tests/data/schema/<kind>-bad-*.xml|.ikit (kind: bank, rubric, kit).
refuse() {  # refuse SCHEMA FILE
  if xmllint --noout --nonet --schema "$1" "$2" >/dev/null 2>&1; then
    failed=$((failed + 1))
    echo "$2: the schema accepted a file it must refuse"
  else
    passed=$((passed + 1))
  fi
}
for kind in bank rubric kit; do
  for f in "$root"/tests/data/schema/"$kind"-good-*; do check "$schema/$kind.xsd" "$f"; done
  for f in "$root"/tests/data/schema/"$kind"-bad-*; do refuse "$schema/$kind.xsd" "$f"; done
done
if [ -n "$out" ]; then
  while IFS= read -r -d '' f; do check "$schema/kit.xsd" "$f"; done < <(find "$out" -name '*.ikit' -print0)
fi
rm -f /tmp/ikit_xmllint.$$
echo "schema validation: $passed passed, $failed failed"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ]
