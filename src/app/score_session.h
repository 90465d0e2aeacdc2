#pragma once
/// \file score_session.h
/// The open score sheet's life as a file and as a scoring session: new candidate, open, save, save as,
/// "Save changes?" before unsaved scores are lost; whether it matches the open kit (a sheet scored
/// against a changed kit opens read-only, with the reason); whose scorecard is open for entry; and
/// whether the other interviewers' ratings have been revealed for the debrief.
/// Score files are written only where the user chooses: never into the kit, its autosave or its export.

#include "score_document.h"
#include "scoring/kit_fingerprint.h"

#include <functional>
#include <string>
#include <vector>

class wxWindow;

namespace ikit {

class EditPath;
class Prompts;
struct Kit;

/// File and session actions on the open score sheet, asking the user through Prompts.
class ScoreSession {
public:
    /// Works on `document`, reading the open kit from `edits` (never changing it); dialogs go to `parent`.
    ScoreSession(ScoreDocument& document, EditPath& edits, Prompts& prompts, wxWindow* parent);

    /// The open score sheet.
    ScoreDocument& document() { return document_; }
    /// The open score sheet, to read.
    const ScoreDocument& document() const { return document_; }
    /// The open kit.
    const Kit& kit() const;
    /// How the session asks the user (for the debrief and compare pages' dialogs too).
    Prompts& prompts() { return prompts_; }
    /// The window dialogs are parented to.
    wxWindow* dialog_parent() const { return parent_; }

    /// Asks the candidate's name and where to keep their scores, and creates that file (after confirm_discard).
    bool new_candidate();
    /// Asks for a score file and opens it.
    bool open();
    /// Opens `path` (after confirm_discard); a bad file is reported and the open sheet kept.
    bool open_path(const std::string& path);
    /// Saves to the sheet's file, or asks for one; false when cancelled or failed (reported).
    bool save();
    /// Asks for a file name and saves there.
    bool save_as();
    /// Asks Save / Don't Save / Cancel when there are unsaved scores; true when it is fine to go on.
    bool confirm_discard();
    /// Closes the sheet (after confirm_discard).
    bool close();

    /// How the sheet's recorded kit differs from the open kit (nothing when no sheet is open).
    KitMismatch mismatch() const;
    /// True when the sheet may not be edited: it was scored against other questions or rubrics.
    bool read_only() const { return mismatch().questions; }
    /// What the banner says about the kit ("" when the sheet matches the open kit).
    std::string mismatch_message() const;

    /// Opens the scorecard of `interviewer` in `interview_id` for entry ("" = none); it is created in the
    /// sheet at the first rating. Hides the other interviewers' ratings again.
    void choose_scorecard(const std::string& interviewer, const std::string& interview_id);
    /// The interviewer whose scorecard is open for entry ("" = none).
    const std::string& interviewer() const { return interviewer_; }
    /// The interview of the scorecard open for entry.
    const std::string& interview_id() const { return interview_id_; }
    /// The scorecard open for entry, or nullptr (none chosen, or nothing entered yet).
    const InterviewerScorecard* scorecard() const;
    /// Replaces the open scorecard (adding it when new) as one score edit called `description`.
    bool edit_scorecard(const InterviewerScorecard& card, const std::string& description);

    /// True when the other interviewers' ratings may be shown: revealed, or no scorecard open for entry.
    bool others_visible() const { return revealed_ || interviewer_.empty(); }
    /// True after Reveal for Debrief (until the candidate or interviewer changes).
    bool revealed() const { return revealed_; }
    /// Reveals the other interviewers' ratings; when the open scorecard is not submitted, asks first.
    bool reveal();
    /// Hides them again.
    void hide_others();

    /// The folder score dialogs start in ("" = home).
    const std::string& last_folder() const { return last_folder_; }
    /// Sets the folder score dialogs start in.
    void set_last_folder(const std::string& folder) { last_folder_ = folder; }
    /// Sets what writes typed text not yet committed (the form), called before saving and closing.
    void set_flush(std::function<void()> flush) { flush_ = std::move(flush); }
    /// Writes typed text not yet committed.
    void flush() const {
        if (flush_) flush_();
    }
    /// Calls `listener` when the scorecard open for entry or the reveal changes.
    void add_listener(std::function<void()> listener) { listeners_.push_back(std::move(listener)); }

private:
    bool save_to(const std::string& path);
    /// Makes `sheet`, read from or just written to `path`, the open one: no interviewer chosen, nothing revealed.
    void adopt(ScoreSheet sheet, const std::string& path);
    void remember_folder(const std::string& path);
    void changed();

    ScoreDocument& document_;
    EditPath& edits_;
    Prompts& prompts_;
    wxWindow* parent_;
    std::string last_folder_;
    std::string interviewer_;
    std::string interview_id_;
    bool revealed_ = false;
    std::function<void()> flush_;
    std::vector<std::function<void()>> listeners_;
};

}  // namespace ikit
