#pragma once
// The one place tests get kits built in code (core, app and benchmark programs alike), and the
// files they write.

#include "model/kit.h"

#include <string>
#include <vector>

namespace ikit::test {

/// A rubric for competency `id` with one level per anchor (scores 1…n, the default labels).
Rubric test_rubric(const std::string& id, const std::string& name, const std::vector<std::string>& anchors);

/// A question with only an id, text, main competency ("" = none) and minutes set.
KitQuestion test_question(const std::string& id, const std::string& text, const std::string& competency, int minutes);

/// Builds a kit section by section for a test that needs a particular shape.
class TestKitBuilder {
public:
    /// Starts a new section; questions added next go into it.
    TestKitBuilder& section(const std::string& id, const std::string& title, const std::string& competency = "");
    /// Adds a question to the last section (to a section "s1" when there is none yet).
    TestKitBuilder& question(KitQuestion question);
    /// The kit built so far.
    const Kit& kit() const { return kit_; }

private:
    Kit kit_;
};

/// A small, valid kit with two sections, rubrics and every field set.
Kit sample_kit();

/// A hiring kit with three sections, rubrics (one question without), probes, listen-for signals
/// and red flags, all in Latin-1 text.
Kit export_sample_kit();

/// export_sample_kit with a plan of three interviews that the plan checks pass: "Phone screen" (20 min, Ana Ruiz
/// as Recruiter; q6 and q2), "Panel: customers" (30 min, Kim Lee and a Peer manager to fill; section s1 — so
/// q1 — and q3) and "Panel: team" (30 min, Kim Lee and Li Wei; section s3 — so q5 — and q4). Each competency
/// is assessed in two interviews by three people.
Kit loop_kit();

/// The second and third wordings of pooled_loop_kit()'s pool.
extern const char* const kPooledSecond;
extern const char* const kPooledThird;

/// loop_kit with a pool of three on its first question (its own wording, kPooledSecond, kPooledThird).
Kit pooled_loop_kit();

/// A candidate name ("Candidate N") whose rotation gives `member` of the first question's pool; throws
/// std::runtime_error when none of the first 500 does.
std::string candidate_with_variant(const Kit& kit, std::size_t member);

/// A kit of `questions` questions in sections of ten; `greek` writes the texts in Greek.
/// Every question text starts with "Q<n> " so that it can be found in extracted text.
Kit synthetic_kit(int questions, bool greek = false);

/// A fresh, empty folder under the test output folder (removed first if it exists).
std::string fresh_dir(const std::string& name);

/// The whole content of a file ("" when missing).
std::string slurp(const std::string& path);

}  // namespace ikit::test
