#include "panels/question_editor_panel.h"

#include "edit_path.h"
#include "panels/control_names.h"
#include "panels/rubric_editor.h"
#include "panels/ui_style.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ikit {

namespace {
const QuestionType kTypes[] = {QuestionType::Behavioural, QuestionType::Situational, QuestionType::Technical,
                               QuestionType::Background};
}

QuestionEditorPanel::QuestionEditorPanel(wxWindow* parent, EditPath& edits, const LoadedLibrary& library)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, control_name::kEditorPane),
      edits_(&edits), document_(edits.document()), bank_(library.bank) {
    edits.add_pending_edits(*this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(make_heading(this, "Question details"), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    hint_ = make_hint(this, "Select a question in the kit\nto edit its wording, probes,\ntiming and rubric.");
    sizer->Add(hint_, 0, wxEXPAND | wxALL, FromDIP(16));

    // Two tabs: the question and its follow-ups; the rubric it is scored on.
    form_ = new wxNotebook(this, wxID_ANY);
    form_->SetName(control_name::kQuestionTabs);
    auto* page = new wxPanel(form_, wxID_ANY);
    auto* form = new wxBoxSizer(wxVERTICAL);
    form->Add(new wxStaticText(page, wxID_ANY, "&Question:"), 0, wxTOP | wxBOTTOM, FromDIP(2));
    text_ = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(54)), wxTE_MULTILINE);
    text_->SetName(control_name::kQuestionText);
    form->Add(text_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    auto* row = new wxFlexGridSizer(2, FromDIP(4), FromDIP(8));
    row->AddGrowableCol(1);
    row->Add(new wxStaticText(page, wxID_ANY, "&Type:"), 0, wxALIGN_CENTER_VERTICAL);
    type_ = new wxChoice(page, wxID_ANY);
    for (QuestionType t : kTypes) type_->Append(wx(std::string(to_label(t))));
    type_->SetMinSize(wxSize(FromDIP(90), -1));
    row->Add(type_, 1, wxEXPAND);
    row->Add(new wxStaticText(page, wxID_ANY, "M&inutes:"), 0, wxALIGN_CENTER_VERTICAL);
    minutes_ = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 120, 5);
    row->Add(minutes_, 0);
    form->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    // One line cut with "…" when the pane is narrow (the tooltip has them all); it must not widen the pane.
    competencies_ = new wxStaticText(page, wxID_ANY, "Competencies:", wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    competencies_->SetName(control_name::kQuestionCompetencies);
    competencies_->SetForegroundColour(muted_text_colour());
    competencies_->SetMinSize(wxSize(FromDIP(60), -1));
    form->Add(competencies_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    listen_ = add_list_box(page, form, "&Listen for (one per line):", "Signals of a strong answer");
    listen_->SetName(control_name::kQuestionListenFor);
    probes_ = add_list_box(page, form, "&Probes (one per line):", "Follow-up questions to dig deeper");
    probes_->SetName(control_name::kQuestionProbes);
    flags_ = add_list_box(page, form, "Red &flags (one per line):", "Warning signs in an answer");
    flags_->SetName(control_name::kQuestionRedFlags);
    auto* padded = new wxBoxSizer(wxVERTICAL);
    padded->Add(form, 1, wxEXPAND | wxALL, FromDIP(6));
    page->SetSizer(padded);
    form_->AddPage(page, "Question");

    auto* rubric_page = new wxPanel(form_, wxID_ANY);
    rubric_ = new RubricEditor(rubric_page, library.rubrics);
    auto* rubric_sizer = new wxBoxSizer(wxVERTICAL);
    rubric_sizer->Add(rubric_, 1, wxEXPAND | wxALL, FromDIP(6));
    rubric_page->SetSizer(rubric_sizer);
    form_->AddPage(rubric_page, "Rubric");
    sizer->Add(form_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    revert_ = new wxButton(this, wxID_REVERT_TO_SAVED, "Re&vert");
    revert_->SetToolTip("Discard the changes to the fields that are not applied yet");
    apply_ = new wxButton(this, wxID_APPLY, "&Apply");
    apply_->SetName(control_name::kQuestionApply);
    apply_->SetToolTip("Apply the changes (they are also applied when you leave a field)");
    buttons->AddStretchSpacer();
    buttons->Add(revert_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(apply_, 0);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));
    SetSizer(sizer);

    for (wxTextCtrl* box : {text_, listen_, probes_, flags_})
        box->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            event.Skip();
            commit();
        });
    type_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { commit_with("Change question type"); });
    minutes_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { commit_with("Change minutes"); });
    rubric_->set_change_handler([this](const std::string& description) { commit_with(description); });
    apply_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { commit(); });
    revert_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    show_question("");
}

