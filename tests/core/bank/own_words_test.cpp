// Everything the project writes for interviewers is in its own words (issue 16): no run of six or more
// words in a row (case and punctuation ignored) is shared with the five seed interview guides the bank's
// question wordings come from. Question texts and <source> wordings are quoted on purpose and left out;
// listen-for, probes, red flags, competency descriptions, rubric descriptions, anchors and examples (every
// shipped rubric, including questions/) and the sample kits' instructions and embedded notes are checked.
#include "bank/shipped_text_tools.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <unordered_set>

using namespace ikit::test;

namespace {
constexpr std::size_t kRun = 6;  // words in a row that count as copied

// Lower-case words: ASCII letters and digits; apostrophes (' and U+2019) vanish so "you've" is "youve";
// anything else separates words.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isalnum(c) && c < 0x80) {
            word += static_cast<char>(std::tolower(c));
        } else if (c == '\'') {
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0x98 || static_cast<unsigned char>(text[i + 2]) == 0x99)) {
            i += 2;  // a curly apostrophe
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

std::string run_at(const std::vector<std::string>& words, std::size_t i) {
    std::string run = words[i];
    for (std::size_t k = 1; k < kRun; ++k) run += " " + words[i + k];
    return run;
}

const std::unordered_set<std::string>& seed_runs() {
    static const std::unordered_set<std::string> runs = [] {
        std::unordered_set<std::string> all;
        for (const auto& file : files_in(std::string(IKIT_TEST_DATA_DIR) + "/seeds", ".txt")) {
            const auto words = words_of(slurp(file));
            for (std::size_t i = 0; i + kRun <= words.size(); ++i) all.insert(run_at(words, i));
        }
        return all;
    }();
    return runs;
}

// Each run of the text that a seed guide also holds, with where it is.
std::vector<std::string> shared_runs(const ShippedText& t) {
    std::vector<std::string> found;
    const auto words = words_of(t.text);
    for (std::size_t i = 0; i + kRun <= words.size(); ++i)
        if (seed_runs().count(run_at(words, i))) found.push_back(t.where + ": \"" + run_at(words, i) + "\"");
    return found;
}

// The interviewer-facing text of every shipped file.
std::vector<ShippedText> interviewer_texts() {
    std::vector<ShippedText> all;
    const auto add = [&](const std::vector<ShippedText>& more) { all.insert(all.end(), more.begin(), more.end()); };
    const std::string assets = IKIT_SOURCE_ASSETS_DIR;
    for (const auto& bank : files_in(assets + "/bank", ".xml"))
        add(element_texts(bank, "assets/bank/" + bank.substr(bank.rfind('/') + 1),
                          {"listen-for", "probe", "red-flag", "competency"}));
    for (const char* folder : {"/rubrics", "/rubrics/questions"})
        for (const auto& rubric : files_in(assets + folder, ".xml"))
            add(element_texts(rubric, std::string("assets") + folder + "/" + rubric.substr(rubric.rfind('/') + 1),
                              {"description", "level", "example"}));
    for (const auto& kit : files_in(IKIT_SOURCE_KITS_DIR, ".ikit"))
        add(element_texts(kit, "kits/" + kit.substr(kit.rfind('/') + 1),
                          {"instructions", "notes", "note", "listen-for", "probe", "red-flag", "competency",
                           "description", "level", "example"}));
    return all;
}
}  // namespace

TEST_CASE("the run check finds text copied from a seed guide and passes the project's own", "[bank][own-words]") {
    REQUIRE(seed_runs().size() > 15000);  // about 18,600 in the five guides
    // Words 200 to 212 of a guide, with the case and punctuation changed, are still a copy.
    const auto guide = words_of(slurp(std::string(IKIT_TEST_DATA_DIR) + "/seeds/000_ba3d60e293e15a21.txt"));
    REQUIRE(guide.size() > 220);
    std::string copied;
    for (std::size_t i = 200; i < 212; ++i) {
        std::string w = guide[i];
        if (i % 2) std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        copied += w + (i % 3 ? " " : ", ");
    }
    const auto copies = shared_runs({"copied", copied, ""});
    CHECK(copies.size() == 12 - kRun + 1);
    CHECK(shared_runs({"own", "Checks the recording before judging whether the agent or the customer has it right.", ""}).empty());
    CHECK(words_of("You\xE2\x80\x99ve won't CSAT/NPS-led") == std::vector<std::string>{"youve", "wont", "csat", "nps", "led"});
}

TEST_CASE("no interviewer-facing text shares six words in a row with the seed guides", "[bank][own-words]") {
    const auto texts = interviewer_texts();
    // Enough was read that the check means something: the bank's notes, every rubric, every kit.
    std::size_t bank = 0, rubric_examples = 0, kit_texts = 0;
    for (const auto& t : texts) {
        bank += t.where.rfind("assets/bank/", 0) == 0;
        rubric_examples += t.where.find("<example>") != std::string::npos;
        kit_texts += t.where.rfind("kits/", 0) == 0;
    }
    CHECK(bank > 500);
    CHECK(rubric_examples >= 3 * 14);
    CHECK(kit_texts > 100);
    std::vector<std::string> offences;
    for (const auto& t : texts) {
        const auto runs = shared_runs(t);
        offences.insert(offences.end(), runs.begin(), runs.end());
    }
    for (const auto& o : offences) FAIL_CHECK("shares a run of six words with a seed guide: " << o);
    CHECK(offences.empty());
}
