# Finds the project's third-party libraries and turns each into an imported target:
#   tinyxml2::tinyxml2 (its own CMake config), Haru::hpdf (found by hand: libharu ships none),
#   ikit::wx (from FindwxWidgets' variables; CMake 3.25 makes no imported target), Catch2::Catch2.

find_package(tinyxml2 REQUIRED CONFIG)
find_package(Threads REQUIRED)

find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(HPDF_LIBRARY NAMES hpdf REQUIRED)
if(NOT TARGET Haru::hpdf)
  add_library(Haru::hpdf UNKNOWN IMPORTED)
  set_target_properties(Haru::hpdf PROPERTIES
    IMPORTED_LOCATION "${HPDF_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${HPDF_INCLUDE_DIR}")
endif()

if(IKIT_BUILD_APP)
  find_package(wxWidgets 3.2 REQUIRED COMPONENTS core base adv html)
  if(NOT TARGET ikit::wx)
    add_library(ikit_wx INTERFACE)
    add_library(ikit::wx ALIAS ikit_wx)
    target_include_directories(ikit_wx SYSTEM INTERFACE ${wxWidgets_INCLUDE_DIRS})
    target_compile_definitions(ikit_wx INTERFACE ${wxWidgets_DEFINITIONS})
    target_compile_options(ikit_wx INTERFACE ${wxWidgets_CXX_FLAGS})
    target_link_libraries(ikit_wx INTERFACE ${wxWidgets_LIBRARIES})
  endif()
endif()

if(IKIT_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)
endif()

# Warnings for the project's own targets.
function(ikit_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
endfunction()