wxTextCtrl* QuestionEditorPanel::add_list_box(wxWindow* parent, wxSizer* sizer, const wxString& label,
                                              const wxString& tip) {
    sizer->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxBOTTOM, FromDIP(2));
    auto* box = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(48)), wxTE_MULTILINE);
    box->SetToolTip(tip);
    sizer->Add(box, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
    return box;
}

void QuestionEditorPanel::show_question(const std::string& question_id) {
    if (question_id != question_id_) commit();
    const KitQuestion* q = question_id.empty() ? nullptr : document_.kit().find_question(question_id);
    question_id_ = q ? question_id : std::string();
    const bool shown = q != nullptr;
    if (form_->IsShown() != shown || hint_->IsShown() == shown) {
        form_->Show(shown);
        hint_->Show(!shown);
        apply_->Show(shown);
        revert_->Show(shown);
        Layout();
    }
    if (q) load(*q);
}

void QuestionEditorPanel::refresh() { show_question(question_id_); }

void QuestionEditorPanel::detach() {
    question_id_.clear();
    if (edits_) edits_->remove_pending_edits(*this);
    edits_ = nullptr;
}

void QuestionEditorPanel::focus_text() {
    text_->SetFocus();
    text_->SelectAll();
}

void QuestionEditorPanel::load(const KitQuestion& q) {
    loading_ = true;
    text_->ChangeValue(wx(q.text));
    for (std::size_t i = 0; i < std::size(kTypes); ++i)
        if (kTypes[i] == q.type) type_->SetSelection(static_cast<int>(i));
    minutes_->SetValue(q.minutes);
    std::vector<std::string> names;
    for (const auto& id : q.competency_ids) {  // the kit's own name, else the bank's
        const bool in_kit = find_competency(document_.kit().competencies, id) != nullptr;
        names.push_back(in_kit ? document_.kit().competency_name(id) : bank_.competency_name(id));
    }
    const wxString competencies = names.empty() ? wxString("No competency (custom question)")
                                                : "Competencies: " + label_text(join(names, ", "));
    competencies_->SetLabel(competencies);
    competencies_->SetToolTip(wxControl::RemoveMnemonics(competencies));
    listen_->ChangeValue(lines_text(q.listen_for));
    probes_->ChangeValue(lines_text(q.probes));
    flags_->ChangeValue(lines_text(q.red_flags));
    rubric_->set_rubric(q.rubric);
    loading_ = false;
}

KitQuestion QuestionEditorPanel::edited() const {
    KitQuestion q = *document_.kit().find_question(question_id_);
    q.text = trim(utf8(text_->GetValue()));
    const int type = type_->GetSelection();
    if (type >= 0) q.type = kTypes[type];
    q.minutes = minutes_->GetValue();
    q.listen_for = text_lines(listen_->GetValue());
    q.probes = text_lines(probes_->GetValue());
    q.red_flags = text_lines(flags_->GetValue());
    q.rubric = rubric_->rubric();
    return q;
}

bool QuestionEditorPanel::commit() {
    if (loading_ || !edits_ || question_id_.empty() || !document_.kit().find_question(question_id_)) return false;
    const bool rubric_written = rubric_->finish_cell_edit();  // a rubric cell being typed in is pending too
    const KitQuestion& before = *document_.kit().find_question(question_id_);
    const KitQuestion after = edited();
    if (after == before) return rubric_written;
    std::string description = "Edit question";
    int changes = 0;
    auto note = [&](bool changed, const char* what) {
        if (changed) {
            description = what;
            ++changes;
        }
    };
    note(after.text != before.text, "Edit question text");
    note(after.type != before.type, "Change question type");
    note(after.minutes != before.minutes, "Change minutes");
    note(after.listen_for != before.listen_for, "Edit listen-for");
    note(after.probes != before.probes, "Edit probes");
    note(after.red_flags != before.red_flags, "Edit red flags");
    note(after.rubric != before.rubric, "Edit rubric");
    if (changes > 1) description = "Edit question";
    edits_->apply_from(*this, [&](KitDocument& doc) { doc.edit_question(after, description); });
    return true;
}

void QuestionEditorPanel::commit_with(const std::string& description) {
    if (loading_ || !edits_ || question_id_.empty() || !document_.kit().find_question(question_id_)) return;
    const KitQuestion after = edited();
    if (after == *document_.kit().find_question(question_id_)) return;
    edits_->apply_from(*this, [&](KitDocument& doc) { doc.edit_question(after, description); });
}

}  // namespace ikit
