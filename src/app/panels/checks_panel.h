#pragma once
/// \file checks_panel.h
/// The checks pane: what check_kit finds in the kit (coverage, time, scoring, duplicates, wording,
/// protected topics), re-run a moment after the kit stops changing. Choosing a finding shows its question;
/// hovering one shows its whole text.

#include "checks/kit_checks.h"
#include "model/kit.h"

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <string>
#include <vector>

class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace ikit {

/// The text of a finding's row: the message, then "Try: " and the suggestion, if any.
std::string finding_text(const Finding& finding);
/// The tooltip of a finding's row: the message, then the suggestion on its own line.
std::string finding_tooltip(const Finding& finding);

/// The bottom pane of the main window.
class ChecksPanel : public wxPanel {
public:
    /// Called with the finding the user chose.
    using SelectHandler = std::function<void(const Finding&)>;

    /// Builds the pane; `rules` must outlive it. `delay_ms` is the quiet time before a re-run.
    ChecksPanel(wxWindow* parent, const QuestionRules& rules, int delay_ms);

    /// Notes that the kit changed: the checks re-run after the quiet time.
    void schedule(const Kit& kit);
    /// Runs the checks on `kit` now.
    void run_now(const Kit& kit);
    /// The findings shown.
    const std::vector<Finding>& findings() const { return findings_; }
    /// Sets what happens when a finding is chosen.
    void set_select_handler(SelectHandler handler) { handler_ = std::move(handler); }
    /// Notes a problem with the rules file (shown above the list).
    void set_rules_problem(const std::string& message);


private:
    void show();
    void on_selected(wxListEvent& event);
    void show_row_tooltip(wxWindow* area, const wxPoint& point);

    const QuestionRules& rules_;
    int delay_ms_;
    wxTimer timer_;
    Kit pending_;
    std::vector<Finding> findings_;
    wxStaticText* summary_ = nullptr;
    wxListCtrl* list_ = nullptr;
    SelectHandler handler_;
    std::string rules_problem_;
    long tooltip_row_ = -2;  // the finding whose tooltip is set (-1 none, -2 not set yet)
};

}  // namespace ikit
