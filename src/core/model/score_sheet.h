#pragma once
/// \file score_sheet.h
/// One candidate's ratings for one kit, by every interviewer: personal data, kept in its own file, never in a kit.

#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// An interviewer's rating of one question: a level of that question's rubric, or no evidence.
struct QuestionRating {
    std::string question_id;    ///< the kit question's id
    std::optional<int> rating;  ///< a score of the question's rubric; nullopt = no evidence
    std::string evidence;       ///< what the candidate said or did that supports the rating
    std::string variant;        ///< the wording asked when the question has variants; empty = the question's own
    bool operator==(const QuestionRating& o) const {
        return question_id == o.question_id && rating == o.rating && evidence == o.evidence && variant == o.variant;
    }
    bool operator!=(const QuestionRating& o) const { return !(*this == o); }
};

/// An interviewer's rating of one competency in the scorecard's summary.
struct CompetencyRating {
    std::string competency_id;  ///< the kit competency's id
    std::optional<int> rating;  ///< 1..5; nullopt = left empty (the combination then uses the question ratings)
    std::string evidence;       ///< a short note
    bool operator==(const CompetencyRating& o) const {
        return competency_id == o.competency_id && rating == o.rating && evidence == o.evidence;
    }
    bool operator!=(const CompetencyRating& o) const { return !(*this == o); }
};

/// Everything one interviewer recorded about one candidate.
struct InterviewerScorecard {
    std::string interviewer;     ///< the interviewer's name
    std::string interview_id;    ///< the plan's interview id; empty when the kit has no plan
    std::vector<QuestionRating> questions;       ///< in kit order
    std::vector<CompetencyRating> competencies;  ///< in the kit's competency order
    std::string recommendation;  ///< one of the kit's recommendation labels; empty = none given
    std::string notes;           ///< evidence notes
    std::string takeaways;       ///< key take-aways
    std::string submitted;       ///< date submitted, YYYY-MM-DD; empty = still being entered
    bool operator==(const InterviewerScorecard& o) const {
        return interviewer == o.interviewer && interview_id == o.interview_id && questions == o.questions &&
               competencies == o.competencies && recommendation == o.recommendation && notes == o.notes &&
               takeaways == o.takeaways && submitted == o.submitted;
    }
    bool operator!=(const InterviewerScorecard& o) const { return !(*this == o); }
};

/// Which kit a score sheet belongs to: its title and a fingerprint of its questions and rubrics.
struct KitIdentity {
    std::string title;        ///< the kit's title when the scores were made
    std::string fingerprint;  ///< changes whenever a question or rubric that is scored changes
    bool operator==(const KitIdentity& o) const { return title == o.title && fingerprint == o.fingerprint; }
    bool operator!=(const KitIdentity& o) const { return !(*this == o); }
};

/// All ratings of one candidate for one kit.
struct ScoreSheet {
    std::string candidate;   ///< the candidate's name
    std::string reference;   ///< optional reference, e.g. an applicant-tracking id
    KitIdentity kit;         ///< the kit scored against
    std::vector<InterviewerScorecard> scorecards;  ///< one per interviewer (and interview)
    bool operator==(const ScoreSheet& o) const {
        return candidate == o.candidate && reference == o.reference && kit == o.kit && scorecards == o.scorecards;
    }
    bool operator!=(const ScoreSheet& o) const { return !(*this == o); }
};

}  // namespace ikit
