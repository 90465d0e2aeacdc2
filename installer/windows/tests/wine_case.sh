#!/usr/bin/env bash
# One Windows test case, run under Wine by CTest (installer/windows/tests/CMakeLists.txt, label
# "windows"): installer/windows/tests/wine_case.sh CASE
# Needs: IKIT_WIN_OUT (the Windows build folder, with packages/), IKIT_SOURCE_DIR, WINEPREFIX,
# a DISPLAY (test.sh runs CTest inside xvfb-run). Every case works in its own folder under
# $IKIT_WIN_OUT/wine-tests/CASE, made empty first, and prints what it checks. (Output is
# captured before grep -q reads it: with pipefail, "cmd | grep -q" fails when grep stops early.)
set -euo pipefail

case_name=${1:?case}
out=${IKIT_WIN_OUT:?}
src=${IKIT_SOURCE_DIR:?}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
work="$out/wine-tests/$case_name"
rm -rf "$work"; mkdir -p "$work"

zip=$(ls "$out"/packages/interview-kit-builder-*-win64.zip | head -n 1)
setup=$(ls "$out"/packages/interview-kit-builder-*-win64-setup.exe | head -n 1)
version=$(sed -n 's/^project(InterviewKitBuilder VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
# The Windows path of a Linux path: Wine maps / to drive Z:.
winpath() { local p; p=$(realpath -m "$1"); printf 'Z:%s' "${p//\//\\}"; }

# The portable zip, unpacked for this case: ikit.exe and the app as a user would run them.
portable() {
  unzip -q "$zip" -d "$work/portable"
  ikit="$work/portable/Interview Kit Builder/bin/ikit.exe"
  gui="$work/portable/Interview Kit Builder/bin/Interview Kit Builder.exe"
  [ -f "$ikit" ] || fail "ikit.exe is not in the zip"
}
run_ikit() { wine "$ikit" "$@"; }

case "$case_name" in
  version)
    portable
    got=$(run_ikit --version | tr -d '\r')
    echo "$got"
    [[ $got == *"$version"* ]] || fail "ikit.exe --version printed '$got', not $version"
    # Needs nothing but Windows: no DLL outside the system's own.
    dlls=$(x86_64-w64-mingw32-objdump -p "$ikit" "$gui" | sed -n 's/^\s*DLL Name: //p' | sort -u | tr '\n' ' ')
    echo "imports: $dlls"
    for d in $dlls; do
      case "${d,,}" in
        kernel32.dll|user32.dll|gdi32.dll|comdlg32.dll|winspool.drv|winmm.dll|shell32.dll|shlwapi.dll|\
        comctl32.dll|ole32.dll|oleaut32.dll|uuid.dll|rpcrt4.dll|advapi32.dll|version.dll|ws2_32.dll|\
        msvcrt.dll|uxtheme.dll|oleacc.dll|imm32.dll|gdiplus.dll|msimg32.dll|dwmapi.dll|crypt32.dll) ;;
        *) fail "an executable needs $d, which Windows does not have" ;;
      esac
    done
    pass "ikit.exe --version, and both executables import only Windows DLLs"
    ;;

  export_samples)
    portable
    n=0
    for kit in "$src"/kits/*.ikit; do
      name=$(basename "$kit" .ikit)
      for kind in scorecard guide; do
        pdf="$work/$name-$kind.pdf"
        run_ikit export "$(winpath "$kit")" -o "$(winpath "$pdf")" --kind "$kind" \
          --candidate 'Zoë Łukasiewicz' --interviewer 'José Núñez' --date 2026-03-02 >/dev/null
        pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
        [ "${pages:-0}" -ge 1 ] || fail "$pdf has no pages"
        text=$(pdftotext -q "$pdf" -)
        if [ "$kind" = scorecard ]; then
          grep -q 'Zoë Łukasiewicz' <<<"$text" || fail "$pdf does not show the candidate's name"
          grep -q 'José Núñez' <<<"$text" || fail "$pdf does not show the interviewer's name"
        fi
        grep -q 'DejaVu' <<<"$(pdffonts "$pdf")" || fail "$pdf does not embed DejaVu Sans (font not found beside the exe?)"
        n=$((n + 1))
      done
    done
    temp_dir="$WINEPREFIX/drive_c/users/$(id -un)/Temp/Zoë Łódź"  # TEMP, set by test.sh
    [ -d "$temp_dir" ] || fail "no Unicode TEMP folder $temp_dir (test.sh makes it)"
    leftovers=$(find "$temp_dir" -maxdepth 1 -name 'ikit-font-*' | wc -l)
    [ "$leftovers" -eq 0 ] || fail "$leftovers font temporary files left in $temp_dir"
    pass "$n PDFs exported by ikit.exe from every sample kit, checked with pdfinfo, pdftotext and pdffonts"
    pass "with TEMP=C:\\users\\$(id -un)\\Temp\\Zoë Łódź (the font subsets go there), and none was left there"
    ;;

  unicode_paths)
    portable
    dir="$work/Kits für Zoë"
    mkdir -p "$dir"
    kit="$dir/Zoë Łukasiewicz.ikit"
    run_ikit new --role head-cs --minutes 45 --title 'Zoë Łukasiewicz — Head of CS' -o "$(winpath "$kit")" >/dev/null
    [ -f "$kit" ] || fail "ikit new did not write '$kit'"
    pass "new: wrote $(winpath "$kit")"
    run_ikit validate "$(winpath "$kit")" | tr -d '\r'
    pass "validate with a drive letter, backslashes and a Unicode name"
    set +e
    run_ikit check "$(winpath "$kit")" >"$work/check.txt"; rc=$?
    set -e
    tr -d '\r' <"$work/check.txt" | head -n 5
    [ $rc -le 1 ] || fail "ikit check exited with $rc"
    grep -q 'Zoë Łukasiewicz' "$work/check.txt" || fail "ikit check did not name the file in UTF-8"
    pass "check (exit $rc) names the file in UTF-8"
    # Relative path with backslashes, from a working folder with a Unicode name.
    (cd "$dir" && wine "$ikit" validate '.\Zoë Łukasiewicz.ikit' >/dev/null) || fail "relative backslash path"
    pass "validate .\\Zoë Łukasiewicz.ikit (relative, backslash)"
    # Export into a folder, one PDF per interviewer: names made safe for Windows.
    mkdir -p "$work/out"
    run_ikit export "$(winpath "$kit")" -o "$(winpath "$work/out")\\" --interviewer 'CON' --interviewer 'Ann: "Q&A"?' >/dev/null
    ls "$work/out"
    [ -f "$work/out/Zoë Łukasiewicz-scorecard-CON_.pdf" ] || fail "the device name CON was not made safe"
    pass "export -o folder\\ with interviewers named CON and Ann: \"Q&A\"?"
    ;;

  backup)
    portable
    kit="$work/Łódź kit.ikit"
    run_ikit new --role head-cs --minutes 30 --title 'First' -o "$(winpath "$kit")" >/dev/null
    first=$(sha256sum <"$kit")
    run_ikit new --role head-cs --minutes 60 --title 'Second' -o "$(winpath "$kit")" >/dev/null
    [ -f "$kit~" ] || fail "saving over an existing kit left no backup '$kit~'"
    [ "$(sha256sum <"$kit~")" = "$first" ] || fail "the backup does not hold the previous content"
    grep -q 'Second' "$kit" || fail "the new content was not saved"
    leftovers=$(find "$work" -maxdepth 1 -name '.*tmp' | wc -l)
    [ "$leftovers" -eq 0 ] || fail "temporary files left behind"
    pass "a save over an existing kit keeps the previous one as 'Łódź kit.ikit~' (ReplaceFileW)"
    ;;

  gui)
    portable
    kit=$(ls "$src"/kits/*.ikit | head -n 1)
    # --report-ready prints a line once the main window has been drawn, then quits.
    set +e
    timeout 180 wine "$gui" --report-ready "$(winpath "$kit")" >"$work/ready.txt" 2>"$work/stderr.txt"; rc=$?
    set -e
    tr -d '\r' <"$work/ready.txt"
    [ $rc -eq 0 ] || fail "the app exited with $rc (stderr: $(tail -n 5 "$work/stderr.txt"))"
    grep -q '^ready ' "$work/ready.txt" || fail "the app did not report a drawn window"
    pass "Interview Kit Builder.exe drew its main window on $(basename "$kit") and quit"
    # A screenshot of the running app for the README.
    wine "$gui" "$(winpath "$kit")" >/dev/null 2>&1 &
    pid=$!
    sleep "${IKIT_SCREENSHOT_WAIT:-25}"
    import -window root "$work/windows_main_window.png"
    kill "$pid" 2>/dev/null || true
    wineserver -k 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    mkdir -p "$src/assets/screenshots"
    cp "$work/windows_main_window.png" "$src/assets/screenshots/windows_main_window.png"
    pass "screenshot in assets/screenshots/windows_main_window.png"
    ;;

  installer)
    user_dir=$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
    local_app_data=$(winepath -u "$user_dir" 2>/dev/null | tr -d '\r')
    target="$local_app_data/Programs/Interview Kit Builder"
    if [ -e "$target" ]; then  # left by an earlier, failed run: uninstall it first
      [ -f "$target/Uninstall.exe" ] && { wine "$target/Uninstall.exe" /S; wineserver -w; }
      rm -rf "$target"
    fi
    wine "$setup" /S
    wineserver -w
    [ -f "$target/bin/ikit.exe" ] || fail "the installer did not put bin\\ikit.exe in $target"
    [ -f "$target/share/interview-kit-builder/fonts/DejaVuSans.ttf" ] || fail "no font installed"
    for lang in de fr es; do
      [ -f "$target/share/locale/$lang/LC_MESSAGES/ikit.mo" ] || fail "no $lang message catalog installed"
    done
    got=$(wine "$target/bin/ikit.exe" --version | tr -d '\r')
    [[ $got == *"$version"* ]] || fail "the installed ikit.exe printed '$got'"
    pass "silent install into $user_dir\\Programs\\Interview Kit Builder; installed ikit.exe --version: $got"
    wine "$target/bin/ikit.exe" export "$(winpath "$(ls "$src"/kits/*.ikit | head -n 1)")" \
      -o "$(winpath "$work/installed.pdf")" --candidate 'Zoë Łukasiewicz' >/dev/null
    grep -q DejaVu <<<"$(pdffonts "$work/installed.pdf")" || fail "the installed ikit.exe did not embed the shipped font (needed for Ł)"
    pass "the installed ikit.exe exports a PDF with the shipped font"
    grep -q 'InterviewKitBuilder.Kit' <<<"$(wine reg query 'HKCU\Software\Classes\.ikit' /ve)" ||
      fail "no .ikit association in HKCU"
    grep -q 'interview-kit.ico' <<<"$(wine reg query 'HKCU\Software\Classes\InterviewKitBuilder.Kit\DefaultIcon' /ve)" ||
      fail "no icon for .ikit files"
    wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\InterviewKitBuilder' /v DisplayName \
      >/dev/null || fail "no Add/Remove Programs entry"
    start_menu=$(winepath -u "$(wine cmd /c 'echo %APPDATA%' | tr -d '\r')")/Microsoft/Windows/Start\ Menu/Programs
    [ -f "$start_menu/Interview Kit Builder.lnk" ] || fail "no Start menu shortcut in $start_menu"
    pass "HKCU .ikit association with its icon, uninstall entry, Start menu shortcut"
    # A file of the user's own in the install folder must survive the uninstall.
    echo "mine" >"$target/my notes.txt"
    wine "$target/Uninstall.exe" /S
    wineserver -w
    [ ! -e "$target/bin" ] || fail "the uninstaller left $target/bin"
    [ ! -e "$target/share" ] || fail "the uninstaller left $target/share"
    [ -f "$target/my notes.txt" ] || fail "the uninstaller removed a file it had not installed"
    [ ! -e "$start_menu/Interview Kit Builder.lnk" ] || fail "the Start menu shortcut is still there"
    if wine reg query 'HKCU\Software\Classes\InterviewKitBuilder.Kit' >/dev/null 2>&1; then
      fail "the uninstaller left the InterviewKitBuilder.Kit registry key"
    fi
    if wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\InterviewKitBuilder' >/dev/null 2>&1; then
      fail "the uninstaller left its Add/Remove Programs entry"
    fi
    rm -rf "$target"
    pass "silent uninstall removed what it installed (files, shortcut, registry) and kept the user's file"
    ;;

  *) echo "unknown case $case_name" >&2; exit 2 ;;
esac
