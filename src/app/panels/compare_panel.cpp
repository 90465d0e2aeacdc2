#include "panels/compare_panel.h"

#include "i18n/tr.h"
#include "edit_path.h"
#include "panels/control_names.h"
#include "panels/ui_style.h"
#include "prompts.h"
#include "score_session.h"
#include "scoring/asked_variants.h"
#include "scoring/candidate_comparison.h"
#include "serialize/score_file.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/button.h>
#include <wx/dir.h>
#include <wx/filename.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>

namespace ikit {

ComparePanel::ComparePanel(wxWindow* parent, ScoreSession& session, EditPath& edits)
    : wxPanel(parent, wxID_ANY), session_(session), edits_(edits) {
    const int gap = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(make_heading(this, _("Compare candidates")), 1, wxALIGN_CENTER_VERTICAL);
    auto* add = new wxButton(this, wxID_ANY, _(L"Add &Score Files\u2026"));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_files(); });
    top->Add(add, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    auto* folder = new wxButton(this, wxID_ANY, _(L"Add &Folder\u2026"));
    folder->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_folder(); });
    top->Add(folder, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    clear_ = new wxButton(this, wxID_ANY, _("C&lear"));
    clear_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clear(); });
    top->Add(clear_, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, gap);
    summary_ = new wxStaticText(this, wxID_ANY, "");
    sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetName(control_name::kCompareGrid);
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    grid_->SetColLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    grid_->SetRowLabelSize(0);
    grid_->DisableDragRowSize();
    grid_->SetTabBehaviour(wxGrid::Tab_Leave);
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] {
            if (grid_->GetClientSize().x != fitted_width_) fit_columns();
        });
    });
    sizer->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(sizer);
    edits_.add_change_listener([this] {
        if (!files_.empty()) refresh();
    });
    refresh();
}

void ComparePanel::choose_files() {
    add_paths(session_.prompts().choose_score_files(this, session_.last_folder()));
}

void ComparePanel::choose_folder() {
    const std::string folder = session_.prompts().choose_folder(this, session_.last_folder());
    if (!folder.empty()) add_paths({folder});
}

void ComparePanel::add_paths(const std::vector<std::string>& paths) {
    for (const auto& path : paths) {
        if (wxDirExists(wx(path))) {
            wxArrayString found;
            wxDir::GetAllFiles(wx(path), &found, "*.iscore", wxDIR_FILES);
            found.Sort();
            for (const auto& f : found)
                if (std::find(files_.begin(), files_.end(), utf8(f)) == files_.end()) files_.push_back(utf8(f));
        } else if (std::find(files_.begin(), files_.end(), path) == files_.end()) {
            files_.push_back(path);
        }
    }
    refresh();
}

void ComparePanel::clear() {
    files_.clear();
    refresh();
}

