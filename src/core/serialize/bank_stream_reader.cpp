#include "serialize/bank_stream_reader.h"

#include "model/variant_group.h"

#include "serialize/bank_rules.h"
#include "serialize/xml_input.h"
#include "util/text.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ikit {

namespace {

// Thrown inside the reader when the file is not in the shape it handles; read_bank_streaming turns it
// into nullopt and the tree reader takes over.
struct Declined {};

// Most attributes read on one start tag (the format needs at most six); check_untrusted_xml has refused more.
constexpr std::size_t kMaxAttributes = bank_rules::kXmlLimits.max_attributes;

[[noreturn]] void decline() { throw Declined{}; }

// XML's white space (the S production): unlike is_ascii_space, no form feed or vertical tab.
bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Names are read as ASCII only; a name holding other bytes makes the next check fail, and the reader declines.
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'; }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

bool all_space(std::string_view text) {
    for (const char c : text)
        if (!is_xml_space(c)) return false;
    return true;
}

// The first '<' at or after p (nullptr when there is none); `plain` becomes false when an '&' or a
// carriage return comes before it, i.e. when the text needs decoding.
const char* find_text_end(const char* p, const char* end, bool& plain) {
#if defined(__SSE2__)
    const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&'), cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const auto lts = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lt)));
        const auto specials =
            static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, cr))));
        if (lts) {
            const unsigned first = static_cast<unsigned>(__builtin_ctz(lts));
            if (specials & ((1u << first) - 1)) plain = false;
            return p + first;
        }
        if (specials) plain = false;
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        if (*p == '<') return p;
        if (*p == '&' || *p == '\r') plain = false;
    }
    return nullptr;
}

// Appends the character the reference at raw[i] ("&amp;", "&#233;", "&#x1F600;") stands for; returns the
// offset after it.
std::size_t decode_reference(std::string_view raw, std::size_t i, std::string& out) {
    static constexpr struct {
        std::string_view pattern;
        char value;
    } kNamed[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    const std::string_view rest = raw.substr(i);
    for (const auto& entity : kNamed)
        if (rest.compare(0, entity.pattern.size(), entity.pattern) == 0) {
            out += entity.value;
            return i + entity.pattern.size();
        }
    if (rest.size() < 3 || rest[1] != '#') decline();
    const bool hex = rest[2] == 'x';
    std::size_t j = hex ? 3 : 2;
    const std::size_t digits = j;
    unsigned long value = 0;
    for (; j < rest.size(); ++j) {
        const char d = rest[j];
        unsigned long digit;
        if (d >= '0' && d <= '9') digit = static_cast<unsigned long>(d - '0');
        else if (hex && d >= 'a' && d <= 'f') digit = static_cast<unsigned long>(d - 'a' + 10);
        else if (hex && d >= 'A' && d <= 'F') digit = static_cast<unsigned long>(d - 'A' + 10);
        else break;
        value = std::min(value * (hex ? 16 : 10) + digit, 0x110000ul);
    }
    // check_untrusted_xml has refused references to characters XML does not allow; stay safe regardless.
    if (j == digits || j >= rest.size() || rest[j] != ';' || !xml_allows_character(static_cast<char32_t>(value))) decline();
    out += encode_utf8(static_cast<char32_t>(value));
    return i + j + 1;
}

// Text or an attribute value as tinyxml2 gives it: references decoded, and each line end (CR LF, LF CR,
// a lone CR or LF) one line feed.
void decode(std::string_view raw, std::string& out) {
    out.clear();
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c == '\r' || c == '\n') {
            out += '\n';
            const char partner = c == '\r' ? '\n' : '\r';
            i += i + 1 < raw.size() && raw[i + 1] == partner ? 2 : 1;
        } else if (c == '&') {
            i = decode_reference(raw, i, out);
        } else {
            out += c;
            ++i;
        }
    }
}

class BankStream {
public:
    BankStream(const std::string& xml, const std::string& file_name)
        : p_(xml.data()), end_(xml.data() + xml.size()), file_(file_name) {}

    BankContent read() {
        skip_space();
        if (at("\xEF\xBB\xBF")) p_ += 3;  // a byte order mark, which tinyxml2 also skips
        skip_space();
        if (at("<?")) skip_past(2, "?>");  // the XML declaration
        skip_misc();
        if (p_ >= end_ || *p_ != '<') decline();
        start_tag();
        const std::string* format = attribute("format");
        if (tag_ != "bank" || !format || whole_number(*format, bank_rules::kFormat) != bank_rules::kFormat) decline();

        BankContent content;
        content.file = file_;
        if (!tag_closed_) {
            bool roles = false, competencies = false, questions = false;
            while (next_child()) {
                // The tree reader reads the first of each and ignores anything else: decline those files.
                if (tag_ == "roles" && !roles) {
                    roles = true;
                    read_roles(content);
                } else if (tag_ == "competencies" && !competencies) {
                    competencies = true;
                    read_competencies(content);
                } else if (tag_ == "questions" && !questions) {
                    questions = true;
                    read_questions(content);
                } else {
                    decline();
                }
            }
            end_tag("bank");
        }
        skip_misc();
        if (p_ != end_) decline();

        bank_rules::CaselessIdSet ids;
        ids.reserve(content.questions.size());
        for (auto& q : content.questions) {
            if (!ids.insert(q.id).second) decline();
            q.bank_file = file_;
        }
        return content;
    }

private:
    struct Attribute {
        std::string_view name;
        std::string value;  // decoded
    };

