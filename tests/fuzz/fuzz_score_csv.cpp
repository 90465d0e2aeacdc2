// libFuzzer target: import_score_csv on arbitrary bytes against a small kit. Any outcome but an import
// (with or without bad cells) or an ikit::Error is a bug; an import without bad cells must give a sheet
// that a score file holds unchanged (write_score_sheet → parse_score_sheet). Built only with -DIKIT_FUZZ=ON
// and clang; see docs/fuzzing.md.

#include "scoring/score_csv.h"
#include "serialize/score_file.h"
#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Questions q1, q2 (competency c1, 1–5 rubric) and q3 (c2, no rubric), two interviews in a plan.
const ikit::Kit& fuzz_kit(bool with_plan) {
    static const ikit::Kit plain = [] {
        ikit::Kit k;
        k.properties.title = "Fuzz";
        k.competencies = {{"c1", "One", "", 1.0}, {"c2", "Two", "", 1.0}};
        for (const char* section : {"s1", "s2"}) {
            ikit::KitSection s;
            s.id = section;
            k.sections.push_back(s);
        }
        for (const char* id : {"q1", "q2", "q3"}) {
            ikit::KitQuestion q;
            q.id = id;
            q.text = std::string("Question ") + id;
            q.competency_ids = {std::string(id) == "q3" ? "c2" : "c1"};
            if (std::string(id) != "q3")
                for (int score = 1; score <= 5; ++score) q.rubric.levels.push_back({score, "L", "A"});
            k.sections[std::string(id) == "q3" ? 1 : 0].questions.push_back(q);
        }
        return k;
    }();
    static const ikit::Kit planned = [] {
        ikit::Kit k = plain;
        k.plan.interviews = {{"i1", "Screen", 30, {{"Ana", ""}}, {"s1"}, {}}, {"i2", "Panel", 45, {{"", "Peer"}}, {"s2"}, {}}};
        return k;
    }();
    return with_plan ? planned : plain;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const bool with_plan = data[0] & 1;  // the first byte chooses the kit
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    ikit::ScoreCsvImport imported;
    try {
        imported = ikit::import_score_csv(fuzz_kit(with_plan), text, "fuzz.csv", "2025-01-01");
    } catch (const ikit::Error&) {
        return 0;
    }
    if (!imported.errors.empty()) return 0;
    imported.sheet.candidate = "Fuzz";
    const std::string written = ikit::write_score_sheet(imported.sheet);
    try {
        if (ikit::parse_score_sheet(written, "imported.iscore") != imported.sheet) {
            std::fprintf(stderr, "an imported sheet changed in its score file:\n%s\n", written.c_str());
            std::abort();
        }
    } catch (const ikit::Error& e) {
        std::fprintf(stderr, "an imported sheet makes an unreadable score file: %s\n%s\n", e.what(), written.c_str());
        std::abort();
    }
    return 0;
}