void ComparePanel::refresh() {
    const Kit& kit = edits_.document().kit();
    std::vector<ScoreSheet> sheets;
    std::vector<std::string> sheet_files;
    std::vector<std::string> unreadable;
    for (const auto& file : files_) {
        try {
            sheets.push_back(read_score_file(file));
            sheet_files.push_back(file);
        } catch (const std::exception& e) {
            unreadable.push_back(e.what());
        }
    }
    const Comparison comparison = compare_candidates(kit, sheets);
    clear_->Enable(!files_.empty());

    wxGridUpdateLocker lock(grid_);
    const int competencies = static_cast<int>(comparison.competency_ids.size());
    const int cols = files_.empty() ? 0 : competencies + 4;
    const int rows = files_.empty() ? 0 : static_cast<int>(comparison.rows.size() + unreadable.size());
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > 0) grid_->DeleteCols(0, grid_->GetNumberCols());
    grid_->AppendCols(cols);
    grid_->AppendRows(rows);
    if (cols > 0) {
        grid_->SetColLabelValue(0, _("Rank"));
        grid_->SetColLabelValue(1, _("Candidate"));
        grid_->SetColLabelValue(2, _("Composite"));
        for (int c = 0; c < competencies; ++c)
            grid_->SetColLabelValue(3 + c, wx(comparison.competency_names[static_cast<std::size_t>(c)]));
        grid_->SetColLabelValue(3 + competencies, _("Flags"));
    }
    int row = 0;
    for (const auto& r : comparison.rows) {
        const wxString rank = r.rank ? (r.tied ? wxString::Format(_("%d (tie)"), *r.rank) : wxString::Format("%d", *r.rank)) : wxString(L"\u2013");
        grid_->SetCellValue(row, 0, rank);
        std::string name = r.candidate.empty() ? utf8(wxFileName(wx(sheet_files[r.sheet])).GetName()) : r.candidate;
        if (!r.reference.empty()) name += " (" + r.reference + ")";
        grid_->SetCellValue(row, 1, wx(name));
        grid_->SetCellValue(row, 2, r.composite ? wx(composite_text(*r.composite)) : wxString(L"\u2013"));
        for (int c = 0; c < competencies && c < static_cast<int>(r.competencies.size()); ++c) {
            const ComparedCompetency& cell = r.competencies[static_cast<std::size_t>(c)];
            std::string text = cell.score ? score_text(*cell.score) : std::string("\u2013");
            const std::string flags = cell.flags(ui_translator());
            if (!flags.empty()) text += " (" + flags + ")";
            grid_->SetCellValue(row, 3 + c, wx(text));
            if (cell.split) grid_->SetCellBackgroundColour(row, 3 + c, wxColour(255, 226, 220));
        }
        grid_->SetCellValue(row, 3 + competencies, wx(r.flags(ui_translator())));
        if (r.mismatch.questions || r.incomplete)
            grid_->SetCellTextColour(row, 3 + competencies, alert_text_colour());
        ++row;
    }
    for (const auto& problem : unreadable) {
        grid_->SetCellValue(row, 0, L"\u2013");
        grid_->SetCellValue(row, 1, _("(file not read)"));
        grid_->SetCellValue(row, 3 + competencies, wx(problem));
        grid_->SetCellTextColour(row, 3 + competencies, alert_text_colour());
        ++row;
    }

    std::string summary;
    if (files_.empty()) {
        summary = utf8(wxString::Format(_("Add candidates' score files (or a folder of them) to rank them against the open kit (%s)."),
                                        kit.properties.title.empty() ? _("untitled") : wx(kit.properties.title)));
    } else {
        int ties = 0, incomplete = 0, changed = 0;
        for (const auto& r : comparison.rows) {
            ties += r.tied ? 1 : 0;
            incomplete += r.incomplete ? 1 : 0;
            changed += r.mismatch.questions ? 1 : 0;
        }
        std::vector<std::string> notes;
        const int unread = static_cast<int>(unreadable.size());
        // TRANSLATORS: notes after the compared candidates, e.g. "2 tied, 1 incomplete".
        if (ties > 0) notes.push_back(utf8(wxString::Format(wxPLURAL("%d tied", "%d tied", ties), ties)));
        if (incomplete > 0) notes.push_back(utf8(wxString::Format(wxPLURAL("%d incomplete", "%d incomplete", incomplete), incomplete)));
        if (changed > 0)
            notes.push_back(utf8(wxString::Format(wxPLURAL("%d scored against a changed kit", "%d scored against a changed kit", changed),
                                                  changed)));
        if (unread > 0) notes.push_back(utf8(wxString::Format(wxPLURAL("%d not read", "%d not read", unread), unread)));
        const int ranked = static_cast<int>(comparison.rows.size());
        if (notes.empty())
            summary = utf8(wxString::Format(wxPLURAL(L"%1$d candidate ranked by composite against \u201c%2$s\u201d.",
                                                     L"%1$d candidates ranked by composite against \u201c%2$s\u201d.", ranked),
                                            ranked, wx(kit.properties.title)));
        else
            summary = utf8(wxString::Format(wxPLURAL(L"%1$d candidate ranked by composite against \u201c%2$s\u201d: %3$s.",
                                                     L"%1$d candidates ranked by composite against \u201c%2$s\u201d: %3$s.", ranked),
                                            ranked, wx(kit.properties.title), wx(join(notes, ", "))));
        for (const auto& line : compared_variant_lines(comparison)) summary += "\n" + line;  // issue 19
    }
    summary_->SetLabel(label_text(summary));
    fit_columns();
}

void ComparePanel::fit_columns() {
    fitted_width_ = grid_->GetClientSize().x;
    const int cols = grid_->GetNumberCols();
    if (cols == 0) return;
    wxGridUpdateLocker lock(grid_);
    // The fixed columns are as wide as their headers (longer in some languages) at least.
    const int pad = FromDIP(16);
    auto header = [&](int col, int least) { return std::max(least, grid_->GetTextExtent(grid_->GetColLabelValue(col)).x + pad); };
    const int rank = header(0, FromDIP(70)), composite = header(2, FromDIP(90)), flags = header(cols - 1, FromDIP(220));
    int name = header(1, FromDIP(160));
    for (int r = 0; r < grid_->GetNumberRows(); ++r)
        name = std::max(name, grid_->GetTextExtent(grid_->GetCellValue(r, 1)).x + FromDIP(16));
    name = std::min(name, FromDIP(260));
    const int competencies = cols - 4;
    const int left = fitted_width_ - rank - name - composite - flags - FromDIP(20);
    const int each = std::max(FromDIP(90), competencies > 0 ? left / competencies : 0);
    grid_->SetColSize(0, rank);
    grid_->SetColSize(1, name);
    grid_->SetColSize(2, composite);
    for (int c = 0; c < competencies; ++c) grid_->SetColSize(3 + c, each);
    grid_->SetColSize(cols - 1, flags);
    grid_->SetColLabelSize(wxGRID_AUTOSIZE);
    grid_->AutoSizeRows(false);
}

}  // namespace ikit
