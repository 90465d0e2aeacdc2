#pragma once
/// \file to_unicode_cmap.h
/// The /ToUnicode CMap of an embedded font whose character codes are the characters' own Unicode
/// values, as libharu's UTF-8 encoding writes them (two bytes a character, Identity-H). With it, PDF
/// readers can copy, search and read aloud the text; libharu 2.3 writes its encoding CMap there
/// instead, which readers reject ("Invalid 'begincidrange' operator in ToUnicode CMap").

#include <set>
#include <string>

namespace ikit {

/// A ToUnicode CMap mapping each of `characters` in the Basic Multilingual Plane (except surrogates,
/// which are no characters) to itself, in bfchar blocks of at most 100 entries. Characters above
/// U+FFFF are left out: they cannot be encoded in two bytes, so the export never draws them.
std::string identity_to_unicode_cmap(const std::set<char32_t>& characters);

}  // namespace ikit
