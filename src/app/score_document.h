#pragma once
/// \file score_document.h
/// The open score sheet: one candidate's ratings, kept apart from the kit. Its own file, its own
/// unsaved state and its own undo history: a score edit never enters the kit's undo history or the
/// EditPath, and a kit edit never enters this one.

#include "model/score_sheet.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace ikit {

/// The open score sheet with its file, unsaved state and undo history of score edits.
class ScoreDocument {
public:
    /// True when a candidate's sheet is open.
    bool is_open() const { return open_; }
    /// The sheet (empty while none is open).
    const ScoreSheet& sheet() const { return sheet_; }
    /// The sheet's file ("" until saved).
    const std::string& path() const { return path_; }
    /// True when there are score edits not yet saved.
    bool modified() const { return modified_; }
    /// "Scores of <candidate>", for titles and questions.
    std::string display_name() const;

    /// Opens `sheet` from `path` (or, with `modified`, as a new sheet not yet saved there); forgets the undo history.
    void reset(ScoreSheet sheet, std::string path, bool modified = false);
    /// Closes the sheet.
    void close();
    /// Notes that the sheet was saved to `path`.
    void mark_saved(const std::string& path);

    /// Changes the sheet as one undo step called `description`; false (and no step) when nothing changed.
    bool edit(const std::string& description, const std::function<void(ScoreSheet&)>& change);
    /// True when there is a score edit to undo.
    bool can_undo() const { return !undo_.empty(); }
    /// True when there is a score edit to redo.
    bool can_redo() const { return !redo_.empty(); }
    /// Description of the edit undo() would revert, or "".
    std::string undo_description() const { return undo_.empty() ? std::string() : undo_.back().description; }
    /// Description of the edit redo() would repeat, or "".
    std::string redo_description() const { return redo_.empty() ? std::string() : redo_.back().description; }
    /// Reverts the last score edit; false when there is none.
    bool undo();
    /// Repeats the last undone score edit; false when there is none.
    bool redo();

    /// Calls `listener` after every change of the sheet (edit, undo, redo, open, close, save).
    void add_listener(std::function<void()> listener) { listeners_.push_back(std::move(listener)); }

private:
    struct Step {
        std::string description;
        ScoreSheet sheet;
    };
    void changed();

    ScoreSheet sheet_;
    std::string path_;
    bool open_ = false;
    bool modified_ = false;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    std::size_t saved_depth_ = 0;  // undo depth at the last save; a different depth means unsaved edits
    bool saved_reachable_ = true;  // false once the saved state fell out of the history (new edits after undo)
    std::vector<std::function<void()>> listeners_;
};

/// The scorecard of `interviewer` in `interview_id` in `sheet`, or nullptr.
const InterviewerScorecard* find_scorecard(const ScoreSheet& sheet, const std::string& interviewer,
                                           const std::string& interview_id);
/// The same, to change.
InterviewerScorecard* find_scorecard(ScoreSheet& sheet, const std::string& interviewer, const std::string& interview_id);

}  // namespace ikit
