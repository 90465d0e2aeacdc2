# CPack configuration for Interview Kit Builder: a Debian package and a .tar.gz on Linux,
# an NSIS installer on Windows and a drag-and-drop disk image on macOS (those two untested).
# Included from the top-level CMakeLists.txt after installer/install.cmake, whose install rules
# are what gets packaged. Build the .deb with:  cmake --build build && cd build && cpack -G DEB

set(CPACK_PACKAGE_NAME "interview-kit-builder")
set(CPACK_PACKAGE_VENDOR "Interview Kit Builder team")
set(CPACK_PACKAGE_CONTACT "Interview Kit Builder team <team@interview-kit-builder.example>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Interview Kit Builder")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Paragraphs are separated by an empty line; CPack turns them into a Debian extended description.
set(CPACK_PACKAGE_DESCRIPTION [=[
Interview Kit Builder helps hiring managers prepare consistent, fair
interviews. Questions are picked from a curated question bank, grouped
into an interview kit and given behaviourally anchored rating scales.
Kit checks flag gaps in competency coverage, overlong kits, duplicates,
leading wording and questions on protected topics. Every interviewer
gets a printable PDF scorecard.

Kits are saved as documented XML files (.ikit) that are easy to share
and review. The package contains the desktop application
(interview-kit-builder) and the command line tool ikit for scripting
and batch export.]=])
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")

# Write variables to CPackConfig.cmake exactly as set here (backslashes, quotes, $ survive).
set(CPACK_VERBATIM_VARIABLES ON)
# Release builds carry no debug symbols in the package.
set(CPACK_STRIP_FILES ON)
# Folders made for installed files get 0755, whatever the umask of the packager.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_CHECKSUM SHA256)

# Source package (cpack --config CPackSourceConfig.cmake): the tracked tree without build output.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
  "/\\.git/" "/\\.gitignore$" "/build[^/]*/" "/cmake-build-[^/]*/" "/out/"
  "\\.swp$" "~$" "\\.o$" "\\.a$")

if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
  include("${CMAKE_CURRENT_LIST_DIR}/windows/nsis.cmake")
elseif(APPLE)
  # The bundle itself is configured in installer/macos/bundle.cmake.
  set(CPACK_GENERATOR DragNDrop TGZ)
  set(CPACK_DMG_VOLUME_NAME "Interview Kit Builder")
  set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/macos/interview-kit-builder.icns")
else()
  set(CPACK_GENERATOR DEB TGZ)
  # Installed under /usr, as a distribution package should be.
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

  # --- Debian package -----------------------------------------------------------------------
  # The version has no Debian revision, so the package is Debian-native: its changelog is
  # /usr/share/doc/interview-kit-builder/changelog.gz (see install.cmake).
  set(CPACK_DEBIAN_PACKAGE_NAME "${CPACK_PACKAGE_NAME}")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
  # Debian has no "office" section; office software goes to "misc" (the .desktop entry still
  # lists the app under Office).
  set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
  # Library dependencies come from dpkg-shlibdeps (package dpkg-dev); the PDF export needs
  # DejaVu Sans (IKIT_DEFAULT_FONT) at run time.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
  # wxWidgets' own strings (stock buttons, standard dialogs) in the user's language, beside our catalogs.
  if(TARGET interview-kit-builder)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "wx3.2-i18n")
  endif()
  # md5sums and control files with the permissions Debian policy asks for.
  set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

  # --- Archive (.tar.gz) --------------------------------------------------------------------
  # Per-generator overrides: the archive unpacks to interview-kit-builder-<version>-Linux/
  # with bin/ and share/ directly inside (relocatable), not under usr/.
  set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack_generator_overrides.cmake")
endif()

include(CPack)
