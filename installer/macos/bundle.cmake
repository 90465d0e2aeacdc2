# macOS app bundle settings for the interview-kit-builder target (UNTESTED: no macOS machine in
# this project's CI). Included by installer/install.cmake when APPLE and the GUI target exists.
# Turns the GUI into "interview-kit-builder.app" with Info.plist.in (which declares the .ikit
# document type) and sets IKIT_MACOS_BUNDLE_DIR, the bundle's folder relative to the prefix.
# install.cmake puts ikit in Contents/MacOS and the data in Contents/share/interview-kit-builder,
# so <exe dir>/../share/interview-kit-builder resolves inside the bundle too.
# The .icns files are made from the PNGs by installer/icons/render_icons.sh (png2icns).
# It also bundles the DejaVu fonts and the Homebrew dylibs (fixup_bundle); installer/README.md
# lists the commands a macOS build machine runs, signing and notarization included.

set_target_properties(interview-kit-builder PROPERTIES
  MACOSX_BUNDLE TRUE
  MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
  MACOSX_BUNDLE_BUNDLE_NAME "Interview Kit Builder"
  MACOSX_BUNDLE_GUI_IDENTIFIER "org.interviewkitbuilder.InterviewKitBuilder"
  MACOSX_BUNDLE_ICON_FILE "interview-kit-builder.icns"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Interview Kit Builder team. MIT licence.")

get_target_property(ikit_app_output_name interview-kit-builder OUTPUT_NAME)
if(NOT ikit_app_output_name)
  set(ikit_app_output_name interview-kit-builder)
endif()
set(IKIT_MACOS_BUNDLE_DIR "${ikit_app_output_name}.app")

# The PDF export's font: macOS has no DejaVu Sans, so the bundle carries it in
# Contents/share/interview-kit-builder/fonts (found as <data dir>/fonts/DejaVuSans.ttf, as on
# Windows). IKIT_MACOS_FONT_DIR is a folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf, e.g.
# ~/Library/Fonts after `brew install --cask font-dejavu`.
set(IKIT_MACOS_FONT_DIR "$ENV{HOME}/Library/Fonts" CACHE PATH "Folder with DejaVuSans.ttf to bundle")
foreach(font DejaVuSans.ttf DejaVuSans-Bold.ttf)
  if(EXISTS "${IKIT_MACOS_FONT_DIR}/${font}")
    install(FILES "${IKIT_MACOS_FONT_DIR}/${font}"
      DESTINATION "${IKIT_MACOS_BUNDLE_DIR}/Contents/share/interview-kit-builder/fonts")
  else()
    message(WARNING "bundle.cmake: ${IKIT_MACOS_FONT_DIR}/${font} is missing; the PDF export will "
                    "need --font (install it with: brew install --cask font-dejavu)")
  endif()
endforeach()

# Copy the Homebrew dylibs (wxWidgets, libharu, tinyxml2, libpng) into Contents/Frameworks and
# point the executables at them, so the .app runs on a Mac without Homebrew. Deferred to the end
# of the top-level directory so that it runs after every other install rule (the programs must
# be in place). Signing comes after this (installer/README.md): fixup_bundle breaks signatures.
function(ikit_macos_fixup_bundle)
  install(CODE "
    include(BundleUtilities)
    set(BU_CHMOD_BUNDLE_ITEMS ON)
    fixup_bundle(\"\${CMAKE_INSTALL_PREFIX}/${IKIT_MACOS_BUNDLE_DIR}\"
                 \"\${CMAKE_INSTALL_PREFIX}/${IKIT_MACOS_BUNDLE_DIR}/Contents/MacOS/ikit\" \"\")
  ")
endfunction()
cmake_language(DEFER DIRECTORY "${PROJECT_SOURCE_DIR}" CALL ikit_macos_fixup_bundle)
