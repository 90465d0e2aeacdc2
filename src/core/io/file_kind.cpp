#include "io/file_kind.h"

#include "i18n/tr.h"
#include "util/text.h"

namespace ikit {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

/// Skips white space, XML declarations, processing instructions, comments and a DOCTYPE; returns
/// false when the text ends (or is cut) before anything else.
bool skip_xml_prolog(std::string_view& text) {
    for (;;) {
        while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
        std::string_view end_mark;
        if (starts_with(text, "<?")) end_mark = "?>";
        else if (starts_with(text, "<!--")) end_mark = "-->";
        else if (starts_with(text, "<!")) end_mark = ">";
        else return !text.empty();
        const auto end = text.find(end_mark, 2);
        if (end == std::string_view::npos) return false;
        text.remove_prefix(end + end_mark.size());
    }
}

}  // namespace

FileKind sniff_file_kind(std::string_view head) {
    head = head.substr(0, kFileKindHeadBytes);
    if (head.empty()) return FileKind::Empty;
    if (starts_with(head, "%PDF-")) return FileKind::Pdf;
    if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
    if (!skip_xml_prolog(head) || head.front() != '<') return FileKind::Other;
    head.remove_prefix(1);
    std::size_t n = 0;
    while (n < head.size() && !is_ascii_space(head[n]) && head[n] != '>' && head[n] != '/') ++n;
    const std::string_view root = head.substr(0, n);
    if (root.empty()) return FileKind::Other;
    if (root == "kit") return FileKind::Kit;
    if (root == "bank") return FileKind::Bank;
    if (root == "rubric") return FileKind::Rubric;
    if (root == "question-rules") return FileKind::QuestionRules;
    if (root == "scores") return FileKind::Scores;
    return FileKind::OtherXml;
}

std::string file_kind_phrase(FileKind kind) {
    switch (kind) {
        case FileKind::Empty: return tr("an empty file");
        case FileKind::Pdf: return tr("a PDF");
        case FileKind::Kit: return tr("a kit");
        case FileKind::Bank: return tr("a question bank");
        case FileKind::Rubric: return tr("a rubric");
        case FileKind::QuestionRules: return tr("a question rules file");
        case FileKind::Scores: return tr("a score file");
        case FileKind::OtherXml: return tr("an XML file of another kind");
        case FileKind::Other: break;
    }
    return tr("a file of another kind");
}

}  // namespace ikit
