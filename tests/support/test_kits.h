#pragma once
// Kits built in code for the core tests.

#include "model/kit.h"

#include <string>

namespace ikit::test {

/// A small, valid kit with two sections, rubrics and every field set.
Kit sample_kit();

/// A fresh, empty folder under the test output folder (removed first if it exists).
std::string fresh_dir(const std::string& name);

/// The whole content of a file ("" when missing).
std::string slurp(const std::string& path);

}  // namespace ikit::test
