#pragma once
/// \file version.h
/// The product's name and version, for --version, About boxes and PDF metadata.

namespace ikit {

/// "1.0.0"
const char* version();

/// "Interview Kit Builder"
const char* product_name();

}  // namespace ikit
