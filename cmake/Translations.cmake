# Message catalogs (docs/translation.md): compiles po/<lang>.po to <build>/locale/<lang>/LC_MESSAGES/ikit.mo
# (target ikit_catalogs, part of ALL; the programs and test programs depend on it), installs them to
# share/locale/<lang>/LC_MESSAGES, regenerates po/ikit.pot (target pot), builds the pseudo-language "qps"
# (IKIT_PSEUDO_LOCALE, build tree only) and adds the catalog tests (label i18n).
# Included from the top-level CMakeLists.txt after every target is defined.

find_program(IKIT_MSGFMT msgfmt)
find_program(IKIT_XGETTEXT xgettext)
find_program(IKIT_MSGMERGE msgmerge)
find_program(IKIT_BASH bash)
mark_as_advanced(IKIT_MSGFMT IKIT_XGETTEXT IKIT_MSGMERGE IKIT_BASH)
if(NOT IKIT_MSGFMT OR NOT IKIT_XGETTEXT OR NOT IKIT_MSGMERGE)
  message(FATAL_ERROR "msgfmt, xgettext and msgmerge are needed to build the message catalogs: "
                      "install gettext (installer/dev.sh deps)")
endif()

set(IKIT_LOCALE_BUILD_DIR "${PROJECT_BINARY_DIR}/locale")
set(ikit_po_dir "${PROJECT_SOURCE_DIR}/po")
# The build tree's catalogs are the programs' last place to look: set on the one file that needs it, so the
# rest of the core keeps its flags (and is not compiled again when this changes).
set_source_files_properties("${PROJECT_SOURCE_DIR}/src/core/io/locale_catalogs.cpp"
  DIRECTORY "${PROJECT_SOURCE_DIR}/src/core"
  PROPERTIES COMPILE_DEFINITIONS "IKIT_BUILD_LOCALE_DIR=\"${IKIT_LOCALE_BUILD_DIR}\"")

# --- The shipped catalogs -----------------------------------------------------------------------
file(GLOB ikit_po_files CONFIGURE_DEPENDS "${ikit_po_dir}/*.po")
set(IKIT_CATALOG_LANGUAGES "")
set(ikit_mo_files "")
foreach(po IN LISTS ikit_po_files)
  get_filename_component(lang "${po}" NAME_WE)
  set(mo "${IKIT_LOCALE_BUILD_DIR}/${lang}/LC_MESSAGES/ikit.mo")
  add_custom_command(OUTPUT "${mo}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${IKIT_LOCALE_BUILD_DIR}/${lang}/LC_MESSAGES"
    COMMAND "${IKIT_MSGFMT}" --check -o "${mo}" "${po}"
    DEPENDS "${po}"
    COMMENT "Compiling the ${lang} message catalog"
    VERBATIM)
  list(APPEND ikit_mo_files "${mo}")
  list(APPEND IKIT_CATALOG_LANGUAGES "${lang}")
  install(FILES "${mo}" DESTINATION "${CMAKE_INSTALL_DATADIR}/locale/${lang}/LC_MESSAGES")
endforeach()

# --- The pseudo-language qps: a fresh template, every string lengthened and accented --------------
set(ikit_pseudo_default ON)
if(CMAKE_CROSSCOMPILING OR NOT IKIT_BASH)
  set(ikit_pseudo_default OFF)  # the tool must run on the build machine
