#include "panels/debrief_panel.h"

#include "i18n/tr.h"
#include "edit_path.h"
#include "panels/compare_panel.h"
#include "panels/control_names.h"
#include "panels/ui_style.h"
#include "score_session.h"
#include "scoring/asked_variants.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/button.h>
#include <wx/grid.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

namespace ikit {

std::string debrief_cell_text(const RaterScore& score) {
    std::string text = score.rating ? score_text(*score.rating) : std::string("\u2013");
    // TRANSLATORS: a debrief cell: the rating the interviewer gave the competency as a whole.
    if (score.rating && score.from_summary) text = utf8(wxString::Format(_("%s (summary)"), wx(text)));
    else if (score.rating && score.questions > 1)
        // TRANSLATORS: a debrief cell: the rating, the mean of the ratings of that many questions.
        text = utf8(wxString::Format(_("%1$s (mean of %2$d)"), wx(text), score.questions));
    if (!score.evidence.empty()) text += "\n" + score.evidence;
    return text;
}

std::string competency_flags(const CompetencyScore& competency) {
    std::vector<std::string> flags;
    // TRANSLATORS: a debrief flag: the interviewers' ratings of a competency disagree.
    if (competency.split) flags.push_back(utf8(_("split")));
    if (competency.single_rater()) flags.push_back(utf8(_("single rater")));
    if (competency.no_evidence()) flags.push_back(utf8(_("no evidence")));
    return join(flags, ", ");
}

DebriefPanel::DebriefPanel(wxWindow* parent, ScoreSession& session, EditPath& edits, std::function<void()> export_pdf)
    : wxPanel(parent, wxID_ANY), session_(session), edits_(edits), export_pdf_(std::move(export_pdf)),
      deferred_(*this, [this] { update(); }) {
    SetName(control_name::kDebriefPane);
    build();
    session_.document().add_listener([this] { refresh(); });
    session_.add_listener([this] { refresh(); });
    edits_.add_change_listener([this] { refresh(); });
    refresh();
}

void DebriefPanel::build() {
    const int gap = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    book_ = new wxNotebook(this, wxID_ANY);
    candidate_page_ = new wxPanel(book_, wxID_ANY);
    auto* page = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    heading_ = make_heading(candidate_page_, "");
    top->Add(heading_, 1, wxALIGN_CENTER_VERTICAL);
    export_ = new wxButton(candidate_page_, wxID_ANY, _(L"Export Debrief &PDF\u2026"));
    export_->SetToolTip(_("Write this debrief as a PDF (Ctrl+Alt+D)"));
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (export_pdf_) export_pdf_();
    });
    top->Add(export_, 0, wxALIGN_CENTER_VERTICAL);
    page->Add(top, 0, wxEXPAND | wxALL, gap);

    hint_ = make_hint(candidate_page_, "");
    page->Add(hint_, 0, wxEXPAND | wxALL, FromDIP(24));
    reveal_ = new wxButton(candidate_page_, wxID_ANY, _(L"&Reveal for Debrief\u2026"));
    reveal_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { session_.reveal(); });
    page->Add(reveal_, 0, wxALIGN_CENTER_HORIZONTAL | wxBOTTOM, gap);

    summary_ = new wxStaticText(candidate_page_, wxID_ANY, "");
    summary_->SetName(control_name::kDebriefSummary);
    page->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);

    grid_ = new wxGrid(candidate_page_, wxID_ANY);
    grid_->SetName(control_name::kDebriefGrid);
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    grid_->SetColLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    grid_->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    grid_->SetDefaultCellAlignment(wxALIGN_LEFT, wxALIGN_TOP);
    grid_->DisableDragRowSize();
    grid_->SetTabBehaviour(wxGrid::Tab_Leave);
    page->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] {
            if (grid_->GetClientSize().x != fitted_width_) fit_columns();
        });
    });
    candidate_page_->SetSizer(page);
    book_->AddPage(candidate_page_, _("Candidate"));
    compare_ = new ComparePanel(book_, session_, edits_);
    book_->AddPage(compare_, _("Compare Candidates"));
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);
}

void DebriefPanel::show_compare(bool compare) { book_->SetSelection(compare ? 1 : 0); }

void DebriefPanel::refresh() {
    if (!detached_) deferred_.request();
}

