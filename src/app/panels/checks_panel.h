#pragma once
/// \file checks_panel.h
/// The checks pane: what check_kit finds in the kit (coverage, time, scoring, duplicates, wording,
/// protected topics), re-run a moment after the kit stops changing. Every finding is shown in full,
/// wrapped to the pane's width, with its suggested rewording under it; choosing a finding shows its
/// question, and "Use the Suggested Wording" hands the finding to its handler (one edit of the kit).

#include "checks/kit_checks.h"
#include "model/kit.h"

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxCommandEvent;
class wxStaticText;

namespace ikit {

class FindingsList;

/// The text of a finding's row: the message, then "Try: " and the suggestion, if any.
std::string finding_text(const Finding& finding);
/// The tooltip of a finding's row: the message, then the suggestion on its own line.
std::string finding_tooltip(const Finding& finding);

/// The bottom pane of the main window.
class ChecksPanel : public wxPanel {
public:
    /// Called with the finding the user chose (or whose suggestion the user took).
    using FindingHandler = std::function<void(const Finding&)>;
    /// Called with the findings after every run of the checks.
    using FindingsHandler = std::function<void(const std::vector<Finding>&)>;
    /// Called with the height the pane would like, to show every finding (within reason).
    using HeightHandler = std::function<void(int)>;

    /// Builds the pane; `rules` must outlive it. `delay_ms` is the quiet time before a re-run.
    ChecksPanel(wxWindow* parent, const QuestionRules& rules, int delay_ms);

    /// Notes that the kit changed: the checks re-run after the quiet time.
    void schedule(const Kit& kit);
    /// Runs the checks on `kit` now.
    void run_now(const Kit& kit);
    /// The findings shown.
    const std::vector<Finding>& findings() const { return findings_; }
    /// "1 error, 2 warnings, 0 advice" or "No problems found." (what the summary line says).
    wxString summary() const;
    /// Selects the first shown finding equal to `finding` (as a click would, handler included).
    void select_finding(const Finding& finding);
    /// Puts the keyboard focus in the findings, the first one selected when none is.
    void focus_findings();
    /// Sets what happens when a finding is chosen.
    void set_select_handler(FindingHandler handler) { select_handler_ = std::move(handler); }
    /// Sets what "Use the Suggested Wording" does with the chosen finding.
    void set_use_suggestion_handler(FindingHandler handler) { use_handler_ = std::move(handler); }
    /// Sets who hears of every new set of findings (e.g. the outline's markers).
    void set_findings_handler(FindingsHandler handler) { findings_handler_ = std::move(handler); }
    /// Sets who is told the height the pane wants (e.g. the splitter above it).
    void set_height_handler(HeightHandler handler) { height_handler_ = std::move(handler); }
    /// The height that shows every finding, up to about sixteen lines of text.
    int wanted_height() const;
    /// Notes a problem with the rules file (shown above the list).
    void set_rules_problem(const std::string& message);

private:
    void show();
    void on_selected(wxCommandEvent& event);
    void update_use_button();

    const QuestionRules& rules_;
    int delay_ms_;
    wxTimer timer_;
    Kit pending_;
    std::vector<Finding> findings_;
    wxStaticText* summary_ = nullptr;
    FindingsList* list_ = nullptr;
    wxButton* use_ = nullptr;
    FindingHandler select_handler_;
    FindingHandler use_handler_;
    FindingsHandler findings_handler_;
    HeightHandler height_handler_;
    std::string rules_problem_;
    int fitted_width_ = -1;  // the width the wanted height was last asked at
};

}  // namespace ikit
