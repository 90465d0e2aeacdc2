#include "export/text_changes.h"

#include "export/printable_text.h"
#include "util/text.h"

#include <algorithm>

namespace ikit {

namespace {

constexpr std::size_t kQuotedChars = 40;

std::string quoted(const std::u32string& text) {
    std::u32string shown = text.substr(0, kQuotedChars);
    return "\u201c" + to_utf8(shown) + (text.size() > kQuotedChars ? "\u2026" : "") + "\u201d";
}

// The ways one typed text will not print as it is.
void check_text(const std::string& what, const std::string& utf8, bool is_property, std::vector<std::string>& out) {
    if (utf8.empty()) return;
    if (find_invalid_utf8(utf8) != std::string::npos)
        out.push_back(what + ": bytes that are not valid UTF-8 print as U+FFFD \u201c\uFFFD\u201d");
    const std::vector<char32_t> decoded = decode_utf8(utf8);
    std::vector<std::string> dropped;
    for (char32_t cp : decoded)
        if (is_invisible(cp) && !is_printable_space(cp) && cp != 0xFFFD) {
            const std::string name = code_point_name(cp);
            if (std::find(dropped.begin(), dropped.end(), name) == dropped.end()) dropped.push_back(name);
        }
    if (!dropped.empty())
        out.push_back(what + ": invisible characters are not printed (" + join(dropped, ", ") + ")");
    if (!is_property) return;
    const std::u32string line = printable_line(utf8);
    if (line.size() > kMaxPdfPropertyChars)
        out.push_back(what + ": the PDF's document properties and bookmarks hold its first " +
                      grouped_count(kMaxPdfPropertyChars) + " characters (of " + grouped_count(line.size()) + ")");
    if (std::any_of(line.begin(), line.end(), [](char32_t cp) { return cp > 0xFFFF; }))
        out.push_back(what + ": the PDF's document properties and bookmarks show characters beyond U+FFFF "
                             "(such as emoji) as U+FFFD");
}

}  // namespace

std::vector<std::string> text_change_warnings(const Kit& kit, const PdfOptions& options) {
    std::vector<std::string> out;
    const auto& p = kit.properties;
    check_text("the kit title", p.title, true, out);
    check_text("the author", p.author, true, out);
    check_text("the role", p.role_name, false, out);
    check_text("the stage", p.stage, false, out);
    check_text("the instructions", p.instructions, false, out);
    check_text("the candidate's name", options.candidate, false, out);
    for (const auto& name : options.interviewers) check_text("the interviewer \u201c" + name + "\u201d", name, true, out);
    for (const auto& s : kit.sections) {
        check_text("section " + s.id + "'s title", s.title, true, out);
        for (const auto& q : s.questions) {
            const std::string where = "question " + q.id;
            check_text(where, q.text, false, out);
            for (const auto& t : q.listen_for) check_text(where + "'s listen-for signal", t, false, out);
            for (const auto& t : q.probes) check_text(where + "'s probe", t, false, out);
            for (const auto& t : q.red_flags) check_text(where + "'s red flag", t, false, out);
            for (const auto& level : q.rubric.levels) {
                check_text(where + "'s rubric level " + std::to_string(level.score), level.label, false, out);
                check_text(where + "'s rubric level " + std::to_string(level.score), level.anchor, false, out);
            }
        }
    }
    return out;
}

void ShortenedFields::add(const std::u32string& label, const std::u32string& value) {
    const auto entry = std::make_pair(label, value);
    if (std::find(fields_.begin(), fields_.end(), entry) == fields_.end()) fields_.push_back(entry);
}

std::vector<std::string> ShortenedFields::warnings() const {
    std::vector<std::string> out;
    for (const auto& [label, value] : fields_)
        out.push_back(to_utf8(label) + ": " + quoted(value) + " (" + grouped_count(value.size()) +
                      " characters) is too long for its field and is shortened on the page");
    return out;
}

}  // namespace ikit