void DebriefPanel::update() {
    if (detached_) return;
    const ScoreDocument& doc = session_.document();
    const bool visible = doc.is_open() && session_.others_visible();
    combination_ = visible ? combine(session_.kit(), doc.sheet()) : Combination{};
    heading_->SetLabel(doc.is_open() ? label_text(utf8(wxString::Format(_("Debrief: %s"), wx(doc.sheet().candidate))))
                                      : _("Debrief"));
    export_->Enable(visible && !doc.sheet().scorecards.empty());
    std::string hint;
    if (!doc.is_open())
        hint = utf8(_(L"Open a candidate's scores (Scores \u25b8 Open Scores\u2026) to see their debrief."));
    else if (!visible)
        hint = utf8(wxString::Format(_("%s's scorecard is open for entry: the panel's ratings stay hidden until you "
                                       "choose Reveal for Debrief, so they cannot sway it."),
                                     wx(session_.interviewer())));
    else if (doc.sheet().scorecards.empty())
        hint = utf8(_("No interviewer has entered a scorecard for this candidate yet."));
    hint_->SetLabel(wx(hint));
    hint_->Show(!hint.empty());
    reveal_->Show(doc.is_open() && !visible);

    std::vector<std::string> lines;
    if (visible && !doc.sheet().scorecards.empty()) {
        const Combination& c = combination_;
        std::string composite = c.composite ? utf8(wxString::Format(_("Composite %s"), wx(composite_text(*c.composite))))
                                            : utf8(_("No composite (no evidence)"));
        if (c.incomplete) {
            std::vector<std::string> names;
            for (const auto& id : c.missing) names.push_back(session_.kit().competency_name(id));
            composite = utf8(wxString::Format(_(L"%1$s \u2014 incomplete: no evidence on %2$s"), wx(composite),
                                              wx(join(names, ", "))));
        }
        lines.push_back(composite);
        std::vector<std::string> tally;
        for (const auto& t : c.tally)
            tally.push_back(t.on_scale ? t.label + " " + std::to_string(t.count)
                                       : utf8(wxString::Format(_("%1$s %2$d (not on the kit's scale)"), wx(t.label), t.count)));
        if (c.no_recommendation > 0)
            // TRANSLATORS: in the debrief's tally of recommendations: how many interviewers gave none.
            tally.push_back(utf8(wxString::Format(_("none given %d"), c.no_recommendation)));
        std::string recommendations = utf8(wxString::Format(_("Recommendations: %s"), wx(join(tally, " \u00b7 "))));
        lines.push_back(recommendations);
        std::vector<std::string> order;
        for (std::size_t i : c.discussion_order) {
            const CompetencyScore& score = c.competencies[i];
            const std::string flags = competency_flags(score);
            order.push_back(score.name + (flags.empty() ? "" : " (" + flags + ")"));
        }
        lines.push_back(utf8(wxString::Format(_("Discuss in this order: %s"), wx(join(order, ", ")))));
        std::vector<std::string> unsubmitted;
        for (const auto& r : c.raters)
            if (!r.submitted) unsubmitted.push_back(r.label);
        if (!unsubmitted.empty()) lines.push_back(utf8(wxString::Format(_("Not submitted yet: %s"), wx(join(unsubmitted, ", ")))));
        for (auto& line : asked_variant_lines(session_.kit(), doc.sheet())) lines.push_back(std::move(line));
        if (!c.not_counted.empty()) {
            std::vector<std::string> reasons;
            for (const auto& reason : c.not_counted_reasons) reasons.push_back(reason.text(ui_translator()));
            lines.push_back(utf8(wxString::Format(_("Not counted: %s"), wx(join(reasons, "; ")))));
        }
        const std::string mismatch = session_.mismatch_message();
        if (!mismatch.empty()) lines.push_back("\u26a0 " + mismatch);
    }
    summary_->SetLabel(label_text(join(lines, "\n")));
    summary_->Show(!lines.empty());
    grid_->Show(!lines.empty());
    fill_grid();
    candidate_page_->Layout();
    summary_->Wrap(std::max(FromDIP(600), GetClientSize().x - FromDIP(40)));
    candidate_page_->Layout();
}

