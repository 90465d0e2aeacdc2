// libFuzzer target: parse_score_sheet on arbitrary bytes. Any outcome but a score sheet or an ikit::Error is a
// bug (crash, sanitizer report, other exception, hang); a sheet that parses must also survive being written
// and read back unchanged, and combine against a small kit without throwing. Built only with -DIKIT_FUZZ=ON
// and clang; see docs/fuzzing.md.

#include "scoring/calibration.h"
#include "scoring/combination.h"
#include "serialize/score_file.h"
#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Two questions on a 1–5 rubric for "c1", one without a rubric for "c2"; plan-less.
const ikit::Kit& fuzz_kit() {
    static const ikit::Kit kit = [] {
        ikit::Kit k;
        k.properties.title = "Fuzz";
        k.competencies = {{"c1", "One", "", 2.0}, {"c2", "Two", "", 1.0}};
        ikit::KitSection s;
        s.id = "s1";
        for (const char* id : {"q1", "q2", "q3"}) {
            ikit::KitQuestion q;
            q.id = id;
            q.text = std::string("Question ") + id;
            q.competency_ids = {std::string(id) == "q3" ? "c2" : "c1"};
            if (std::string(id) != "q3")
                for (int score = 1; score <= 5; ++score) q.rubric.levels.push_back({score, "L", "A"});
            s.questions.push_back(q);
        }
        k.sections.push_back(s);
        return k;
    }();
    return kit;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    ikit::ScoreSheet sheet;
    try {
        sheet = ikit::parse_score_sheet(xml, "fuzz.iscore");
    } catch (const ikit::Error&) {
        return 0;  // refused with a message: the expected outcome for most inputs
    }
    const std::string written = ikit::write_score_sheet(sheet);
    try {
        const ikit::ScoreSheet again = ikit::parse_score_sheet(written, "rewritten.iscore");
        if (again != sheet) {
            std::fprintf(stderr, "score sheet changed on write/read:\n%s\n", written.c_str());
            std::abort();
        }
    } catch (const ikit::Error& e) {
        std::fprintf(stderr, "a score file we wrote cannot be read back: %s\n%s\n", e.what(), written.c_str());
        std::abort();
    }
    const ikit::Combination c = ikit::combine(fuzz_kit(), sheet);
    if (c.composite && (*c.composite < 1 || *c.composite > 5)) {
        std::fprintf(stderr, "composite %f off the 1-5 scale\n", *c.composite);
        std::abort();
    }
    ikit::CalibrationBuilder calibration;
    calibration.add(sheet);
    (void)calibration.result();
    return 0;
}
