// Variant groups in the bank (issue 19): the shipped bank's groups, the reader's refusal of a group whose
// members differ, across files too, and kit pools filled from a group.
#include "bank/library_loader.h"
#include "bank/variant_groups.h"
#include "checks/kit_checks.h"
#include "io/data_paths.h"
#include "model/variant_group.h"
#include "serialize/bank_reader.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <map>

using namespace ikit;

namespace {
const LoadedLibrary& shipped() {
    static const LoadedLibrary library = load_library(DataPaths("", IKIT_SOURCE_ASSETS_DIR), {}, false);
    return library;
}

std::string bank_xml(const std::string& questions) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bank format=\"1\" id=\"t\" name=\"T\">\n"
           "<roles><role id=\"r\" level=\"manager\">R</role></roles>\n"
           "<competencies><competency id=\"a\" name=\"A\">a</competency><competency id=\"b\" name=\"B\">b</competency></competencies>\n"
           "<questions>\n" + questions + "</questions>\n</bank>\n";
}

std::string question(const std::string& id, const std::string& group, const std::string& type, const std::string& competency,
                     const std::string& extra = "") {
    return "<question id=\"" + id + "\" variant-group=\"" + group + "\" type=\"" + type + "\" minutes=\"5\" roles=\"r\" competencies=\"" +
           competency + "\"" + extra + ">\n<text>Question " + id + "</text>\n<listen-for>x</listen-for><listen-for>y</listen-for>\n"
           "<probe>p</probe>\n</question>\n";
}

std::string refusal(const std::string& xml) {
    try {
        parse_bank(xml, "groups.xml");
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}
}  // namespace

TEST_CASE("every competency has a behavioural group of three and a situational group of two", "[bank][variants]") {
    const auto& bank = shipped().bank;
    REQUIRE(shipped().errors.empty());
    std::map<std::string, std::size_t> behavioural, situational;  // largest group per main competency
    for (const auto& g : variant_groups(bank)) {
        const Question& head = bank.questions()[g.members.front()];
        auto& best = head.type == QuestionType::Behavioural ? behavioural : situational;
        if (head.type == QuestionType::Behavioural || head.type == QuestionType::Situational)
            best[head.main_competency()] = std::max(best[head.main_competency()], g.members.size());
        for (auto i : g.members) {
            const Question& q = bank.questions()[i];
            INFO(q.id);
            CHECK(interchangeable(q, head));
            CHECK(q.scored);
            CHECK(q.probes.size() >= 2);
            CHECK(q.red_flags.size() >= 2);
        }
    }
    for (const auto& c : bank.competencies()) {
        INFO(c.id);
        CHECK(behavioural[c.id] >= 3);
        CHECK(situational[c.id] >= 2);
    }
    // The new variants were written for this product: no source.
    std::size_t written = 0;
    for (const auto& q : bank.questions()) written += (!q.variant_group.empty() && q.sources.empty()) ? 1 : 0;
    CHECK(written >= 40);
}

TEST_CASE("variants_of lists the question first, then the other members", "[bank][variants]") {
    const auto& bank = shipped().bank;
    const auto members = variants_of(bank, *bank.find("csl-080"));
    REQUIRE(members.size() == 3);
    CHECK(members[0]->id == "csl-080");
    CHECK(members[1]->id == "csl-006");
    CHECK(members[2]->id == "csl-059");
    CHECK(variants_of(bank, *bank.find("csl-004")).size() == 1);
}

TEST_CASE("the reader refuses a group whose members differ, with the line", "[bank][variants]") {
    const std::string ok = question("t-1", "g", "behavioural", "a b") + question("t-2", "g", "behavioural", "a");
    CHECK(refusal(bank_xml(ok)).empty());
    CHECK(parse_bank(bank_xml(ok), "groups.xml").questions[1].variant_group == "g");

    const std::string type = refusal(bank_xml(question("t-1", "g", "behavioural", "a") + question("t-2", "g", "situational", "a")));
    CHECK(type.find("groups.xml:11:") == 0);
    CHECK(type.find("question \"t-2\" of variant group \"g\" has type situational, but \"t-1\" has behavioural") != std::string::npos);
    CHECK(refusal(bank_xml(question("t-1", "g", "behavioural", "a") + question("t-2", "g", "behavioural", "b a")))
              .find("main competency \"b\"") != std::string::npos);
    CHECK(refusal(bank_xml(question("t-1", "g", "behavioural", "a") + question("t-2", "g", "behavioural", "a", " rubric=\"x\"")))
              .find("rubric \"x\"") != std::string::npos);
    CHECK(refusal(bank_xml(question("t-1", "g", "behavioural", "a") + question("t-2", "g", "behavioural", "a", " scored=\"false\"")))
              .find("scored") != std::string::npos);
    // A written bank keeps the groups.
    const auto content = parse_bank(bank_xml(ok), "groups.xml");
    CHECK(parse_bank(write_bank(content), "again.xml").questions == content.questions);
}

TEST_CASE("a file may join a loaded group only with interchangeable questions", "[bank][variants]") {
    QuestionBank bank;
    bank.add(parse_bank(bank_xml(question("t-1", "g", "behavioural", "a")), "one.xml"));
    const std::string roles_free = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bank format=\"1\" id=\"u\" name=\"U\"><questions>\n";
    BankContent good = parse_bank(roles_free + question("u-1", "g", "behavioural", "a") + "</questions></bank>", "two.xml");
    BankContent bad = parse_bank(roles_free + question("u-2", "g", "technical", "a") + "</questions></bank>", "three.xml");
    CHECK_THROWS_WITH(bank.add(bad), Catch::Contains("three.xml") && Catch::Contains("type technical"));
    CHECK(bank.questions().size() == 1);
    bank.add(good);
    CHECK(variants_of(bank, *bank.find("t-1")).size() == 2);
}

TEST_CASE("a kit's pools filled from the bank pass the pool check", "[bank][variants]") {
    const auto& lib = shipped();
    const Question& q = *lib.bank.find("csl-020");
    Kit kit;
    KitSection s{"s1", "KPIs", "kpis-metrics", {}};
    KitQuestion slot = make_kit_question(q, *lib.rubrics.for_question(q));
    slot.id = "q1";
    s.questions.push_back(slot);
    kit.sections.push_back(s);
    CHECK(fill_pools_from_bank(kit, lib.bank) == 1);
    const KitPool& pool = kit.sections[0].questions[0].pool;
    REQUIRE(pool.size() == 2);
    CHECK(pool.variants[0].bank_id == "csl-102");
    CHECK(pool.variants[0].rubric_id == "csl-020");
    for (const auto& f : check_kit(kit, {})) CHECK(f.check != "pool");
    CHECK(fill_pools_from_bank(kit, lib.bank) == 0);  // a slot with a pool is left alone
}
