# Install rules for Interview Kit Builder: the programs, the shipped data (question bank,
# rubrics, checks, schema, sample kits) and the desktop integration files (desktop entry,
# AppStream metainfo, MIME type, icons, man pages, Debian copyright and changelog).
# Included from the top-level CMakeLists.txt after the targets are defined.
#
# Layout (relative to the install prefix, /usr for the .deb):
#   bin/ikit, bin/interview-kit-builder
#   share/interview-kit-builder/{bank,rubrics,checks,schema}/   <- assets/
#   share/interview-kit-builder/kits/*.ikit                     <- kits/
#   share/applications, share/metainfo, share/mime/packages, share/icons/hicolor, share/man/man1
#   share/doc/interview-kit-builder/{copyright,changelog.gz}    (Linux only)
# The programs find their data at <exe dir>/../share/interview-kit-builder, so the installed tree
# is relocatable. On macOS the app is a bundle and the same layout lives inside Contents/.

set(ikit_installer_dir "${CMAKE_CURRENT_LIST_DIR}")
set(ikit_app_id "org.interviewkitbuilder.InterviewKitBuilder")
set(ikit_package_name "interview-kit-builder")

# Shipped asset folders (under assets/) and the file types installed from them.
set(IKIT_INSTALL_ASSET_DIRS bank rubrics checks schema
    CACHE STRING "Folders of assets/ installed into the data folder")
mark_as_advanced(IKIT_INSTALL_ASSET_DIRS)

# Where the programs and the data go. A macOS bundle keeps both inside the .app so that
# <exe dir>/../share/interview-kit-builder still resolves (untested, see installer/README.md).
set(ikit_bin_dest "${CMAKE_INSTALL_BINDIR}")
set(ikit_data_dest "${IKIT_DATA_SUBDIR}")
set(ikit_macos_bundle OFF)
if(APPLE AND TARGET interview-kit-builder)
  set(ikit_macos_bundle ON)
  include("${ikit_installer_dir}/macos/bundle.cmake")
  set(ikit_bin_dest "${IKIT_MACOS_BUNDLE_DIR}/Contents/MacOS")
  set(ikit_data_dest "${IKIT_MACOS_BUNDLE_DIR}/Contents/${IKIT_DATA_SUBDIR}")
endif()

# --- Programs -----------------------------------------------------------------------------------
if(TARGET ikit)
  install(TARGETS ikit RUNTIME DESTINATION "${ikit_bin_dest}")
else()
  message(AUTHOR_WARNING "install.cmake: target 'ikit' is not defined; it will not be installed")
endif()

if(TARGET interview-kit-builder)
  install(TARGETS interview-kit-builder
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
    BUNDLE DESTINATION .)
endif()

# --- Shipped data -------------------------------------------------------------------------------
foreach(asset_dir IN LISTS IKIT_INSTALL_ASSET_DIRS)
  if(IS_DIRECTORY "${IKIT_SOURCE_ASSETS_DIR}/${asset_dir}")
    install(DIRECTORY "${IKIT_SOURCE_ASSETS_DIR}/${asset_dir}"
      DESTINATION "${ikit_data_dest}"
      FILES_MATCHING PATTERN "*.xml" PATTERN "*.xsd" PATTERN "*.md")
  else()
    message(AUTHOR_WARNING "install.cmake: assets/${asset_dir} does not exist; not installed")
  endif()
endforeach()

# Sample kits. Globbed (not install(DIRECTORY)) so an empty kits/ makes no empty folder.
file(GLOB ikit_sample_kits CONFIGURE_DEPENDS "${IKIT_SOURCE_KITS_DIR}/*.ikit")
if(ikit_sample_kits)
  install(FILES ${ikit_sample_kits} DESTINATION "${ikit_data_dest}/kits")
endif()

