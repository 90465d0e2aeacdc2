# macOS app bundle settings for the interview-kit-builder target (UNTESTED: no macOS machine in
# this project's CI). Included by installer/install.cmake when APPLE and the GUI target exists.
# Turns the GUI into "interview-kit-builder.app" with Info.plist.in (which declares the .ikit
# document type) and sets IKIT_MACOS_BUNDLE_DIR, the bundle's folder relative to the prefix.
# install.cmake puts ikit in Contents/MacOS and the data in Contents/share/interview-kit-builder,
# so <exe dir>/../share/interview-kit-builder resolves inside the bundle too.
# The .icns files are made from the PNGs by installer/icons/render_icons.sh (png2icns).

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
