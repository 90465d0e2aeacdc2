#!/usr/bin/env bash
# Packaging test for Interview Kit Builder (registered with CTest as "packaging").
# Usage: check_package.sh <build dir> <source dir>     (the build must be done first)
#
# Validates the desktop entry, AppStream metainfo and MIME XML; builds the .deb and the .tar.gz
# with CPack into a scratch folder (the build dir gets no packages); checks what the .deb holds
# and its control fields; unpacks it and runs the packaged ikit on the packaged data; runs
# lintian on the .deb and fails on any error (E:) tag. Ends with "packaging: N passed, N failed".
# Tools: desktop-file-utils, appstream, libxml2-utils, dpkg-dev, shared-mime-info, lintian
# (lintian is skipped with a message when missing). Set IKIT_CPACK to choose the cpack binary.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <build dir> <source dir>" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
cpack_bin=${IKIT_CPACK:-cpack}

app_id=org.interviewkitbuilder.InterviewKitBuilder
pkg=interview-kit-builder
linux_dir=$source_dir/installer/linux

passed=0
failed=0
skipped=0
gave_up=0
work=$(mktemp -d "${TMPDIR:-/tmp}/ikit-packaging.XXXXXX")

finish() {
  local rc=$?
  rm -rf "$work"
  if [[ $rc -ne 0 && $gave_up -eq 0 ]]; then
    echo "FAIL: the script stopped early on an unexpected error (exit status $rc)"
    failed=$((failed + 1))
  fi
  local summary="packaging: $passed passed, $failed failed"
  [[ $skipped -gt 0 ]] && summary+=", $skipped skipped"
  echo "$summary"
  [[ $failed -eq 0 ]] || exit 1
  exit 0
}
trap finish EXIT

pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
skip() { echo "SKIP: $*"; skipped=$((skipped + 1)); }

# check <description> <command...>: runs the command, shows its output only when it fails.
check() {
  local what=$1
  shift
  local log=$work/check.log
  if "$@" >"$log" 2>&1; then
    pass "$what"
  else
    fail "$what"
    sed 's/^/    /' "$log"
  fi
}

# Stops the test: what follows needs what just failed.
give_up() {
  fail "$*"
  gave_up=1
  echo "stopping: the remaining checks need this step"
  exit 1
}

have() { command -v "$1" >/dev/null 2>&1; }

cache_value() {  # cache_value NAME -> the value of NAME in CMakeCache.txt, or ""
  sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt" | head -n 1
}

[[ -f $build_dir/CPackConfig.cmake ]] || give_up "no CPackConfig.cmake in $build_dir (configure first)"
app_built=$(cache_value IKIT_BUILD_APP)
case ${app_built^^} in ON | TRUE | YES | 1 | Y) app_built=1 ;; *) app_built=0 ;; esac
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")

# --- Metadata files ----------------------------------------------------------------------------
if have desktop-file-validate; then
  check "desktop-file-validate $app_id.desktop" desktop-file-validate "$linux_dir/$app_id.desktop"
else
  fail "desktop-file-validate not found (install desktop-file-utils)"
fi

metainfo=$linux_dir/$app_id.metainfo.xml
if have appstreamcli; then
  check "appstreamcli validate $app_id.metainfo.xml" appstreamcli validate --no-net "$metainfo"
elif have appstream-util; then
  check "appstream-util validate-relax $app_id.metainfo.xml" appstream-util validate-relax --nonet "$metainfo"
else
  fail "appstreamcli not found (install appstream)"
fi

mime_xml=$linux_dir/interview-kit-builder.xml
if have xmllint; then
  check "xmllint interview-kit-builder.xml" xmllint --noout "$mime_xml"
else
  fail "xmllint not found (install libxml2-utils)"
fi

# The MIME definition compiles, and maps *.ikit and <kit> documents to our type.
mime_ok() {
  local db=$work/mime
  mkdir -p "$db/packages"
  cp "$mime_xml" "$db/packages/"
  update-mime-database "$db" &&
    grep -qx 'application/x-interview-kit:\*\.ikit' <(cut -d: -f2- "$db/globs2") &&
    grep -q '^ kit application/x-interview-kit$' "$db/XMLnamespaces"
}
if have update-mime-database; then
  check "update-mime-database compiles the .ikit type" mime_ok
else
  skip "update-mime-database not found (install shared-mime-info)"