    bool at(std::string_view s) const {
        return static_cast<std::size_t>(end_ - p_) >= s.size() && std::memcmp(p_, s.data(), s.size()) == 0;
    }

    void skip_space() {
        while (p_ < end_ && is_xml_space(*p_)) ++p_;
    }

    // Moves past the first `until` that starts `from` bytes on.
    void skip_past(std::size_t from, std::string_view until) {
        const std::string_view rest(p_ + from, static_cast<std::size_t>(end_ - p_) - from);
        const std::size_t found = rest.find(until);
        if (found == std::string_view::npos) decline();
        p_ += from + found + until.size();
    }

    // White space and comments, where they may come between elements.
    void skip_misc() {
        for (;;) {
            skip_space();
            if (!at("<!--")) return;
            skip_past(4, "-->");
        }
    }

    // In content made of elements: reads the next start tag and returns true, or stops at an end tag
    // and returns false. Text other than white space is declined.
    bool next_child() {
        skip_misc();
        if (p_ + 1 >= end_ || *p_ != '<') decline();
        if (p_[1] == '/') return false;
        start_tag();
        return true;
    }

    void start_tag() {
        ++p_;  // '<'
        tag_ = name();
        attribute_count_ = 0;
        for (;;) {
            const char* before = p_;
            skip_space();
            if (p_ >= end_) decline();
            if (*p_ == '>') {
                ++p_;
                tag_closed_ = false;
                return;
            }
            if (at("/>")) {
                p_ += 2;
                tag_closed_ = true;
                return;
            }
            if (p_ == before) decline();  // attributes are separated by white space
            read_attribute();
        }
    }

    std::string_view name() {
        const char* start = p_;
        if (p_ >= end_ || !is_name_start(*p_)) decline();
        while (p_ < end_ && is_name_char(*p_)) ++p_;
        return std::string_view(start, static_cast<std::size_t>(p_ - start));
    }

    void read_attribute() {
        const std::string_view attribute_name = name();
        skip_space();
        if (p_ >= end_ || *p_ != '=') decline();
        ++p_;
        skip_space();
        if (p_ >= end_ || (*p_ != '"' && *p_ != '\'')) decline();
        const char quote = *p_++;
        const auto* close = static_cast<const char*>(std::memchr(p_, quote, static_cast<std::size_t>(end_ - p_)));
        if (!close) decline();
        const std::string_view raw(p_, static_cast<std::size_t>(close - p_));
        p_ = close + 1;
        // A repeated attribute is declined (the tree reader takes the first). Comparing each attribute with
        // those before it is quadratic, so a start tag with more attributes than any bank needs is declined too.
        if (attribute_count_ == kMaxAttributes) decline();
        for (std::size_t k = 0; k < attribute_count_; ++k)
            if (attributes_[k].name == attribute_name) decline();
        if (raw.find('<') != std::string_view::npos) decline();
        if (attribute_count_ == attributes_.size()) attributes_.emplace_back();
        Attribute& a = attributes_[attribute_count_++];
        a.name = attribute_name;
        if (raw.find_first_of("&\r\n") == std::string_view::npos) a.value.assign(raw);
        else decode(raw, a.value);
    }

    // The start tag's attribute called `attribute_name`, or nullptr.
    const std::string* attribute(std::string_view attribute_name) const {
        for (std::size_t k = 0; k < attribute_count_; ++k)
            if (attributes_[k].name == attribute_name) return &attributes_[k].value;
        return nullptr;
    }

    // A required attribute, which must not be blank.
    const std::string& required(std::string_view attribute_name) const {
        const std::string* value = attribute(attribute_name);
        if (!value || bank_rules::blank(*value)) decline();
        return *value;
    }

    void end_tag(std::string_view element_name) {
        if (!at("</")) decline();
        p_ += 2;
        if (!at(element_name)) decline();
        p_ += element_name.size();
        skip_space();
        if (p_ >= end_ || *p_ != '>') decline();
        ++p_;
    }

