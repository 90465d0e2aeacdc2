// The Catch2 main of the command-line test program.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