# --- Desktop integration (freedesktop platforms) ------------------------------------------------
if(UNIX AND NOT APPLE)
  # Desktop entry and AppStream metadata describe the GUI; only ship them with it.
  if(TARGET interview-kit-builder)
    install(FILES "${ikit_installer_dir}/linux/${ikit_app_id}.desktop"
      DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${ikit_installer_dir}/linux/${ikit_app_id}.metainfo.xml"
      DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  endif()

  # The .ikit MIME type and the icons (application and document), for both programs.
  install(FILES "${ikit_installer_dir}/linux/interview-kit-builder.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")
  install(DIRECTORY "${ikit_installer_dir}/icons/hicolor"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
    FILES_MATCHING PATTERN "*.png" PATTERN "*.svg")

  # Man pages and Debian documentation, compressed with gzip -9n as Debian policy asks
  # (no name or time stamp inside, so the package is reproducible). Made at configure time;
  # editing a source file re-runs the configure step.
  find_program(IKIT_GZIP_EXECUTABLE gzip)
  mark_as_advanced(IKIT_GZIP_EXECUTABLE)
  set(ikit_generated_dir "${CMAKE_CURRENT_BINARY_DIR}/installer")
  file(MAKE_DIRECTORY "${ikit_generated_dir}")

  # Compresses `source` to `output` (gzip -9n), or copies it when gzip is missing.
  # Sets `out_var` to the file to install.
  function(ikit_gzip_file source output out_var)
    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
    if(IKIT_GZIP_EXECUTABLE)
      execute_process(COMMAND "${IKIT_GZIP_EXECUTABLE}" -9nc "${source}"
        OUTPUT_FILE "${output}" RESULT_VARIABLE gzip_result)
      if(NOT gzip_result EQUAL 0)
        message(FATAL_ERROR "gzip failed on ${source}")
      endif()
      set(${out_var} "${output}" PARENT_SCOPE)
    else()
      set(${out_var} "${source}" PARENT_SCOPE)
    endif()
  endfunction()

  set(ikit_man_pages ikit)
  if(TARGET interview-kit-builder)
    list(APPEND ikit_man_pages interview-kit-builder)
  endif()
  foreach(page IN LISTS ikit_man_pages)
    ikit_gzip_file("${ikit_installer_dir}/linux/${page}.1" "${ikit_generated_dir}/${page}.1.gz" page_file)
    install(FILES "${page_file}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
  endforeach()

  # /usr/share/doc/interview-kit-builder/copyright: machine-readable (DEP-5) with the full
  # MIT licence text from LICENSE ("Expat" is Debian's name for it).
  set(ikit_doc_dest "${CMAKE_INSTALL_DATADIR}/doc/${ikit_package_name}")
  set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/LICENSE")
  file(READ "${PROJECT_SOURCE_DIR}/LICENSE" ikit_license_text)
  string(REGEX REPLACE "^MIT License\n+" "" ikit_license_text "${ikit_license_text}")
  string(REGEX REPLACE "^Copyright[^\n]*\n+" "" ikit_license_text "${ikit_license_text}")
  string(STRIP "${ikit_license_text}" ikit_license_text)
  string(REGEX REPLACE "\n\n" "\n.\n" ikit_license_text "${ikit_license_text}")
  string(REGEX REPLACE "\n" "\n " ikit_license_text "${ikit_license_text}")
  file(WRITE "${ikit_generated_dir}/copyright.new"
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    "Upstream-Name: Interview Kit Builder\n"
    "Upstream-Contact: Interview Kit Builder team <team@interview-kit-builder.example>\n"
    "Source: ${PROJECT_HOMEPAGE_URL}\n"
    "\n"
    "Files: *\n"
    "Copyright: 2026 Interview Kit Builder team\n"
    "License: Expat\n"
    " ${ikit_license_text}\n")
  # Only touch the file when it changes, so a re-configure does not re-install it.
  file(COPY_FILE "${ikit_generated_dir}/copyright.new" "${ikit_generated_dir}/copyright" ONLY_IF_DIFFERENT)
  install(FILES "${ikit_generated_dir}/copyright" DESTINATION "${ikit_doc_dest}")

  # changelog.gz in Debian changelog format (the package is Debian-native: its version has no
  # Debian revision). Its newest entry must name PROJECT_VERSION.
  set(ikit_changelog "${ikit_installer_dir}/linux/changelog")
  file(STRINGS "${ikit_changelog}" ikit_changelog_head LIMIT_COUNT 1)
  if(NOT ikit_changelog_head MATCHES "^${ikit_package_name} \\(${PROJECT_VERSION}\\) ")
    message(WARNING "installer/linux/changelog: the newest entry is not version ${PROJECT_VERSION}; "
                    "add an entry for this release")
  endif()
  ikit_gzip_file("${ikit_changelog}" "${ikit_generated_dir}/changelog.gz" changelog_file)
  install(FILES "${changelog_file}" DESTINATION "${ikit_doc_dest}")
endif()

# --- macOS / Windows extras ----------------------------------------------------------------------
if(ikit_macos_bundle)
  install(FILES "${ikit_installer_dir}/macos/interview-kit-builder.icns"
                "${ikit_installer_dir}/macos/interview-kit.icns"
    DESTINATION "${IKIT_MACOS_BUNDLE_DIR}/Contents/Resources")
endif()
if(WIN32)
  # The document icon is referenced by the .ikit file association (installer/windows/nsis.cmake).
  install(FILES "${ikit_installer_dir}/windows/interview-kit.ico" DESTINATION "${ikit_data_dest}")
  install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
  include("${ikit_installer_dir}/windows/install_windows.cmake")
endif()
