#!/usr/bin/env bash
# Tests the Windows build under Wine (reached as: installer/dev.sh windows-test). Run
# installer/dev.sh windows first. Installs Wine (64-bit), Xvfb, ImageMagick and poppler-utils if
# missing, makes a Wine prefix of its own under the build folder, then runs the CTest project
# installer/windows/tests (label "windows") inside one headless X server (xvfb-run -a):
# ikit.exe --version, PDF export of every sample kit, new/validate/check with Windows paths and
# Unicode names, the backup kept on save, the app drawing its window (plus a screenshot in
# assets/screenshots/windows_main_window.png), and a silent install and uninstall.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"
out=$(realpath -m "${IKIT_WINDOWS_BUILD_DIR:-build-windows}")
packages=(wine wine64 xvfb xauth imagemagick poppler-utils unzip cmake binutils-mingw-w64-x86-64)
# shellcheck source=installer/install_missing.sh
source "$here/installer/install_missing.sh"
install_missing "${packages[@]}"

ls "$out"/packages/interview-kit-builder-*-win64.zip "$out"/packages/interview-kit-builder-*-win64-setup.exe \
  >/dev/null 2>&1 || { echo "No Windows packages in $out/packages: run installer/dev.sh windows first" >&2; exit 1; }

export WINEPREFIX="$out/wine-prefix"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono or Gecko download prompts
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "== Making the Wine prefix $WINEPREFIX"
  xvfb-run -a wineboot -i >/dev/null 2>&1 || true
  wineserver -w
fi

# The Wine user's TEMP gets a Unicode name, as for a Windows user called Zoë Łódź: the PDF export
# writes its font subset there for libharu's narrow fopen (native_path.h).
unicode_temp='C:\users\'"$(id -un)"'\Temp\Zoë Łódź'
if [ ! -d "$WINEPREFIX/drive_c/users/$(id -un)/Temp/Zoë Łódź" ]; then
  mkdir -p "$WINEPREFIX/drive_c/users/$(id -un)/Temp/Zoë Łódź"
  wine reg add 'HKCU\Environment' /v TEMP /d "$unicode_temp" /f >/dev/null
  wine reg add 'HKCU\Environment' /v TMP /d "$unicode_temp" /f >/dev/null
  wineserver -w
fi

cmake -S installer/windows/tests -B "$out/wine-tests-build" -DIKIT_SOURCE_DIR="$here" \
  -DIKIT_WIN_OUT="$out" -DIKIT_WINEPREFIX="$WINEPREFIX" >/dev/null
status=0
(cd "$out/wine-tests-build" && xvfb-run -a -s "-screen 0 1280x800x24" ctest -L windows --output-on-failure) || status=$?
wineserver -k 2>/dev/null || true
exit $status