endif()
option(IKIT_PSEUDO_LOCALE "Build the pseudo-language catalog qps for layout tests (never installed)" ${ikit_pseudo_default})
file(GLOB_RECURSE ikit_marked_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/*.cpp" "${PROJECT_SOURCE_DIR}/src/*.h")
if(IKIT_PSEUDO_LOCALE)
  # ikit-pseudo-translate: writes the qps catalog from a template (i18n/pseudo_translation.h). Build tool only.
  add_executable(ikit-pseudo-translate "${PROJECT_SOURCE_DIR}/src/tools/pseudo_translate.cpp")
  target_link_libraries(ikit-pseudo-translate PRIVATE ikit_core)
  ikit_warnings(ikit-pseudo-translate)
  set(qps_mo "${IKIT_LOCALE_BUILD_DIR}/qps/LC_MESSAGES/ikit.mo")
  set(qps_work "${PROJECT_BINARY_DIR}/po")
  add_custom_command(OUTPUT "${qps_mo}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${qps_work}" "${IKIT_LOCALE_BUILD_DIR}/qps/LC_MESSAGES"
    COMMAND "${IKIT_BASH}" "${ikit_po_dir}/extract_template.sh" "${PROJECT_SOURCE_DIR}" "${qps_work}/ikit.pot" "${IKIT_XGETTEXT}"
    COMMAND ikit-pseudo-translate "${qps_work}/ikit.pot" "${qps_work}/qps.po"
    COMMAND "${IKIT_MSGFMT}" --check -o "${qps_mo}" "${qps_work}/qps.po"
    DEPENDS ${ikit_marked_sources} "${ikit_po_dir}/extract_template.sh" ikit-pseudo-translate
    COMMENT "Making the pseudo-language catalog qps"
    VERBATIM)
  list(APPEND ikit_mo_files "${qps_mo}")
endif()

add_custom_target(ikit_catalogs ALL DEPENDS ${ikit_mo_files})
foreach(program ikit interview-kit-builder ikit_core_tests ikit_cli_tests ikit_app_tests)
  if(TARGET ${program})
    add_dependencies(${program} ikit_catalogs)
  endif()
endforeach()

# --- cmake --build build --target pot: regenerate po/ikit.pot from src/ ---------------------------
add_custom_target(pot
  COMMAND "${IKIT_BASH}" "${ikit_po_dir}/extract_template.sh" "${PROJECT_SOURCE_DIR}" "${ikit_po_dir}/ikit.pot" "${IKIT_XGETTEXT}"
  COMMENT "Extracting po/ikit.pot from src/"
  VERBATIM)

# --- Tests --------------------------------------------------------------------------------------
if(IKIT_BUILD_TESTS)
  # Small catalogs of the core's tests (tests/data/i18n/*.po, among them French, Polish and a broken Plural-Forms),
  # compiled without --check so a deliberately bad header gets through.
  file(GLOB ikit_test_po_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/data/i18n/*.po")
  set(ikit_test_locale_dir "${PROJECT_BINARY_DIR}/tests/i18n-locale")
  set(ikit_test_mo_files "")
  foreach(po IN LISTS ikit_test_po_files)
    get_filename_component(lang "${po}" NAME_WE)
    set(mo "${ikit_test_locale_dir}/${lang}/LC_MESSAGES/ikit.mo")
    add_custom_command(OUTPUT "${mo}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${ikit_test_locale_dir}/${lang}/LC_MESSAGES"
      COMMAND "${IKIT_MSGFMT}" -o "${mo}" "${po}"
      DEPENDS "${po}"
      VERBATIM)
    list(APPEND ikit_test_mo_files "${mo}")
  endforeach()
  # The French one again in big-endian byte order, for the reader's other byte order.
  set(mo "${ikit_test_locale_dir}/fr-big-endian.mo")
  add_custom_command(OUTPUT "${mo}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${ikit_test_locale_dir}"
    COMMAND "${IKIT_MSGFMT}" --endianness=big -o "${mo}" "${PROJECT_SOURCE_DIR}/tests/data/i18n/fr.po"
    DEPENDS "${PROJECT_SOURCE_DIR}/tests/data/i18n/fr.po"
    VERBATIM)
  list(APPEND ikit_test_mo_files "${mo}")
  add_custom_target(ikit_test_catalogs DEPENDS ${ikit_test_mo_files})
  if(TARGET ikit_core_tests)
    add_dependencies(ikit_core_tests ikit_test_catalogs)
    # Only the catalog tests need the folders (the other tests keep their flags).
    file(GLOB ikit_i18n_tests CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/core/i18n/*_test.cpp")
    set_source_files_properties(${ikit_i18n_tests} DIRECTORY "${PROJECT_SOURCE_DIR}/tests/core"
      PROPERTIES COMPILE_DEFINITIONS
        "IKIT_TEST_LOCALE_DIR=\"${ikit_test_locale_dir}\";IKIT_BUILD_LOCALE_DIR=\"${IKIT_LOCALE_BUILD_DIR}\"")
  endif()

  # catalogs_complete: every po/<lang>.po, merged with a template extracted from src/ now, has no untranslated
  # or fuzzy entry.
  add_test(NAME catalogs_complete
    COMMAND "${IKIT_BASH}" "${PROJECT_SOURCE_DIR}/tests/i18n/catalogs_complete.sh" "${PROJECT_SOURCE_DIR}")
  # catalog_places: every translation in the compiled catalogs keeps its msgid's places and accelerator.
  add_executable(ikit-catalog-places "${PROJECT_SOURCE_DIR}/tests/i18n/catalog_places.cpp")
  target_link_libraries(ikit-catalog-places PRIVATE ikit_core)
  ikit_warnings(ikit-catalog-places)
  add_dependencies(ikit-catalog-places ikit_catalogs)
  add_test(NAME catalog_places COMMAND ikit-catalog-places ${ikit_mo_files})
  set_tests_properties(catalogs_complete catalog_places PROPERTIES LABELS i18n TIMEOUT 60)
endif()
