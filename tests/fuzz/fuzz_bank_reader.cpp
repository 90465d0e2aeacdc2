// libFuzzer target: parse_bank on arbitrary bytes, then merging and searching what it read.
// Any outcome but a bank or an ikit::Error is a bug (crash, sanitizer report, other exception,
// hang); a bank that parses must also survive write_bank and parse_bank unchanged. parse_bank reads
// most banks with its streaming fast path: the tree reader alone (parse_bank_with_tree) must give
// the same bank or the same error.
// Built only with -DIKIT_FUZZ=ON and clang; see docs/fuzzing.md.

#include "bank/question_bank.h"
#include "serialize/bank_reader.h"
#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

namespace {
bool same_questions(const ikit::BankContent& a, const ikit::BankContent& b) {
    if (a.questions.size() != b.questions.size()) return false;
    for (std::size_t i = 0; i < a.questions.size(); ++i) {
        ikit::Question qa = a.questions[i], qb = b.questions[i];
        qa.bank_file = qb.bank_file = "";
        if (qa != qb) return false;
    }
    return a.roles == b.roles && a.competencies == b.competencies;
}
// parse_bank (streaming fast path, tree reader for the rest) against the tree reader alone: the same
// bank or the same error. Returns the bank when there is one.
std::optional<ikit::BankContent> read_both_ways(const std::string& xml) {
    std::string tree_error;
    ikit::BankContent tree;
    try {
        tree = ikit::parse_bank_with_tree(xml, "fuzz.xml");
    } catch (const ikit::Error& e) {
        tree_error = e.what();
    }
    ikit::BankContent content;
    try {
        content = ikit::parse_bank(xml, "fuzz.xml");
    } catch (const ikit::Error& e) {
        if (e.what() != tree_error) {
            std::fprintf(stderr, "the two readers disagree: \"%s\" against \"%s\"\n", e.what(), tree_error.c_str());
            std::abort();
        }
        return std::nullopt;  // refused with a message: the expected outcome for most inputs
    }
    if (!tree_error.empty() || !same_questions(content, tree) || content.file != tree.file) {
        std::fprintf(stderr, "the streaming reader read a bank the tree reader reads differently: %s\n", tree_error.c_str());
        std::abort();
    }
    return content;
}

// A valid one-question bank with the fuzz input spliced in at `at`, so that the streaming reader gets
// to read (and not just decline) many inputs: as question text, as an attribute value, as children.
std::string spliced(const std::string& input, int at) {
    static const char* const kParts[] = {
        ("<bank format=\"1\"><roles><role id=\"r\">R</role></roles><competencies><competency id=\"c\"/>"
         "</competencies><questions><question id=\"q\" type=\"technical\" roles=\"r\" competencies=\"c\"><text>"),
        "</text><listen-for>a</listen-for><source guide=\"g",
        "\" number=\"1\">w</source>",
        "</question></questions></bank>"};
    std::string xml;
    for (int part = 0; part < 4; ++part) {
        xml += kParts[part];
        if (part == at) xml += input;
    }
    if (at != 0) xml.insert(xml.find("</text>"), "Q");  // a question text that is not blank
    return xml;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    for (int at = 0; at < 3; ++at) read_both_ways(spliced(xml, at));
    const auto read = read_both_ways(xml);
    if (!read) return 0;
    const ikit::BankContent& content = *read;
    const std::string written = ikit::write_bank(content);
    try {
        const ikit::BankContent again = ikit::parse_bank(written, "rewritten.xml");
        if (!same_questions(content, again)) {
            std::fprintf(stderr, "bank changed on write/read:\n%s\n", written.c_str());
            std::abort();
        }
    } catch (const ikit::Error& e) {
        std::fprintf(stderr, "a bank we wrote cannot be read back: %s\n%s\n", e.what(), written.c_str());
        std::abort();
    }
    ikit::QuestionBank bank;
    try {
        bank.add(content);
    } catch (const ikit::Error&) {
        return 0;  // e.g. a question naming a role the file does not define
    }
    for (const char* words : {"a", "the sla", "\xce\xb5"}) {
        ikit::BankFilter filter;
        filter.search = words;
        const auto all = bank.filter(filter);
        if (bank.filter_within(filter, all) != all) std::abort();
    }
    if (!bank.questions().empty() && bank.find(bank.questions().front().id) == nullptr) std::abort();
    return 0;
}