void DebriefPanel::fill_grid() {
    const Combination& c = combination_;
    wxGridUpdateLocker lock(grid_);
    const int raters = static_cast<int>(c.raters.size());
    const int cols = c.raters.empty() ? 0 : raters + 3;
    const int rows = c.raters.empty() ? 0 : static_cast<int>(c.competencies.size());
    if (grid_->GetNumberCols() > cols) grid_->DeleteCols(0, grid_->GetNumberCols() - cols);
    if (grid_->GetNumberCols() < cols) grid_->AppendCols(cols - grid_->GetNumberCols());
    if (grid_->GetNumberRows() > rows) grid_->DeleteRows(0, grid_->GetNumberRows() - rows);
    if (grid_->GetNumberRows() < rows) grid_->AppendRows(rows - grid_->GetNumberRows());
    if (cols == 0) return;
    for (int r = 0; r < raters; ++r) {
        const Rater& rater = c.raters[static_cast<std::size_t>(r)];
        grid_->SetColLabelValue(r, wx(rater.label + (rater.recommendation.empty() ? "" : "\n" + rater.recommendation)));
    }
    grid_->SetColLabelValue(raters, _("Median"));
    grid_->SetColLabelValue(raters + 1, _("Range"));
    grid_->SetColLabelValue(raters + 2, _("Flags"));
    // Rows in the discussion order: what to talk about first comes first.
    for (int row = 0; row < rows; ++row) {
        const CompetencyScore& score = c.competencies[c.discussion_order[static_cast<std::size_t>(row)]];
        std::string name = score.name;
        if (score.weight != 1.0) name += " (\u00d7" + score_text(score.weight) + ")";
        grid_->SetRowLabelValue(row, wx(name));  // grid labels take no mnemonics: "&" as it is
        for (int r = 0; r < raters; ++r) grid_->SetCellValue(row, r, wx(debrief_cell_text(score.raters[static_cast<std::size_t>(r)])));
        grid_->SetCellValue(row, raters, score.median ? wx(score_text(*score.median)) : wxString(L"\u2013"));
        grid_->SetCellValue(row, raters + 1,
                            score.low && score.high ? wx(score_text(*score.low) + "\u2013" + score_text(*score.high)) : wxString(L"\u2013"));
        grid_->SetCellValue(row, raters + 2, wx(competency_flags(score)));
        const wxColour background = score.split ? wxColour(255, 226, 220)
                                    : score.no_evidence() ? wxColour(236, 236, 236)
                                    : score.single_rater() ? wxColour(255, 246, 214)
                                                           : grid_->GetDefaultCellBackgroundColour();
        for (int col = 0; col < cols; ++col) grid_->SetCellBackgroundColour(row, col, background);
    }
    fit_columns();
}

void DebriefPanel::fit_columns() {
    const Combination& c = combination_;
    const int raters = static_cast<int>(c.raters.size());
    const int rows = grid_->GetNumberRows();
    fitted_width_ = grid_->GetClientSize().x;
    if (grid_->GetNumberCols() == 0) return;
    wxGridUpdateLocker lock(grid_);
    // Rater columns share the width the row labels and the three narrow columns leave.
    int label_width = FromDIP(120);
    for (int row = 0; row < rows; ++row)
        label_width = std::max(label_width, grid_->GetTextExtent(grid_->GetRowLabelValue(row)).x * 11 / 10 + FromDIP(20));  // labels are bold
    label_width = std::min(label_width, FromDIP(280));
    grid_->SetRowLabelSize(label_width);
    grid_->SetColLabelSize(wxGRID_AUTOSIZE);
    // The narrow columns are as wide as their headers (longer in some languages) at least.
    const int pad = FromDIP(16);
    const int narrow = std::max({FromDIP(70), grid_->GetTextExtent(grid_->GetColLabelValue(raters)).x + pad,
                                 grid_->GetTextExtent(grid_->GetColLabelValue(raters + 1)).x + pad});
    const int flags = std::max(FromDIP(110), grid_->GetTextExtent(grid_->GetColLabelValue(raters + 2)).x + pad);
    const int available = grid_->GetClientSize().x - label_width - 2 * narrow - flags - FromDIP(20);
    const int each = std::max(FromDIP(140), raters > 0 ? available / raters : 0);
    for (int r = 0; r < raters; ++r) grid_->SetColSize(r, each);
    grid_->SetColSize(raters, narrow);
    grid_->SetColSize(raters + 1, narrow);
    grid_->SetColSize(raters + 2, flags);
    grid_->AutoSizeRows(false);
}

}  // namespace ikit
