#!/usr/bin/env bash
# Windows build, cross-compiled on Debian (reached as: installer/dev.sh windows).
#   1. installs mingw-w64 (x86_64, POSIX threads) and the packaging tools, only those missing;
#   2. fetches the Debian source packages of zlib, libpng, tinyxml2, libharu and wxWidgets 3.2
#      (apt-get source, through a deb-src entry this script manages itself);
#   3. cross-compiles them once, static, into a prefix cached under the build folder and keyed
#      on the source versions (a new Debian version, or a new recipe revision, rebuilds it);
#   4. configures and builds the project with installer/windows/mingw-w64-x86_64.cmake: static
#      ikit.exe and "Interview Kit Builder.exe", then the portable zip and the NSIS installer
#      (installer/windows/interview-kit-builder.nsi) in build-windows/packages.
# Usage: installer/windows/build.sh [all|prefix|app]   (default all)
# Environment: IKIT_WINDOWS_BUILD_DIR (default build-windows), IKIT_JOBS (default 2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"
stage=${1:-all}
jobs=${IKIT_JOBS:-2}
out=$(realpath -m "${IKIT_WINDOWS_BUILD_DIR:-build-windows}")
host=x86_64-w64-mingw32
toolchain="$here/installer/windows/mingw-w64-x86_64.cmake"
# Bump when the way the prefix is built changes (flags, options), so the cache is rebuilt.
recipe_revision=3
nice_cmd=(nice -n 15)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

log() { printf '== %s\n' "$*"; }

packages=(
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
  mingw-w64-x86-64-dev mingw-w64-common cmake make pkg-config dpkg-dev nsis zip fonts-dejavu-core
  gettext
)

# shellcheck source=installer/install_missing.sh
source "$here/installer/install_missing.sh"

# A deb-src entry with the same URIs and suites as Debian's own entry (debian.sources).
src_list=/etc/apt/sources.list.d/ikit-windows-deb-src.sources
ensure_deb_src() {
  local base=/etc/apt/sources.list.d/debian.sources wanted
  if [ -f "$base" ]; then
    wanted=$(sed -E -e 's/^Types:.*/Types: deb-src/' -e '/^#/d' "$base")
  else
    wanted=$(printf '%s\n' "Types: deb-src" "URIs: http://deb.debian.org/debian" \
      "Suites: bookworm bookworm-updates" "Components: main" \
      "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg")
  fi
  if [ ! -f "$src_list" ] || [ "$(cat "$src_list")" != "$wanted" ]; then
    log "Adding the deb-src entry $src_list"
    printf '%s\n' "$wanted" | $sudo tee "$src_list" >/dev/null
    $sudo apt-get update -qq
  elif ! apt-cache showsrc zlib >/dev/null 2>&1 || [ -z "$(apt-cache showsrc zlib 2>/dev/null)" ]; then
    $sudo apt-get update -qq
  fi
}

source_packages=(zlib libpng1.6 tinyxml2 libharu wxwidgets3.2)