fi

# --- Build the packages in a scratch folder ----------------------------------------------------
have dpkg-deb || give_up "dpkg-deb not found"
cpack_dir=$work/cpack
echo "running: $cpack_bin -G DEB -B $cpack_dir --config $build_dir/CPackConfig.cmake"
if ! "$cpack_bin" -G DEB -B "$cpack_dir" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
  sed 's/^/    /' "$work/cpack.log"
  give_up "cpack -G DEB"
fi
deb=$(find "$cpack_dir" -maxdepth 1 -name "${pkg}_*.deb" | head -n 1)
[[ -n $deb ]] || give_up "cpack -G DEB made no ${pkg}_*.deb"
pass "cpack -G DEB made $(basename "$deb")"

# --- What the .deb holds -----------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents.txt"
contains() {  # contains <regex>: a path in the package matches
  grep -Eq "$1" "$work/contents.txt"
}
expect=(
  '^/usr/bin/ikit$'
  '^/usr/share/mime/packages/interview-kit-builder\.xml$'
  "^/usr/share/icons/hicolor/scalable/apps/$app_id\.svg$"
  "^/usr/share/icons/hicolor/48x48/apps/$app_id\.png$"
  '^/usr/share/icons/hicolor/48x48/mimetypes/application-x-interview-kit\.png$'
  '^/usr/share/interview-kit-builder/bank/[^/]+\.xml$'
  '^/usr/share/interview-kit-builder/rubrics/[^/]+\.xml$'
  '^/usr/share/interview-kit-builder/checks/[^/]+\.xml$'
  '^/usr/share/interview-kit-builder/kits/[^/]+\.ikit$'
  '^/usr/share/man/man1/ikit\.1\.gz$'
  '^/usr/share/locale/de/LC_MESSAGES/ikit\.mo$'
  '^/usr/share/locale/fr/LC_MESSAGES/ikit\.mo$'
  '^/usr/share/locale/es/LC_MESSAGES/ikit\.mo$'
  "^/usr/share/doc/$pkg/copyright$"
  "^/usr/share/doc/$pkg/changelog\.gz$"
)
if [[ $app_built -eq 1 ]]; then
  expect+=(
    '^/usr/bin/interview-kit-builder$'
    "^/usr/share/applications/$app_id\.desktop$"
    "^/usr/share/metainfo/$app_id\.metainfo\.xml$"
  )
else
  skip "IKIT_BUILD_APP is OFF: not checking for the desktop app and its desktop entry"
fi
missing=()
for pattern in "${expect[@]}"; do
  contains "$pattern" || missing+=("$pattern")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  pass "the .deb holds the programs, data, sample kits, message catalogs and desktop files (${#expect[@]} paths)"
else
  fail "the .deb lacks: ${missing[*]}"
  echo "    it holds:"
  sed 's/^/      /' "$work/contents.txt"
fi

control_ok() {
  local field value
  for field in Package Version Section Maintainer Homepage Depends; do
    value=$(dpkg-deb -f "$deb" "$field")
    echo "$field: $value"
    [[ -n $value ]] || { echo "  empty $field"; return 1; }
  done
  [[ $(dpkg-deb -f "$deb" Package) == "$pkg" ]] || { echo "  wrong Package"; return 1; }
  [[ -z $version || $(dpkg-deb -f "$deb" Version) == "$version" ]] || { echo "  Version is not $version"; return 1; }
  dpkg-deb -f "$deb" Depends | grep -q 'fonts-dejavu-core' || { echo "  Depends lacks fonts-dejavu-core"; return 1; }
  # dpkg-shlibdeps found the libraries (libc at least).
  dpkg-deb -f "$deb" Depends | grep -q 'libc6' || { echo "  Depends lacks the shared libraries"; return 1; }
}
check "control fields (Package, Version $version, Depends with fonts-dejavu-core and shlibs)" control_ok

# --- The packaged programs work from the unpacked package --------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root" || give_up "dpkg-deb -x"
ikit=$root/usr/bin/ikit
[[ -x $ikit ]] || give_up "the unpacked package has no executable usr/bin/ikit"

