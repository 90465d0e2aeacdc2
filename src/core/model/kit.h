#pragma once
/// \file kit.h
/// An interview kit: the document users build, save, share and print.

#include "model/interview_plan.h"
#include "model/kit_variant.h"
#include "model/paper.h"
#include "model/question.h"
#include "model/question_type.h"
#include "model/rubric.h"
#include "model/taxonomy.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// The kit file format this build writes; readers refuse anything newer.
constexpr int kKitFormat = 1;

/// A question placed in a kit: a self-contained copy that can be edited without touching the bank.
struct KitQuestion {
    std::string id;        ///< unique within the kit, e.g. "q7"
    std::string bank_id;   ///< the bank question it was taken from; empty for a custom question
    std::string text;      ///< the question as asked
    QuestionType type = QuestionType::Behavioural;  ///< kind of evidence asked for
    int minutes = 5;       ///< planned minutes (0 = not planned)
    std::vector<std::string> competency_ids;  ///< first is the main competency
    std::vector<std::string> listen_for;      ///< signals of a strong answer
    std::vector<std::string> probes;          ///< follow-up questions
    std::vector<std::string> red_flags;       ///< warning signs
    Rubric rubric;         ///< embedded copy of the attached rubric (empty = none)
    bool scored = true;    ///< false: asked but not rated (no rating row, not in the competency summary)
    KitPool pool;          ///< other wordings rotated between candidates (issue 19); none = an ordinary question

    /// True when the question was written by the user rather than taken from a bank.
    bool is_custom() const { return bank_id.empty(); }
    bool operator==(const KitQuestion& other) const;
    bool operator!=(const KitQuestion& other) const { return !(*this == other); }
};

/// Where a section stands in the interview: the opener builds rapport, the body gathers evidence, the
/// close leaves time for the candidate's questions.
enum class SectionKind { Opener, Body, Close };

/// "opener", "body", "close".
std::string_view to_id(SectionKind kind);

/// Parses "opener", "body" or "close"; nullopt when unknown.
std::optional<SectionKind> section_kind_from_id(std::string_view id);

/// An ordered group of questions, by default one per competency.
struct KitSection {
    std::string id;             ///< unique within the kit, e.g. "s2"
    std::string title;          ///< shown as a heading
    std::string competency_id;  ///< competency the section was made for; may be empty
    std::vector<KitQuestion> questions;  ///< in asking order
    SectionKind kind = SectionKind::Body;  ///< opener, body or close
    int candidate_minutes = 0;  ///< minutes reserved for the candidate's own questions (a close section's)
    bool operator==(const KitSection& other) const;
    bool operator!=(const KitSection& other) const { return !(*this == other); }
};

/// The properties of a kit, edited together in the properties dialog.
struct KitProperties {
    std::string title;          ///< kit title
    std::string role_id;        ///< role id from the bank; may be empty
    std::string role_name;      ///< role display name (kept so the kit is self-contained)
    std::string stage;          ///< e.g. "Phone screen", "Panel", "Final"
    int length_minutes = 60;    ///< planned interview length
    std::string instructions;   ///< instructions to interviewers
    std::string author;         ///< who made the kit
    std::string modified;       ///< last-modified date, YYYY-MM-DD
    std::optional<Paper> paper; ///< A4 or Letter; nullopt = follow the user's setting
    std::string language;       ///< language of the printed forms' labels ("de", "fr", …); "" = the user's
    bool operator==(const KitProperties& other) const;
    bool operator!=(const KitProperties& other) const { return !(*this == other); }
};

/// The kit-wide settings edited together in the properties dialog.
struct KitSettings {
    KitProperties properties;                      ///< title, role, stage, …
    std::vector<Competency> competencies;          ///< competencies the kit must cover
    std::vector<std::string> recommendation_labels;  ///< the overall scale, lowest first
};

/// A complete interview kit.
struct Kit {
    KitProperties properties;                ///< title, role, stage, …
    std::vector<Competency> competencies;    ///< competencies named for the kit (what it must cover)
    std::vector<KitSection> sections;        ///< in asking order
    std::vector<std::string> recommendation_labels = default_recommendation_labels();  ///< overall scale
    InterviewPlan plan;                      ///< the interviews of the loop; empty = one interview, everyone
    std::vector<std::string> extensions;     ///< unknown child elements of a newer minor version, kept verbatim as XML

    bool operator==(const Kit& other) const;

    /// The kit-wide settings (properties, competencies to cover, recommendation scale).
    KitSettings settings() const { return {properties, competencies, recommendation_labels}; }

    bool operator!=(const Kit& other) const { return !(*this == other); }

    /// Number of questions across all sections.
    std::size_t question_count() const;
    /// Sum of the questions' planned minutes.
    int planned_minutes() const;
    /// Minutes the sections reserve for the candidate's own questions.
    int reserved_minutes() const;
    /// Finds a question by id; nullptr when absent.
    const KitQuestion* find_question(const std::string& id) const;
    /// Finds a section by id; nullptr when absent.
    const KitSection* find_section(const std::string& id) const;
    /// A display name for a competency id: from the kit's list, else the id itself.
    std::string competency_name(const std::string& id) const;
    /// A fresh question id not used in the kit ("q1", "q2", …).
    std::string next_question_id() const;
    /// A fresh section id not used in the kit ("s1", "s2", …).
    std::string next_section_id() const;
};

/// The name shown for a kit that has no title yet.
extern const char* const kUntitledKitTitle;

/// A new empty kit: untitled, stage "Interview", with one section ("Questions") to add questions to.
Kit new_empty_kit();

/// A kit question made from a bank question, with `rubric` embedded (id "" = none); its kit id is left empty.
KitQuestion make_kit_question(const Question& question, const Rubric& rubric);

/// How many scored questions of the kit list each competency (main or not), in the order first met (the
/// kit's named competencies first, with 0 when none does). Unscored questions gather no rating, so they
/// cover nothing.
std::vector<std::pair<std::string, int>> questions_per_competency(const Kit& kit);

/// Competencies named for the kit that no question covers.
std::vector<Competency> uncovered_competencies(const Kit& kit);

}  // namespace ikit
