# CPack NSIS settings for a native Windows build (`cpack -G NSIS` on Windows; UNTESTED). The
# Windows installer that is built and tested (cross-compiled on Debian, run under Wine) comes from
# installer/windows/interview-kit-builder.nsi via installer/windows/build.sh instead: per user,
# HKCU only, exact uninstaller. Included by installer/packaging.cmake when WIN32. Adds Start menu entries, the .ikit file
# association (opens in interview-kit-builder.exe, shows interview-kit.ico) and optionally puts
# bin\ on PATH so that ikit works from a console. CPACK_VERBATIM_VARIABLES is ON, so values reach
# the NSIS script as written: "\\" in a quoted argument and "\" in a [=[bracket]=] argument are
# both one backslash there.

set(CPACK_NSIS_DISPLAY_NAME "Interview Kit Builder")
set(CPACK_NSIS_PACKAGE_NAME "Interview Kit Builder ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/interview-kit-builder.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/interview-kit-builder.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\interview-kit-builder.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "team@interview-kit-builder.example")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "interview-kit-builder.exe")
# Start menu shortcut: executable name (in bin\), label.
set(CPACK_PACKAGE_EXECUTABLES "interview-kit-builder" "Interview Kit Builder")

# .ikit file association: ProgID InterviewKitBuilder.Kit, registered for all users (HKCR),
# then Explorer is told that associations changed (SHCNE_ASSOCCHANGED).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".ikit" "" "InterviewKitBuilder.Kit"
  WriteRegStr HKCR ".ikit" "Content Type" "application/x-interview-kit"
  WriteRegStr HKCR "InterviewKitBuilder.Kit" "" "Interview kit"
  WriteRegStr HKCR "InterviewKitBuilder.Kit\DefaultIcon" "" "$INSTDIR\share\interview-kit-builder\interview-kit.ico"
  WriteRegStr HKCR "InterviewKitBuilder.Kit\shell\open\command" "" '"$INSTDIR\bin\interview-kit-builder.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKCR ".ikit" ""
  StrCmp $0 "InterviewKitBuilder.Kit" 0 +2
    DeleteRegKey HKCR ".ikit"
  DeleteRegKey HKCR "InterviewKitBuilder.Kit"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
]=])
