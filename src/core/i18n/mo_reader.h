#pragma once
/// \file mo_reader.h
/// Reads a compiled gettext catalog (GNU .mo, either byte order) from its bytes. Catalogs are shipped with the
/// program, but a broken or hostile file must never crash it: every count, offset and length is checked.

#include "i18n/message_catalog.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// The limits a .mo file must keep.
struct MoLimits {
    std::size_t max_bytes = 16 * 1024 * 1024;  ///< the whole file
    std::size_t max_messages = 100000;         ///< entries, the header included
};

/// One message of a .mo file as written: its context, msgid (and plural msgid) and translated forms.
struct MoEntry {
    bool has_context = false;        ///< true when the message has a msgctxt (which may be "")
    std::string context;             ///< the msgctxt
    std::string id;                  ///< the msgid ("" for the header)
    std::string id_plural;           ///< the msgid_plural ("" when the message has no plural)
    std::vector<std::string> forms;  ///< the msgstr, or msgstr[0], msgstr[1], …
};

/// Every message of a .mo file, in file order (the header, msgid "", first when present). Throws Error naming
/// `file_name` and what is wrong: not a .mo file, an unknown format revision, a count or a table or string
/// outside the file or over `limits`, a string without its terminating NUL, text that is not UTF-8 (or a header
/// naming a charset other than UTF-8).
std::vector<MoEntry> read_mo_entries(std::string_view bytes, const std::string& file_name,
                                     const MoLimits& limits = MoLimits());

/// The catalog a .mo file holds: keys are the msgid, or "context\x04msgid"; a plural message keeps all its forms.
/// Its plural rule comes from the header's Plural-Forms; a missing or bad one gives English's rule.
/// Throws Error as read_mo_entries().
MessageCatalog read_mo(std::string_view bytes, const std::string& file_name, const MoLimits& limits = MoLimits());

/// The value of header field `name` ("Plural-Forms") in a catalog header ("Name: value\n" lines); "" when absent.
std::string mo_header_field(std::string_view header, std::string_view name);

}  // namespace ikit