    // The text of the element whose start tag was just read, up to and including its end tag. Text that
    // is only white space counts as none, as in tinyxml2; a comment, CDATA or element inside is declined.
    void text_content(std::string& out) {
        out.clear();
        if (tag_closed_) return;
        const std::string_view element_name = tag_;
        bool plain = true;
        const char* lt = find_text_end(p_, end_, plain);
        if (!lt) decline();
        const std::string_view raw(p_, static_cast<std::size_t>(lt - p_));
        p_ = lt;
        if (!at("</")) decline();
        if (!raw.empty() && !(is_xml_space(raw.front()) && all_space(raw))) {
            if (plain) out.assign(raw);
            else decode(raw, out);
        }
        end_tag(element_name);
    }

    void read_roles(BankContent& content) {
        if (tag_closed_) return;
        std::set<std::string> ids;
        while (next_child()) {
            if (tag_ != "role") decline();
            Role role;
            role.id = required("id");
            if (const std::string* level = attribute("level")) role.level = *level;
            text_content(text_);
            role.name = trim(text_);
            if (role.name.empty()) role.name = trim(role.id);
            if (!ids.insert(role.id).second) decline();
            content.roles.push_back(std::move(role));
        }
        end_tag("roles");
    }

    void read_competencies(BankContent& content) {
        if (tag_closed_) return;
        std::set<std::string> ids;
        while (next_child()) {
            if (tag_ != "competency") decline();
            Competency competency;
            competency.id = required("id");
            if (const std::string* name = attribute("name")) competency.name = *name;
            text_content(text_);
            competency.description = trim(text_);
            if (competency.name.empty()) competency.name = competency.id;
            if (!ids.insert(competency.id).second) decline();
            content.competencies.push_back(std::move(competency));
        }
        end_tag("competencies");
    }

    void read_questions(BankContent& content) {
        if (tag_closed_) return;
        // A question takes 1 to 2 kB of XML: reserve for the smaller count, so the vector grows at most
        // once or twice and never holds much more than it needs.
        content.questions.reserve(static_cast<std::size_t>(end_ - p_) / 2048);
        while (next_child()) {
            if (tag_ != "question") decline();
            content.questions.emplace_back();
            read_question(content.questions.back());
        }
        end_tag("questions");
        // A variant group whose members differ: the tree reader names the line.
        if (find_variant_group_conflict(content.questions)) decline();
    }

    void read_question(Question& q) {
        q.id = required("id");
        const auto type = question_type_from_id(required("type"));
        if (!type) decline();
        q.type = *type;
        q.minutes = bank_rules::kDefaultMinutes;
        if (const std::string* minutes = attribute("minutes")) {
            const auto value = whole_number(*minutes, bank_rules::kMaxMinutes);
            if (!value) decline();  // the tree reader names the line and the attribute
            q.minutes = *value;
        }
        if (const std::string* roles = attribute("roles")) q.role_ids = split_words(*roles);
        q.competency_ids = split_words(required("competencies"));
        if (const std::string* levels = attribute("level")) {
            q.levels = split_words(*levels);
            for (const auto& level : q.levels)
                if (!bank_rules::known_level(level)) decline();
        }
        if (const std::string* rubric = attribute("rubric")) q.rubric_id = trim(*rubric);
        if (const std::string* group = attribute("variant-group")) q.variant_group = trim(*group);
        if (const std::string* scored = attribute("scored")) {
            const auto value = bank_rules::scored_value(*scored);
            if (!value) decline();  // the tree reader names the line and the value
            q.scored = *value;
        }

        bool has_text = false;
        if (!tag_closed_) {
            while (next_child()) {
                if (tag_ == "text") {
                    if (has_text) decline();
                    has_text = true;
                    text_content(q.text);
                } else if (tag_ == "listen-for") {
                    item(q.listen_for);
                } else if (tag_ == "probe") {
                    item(q.probes);
                } else if (tag_ == "red-flag") {
                    item(q.red_flags);
                } else if (tag_ == "tag") {
                    item(q.tags);
                } else if (tag_ == "source") {
                    Provenance source;
                    source.guide = required("guide");
                    source.number = required("number");
                    text_content(source.wording);
                    q.sources.push_back(std::move(source));
                } else {
                    decline();
                }
            }
            end_tag("question");
        }
        if (!has_text || bank_rules::blank(q.text)) decline();
    }

    void item(std::vector<std::string>& items) {
        if (items.size() == bank_rules::kMaxItems) decline();
        items.emplace_back();
        text_content(items.back());
    }

    const char* p_;
    const char* end_;
    const std::string& file_;
    std::string_view tag_;    // name of the start tag read last
    bool tag_closed_ = false; // it was written <name/>
    std::vector<Attribute> attributes_;  // its attributes (the first attribute_count_; reused)
    std::size_t attribute_count_ = 0;
    std::string text_;        // scratch text
};

}  // namespace

std::optional<BankContent> read_bank_streaming(const std::string& xml, const std::string& file_name) {
    try {
        return BankStream(xml, file_name).read();
    } catch (const Declined&) {
        return std::nullopt;
    }
}

}  // namespace ikit
