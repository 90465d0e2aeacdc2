#pragma once
/// \file pseudo_translation.h
/// The pseudo-language "qps" (docs/translation.md): every message with its letters accented, wrapped in
/// "[" … "]" and padded with "·" to about 1.4 times its length, so a layout that cuts long text and a string
/// that was never marked for translation both show at a glance.

#include <string>
#include <string_view>

namespace ikit {

/// The pseudo-translation of `msgid` (UTF-8). Kept exactly: numbered places ({1}), printf directives
/// (%s, %1$s, %-3d, %%), the "&" of a mnemonic with its letter, everything from the first tab on (a menu
/// accelerator), line breaks (the brackets go inside leading and trailing ones), element names with all
/// inside the angle brackets (<pool id="x">), file patterns (*.ikit, .pdf) and option names (--language).
/// "" stays "". The result has at least ceil(1.4 × n) characters for a msgid of n characters.
std::string pseudo_translate(std::string_view msgid);

/// True when `text` looks pseudo-translated (holds a "[" … "]" pair with the padding "·" before the "]").
bool looks_pseudo_translated(std::string_view text);

}  // namespace ikit
