#pragma once
/// \file bank_reader.h
/// Reads question bank files (format 1, see assets/bank/README.md).

#include "model/bank_content.h"

#include <string>

namespace ikit {

/// Parses a bank file's text; throws Error naming `file_name` and the line.
BankContent parse_bank(const std::string& xml, const std::string& file_name);

/// parse_bank without its fast path: always builds the XML tree (for tests that compare the two readers).
BankContent parse_bank_with_tree(const std::string& xml, const std::string& file_name);

/// Reads and parses a bank file (refusing files over the size limit); throws Error.
BankContent read_bank_file(const std::string& path);

/// Writes bank content as bank XML (used by the benchmark generator and `ikit bank list --format xml`).
std::string write_bank(const BankContent& content);

}  // namespace ikit
