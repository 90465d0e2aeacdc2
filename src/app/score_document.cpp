#include "score_document.h"

#include "util/text.h"
#include "wx_text.h"

namespace ikit {

namespace {
constexpr std::size_t kUndoLimit = 500;
}  // namespace

std::string ScoreDocument::display_name() const {
    if (!open_) return utf8(_("No candidate"));
    if (sheet_.candidate.empty()) return utf8(_("Scores of an unnamed candidate"));
    // TRANSLATORS: the name of a candidate's open score file, e.g. in "Save the changes to …?".
    return utf8(wxString::Format(_("Scores of %s"), wx(sheet_.candidate)));
}

void ScoreDocument::reset(ScoreSheet sheet, std::string path, bool modified) {
    sheet_ = std::move(sheet);
    path_ = std::move(path);
    open_ = true;
    modified_ = modified;
    undo_.clear();
    redo_.clear();
    saved_depth_ = 0;
    saved_reachable_ = !modified;
    changed();
}

void ScoreDocument::close() {
    sheet_ = ScoreSheet{};
    path_.clear();
    open_ = false;
    modified_ = false;
    undo_.clear();
    redo_.clear();
    saved_depth_ = 0;
    saved_reachable_ = true;
    changed();
}

void ScoreDocument::mark_saved(const std::string& path) {
    path_ = path;
    modified_ = false;
    saved_depth_ = undo_.size();
    saved_reachable_ = true;
    changed();
}

bool ScoreDocument::edit(const std::string& description, const std::function<void(ScoreSheet&)>& change) {
    if (!open_) return false;
    ScoreSheet after = sheet_;
    change(after);
    if (after == sheet_) return false;
    // Redo steps past the saved state are dropped: the saved state can no longer be reached by undo.
    if (saved_depth_ > undo_.size()) saved_reachable_ = false;
    undo_.push_back({description, std::move(sheet_)});
    redo_.clear();
    if (undo_.size() > kUndoLimit) {
        undo_.erase(undo_.begin());
        if (saved_depth_ == 0) saved_reachable_ = false;
        else --saved_depth_;
    }
    sheet_ = std::move(after);
    modified_ = true;
    changed();
    return true;
}

bool ScoreDocument::undo() {
    if (undo_.empty()) return false;
    redo_.push_back({undo_.back().description, std::move(sheet_)});
    sheet_ = std::move(undo_.back().sheet);
    undo_.pop_back();
    modified_ = !(saved_reachable_ && saved_depth_ == undo_.size());
    changed();
    return true;
}

bool ScoreDocument::redo() {
    if (redo_.empty()) return false;
    undo_.push_back({redo_.back().description, std::move(sheet_)});
    sheet_ = std::move(redo_.back().sheet);
    redo_.pop_back();
    modified_ = !(saved_reachable_ && saved_depth_ == undo_.size());
    changed();
    return true;
}

void ScoreDocument::changed() {
    for (const auto& listener : listeners_) listener();
}

const InterviewerScorecard* find_scorecard(const ScoreSheet& sheet, const std::string& interviewer,
                                           const std::string& interview_id) {
    for (const auto& card : sheet.scorecards)
        if (iequals(card.interviewer, interviewer) && card.interview_id == interview_id) return &card;
    return nullptr;
}

InterviewerScorecard* find_scorecard(ScoreSheet& sheet, const std::string& interviewer, const std::string& interview_id) {
    return const_cast<InterviewerScorecard*>(find_scorecard(static_cast<const ScoreSheet&>(sheet), interviewer, interview_id));
}

}  // namespace ikit
