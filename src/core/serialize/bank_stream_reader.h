#pragma once
/// \file bank_stream_reader.h
/// A fast path for loading banks: reads a bank file in its usual shape straight into BankContent in
/// one pass, without building an XML tree. It declines anything unusual or wrong, and the tree reader
/// (parse_bank) then reads the file the careful way and reports what is wrong with it.

#include "model/bank_content.h"

#include <optional>
#include <string>

namespace ikit {

/// The bank in `xml` (which has passed check_untrusted_xml), exactly as the tree reader would read it;
/// nullopt when the file holds anything this reader does not handle (CDATA, comments inside text,
/// elements the format does not know, an attribute written without a space before it…) or anything
/// the tree reader would refuse (a missing id, an unknown type, a duplicate id…). Never throws Error.
std::optional<BankContent> read_bank_streaming(const std::string& xml, const std::string& file_name);

}  // namespace ikit
