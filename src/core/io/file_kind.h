#pragma once
/// \file file_kind.h
/// What kind of file a file is, told from its first bytes: so that a save never replaces a kit, a bank
/// or a PDF with a file of another kind.

#include <string>
#include <string_view>

namespace ikit {

/// The kinds of file the product reads or writes, and "something else".
enum class FileKind { Empty, Pdf, Kit, Bank, Rubric, QuestionRules, Scores, OtherXml, Other };

/// How many leading bytes sniff_file_kind needs at most.
constexpr std::size_t kFileKindHeadBytes = 1024;

/// The kind of a file whose first bytes are `head` (at most kFileKindHeadBytes are looked at): "%PDF-"
/// is a PDF; XML (after a byte order mark, the declaration, comments and a DOCTYPE) is told by its root
/// element: <kit>, <bank>, <rubric>, <question-rules>, <scores>, else OtherXml; nothing at all is Empty.
FileKind sniff_file_kind(std::string_view head);

/// "a PDF", "a kit", "a question bank", … for messages such as "x.ikit is a kit, not a PDF".
std::string file_kind_phrase(FileKind kind);

}  // namespace ikit
