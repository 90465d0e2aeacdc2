#include "panels/checks_panel.h"

#include "panels/control_names.h"
#include "panels/ui_style.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/imaglist.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wupdlock.h>

namespace ikit {

namespace {
int image_of(Severity severity) {
    switch (severity) {
        case Severity::Error: return 0;
        case Severity::Warning: return 1;
        default: return 2;
    }
}
const char* label_of(Severity severity) {
    switch (severity) {
        case Severity::Error: return "Error";
        case Severity::Warning: return "Warning";
        default: return "Advice";
    }
}
}  // namespace

ChecksPanel::ChecksPanel(wxWindow* parent, const QuestionRules& rules, int delay_ms)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, control_name::kChecksPane),
      rules_(rules), delay_ms_(delay_ms), timer_(this) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(make_heading(this, "Checks"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    summary_ = new wxStaticText(this, wxID_ANY, "");
    summary_->SetName(control_name::kChecksSummary);
    header->Add(summary_, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(header, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_NO_HEADER);
    list_->SetName(control_name::kChecksList);
    const wxSize icon = wxArtProvider::GetSizeHint(wxART_LIST);
    wxVector<wxBitmapBundle> images;
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_ERROR, wxART_LIST, icon));
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_LIST, icon));
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_INFORMATION, wxART_LIST, icon));
    list_->SetSmallImages(images);
    list_->AppendColumn("Severity", wxLIST_FORMAT_LEFT, FromDIP(100));
    list_->AppendColumn("Finding", wxLIST_FORMAT_LEFT, FromDIP(600));
    sizer->Add(list_, 1, wxEXPAND | wxALL, FromDIP(8));
    SetSizer(sizer);

    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { run_now(pending_); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, &ChecksPanel::on_selected, this);
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &ChecksPanel::on_selected, this);
    // The finding column takes the width the severity leaves; a cut message is whole in the row's tooltip.
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int width = list_->GetClientSize().x - list_->GetColumnWidth(0) - FromDIP(4);
        if (width > 0) list_->SetColumnWidth(1, width);
    });
    // The generic list control draws its rows in a child window, a native one in itself: follow both.
    std::vector<wxWindow*> areas{list_};
    for (wxWindow* child : list_->GetChildren()) areas.push_back(child);
    for (wxWindow* area : areas)
        area->Bind(wxEVT_MOTION, [this, area](wxMouseEvent& event) {
            event.Skip();
            show_row_tooltip(area, list_->ScreenToClient(area->ClientToScreen(event.GetPosition())));
        });
}

std::string finding_text(const Finding& finding) {
    return finding.suggestion.empty() ? finding.message : finding.message + "  Try: " + finding.suggestion;
}

std::string finding_tooltip(const Finding& finding) {
    return finding.suggestion.empty() ? finding.message : finding.message + "\n\nTry: " + finding.suggestion;
}

void ChecksPanel::show_row_tooltip(wxWindow* area, const wxPoint& point) {
    int flags = 0;
    const long row = list_->HitTest(point, flags);
    const long finding = row >= 0 && static_cast<std::size_t>(row) < findings_.size() ? row : -1;
    if (finding == tooltip_row_ && area->GetToolTip()) return;
    tooltip_row_ = finding;
    if (finding >= 0) area->SetToolTip(wx(finding_tooltip(findings_[static_cast<std::size_t>(finding)])));
    else area->UnsetToolTip();
}

void ChecksPanel::schedule(const Kit& kit) {
    pending_ = kit;
    timer_.StartOnce(delay_ms_);
}

void ChecksPanel::run_now(const Kit& kit) {
    timer_.Stop();
    findings_ = check_kit(kit, rules_);
    show();
}

void ChecksPanel::set_rules_problem(const std::string& message) {
    rules_problem_ = message;
    show();
}

void ChecksPanel::show() {
    wxWindowUpdateLocker freeze(list_);
    list_->DeleteAllItems();
    tooltip_row_ = -2;  // the rows changed: the next hover sets the tooltip afresh
    int errors = 0, warnings = 0, advice = 0;
    for (std::size_t i = 0; i < findings_.size(); ++i) {
        const Finding& f = findings_[i];
        const long row = list_->InsertItem(static_cast<long>(i), label_of(f.severity), image_of(f.severity));
        list_->SetItem(row, 1, wx(finding_text(f)));
        if (f.severity == Severity::Error) list_->SetItemTextColour(row, alert_text_colour());
        (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : advice)++;
    }
    if (findings_.empty()) {  // an empty state that says what was checked
        const long row = list_->InsertItem(0, "OK", 2);
        list_->SetItem(row, 1, "Coverage, time, scoring, duplicates, wording and protected topics all pass.");
        list_->SetItemTextColour(row, muted_text_colour());
    }
    wxString summary;
    if (!rules_problem_.empty()) summary = "Wording rules not loaded: " + label_text(rules_problem_) + ".  ";
    if (findings_.empty()) summary += "No problems found.";
    else summary += wxString::Format("%d %s, %d %s, %d advice", errors, errors == 1 ? "error" : "errors", warnings,
                                     warnings == 1 ? "warning" : "warnings", advice);
    summary_->SetLabel(summary);
    summary_->SetForegroundColour(errors ? alert_text_colour() : findings_.empty() ? ok_text_colour()
                                                                                  : muted_text_colour());
    Layout();
}

void ChecksPanel::on_selected(wxListEvent& event) {
    const auto index = static_cast<std::size_t>(event.GetIndex());
    if (index < findings_.size() && handler_) handler_(findings_[index]);
}

}  // namespace ikit