libs_ok() {
  local exe bad=0
  for exe in "$root"/usr/bin/*; do
    if ldd "$exe" | grep 'not found'; then bad=1; fi
  done
  return $bad
}
if have ldd; then
  check "the packaged programs find all their shared libraries" libs_ok
fi

# The programs must use the packaged data (<exe>/../share/interview-kit-builder), so neither
# the developer's IKIT_DATA_DIR nor their own banks may leak in.
run_packaged() {
  env -u IKIT_DATA_DIR XDG_DATA_HOME="$work/xdg" HOME="$work/home" "$@"
}
mkdir -p "$work/xdg" "$work/home"
check "packaged ikit bank stats" run_packaged "$ikit" bank stats

# The packaged ikit finds its catalogs at <exe>/../share/locale, after the folder of $IKIT_LOCALE_DIR: a broken
# catalog there is reported (once) and the packaged German one is used, so the warning itself is German.
german_ok() {
  mkdir -p "$work/broken-locale/de/LC_MESSAGES"
  echo "not a catalog, but long enough to be read" >"$work/broken-locale/de/LC_MESSAGES/ikit.mo"
  local err
  err=$(run_packaged env LANGUAGE=de IKIT_LOCALE_DIR="$work/broken-locale" "$ikit" --version 2>&1 >/dev/null)
  echo "stderr: $err"
  [[ $(wc -l <<<"$err") -eq 1 ]] && grep -q '^ikit: Warnung: .*broken-locale/de/LC_MESSAGES/ikit.mo: ' <<<"$err"
}
check "packaged ikit under LANGUAGE=de reads its German catalog from share/locale (a broken override reported once)" german_ok

first_kit=$(find "$root/usr/share/$pkg/kits" -maxdepth 1 -name '*.ikit' 2>/dev/null | LC_ALL=C sort | head -n 1 || true)
pdf=$work/x.pdf
export_ok() {
  run_packaged "$ikit" export "$first_kit" -o "$pdf" &&
    [[ -s $pdf ]] &&
    [[ $(head -c 5 "$pdf") == "%PDF-" ]]
}
if [[ -n $first_kit ]]; then
  check "packaged ikit export $(basename "$first_kit") -o x.pdf makes a non-empty PDF" export_ok
else
  fail "no sample kit in the package to export"
fi

# --- The .tar.gz is a relocatable tree ---------------------------------------------------------
tgz_ok() {
  "$cpack_bin" -G TGZ -B "$work/cpack-tgz" --config "$build_dir/CPackConfig.cmake" || return 1
  local tgz top
  tgz=$(find "$work/cpack-tgz" -maxdepth 1 -name "${pkg}-*.tar.gz" | head -n 1)
  [[ -n $tgz ]] || { echo "no ${pkg}-*.tar.gz"; return 1; }
  mkdir -p "$work/tgz"
  tar -xzf "$tgz" -C "$work/tgz"
  top=$(find "$work/tgz" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  [[ -x $top/bin/ikit ]] || { echo "no bin/ikit at the top of the archive"; return 1; }
  local lang
  for lang in de fr es; do
    [[ -f $top/share/locale/$lang/LC_MESSAGES/ikit.mo ]] || { echo "no share/locale/$lang/LC_MESSAGES/ikit.mo"; return 1; }
  done
  [[ ! -e $top/share/locale/qps ]] || { echo "the pseudo-language qps was packaged"; return 1; }
  run_packaged "$top/bin/ikit" bank stats
}
check "cpack -G TGZ makes a relocatable tree with the catalogs whose ikit finds its data" tgz_ok

# --- lintian -----------------------------------------------------------------------------------
if have lintian; then
  lintian_log=$work/lintian.log
  # lintian exits 1 when it reports errors (counted below) and 2 or more when it could not run.
  lintian_rc=0
  lintian --tag-display-limit 0 "$deb" >"$lintian_log" 2>&1 || lintian_rc=$?
  echo "lintian output:"
  sed 's/^/    /' "$lintian_log"
  errors=$(grep -c '^E: ' "$lintian_log" || true)
  warnings=$(grep -c '^W: ' "$lintian_log" || true)
  if [[ $lintian_rc -ge 2 ]]; then
    fail "lintian could not check the package (exit status $lintian_rc)"
  elif [[ $errors -eq 0 ]]; then
    pass "lintian: 0 errors, $warnings warnings"
  else
    fail "lintian: $errors errors, $warnings warnings"
  fi
else
  skip "lintian is not installed (apt-get install lintian); the .deb was not linted"
fi
