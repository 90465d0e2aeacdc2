#!/usr/bin/env bash
# Developer entry point, shared by the README's Quick start and CI.
#   installer/dev.sh deps   install the Debian packages the project needs (only those missing)
#   installer/dev.sh build  configure and build into ./build (-j2)
#   installer/dev.sh run    deps + build, then start the app on a sample kit (or, without a display,
#                           export a sample scorecard with the command line and say how)
#   installer/dev.sh test   deps, the core's tests under AddressSanitizer/UBSan (./build-asan), everything
#                           else in ./build-test, then every test (ctest, benchmarks excluded); ctest's
#                           summary ends the run
#   installer/dev.sh windows       cross-build ikit.exe, the app, a portable zip and an NSIS installer for
#                                  Windows from Debian's own sources (installer/windows/build.sh)
#   installer/dev.sh windows-test  run them under Wine (installer/windows/test.sh; CTest label windows)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
jobs=${IKIT_JOBS:-2}
build_dir=${IKIT_BUILD_DIR:-build}
case "$build_dir" in /*) build_path=$build_dir ;; *) build_path=$here/$build_dir ;; esac

packages=(
  build-essential cmake pkg-config
  libwxgtk3.2-dev libtinyxml2-dev libhpdf-dev catch2 fonts-dejavu-core
  xvfb xauth openbox xdotool adwaita-icon-theme librsvg2-common poppler-utils qpdf libxml2-utils
  desktop-file-utils appstream shared-mime-info dpkg-dev lintian file
  gettext wx3.2-i18n
)

# shellcheck source=installer/install_missing.sh
source "$here/installer/install_missing.sh"

deps() { install_missing "${packages[@]}"; }

build() {
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$build_dir" -j"$jobs"
}

# The test command's own tree (build-test): compiled without optimisation or debug information, which builds
# about a fifth faster than Release (the programs run the tests as fast: they wait on the display and the
# disk, and the core's tests run the sanitized program); its own folder, so `run` and `test` do not rebuild
# each other's tree.
test_dir=${build_dir}-test
case "$test_dir" in /*) test_path=$test_dir ;; *) test_path=$here/$test_dir ;; esac

sanitized_core_tests() {
  # Its tests write their files where the main build's schema validation looks for them.
  cmake -S . -B "$build_dir-asan" -DCMAKE_BUILD_TYPE=Debug -DIKIT_SANITIZE=ON -DIKIT_BUILD_APP=OFF \
        -DIKIT_BUILD_BENCH=OFF -DIKIT_TEST_OUTPUT_DIR="$test_path/tests/output" >/dev/null
  echo "== the core's tests, built under AddressSanitizer + UBSan (CTest runs them below)"
  cmake --build "$build_dir-asan" -j"$jobs" --target ikit_core_tests
}

sample_kit() { ls kits/*.ikit 2>/dev/null | head -n 1; }

run() {
  deps
  build -DIKIT_EXTERNAL_CORE_TESTS= -DIKIT_BUILD_BENCH=ON
  local kit
  kit=$(sample_kit)
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build_dir/src/app/interview-kit-builder" ${kit:+"$kit"}
  fi
  echo
  echo "No display is available, so the desktop app cannot open here."
  echo "The command line does everything the app does; for example, a scorecard for the sample kit:"
  echo
  echo "  $build_dir/src/cli/ikit export $kit -o scorecard.pdf --candidate 'Zoë Łukasiewicz' --interviewer 'José Núñez'"
  echo
  "$build_dir/src/cli/ikit" export "$kit" -o scorecard.pdf --candidate 'Zoë Łukasiewicz' --interviewer 'José Núñez'
  echo "(Run the app on a desktop with: $build_dir/src/app/interview-kit-builder $kit)"
}

test_all() {
  deps
  sanitized_core_tests
  # The core's tests are compiled once, under the sanitizers; CTest runs that program. Benchmarks are
  # built apart (docs/performance.md), not by the test command.
  cmake -S . -B "$test_dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 \
        -DIKIT_EXTERNAL_CORE_TESTS="$build_path-asan/tests/core/ikit_core_tests" -DIKIT_BUILD_BENCH=OFF >/dev/null
  cmake --build "$test_dir" -j"$jobs"
  echo "== all tests"
  cd "$test_dir"
  # One more job than cores: the GUI tests spend much of their time waiting for the display.
  ctest -LE bench --output-on-failure -j"$((jobs + 1))"
}

case "${1:-}" in
  deps) deps ;;
  build) deps; build -DIKIT_EXTERNAL_CORE_TESTS= -DIKIT_BUILD_BENCH=ON ;;
  run) run ;;
  test) test_all ;;
  windows) shift; exec bash installer/windows/build.sh "$@" ;;
  windows-test) exec bash installer/windows/test.sh ;;
  *) echo "usage: installer/dev.sh deps|build|run|test" >&2; exit 2 ;;
esac
