#include "score_session.h"

#include "edit_path.h"
#include "prompts.h"
#include "scoring/asked_variants.h"
#include "serialize/score_file.h"
#include "util/error.h"
#include "util/file_name.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/filename.h>

namespace ikit {

ScoreSession::ScoreSession(ScoreDocument& document, EditPath& edits, Prompts& prompts, wxWindow* parent)
    : document_(document), edits_(edits), prompts_(prompts), parent_(parent) {}

const Kit& ScoreSession::kit() const { return edits_.document().kit(); }

bool ScoreSession::confirm_discard() {
    flush();
    if (!document_.is_open() || !document_.modified()) return true;
    switch (prompts_.ask_save_changes(parent_, document_.display_name())) {
        case SaveChoice::Save: return save();
        case SaveChoice::DontSave: return true;
        case SaveChoice::Cancel: break;
    }
    return false;
}

bool ScoreSession::new_candidate() {
    if (kit().question_count() == 0) {
        prompts_.show_error(parent_, utf8(_("No questions to score")),
                            utf8(_("Open or build a kit with questions first: a candidate's scores are entered against a kit.")));
        return false;
    }
    if (!confirm_discard()) return false;
    const auto name = prompts_.ask_text(parent_, utf8(_("New Candidate")), utf8(_("Candidate's name:")), "");
    if (!name) return false;
    const std::string candidate = trim(*name);
    if (candidate.empty()) {
        prompts_.show_error(parent_, utf8(_("No candidate name")), utf8(_("Type the candidate's name to start their scores.")));
        return false;
    }
    const std::string stem = safe_file_stem(candidate, "candidate");
    const std::string path = prompts_.choose_score_save_file(parent_, last_folder_, stem + kScoreFileExtension);
    if (path.empty()) return false;
    ScoreSheet sheet;
    sheet.candidate = candidate;
    sheet.kit = kit_identity(kit());
    try {
        save_score_file(sheet, path);
    } catch (const std::exception& e) {
        prompts_.show_error(parent_, utf8(_("Could not create the score file")), e.what());
        return false;
    }
    adopt(std::move(sheet), path);
    return true;
}

void ScoreSession::adopt(ScoreSheet sheet, const std::string& path) {
    remember_folder(path);
    interviewer_.clear();
    interview_id_.clear();
    revealed_ = false;  // a new candidate's scorecards start hidden again
    document_.reset(std::move(sheet), path);
    changed();
}

bool ScoreSession::open() {
    const std::string path = prompts_.choose_score_file(parent_, last_folder_);
    return !path.empty() && open_path(path);
}

bool ScoreSession::open_path(const std::string& path) {
    if (!confirm_discard()) return false;
    ScoreSheet sheet;
    try {
        sheet = read_score_file(path);
    } catch (const std::exception& e) {
        prompts_.show_error(parent_, utf8(_("Could not open the score file")), e.what());
        return false;
    }
    adopt(std::move(sheet), path);
    return true;
}

bool ScoreSession::save() {
    flush();
    if (!document_.is_open()) return false;
    if (document_.path().empty()) return save_as();
    return save_to(document_.path());
}

bool ScoreSession::save_as() {
    flush();
    if (!document_.is_open()) return false;
    const std::string stem = safe_file_stem(document_.sheet().candidate, "candidate");
    const std::string path = prompts_.choose_score_save_file(parent_, last_folder_, stem + kScoreFileExtension);
    return !path.empty() && save_to(path);
}

bool ScoreSession::save_to(const std::string& path) {
    try {
        save_score_file(document_.sheet(), path);
    } catch (const std::exception& e) {
        prompts_.show_error(parent_, utf8(_("Could not save the scores")), e.what());
        return false;
    }
    remember_folder(path);
    document_.mark_saved(path);
    return true;
}

bool ScoreSession::close() {
    if (!confirm_discard()) return false;
    interviewer_.clear();
    interview_id_.clear();
    revealed_ = false;
    document_.close();
    changed();
    return true;
}

KitMismatch ScoreSession::mismatch() const {
    if (!document_.is_open()) return {};
    return compare_kit_identity(document_.sheet().kit, kit());
}

std::string ScoreSession::mismatch_message() const {
    const KitMismatch m = mismatch();
    if (!m.any()) return {};
    std::string message = m.message(document_.sheet().kit, kit_identity(kit()));
    if (!message.empty() && message[0] >= 'a' && message[0] <= 'z') message[0] = static_cast<char>(message[0] - 'a' + 'A');
    message += ".";
    if (m.questions)
        message += " " + utf8(_("The scores are shown read-only: open the kit they were entered with to change them."));
    return message;
}

void ScoreSession::choose_scorecard(const std::string& interviewer, const std::string& interview_id) {
    flush();
    const std::string name = trim(interviewer);
    if (name == interviewer_ && interview_id == interview_id_) return;
    interviewer_ = name;
    interview_id_ = name.empty() ? std::string() : interview_id;
    revealed_ = false;
    changed();
}

const InterviewerScorecard* ScoreSession::scorecard() const {
    if (!document_.is_open() || interviewer_.empty()) return nullptr;
    return find_scorecard(document_.sheet(), interviewer_, interview_id_);
}

bool ScoreSession::edit_scorecard(const InterviewerScorecard& card, const std::string& description) {
    if (!document_.is_open() || interviewer_.empty() || read_only()) return false;
    return document_.edit(description, [&](ScoreSheet& sheet) {
        InterviewerScorecard updated = card;
        if (InterviewerScorecard* existing = find_scorecard(sheet, interviewer_, interview_id_)) {
            updated.interviewer = existing->interviewer;
            updated.interview_id = existing->interview_id;
            *existing = std::move(updated);
        } else {
            updated.interviewer = interviewer_;
            updated.interview_id = interview_id_;
            sheet.scorecards.push_back(std::move(updated));
        }
        record_asked_variants(kit(), sheet);  // the variant of each pooled question this candidate was asked

    });
}

bool ScoreSession::reveal() {
    flush();
    if (revealed_) return true;
    const InterviewerScorecard* own = scorecard();
    if (!interviewer_.empty() && (!own || own->submitted.empty())) {
        // TRANSLATORS: %s is the interviewer's name.
        const std::string message = utf8(wxString::Format(
            _("%s's scorecard is not submitted yet. Seeing the other interviewers' ratings first can sway it."
              "\n\nReveal them for the debrief anyway?"),
            wx(interviewer_)));
        if (!prompts_.ask_yes_no(parent_, utf8(_("Reveal for Debrief")), message, utf8(_("&Reveal")), utf8(_("&Keep Hidden"))))
            return false;
    }
    revealed_ = true;
    changed();
    return true;
}

void ScoreSession::hide_others() {
    if (!revealed_) return;
    revealed_ = false;
    changed();
}

void ScoreSession::remember_folder(const std::string& path) {
    last_folder_ = utf8(wxFileName(wx(path)).GetPath());
}

void ScoreSession::changed() {
    for (const auto& listener : listeners_) listener();
}

}  // namespace ikit
