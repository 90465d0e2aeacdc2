#include "hostile_files.h"

#include "serialize/bank_reader.h"
#include "serialize/kit_file.h"
#include "serialize/question_rules_reader.h"
#include "serialize/rubric_reader.h"
#include "serialize/score_file.h"
#include "util/error.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace ikit::test {

namespace {

// A small valid file of each kind. Markers: FORMAT (the format number), @ROOT@ (more attributes on the root),
// @CHILD@ (more children of an element the reader reads), @TEXT@ (text), MINUTES / LENGTH / SCORE (numbers).
const char* const kKit =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<kit format=\"FORMAT\"@ROOT@>\n"
    "  <properties><title>T</title><length-minutes>LENGTH</length-minutes>@CHILD@</properties>\n"
    "  <sections>\n"
    "    <section id=\"s1\">\n"
    "      <question id=\"q1\" minutes=\"MINUTES\"><text>@TEXT@</text></question>\n"
    "    </section>\n"
    "  </sections>\n"
    "</kit>\n";

const char* const kBank =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bank format=\"FORMAT\"@ROOT@>\n"
    "  <competencies><competency id=\"c\" name=\"C\">C.</competency>@CHILD@</competencies>\n"
    "  <questions>\n"
    "    <question id=\"b-1\" type=\"behavioural\" minutes=\"MINUTES\" competencies=\"c\"><text>@TEXT@</text></question>\n"
    "  </questions>\n"
    "</bank>\n";

const char* const kRubric =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rubric format=\"FORMAT\" id=\"r\" name=\"R\"@ROOT@>\n"
    "  <description>@TEXT@</description>@CHILD@\n"
    "  <level score=\"SCORE\" label=\"Weak\">Weak.</level>\n"
    "  <level score=\"2\" label=\"Fair\">Fair.</level>\n"
    "  <level score=\"3\" label=\"Good\">Good.</level>\n"
    "  <level score=\"4\" label=\"Strong\">Strong.</level>\n"
    "</rubric>\n";

const char* const kRules =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<question-rules format=\"FORMAT\"@ROOT@>\n"
    "  <wording id=\"w\" severity=\"advice\"><match>x</match>@CHILD@<why>@TEXT@</why></wording>\n"
    "</question-rules>\n";

const char* const kScores =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<scores format=\"FORMAT\"@ROOT@>\n"
    "  <candidate>C</candidate><kit>T</kit>@CHILD@\n"
    "  <scorecard interviewer=\"A\">\n"
    "    <question id=\"q1\" rating=\"SCORE\">@TEXT@</question>\n"
    "  </scorecard>\n"
    "</scores>\n";

// The values of the markers; each case changes one.
struct Fill {
    std::string format = "1", root, child, text = "Fine text.", minutes = "5", length = "60", score = "1";
};

void replace_first(std::string& s, const std::string& marker, const std::string& value) {
    const auto at = s.find(marker);
    if (at != std::string::npos) s.replace(at, marker.size(), value);
}

const char* template_of(HostileKind kind) {
    switch (kind) {
        case HostileKind::Kit: return kKit;
        case HostileKind::Bank: return kBank;
        case HostileKind::Rubric: return kRubric;
        case HostileKind::Rules: return kRules;
        case HostileKind::Scores: return kScores;
    }
    return kKit;
}

std::string document(HostileKind kind, const Fill& fill) {
    std::string s = template_of(kind);
    replace_first(s, "FORMAT", fill.format);
    replace_first(s, "@ROOT@", fill.root);
    replace_first(s, "MINUTES", fill.minutes);
    replace_first(s, "LENGTH", fill.length);
    replace_first(s, "SCORE", fill.score);
    replace_first(s, "@TEXT@", fill.text);
    replace_first(s, "@CHILD@", fill.child);  // last: it may be megabytes long
    return s;
}

// 1-based line of the first `needle` in `s`.
int line_of(const std::string& s, const std::string& needle) {
    const auto at = s.find(needle);
    return at == std::string::npos ? 0 : 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(at), '\n'));
}

const char* extension(HostileKind kind) {
    return kind == HostileKind::Kit ? ".ikit" : kind == HostileKind::Scores ? ".iscore" : ".xml";
}

std::string root_name(HostileKind kind) {
    switch (kind) {
        case HostileKind::Kit: return "kit";
        case HostileKind::Bank: return "bank";
        case HostileKind::Rubric: return "rubric";
        case HostileKind::Rules: return "question-rules";
        case HostileKind::Scores: return "scores";
    }
    return "kit";
}

// The same text as UTF-16 (little or big endian), as a Windows editor may save it.
std::string utf16(const std::string& ascii, bool little_endian, bool bom) {
    std::string out;
    if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (const char c : ascii) {
        if (little_endian) {
            out += c;
            out += '\0';
        } else {
            out += '\0';
            out += c;
        }
    }
    return out;
}

}  // namespace

std::vector<HostileKind> hostile_kinds() {
    return {HostileKind::Kit, HostileKind::Bank, HostileKind::Rubric, HostileKind::Rules, HostileKind::Scores};
}

std::string kind_name(HostileKind kind) {
    switch (kind) {
        case HostileKind::Kit: return "kit";
        case HostileKind::Bank: return "bank";
        case HostileKind::Rubric: return "rubric";
        case HostileKind::Rules: return "rules";
        case HostileKind::Scores: return "scores";
    }
    return "kit";
}

std::size_t hostile_budget(HostileKind kind) {
    if (kind == HostileKind::Scores) return ScoreFileLimits::max_file_bytes;
    return kind == HostileKind::Kit || kind == HostileKind::Bank ? 16u * 1024u * 1024u : 1024u * 1024u;
}

