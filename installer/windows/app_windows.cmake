# Windows specifics of the desktop app target, included by src/app/CMakeLists.txt when WIN32:
# the executable is "Interview Kit Builder.exe", a GUI-subsystem program (no console window),
# with its icons, version information and wxWidgets' manifest compiled in by windres. The
# resource object is made by a custom command so that the C++ flags of wx-config (for example
# -mthreads) never reach windres.

set_target_properties(interview-kit-builder PROPERTIES
  OUTPUT_NAME "Interview Kit Builder"
  WIN32_EXECUTABLE ON)

set(ikit_rc_source "${CMAKE_CURRENT_BINARY_DIR}/interview-kit-builder.rc")
configure_file("${PROJECT_SOURCE_DIR}/installer/windows/interview-kit-builder.rc.in" "${ikit_rc_source}" @ONLY)
set(ikit_rc_object "${CMAKE_CURRENT_BINARY_DIR}/interview-kit-builder_rc.o")
set(ikit_rc_includes)
foreach(dir IN LISTS wxWidgets_INCLUDE_DIRS)
  list(APPEND ikit_rc_includes "-I${dir}")
endforeach()
if(NOT CMAKE_RC_COMPILER)
  set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
endif()
add_custom_command(OUTPUT "${ikit_rc_object}"
  COMMAND "${CMAKE_RC_COMPILER}" -O coff
          "-I${PROJECT_SOURCE_DIR}/installer/windows" ${ikit_rc_includes}
          -DwxUSE_RC_MANIFEST=1 -DWX_CPU_AMD64
          -i "${ikit_rc_source}" -o "${ikit_rc_object}"
  DEPENDS "${ikit_rc_source}" "${PROJECT_SOURCE_DIR}/installer/windows/interview-kit-builder.ico"
          "${PROJECT_SOURCE_DIR}/installer/windows/interview-kit.ico"
  COMMENT "Compiling the Windows resources of Interview Kit Builder.exe"
  VERBATIM)
set_source_files_properties("${ikit_rc_object}" PROPERTIES EXTERNAL_OBJECT TRUE GENERATED TRUE)
target_sources(interview-kit-builder PRIVATE "${ikit_rc_object}")
