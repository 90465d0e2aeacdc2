# Per-generator CPack overrides (CPACK_PROJECT_CONFIG_FILE), read by cpack once for each
# generator it runs. packaging.cmake installs under /usr for the Debian package; the .tar.gz
# instead holds bin/ and share/ directly under its top folder, a relocatable tree that runs
# where it is unpacked (the programs find their data at <exe dir>/../share).

if(CPACK_GENERATOR MATCHES "^(TGZ|TXZ|TBZ2|ZIP|7Z)$")
  set(CPACK_PACKAGING_INSTALL_PREFIX "")
endif()
