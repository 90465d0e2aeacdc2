#include "panels/checks_panel.h"

#include "panels/control_names.h"
#include "panels/findings_list.h"
#include "panels/ui_style.h"
#include "wx_text.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>

namespace ikit {


ChecksPanel::ChecksPanel(wxWindow* parent, const QuestionRules& rules, int delay_ms)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, control_name::kChecksPane),
      rules_(rules), delay_ms_(delay_ms), timer_(this) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(make_heading(this, _("Checks")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    summary_ = new wxStaticText(this, wxID_ANY, "");
    summary_->SetName(control_name::kChecksSummary);
    header->Add(summary_, 1, wxALIGN_CENTER_VERTICAL);
    use_ = new wxButton(this, wxID_ANY, _("Use the Suggested &Wording"));
    use_->SetName(control_name::kChecksUseSuggestion);
    use_->SetToolTip(_("Replace the question's text by the wording the checks suggest (Undo takes it back)"));
    header->Add(use_, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(header, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));

    list_ = new FindingsList(this);
    list_->SetName(control_name::kChecksList);
    // Room for its vertical scrollbar at least: GTK reports a scrollbar squeezed below its own length.
    list_->SetMinSize(wxSize(-1, 3 * GetCharHeight() + FromDIP(12)));
    sizer->Add(list_, 1, wxEXPAND | wxALL, FromDIP(6));
    SetSizer(sizer);

    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { run_now(pending_); });
    // A new width wraps the findings anew: ask again for the height that shows them.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x == fitted_width_) return;
        fitted_width_ = event.GetSize().x;
        CallAfter([this] {
            if (height_handler_) height_handler_(wanted_height());
        });
    });
    list_->Bind(wxEVT_LISTBOX, &ChecksPanel::on_selected, this);
    list_->Bind(wxEVT_LISTBOX_DCLICK, &ChecksPanel::on_selected, this);
    use_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int row = list_->GetSelection();
        if (row >= 0 && static_cast<std::size_t>(row) < findings_.size() && use_handler_)
            use_handler_(findings_[static_cast<std::size_t>(row)]);
    });
    update_use_button();
}

std::string finding_text(const Finding& finding) {
    // TRANSLATORS: a check's finding, then the wording it suggests.
    return finding.suggestion.empty() ? finding.message
                                      : utf8(wxString::Format(_("%1$s  Try: %2$s"), wx(finding.message), wx(finding.suggestion)));
}

std::string finding_tooltip(const Finding& finding) {
    return finding.suggestion.empty() ? finding.message
                                      : utf8(wxString::Format(_("%1$s\n\nTry: %2$s"), wx(finding.message), wx(finding.suggestion)));
}

void ChecksPanel::schedule(const Kit& kit) {
    pending_ = kit;
    timer_.StartOnce(delay_ms_);
}

void ChecksPanel::run_now(const Kit& kit) {
    timer_.Stop();
    findings_ = check_kit(kit, rules_);
    show();
    if (findings_handler_) findings_handler_(findings_);
}

void ChecksPanel::set_rules_problem(const std::string& message) {
    rules_problem_ = message;
    show();
}

wxString ChecksPanel::summary() const { return summary_->GetLabel(); }

void ChecksPanel::show() {
    int errors = 0, warnings = 0, advice = 0;
    for (const Finding& f : findings_)
        (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : advice)++;
    list_->set_findings(findings_, utf8(_("Coverage, time, scoring, duplicates, wording and protected topics all pass.")));
    wxString summary;
    if (!rules_problem_.empty()) summary = wxString::Format(_("Wording rules not loaded: %s."), label_text(rules_problem_)) + "  ";
    if (findings_.empty()) summary += _("No problems found.");
    else
        // TRANSLATORS: the checks' counts, e.g. "1 error, 2 warnings, 3 advice".
        summary += wxString::Format(_("%1$s, %2$s, %3$s"), wxString::Format(wxPLURAL("%d error", "%d errors", errors), errors),
                                    wxString::Format(wxPLURAL("%d warning", "%d warnings", warnings), warnings),
                                    wxString::Format(wxPLURAL("%d advice", "%d advice", advice), advice));
    summary_->SetLabel(summary);
    summary_->SetForegroundColour(errors ? alert_text_colour() : findings_.empty() ? ok_text_colour()
                                                                                  : muted_text_colour());
    update_use_button();
    Layout();
    if (height_handler_) height_handler_(wanted_height());
}

int ChecksPanel::wanted_height() const {
    // What is not the list: the heading row (as tall as its button) and the margins.
    const int laid_out = GetSize().y - list_->GetSize().y;
    const int chrome = laid_out > 0 ? laid_out : use_->GetBestSize().y + FromDIP(6 * 3);
    const int line = GetCharHeight();
    // Rows are measured as wide as the list is now; half a line each spares them a re-wrap once the
    // list narrows for its scrollbar.
    const int slack = static_cast<int>(std::max<std::size_t>(findings_.size(), 1)) * line / 2;
    return chrome + std::clamp(list_->rows_height() + slack + FromDIP(8), list_->GetMinSize().y, 16 * line);
}

void ChecksPanel::select_finding(const Finding& finding) {
    for (std::size_t i = 0; i < findings_.size(); ++i) {
        const Finding& f = findings_[i];
        if (f.check == finding.check && f.message == finding.message && f.question_id == finding.question_id &&
            f.section_id == finding.section_id) {
            list_->SetSelection(static_cast<int>(i));
            wxCommandEvent event(wxEVT_LISTBOX, list_->GetId());
            event.SetEventObject(list_);
            event.SetInt(static_cast<int>(i));
            list_->ProcessWindowEvent(event);
            return;
        }
    }
}

void ChecksPanel::focus_findings() {
    list_->SetFocus();
    if (list_->GetSelection() < 0 && !findings_.empty()) {  // the first finding, ready for Enter or its fix
        list_->SetSelection(0);
        update_use_button();
    }
}

void ChecksPanel::update_use_button() {
    const int row = list_->GetSelection();
    const bool usable = row >= 0 && static_cast<std::size_t>(row) < findings_.size() &&
                        !findings_[static_cast<std::size_t>(row)].suggestion.empty() &&
                        !findings_[static_cast<std::size_t>(row)].question_id.empty();
    use_->Show(usable);
    Layout();
}

void ChecksPanel::on_selected(wxCommandEvent& event) {
    update_use_button();
    const int index = event.GetInt() >= 0 ? event.GetInt() : list_->GetSelection();
    if (index >= 0 && static_cast<std::size_t>(index) < findings_.size() && select_handler_)
        select_handler_(findings_[static_cast<std::size_t>(index)]);
}

}  // namespace ikit