std::vector<HostileFile> hostile_files(HostileKind kind, std::size_t bytes) {
    const std::string prefix = kind_name(kind) + "-";
    const std::string ext = extension(kind);
    const std::string root = root_name(kind);
    const std::size_t room = bytes > 1024 ? bytes - 1024 : bytes;  // for the rest of the document
    std::vector<HostileFile> files;
    const auto add = [&](const std::string& name, const std::string& content, int line, const std::string& expected) {
        files.push_back({prefix + name + ext, content, line, expected});
    };

    {  // Quadratic parse: as many attributes on the root as fit (200,000 in a 3 MB kit).
        Fill fill;
        for (std::size_t k = 0; fill.root.size() + 16 < room; ++k) fill.root += " a" + std::to_string(k) + "=\"1\"";
        add("attributes", document(kind, fill), 2,
            "<" + root + "> has more than " + (kind == HostileKind::Scores ? "8" : "16") + " attributes");
    }
    {  // Unbounded work: unknown empty elements filling the file (4.19 million in 16 MiB).
        Fill fill;
        fill.child.reserve(room);
        while (fill.child.size() + 4 <= room) fill.child += "<x/>";
        add("elements", document(kind, fill), 3, "refused: the file holds more than");
    }
    {  // Lenient XML: a second root element, a second declaration, another encoding.
        const std::string valid = document(kind, {});
        add("second-root", valid + "<" + root + " format=\"1\"/>\n", line_of(valid, "</" + root) + 1, "a second root element");
        Fill fill;
        fill.child = "<?xml version=\"1.0\"?>";
        add("second-declaration", document(kind, fill), 3, "a second XML declaration");
        std::string latin = valid;
        replace_first(latin, "UTF-8", "ISO-8859-1");
        add("encoding", latin, 1, "encoded as ISO-8859-1; only UTF-8 is read");
    }
    {  // Noncharacters XML does not allow, raw and as references, in text and in an attribute value.
        const int text_line = line_of(document(kind, {}), "Fine text.");
        Fill raw;
        raw.text = "a\xEF\xBF\xBE" "b";
        add("fffe-raw", document(kind, raw), text_line, "U+FFFE");
        Fill raw_ffff;
        raw_ffff.text = "a\xEF\xBF\xBF" "b";
        add("ffff-raw", document(kind, raw_ffff), text_line, "U+FFFF");
        for (const auto& [name, reference] : std::vector<std::pair<std::string, std::string>>{
                 {"fffe-hex", "&#xFFFE;"}, {"fffe-dec", "&#65534;"}, {"ffff-hex", "&#xffff;"}, {"ffff-dec", "&#65535;"}}) {
            Fill fill;
            fill.text = "a" + reference + "b";
            add(name, document(kind, fill), text_line, "names a character XML does not allow");
        }
        Fill in_attribute;
        in_attribute.root = " note=\"&#xFFFE;\"";
        add("fffe-attribute", document(kind, in_attribute), 2, "names a character XML does not allow");
    }
    {  // Lenient numbers: every one the tester found, in the format and in each number the kind holds.
        const std::vector<std::string> lenient = {"4294967296", "4294967302", "0x10", "6abc", "1e1", "1.5", "-1", "+5", " 5", ""};
        for (std::size_t k = 0; k < lenient.size(); ++k) {
            const std::string& value = lenient[k];
            const std::string tag = "-" + std::to_string(k);
            Fill format;
            format.format = value;
            add("format" + tag, document(kind, format), 2,
                "attribute format=\"" + value + "\" of <" + root + "> must be a whole number from 1 to 1000000");
            Fill number;
            switch (kind) {
                case HostileKind::Kit:
                    number.minutes = value;
                    add("minutes" + tag, document(kind, number), 6,
                        "attribute minutes=\"" + value + "\" of <question> must be a whole number from 0 to 1440");
                    if (value != " 5") {  // white space around an element's number is fine
                        Fill length;
                        length.length = value;
                        add("length" + tag, document(kind, length), 3,
                            "<length-minutes> \"" + value + "\" must be a whole number from 0 to 1440");
                    }
                    break;
                case HostileKind::Bank:
                    number.minutes = value;
                    add("minutes" + tag, document(kind, number), 5,
                        "attribute minutes=\"" + value + "\" of <question> must be a whole number from 0 to 240");
                    break;
                case HostileKind::Rubric:
                    number.score = value;
                    add("score" + tag, document(kind, number), 4,
                        "attribute score=\"" + value + "\" of <level> must be a whole number from 1 to 10");
                    break;
                case HostileKind::Rules: break;  // the format is its only number
                case HostileKind::Scores:
                    number.score = value;
                    add("rating" + tag, document(kind, number), 5,
                        "attribute rating=\"" + value + "\" of <question> must be a whole number from 1 to 10");
                    break;
            }
        }
    }
    {  // UTF-16 (with and without a byte order mark) and white space only.
        const std::string valid = document(kind, {});
        add("utf16le-bom", utf16(valid, true, true), 0, "the file is UTF-16 text; save it as UTF-8");
        add("utf16le", utf16(valid, true, false), 0, "the file is UTF-16 text; save it as UTF-8");
        add("utf16be", utf16(valid, false, false), 0, "the file is UTF-16 text; save it as UTF-8");
        add("white-space", " \n\t\r\n  \n", 0, "it holds only white space, no XML");
    }
    return files;
}

std::string refusal_of(HostileKind kind, const std::string& path) {
    try {
        switch (kind) {
            case HostileKind::Kit: read_kit_file(path); break;
            case HostileKind::Bank: read_bank_file(path); break;
            case HostileKind::Rubric: read_rubric_file(path); break;
            case HostileKind::Rules: read_question_rules_file(path); break;
            case HostileKind::Scores: read_score_file(path); break;
        }
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

void write_hostile_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

}  // namespace ikit::test
