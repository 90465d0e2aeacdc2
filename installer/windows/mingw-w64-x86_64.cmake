# CMake toolchain file: cross-compile for 64-bit Windows with Debian's mingw-w64 (POSIX threads,
# so std::thread and std::mutex work). Used by installer/windows/build.sh for the third-party
# libraries and for the project itself. Pass -DIKIT_WINDOWS_PREFIX=<prefix> to look for
# libraries (and wx-config) in the cross prefix that build.sh made.

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(IKIT_MINGW_HOST x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${IKIT_MINGW_HOST}-gcc-posix)
set(CMAKE_CXX_COMPILER ${IKIT_MINGW_HOST}-g++-posix)
set(CMAKE_RC_COMPILER ${IKIT_MINGW_HOST}-windres)
set(CMAKE_AR ${IKIT_MINGW_HOST}-gcc-ar-posix CACHE FILEPATH "archiver")
set(CMAKE_RANLIB ${IKIT_MINGW_HOST}-gcc-ranlib-posix CACHE FILEPATH "ranlib")

# Static C and C++ runtimes (and winpthread): the .exe files need nothing but Windows itself.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Try-compiles see the prefix too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES IKIT_WINDOWS_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${IKIT_MINGW_HOST})
if(IKIT_WINDOWS_PREFIX)
  list(PREPEND CMAKE_FIND_ROOT_PATH "${IKIT_WINDOWS_PREFIX}")
  list(PREPEND CMAKE_PREFIX_PATH "${IKIT_WINDOWS_PREFIX}")
  # FindwxWidgets runs the cross build's wx-config (a shell script, fine to run here).
  set(wxWidgets_CONFIG_EXECUTABLE "${IKIT_WINDOWS_PREFIX}/bin/wx-config" CACHE FILEPATH "wx-config")
endif()
# Programs from the build machine, libraries and headers only from the target's roots.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Static libraries first: the executables must need nothing but Windows itself.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a .lib .dll.a)