# Fetch the newest source of one package that the archive really serves (a suite listed in the
# index may not be reachable, e.g. security on some mirrors: then the next older version is used)
# and record its .dsc name, e.g. wxwidgets3.2_3.2.2+dfsg-2.dsc, in sources/<package>.dsc.
fetch_source() {
  local p=$1 v dsc upstream vdir dir orig
  for v in $(apt-cache showsrc --only-source "$p" | awk '/^Version:/ {print $2}' | sort -u -r -V); do
    dsc=$(apt-get source --print-uris -qq "$p=$v" | awk '$2 ~ /\.dsc$/ {print $2; exit}')
    [ -n "$dsc" ] || continue
    upstream=${v#*:}; upstream=${upstream%-*}
    vdir="$out/sources/$p/${v//:/_}"
    dir="$vdir/$p-$upstream"
    if [ ! -f "$vdir/.unpacked" ]; then
      log "Fetching the Debian source of $p $v"
      rm -rf "$vdir"; mkdir -p "$vdir"
      if (cd "$vdir" && apt-get source -qq "$p=$v" >/dev/null 2>&1); then
        touch "$vdir/.unpacked"
      else
        # The .dsc and the upstream tarball came, the Debian part did not: use the upstream source.
        orig=$(ls "$vdir/${p}_${upstream}".orig.tar.* 2>/dev/null | head -n 1 || true)
        if [ -f "$vdir/$dsc" ] && [ -n "$orig" ]; then
          log "  $p $v: the archive does not serve its .debian.tar; using Debian's .orig tarball unpatched"
          mkdir -p "$dir" && tar -xf "$orig" -C "$dir" --strip-components=1 && touch "$vdir/.unpacked"
        else
          log "  $p $v is listed but not served; trying an older version"
          rm -rf "$vdir"
          continue
        fi
      fi
    fi
    echo "$dsc" >"$out/sources/$p.dsc"
    echo "$dir" >"$out/sources/$p.dir"
    return
  done
  echo "no reachable source package for $p" >&2
  exit 1
}

fetch_sources() {
  mkdir -p "$out/sources"
  local p
  for p in "${source_packages[@]}"; do fetch_source "$p"; done
}

# The unpacked source folder of a fetched Debian source package.
src_dir() { cat "$out/sources/$1.dir"; }

prefix_key() {
  local p
  { echo "recipe $recipe_revision"; for p in "${source_packages[@]}"; do cat "$out/sources/$p.dsc"; done; \
    "$host-g++-posix" --version | head -n 1; } | sha256sum | cut -c1-16
}

cmake_static() {
  # cmake_static <source dir> <build dir> [extra -D options]: configure, build, install into $prefix.
  local src=$1 bld=$2; shift 2
  "${nice_cmd[@]}" cmake -S "$src" -B "$bld" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DIKIT_WINDOWS_PREFIX="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=OFF "$@" >/dev/null
  "${nice_cmd[@]}" cmake --build "$bld" -j"$jobs" >/dev/null
  cmake --install "$bld" >/dev/null
}

build_prefix() {
  local key work t0
  t0=$(date +%s)
  fetch_sources
  key=$(prefix_key)
  prefix="$out/prefix-$key"
  if [ -f "$prefix/.complete" ]; then
    log "Cached prefix is current: $prefix"
    return
  fi
  rm -rf "$prefix"
  work="$out/work-$key"
  rm -rf "$work"; mkdir -p "$work" "$prefix"
  local cc="$host-gcc-posix" cxx="$host-g++-posix"

  log "zlib"
  # Debian's zlib source has no win32/ makefiles: the library is its fixed list of C files.
  mkdir -p "$work/zlib"
  (cd "$work/zlib" && z="$(src_dir zlib)" &&
   for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast inflate \
            inftrees trees uncompr zutil; do
     "${nice_cmd[@]}" "$cc" -O2 -c "$z/$f.c" -o "$f.o" || exit 1
   done &&
   "$host-ar" rcs libz.a ./*.o &&
   install -D -m644 "$z/zlib.h" "$prefix/include/zlib.h" &&
   install -D -m644 "$z/zconf.h" "$prefix/include/zconf.h" &&
   install -D -m644 libz.a "$prefix/lib/libz.a")

  log "libpng"
  cp -a "$(src_dir libpng1.6)" "$work/libpng"
  (cd "$work/libpng" && "${nice_cmd[@]}" ./configure -q --host="$host" --prefix="$prefix" \
      --disable-shared --enable-static CC="$cc" CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" &&
   "${nice_cmd[@]}" make -s -j"$jobs" >/dev/null && make -s install >/dev/null)

  log "tinyxml2"
  cmake_static "$(src_dir tinyxml2)" "$work/tinyxml2" -Dtinyxml2_BUILD_TESTING=OFF -DBUILD_TESTING=OFF

  log "libharu"
  cmake_static "$(src_dir libharu)" "$work/libharu" -DLIBHPDF_SHARED=OFF -DLIBHPDF_STATIC=ON \
    -DLIBHPDF_EXAMPLES=OFF -DBUILD_TESTING=OFF \
    -DZLIB_INCLUDE_DIR="$prefix/include" -DZLIB_LIBRARY="$prefix/lib/libz.a" \
    -DPNG_PNG_INCLUDE_DIR="$prefix/include" -DPNG_LIBRARY="$prefix/lib/libpng16.a"
  # libharu 2.3 calls its static library hpdfs; the project looks for hpdf.
  [ -f "$prefix/lib/libhpdf.a" ] || cp "$prefix/lib/libhpdfs.a" "$prefix/lib/libhpdf.a"

  log "wxWidgets (minimal, static: base, core, adv, html; precompiled headers; this is the long part)"
  mkdir -p "$work/wx"
  (cd "$work/wx" && "${nice_cmd[@]}" "$(src_dir wxwidgets3.2)/configure" -q \
      --host="$host" --build=x86_64-linux-gnu --prefix="$prefix" \
      --with-msw --disable-shared --enable-unicode --disable-debug_info \
      --without-opengl --disable-webview --disable-mediactrl --disable-stc --disable-richtext \
      --disable-ribbon --disable-propgrid --disable-aui --disable-xrc --disable-webrequest \
      --without-expat --without-libjpeg --without-libtiff --without-liblzma \
      --without-libcurl --without-regex --with-libpng=sys --with-zlib=sys \
      --disable-sockets --disable-protocols --disable-url --disable-fs_inet --disable-sound \
      --disable-printarch --disable-postscript --disable-mdi --disable-mdidoc --disable-docview \
      --disable-help --disable-mshtmlhelp --disable-htmlhelp --disable-joystick --disable-ipc \
      --disable-debugreport --disable-fswatcher --disable-dialupman --disable-wizarddlg \
      --disable-tipdlg --disable-splash --disable-taskbaricon --disable-notifmsg --disable-metafile \
      --disable-richtooltip --disable-animatectrl --disable-bannerwindow --disable-commandlinkbutton \
      --disable-treelist --disable-addremovectrl --disable-rearrangectrl \
      --disable-prefseditor --disable-infobar --disable-richmsgdlg \
      --enable-precomp-headers \
      CC="$cc" CXX="$cxx" CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" \
      CXXFLAGS="-O2" CFLAGS="-O2" &&
   "${nice_cmd[@]}" make -j"$jobs" >"$work/wx-make.log" 2>&1 &&
   make install >/dev/null)

  rm -rf "$work"
  touch "$prefix/.complete"
  # Older prefixes (other versions) are no longer used.
  find "$out" -maxdepth 1 -name 'prefix-*' ! -name "prefix-$key" -exec rm -rf {} +
  log "Prefix built in $(( $(date +%s) - t0 )) s: $prefix"
}

# Third-party licences that ship with the programs (they are linked in statically).
collect_licenses() {
  local d="$out/licenses"
  rm -rf "$d"; mkdir -p "$d"
  cp "$(src_dir wxwidgets3.2)/docs/licence.txt" "$d/wxWidgets.txt"
  cp "$(src_dir libharu)/README" "$d/libharu.txt"
  cp "$(src_dir tinyxml2)/LICENSE.txt" "$d/tinyxml2.txt"
  cp "$(src_dir libpng1.6)/LICENSE" "$d/libpng.txt"
  cp "$(src_dir zlib)/LICENSE" "$d/zlib.txt" 2>/dev/null || sed -n '/Copyright/,$p' "$(src_dir zlib)/zlib.h" | head -n 30 >"$d/zlib.txt"
  cp /usr/share/doc/mingw-w64-common/copyright "$d/mingw-w64-runtime.txt"
  cp /usr/share/doc/gcc-mingw-w64-base/copyright "$d/gcc-runtime-library.txt"
}

# files.nsh for the NSIS script: IkitInstallFiles copies every file of the install tree,
# IkitUninstallFiles deletes exactly those files, then the folders that are left empty.
nsis_file_lists() {
  local stage=$1 rel dir f
  echo '!macro IkitInstallFiles'
  while IFS= read -r dir; do
    rel=${dir#.}; rel=${rel#/}
    echo "  SetOutPath \"\$INSTDIR${rel:+\\${rel//\//\\}}\""
    while IFS= read -r f; do
      echo "  File \"$stage/${rel:+$rel/}$f\""
    done < <(cd "$stage/$rel" && find . -maxdepth 1 -type f -printf '%f\n' | LC_ALL=C sort)
  done < <(cd "$stage" && find . -type d | LC_ALL=C sort)
  echo '!macroend'
  echo '!macro IkitUninstallFiles'
  while IFS= read -r f; do
    rel=${f#./}
    echo "  Delete \"\$INSTDIR\\${rel//\//\\}\""
  done < <(cd "$stage" && find . -type f | LC_ALL=C sort)
  while IFS= read -r dir; do
    rel=${dir#./}
    echo "  RMDir \"\$INSTDIR\\${rel//\//\\}\""
  done < <(cd "$stage" && find . -mindepth 1 -type d | LC_ALL=C sort -r)
  echo '!macroend'
}

build_app() {
  local bld="$out/app" t0 version stage
  t0=$(date +%s)
  version=$(sed -n 's/^project(InterviewKitBuilder VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
  log "Interview Kit Builder $version for Windows"
  collect_licenses
  "${nice_cmd[@]}" cmake -S . -B "$bld" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DIKIT_WINDOWS_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DIKIT_BUILD_TESTS=OFF -DIKIT_BUILD_BENCH=OFF -DIKIT_WINDOWS_LICENSE_DIR="$out/licenses" >/dev/null
  "${nice_cmd[@]}" cmake --build "$bld" -j"$jobs"

  log "Packages: portable zip and NSIS installer"
  stage="$out/stage/Interview Kit Builder"
  rm -rf "$out/stage"
  cmake --install "$bld" --prefix "$stage" --strip >/dev/null
  mkdir -p "$out/packages"
  local zip="$out/packages/interview-kit-builder-$version-win64.zip"
  local setup="$out/packages/interview-kit-builder-$version-win64-setup.exe"
  rm -f "$zip" "$setup"
  (cd "$out/stage" && zip -qr -X "$zip" "Interview Kit Builder")
  nsis_file_lists "$stage" >"$out/stage/files.nsh"
  "${nice_cmd[@]}" makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DFILES="$out/stage/files.nsh" \
    -DOUTFILE="$setup" -DICONDIR="$here/installer/windows" "$here/installer/windows/interview-kit-builder.nsi"
  echo "$prefix" >"$out/prefix-path"
  log "App and packages built in $(( $(date +%s) - t0 )) s; in $out/packages:"
  ls -l "$out/packages"
}

install_missing "${packages[@]}"
ensure_deb_src
case "$stage" in
  prefix) build_prefix ;;
  app) build_prefix; build_app ;;
  all) build_prefix; build_app ;;
  *) echo "usage: installer/windows/build.sh [all|prefix|app]" >&2; exit 2 ;;
esac
