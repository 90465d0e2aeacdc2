# Windows-only install rules, included by installer/install.cmake when WIN32. The install tree
# (the portable zip and what the NSIS installer copies) is:
#   bin\ikit.exe, bin\Interview Kit Builder.exe
#   share\interview-kit-builder\{bank,rubrics,checks,schema,kits}\  and interview-kit.ico
#   share\interview-kit-builder\fonts\DejaVuSans.ttf, DejaVuSans-Bold.ttf  (the PDF export's font,
#       found by the programs at <exe dir>\..\share\interview-kit-builder\fonts)
#   share\locale\{de,fr,es}\LC_MESSAGES\ikit.mo  (the message catalogs, installed by cmake/Translations.cmake;
#       found by the programs at <exe dir>\..\share\locale; msgfmt runs on the build machine)
#   share\doc\InterviewKitBuilder\LICENSE and licenses\*.txt (fonts, wxWidgets, libharu, ...)
# IKIT_WINDOWS_FONT_DIR: where the DejaVu fonts are taken from (Debian's fonts-dejavu-core).
# IKIT_WINDOWS_LICENSE_DIR: folder of third-party licence files gathered by installer/windows/build.sh.

set(IKIT_WINDOWS_FONT_DIR "/usr/share/fonts/truetype/dejavu" CACHE PATH "Folder with DejaVuSans.ttf to ship")
set(IKIT_WINDOWS_LICENSE_DIR "" CACHE PATH "Folder of third-party licence files to ship")

foreach(font DejaVuSans.ttf DejaVuSans-Bold.ttf)
  if(EXISTS "${IKIT_WINDOWS_FONT_DIR}/${font}")
    install(FILES "${IKIT_WINDOWS_FONT_DIR}/${font}" DESTINATION "${ikit_data_dest}/fonts")
  else()
    message(WARNING "install_windows.cmake: ${IKIT_WINDOWS_FONT_DIR}/${font} is missing; "
                    "the PDF export will not find its font (install fonts-dejavu-core)")
  endif()
endforeach()
if(EXISTS "/usr/share/doc/fonts-dejavu-core/copyright")
  install(FILES "/usr/share/doc/fonts-dejavu-core/copyright"
    DESTINATION "${CMAKE_INSTALL_DOCDIR}/licenses" RENAME "DejaVu-fonts.txt")
endif()
if(IKIT_WINDOWS_LICENSE_DIR AND IS_DIRECTORY "${IKIT_WINDOWS_LICENSE_DIR}")
  install(DIRECTORY "${IKIT_WINDOWS_LICENSE_DIR}/" DESTINATION "${CMAKE_INSTALL_DOCDIR}/licenses")
endif()
