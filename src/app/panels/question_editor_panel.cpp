#include "panels/question_editor_panel.h"

#include "edit_path.h"
#include "panels/control_names.h"
#include "panels/pool_editor.h"
#include "panels/rubric_editor.h"
#include "panels/ui_style.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace ikit {

namespace {
const QuestionType kTypes[] = {QuestionType::Behavioural, QuestionType::Situational, QuestionType::Technical,
                               QuestionType::Background};
}

QuestionEditorPanel::QuestionEditorPanel(wxWindow* parent, EditPath& edits, const LoadedLibrary& library)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, control_name::kEditorPane),
      edits_(&edits), document_(edits.document()), bank_(library.bank), rubrics_(library.rubrics) {
    edits.add_pending_edits(*this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(make_heading(this, _("Question details")), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    hint_ = make_hint(this, _("Select a question in the kit\nto edit its wording, probes,\ntiming and rubric."));
    sizer->Add(hint_, 0, wxEXPAND | wxALL, FromDIP(16));

    // Two tabs: the question and its follow-ups; the rubric it is scored on.
    form_ = new wxNotebook(this, wxID_ANY);
    form_->SetName(control_name::kQuestionTabs);
    auto* page = new wxPanel(form_, wxID_ANY);
    auto* form = new wxBoxSizer(wxVERTICAL);
    form->Add(new wxStaticText(page, wxID_ANY, _("&Question:")), 0, wxTOP | wxBOTTOM, FromDIP(2));
    // The question grows with its text (three lines at least, ten at most, then it scrolls).
    text_ = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_WORDWRAP);
    text_->SetName(control_name::kQuestionText);
    text_->SetMinSize(wxSize(FromDIP(120), 3 * text_->GetCharHeight() + FromDIP(12)));
    form->Add(text_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    auto* row = new wxFlexGridSizer(2, FromDIP(4), FromDIP(8));
    row->AddGrowableCol(1);
    row->Add(new wxStaticText(page, wxID_ANY, _("&Type:")), 0, wxALIGN_CENTER_VERTICAL);
    // Type and minutes on rows of their own: side by side, a narrow pane cut the type's name.
    type_ = new wxChoice(page, wxID_ANY);
    for (QuestionType t : kTypes) type_->Append(wxGetTranslation(wx(std::string(to_label(t)))));  // the label marked in the core
    row->Add(type_, 1, wxEXPAND);
    row->Add(new wxStaticText(page, wxID_ANY, _("M&inutes:")), 0, wxALIGN_CENTER_VERTICAL);
    minutes_ = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 120, 5);
    row->Add(minutes_, 0);
    // Openers and background questions are asked but not rated: no rating row, no rubric needed.
    row->AddSpacer(0);
    scored_ = new wxCheckBox(page, wxID_ANY, _("&Scored (rated on the scorecard)"));
    scored_->SetName(control_name::kQuestionScored);
    scored_->SetToolTip(_("Untick for an opener or a background question: it keeps its notes lines but gets no "
                          "rating and is left out of the competency summary"));
    row->Add(scored_, 0, wxALIGN_CENTER_VERTICAL);
    // A custom question's competency is chosen here (a bank question's comes with it, shown below).
    competency_label_ = new wxStaticText(page, wxID_ANY, _("C&ompetency:"));
    row->Add(competency_label_, 0, wxALIGN_CENTER_VERTICAL);
    competency_ = new wxChoice(page, wxID_ANY);
    competency_->SetName(control_name::kQuestionCompetency);
    competency_->SetToolTip(_("What this question assesses; its rubric follows unless you edited it"));
    row->Add(competency_, 1, wxEXPAND);
    form->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    // One line cut with "…" when the pane is narrow (the tooltip has them all); it must not widen the pane.
    competencies_ = new wxStaticText(page, wxID_ANY, _("Competencies:"), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    competencies_->SetName(control_name::kQuestionCompetencies);
    competencies_->SetForegroundColour(muted_text_colour());
    competencies_->SetMinSize(wxSize(FromDIP(60), -1));
    form->Add(competencies_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    listen_ = add_list_box(page, form, _("&Listen for (one per line):"), _("Signals of a strong answer"));
    listen_->SetName(control_name::kQuestionListenFor);
    probes_ = add_list_box(page, form, _("&Probes (one per line):"), _("Follow-up questions to dig deeper"));
    probes_->SetName(control_name::kQuestionProbes);
    flags_ = add_list_box(page, form, _("Red &flags (one per line):"), _("Warning signs in an answer"));
    flags_->SetName(control_name::kQuestionRedFlags);
    auto* padded = new wxBoxSizer(wxVERTICAL);
    padded->Add(form, 1, wxEXPAND | wxALL, FromDIP(6));
    page->SetSizer(padded);
    form_->AddPage(page, _("Question"));

    auto* rubric_page = new wxPanel(form_, wxID_ANY);
    rubric_ = new RubricEditor(rubric_page, library.rubrics);
    auto* rubric_sizer = new wxBoxSizer(wxVERTICAL);
    rubric_sizer->Add(rubric_, 1, wxEXPAND | wxALL, FromDIP(6));
    rubric_page->SetSizer(rubric_sizer);
    form_->AddPage(rubric_page, _("Rubric"));
    // The question's pool of variants (issue 19): other wordings rotated between candidates.
    pool_ = new PoolEditor(form_, edits, *this, library.bank);
    form_->AddPage(pool_, _("Variants"));
    sizer->Add(form_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

    // One model, said where the fields are: no Apply, no Revert.
    apply_note_ = new wxStaticText(this, wxID_ANY, _("Changes apply as you leave a field. Ctrl+Z undoes them."));
    apply_note_->SetName(control_name::kQuestionApplyNote);
    apply_note_->SetForegroundColour(muted_text_colour());
    sizer->Add(apply_note_, 0, wxALL, FromDIP(8));
    SetSizer(sizer);

    for (wxTextCtrl* box : {text_, listen_, probes_, flags_})
        box->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            event.Skip();
            commit();
        });
    type_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { commit_with(utf8(_("Change question type"))); });
    competency_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int chosen = competency_->GetSelection();
        choose_competency(chosen > 0 ? competency_ids_[static_cast<std::size_t>(chosen - 1)] : std::string());
    });
    text_->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        event.Skip();
        fit_text_height();
    });
    text_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { fit_text_height(); });
    });
    minutes_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { commit_with(utf8(_("Change minutes"))); });
    scored_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        commit_with(utf8(scored_->GetValue() ? _("Mark question scored") : _("Mark question not scored")));
    });
    rubric_->set_change_handler([this](const std::string& description) { commit_with(description); });
    show_question("");
}

wxTextCtrl* QuestionEditorPanel::add_list_box(wxWindow* parent, wxSizer* sizer, const wxString& label,
                                              const wxString& tip) {
    sizer->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxBOTTOM, FromDIP(2));
    auto* box = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_WORDWRAP);
    box->SetMinSize(wxSize(FromDIP(120), 2 * box->GetCharHeight() + FromDIP(12)));
    box->SetToolTip(tip);
    sizer->Add(box, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
    return box;
}

void QuestionEditorPanel::show_question(const std::string& question_id) {
    if (question_id != question_id_) commit();
    const KitQuestion* q = question_id.empty() ? nullptr : document_.kit().find_question(question_id);
    question_id_ = q ? question_id : std::string();
    if (!q) pool_->show(nullptr);
    const bool shown = q != nullptr;
    if (form_->IsShown() != shown || hint_->IsShown() == shown) {
        form_->Show(shown);
        hint_->Show(!shown);
        apply_note_->Show(shown);
        Layout();
    }
    if (q) load(*q);
}

void QuestionEditorPanel::refresh() { show_question(question_id_); }

void QuestionEditorPanel::detach() {
    question_id_.clear();
    if (edits_) edits_->remove_pending_edits(*this);
    edits_ = nullptr;
    pool_->detach();
}

PoolActions& QuestionEditorPanel::pool_actions() { return *pool_; }

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
    scored_->SetValue(q.scored);
    std::vector<std::string> names;
    for (const auto& id : q.competency_ids) {  // the kit's own name, else the bank's
        const bool in_kit = find_competency(document_.kit().competencies, id) != nullptr;
        names.push_back(in_kit ? document_.kit().competency_name(id) : bank_.competency_name(id));
    }
    const wxString competencies = names.empty() ? _("No competency (custom question)")
                                                : wxString::Format(_("Competencies: %s"), label_text(join(names, ", ")));
    competencies_->SetLabel(competencies);
    competencies_->SetToolTip(wxControl::RemoveMnemonics(competencies));
    fill_competency_choice(q);
    listen_->ChangeValue(lines_text(q.listen_for));
    probes_->ChangeValue(lines_text(q.probes));
    flags_->ChangeValue(lines_text(q.red_flags));
    rubric_->set_rubric(q.rubric);
    pool_->show(&q);
    loading_ = false;
    fit_text_height();
}

void QuestionEditorPanel::fill_competency_choice(const KitQuestion& q) {
    const bool custom = q.is_custom();
    competency_->Clear();
    competency_ids_.clear();
    competency_->Append(_("(None)"));
    int selection = 0;
    auto add = [&](const std::string& id, const std::string& name) {
        for (const auto& known : competency_ids_)
            if (known == id) return;
        competency_ids_.push_back(id);
        competency_->Append(label_text(name));
        if (!q.competency_ids.empty() && q.competency_ids.front() == id)
            selection = static_cast<int>(competency_ids_.size());
    };
    for (const auto& c : document_.kit().competencies) add(c.id, c.name);  // the kit's plan first
    for (const auto& c : bank_.competencies()) add(c.id, c.name);
    competency_->SetSelection(selection);
    // A bank question's competencies come from the bank: shown as a line, not chosen.
    const bool layout = competency_->IsShown() != custom;
    competency_->Show(custom);
    competency_label_->Show(custom);
    competencies_->Show(!custom);
    if (layout) competency_->GetParent()->Layout();
}

bool QuestionEditorPanel::choose_competency(const std::string& competency_id) {
    if (!edits_ || question_id_.empty()) return false;
    commit();  // what is typed in the fields first, as its own step
    const KitQuestion* current = document_.kit().find_question(question_id_);
    if (!current || !current->is_custom()) return false;
    KitQuestion changed = *current;
    changed.competency_ids = competency_id.empty() ? std::vector<std::string>{}
                                                   : std::vector<std::string>{competency_id};
    // The rubric follows the competency, as for a new question, unless the user made it their own.
    const Rubric* old_default = rubrics_.default_for(current->competency_ids);
    const bool rubric_untouched = current->rubric.empty() || (old_default && current->rubric == *old_default);
    if (rubric_untouched) {
        const Rubric* rubric = rubrics_.default_for(changed.competency_ids);
        changed.rubric = rubric ? *rubric : Rubric{};
    }
    if (changed == *current) return false;
    edits_->apply_from(*this, [&](KitDocument& doc) { doc.edit_question(changed, utf8(_("Change competency"))); });
    return true;
}

void QuestionEditorPanel::fit_text_height() {
    // As many lines as the text wraps to at the box's width (3 to 10), so a long question is seen whole.
    const int width = text_->GetClientSize().x - FromDIP(10);
    if (width <= 0) return;
    int lines = 0;
    for (const wxString& paragraph : wxSplit(text_->GetValue(), '\n', '\0')) {
        const int extent = text_->GetTextExtent(paragraph).x;
        lines += std::max(1, (extent + width - 1) / width);
    }
    lines = std::clamp(lines + 1, 3, 10);
    const int height = lines * text_->GetCharHeight() + FromDIP(12);
    if (text_->GetMinSize().y == height) return;
    text_->SetMinSize(wxSize(FromDIP(120), height));
    if (wxWindow* page = text_->GetParent()) page->Layout();
}

KitQuestion QuestionEditorPanel::edited() const {
    KitQuestion q = *document_.kit().find_question(question_id_);
    q.text = trim(utf8(text_->GetValue()));
    const int type = type_->GetSelection();
    if (type >= 0) q.type = kTypes[type];
    q.minutes = minutes_->GetValue();
    q.scored = scored_->GetValue();
    q.listen_for = text_lines(listen_->GetValue());
    q.probes = text_lines(probes_->GetValue());
    q.red_flags = text_lines(flags_->GetValue());
    q.rubric = rubric_->rubric();
    return q;
}

bool QuestionEditorPanel::commit() {
    // The question's fields first, then the selected variant's (the variant's typed text survives the
    // reload that the first step causes).
    const bool fields = commit_fields();
    const bool variant = !loading_ && edits_ && pool_->commit();
    return fields || variant;
}

bool QuestionEditorPanel::commit_fields() {
    if (loading_ || !edits_ || question_id_.empty() || !document_.kit().find_question(question_id_)) return false;
    const bool rubric_written = rubric_->finish_cell_edit();  // a rubric cell being typed in is pending too
    const KitQuestion& before = *document_.kit().find_question(question_id_);
    const KitQuestion after = edited();
    if (after == before) return rubric_written;
    std::string description = utf8(_("Edit question"));
    int changes = 0;
    auto note = [&](bool changed, const wxString& what) {
        if (changed) {
            description = utf8(what);
            ++changes;
        }
    };
    note(after.text != before.text, _("Edit question text"));
    note(after.type != before.type, _("Change question type"));
    note(after.minutes != before.minutes, _("Change minutes"));
    note(after.scored != before.scored, after.scored ? _("Mark question scored") : _("Mark question not scored"));
    note(after.listen_for != before.listen_for, _("Edit listen-for"));
    note(after.probes != before.probes, _("Edit probes"));
    note(after.red_flags != before.red_flags, _("Edit red flags"));
    note(after.rubric != before.rubric, _("Edit rubric"));
    if (changes > 1) description = utf8(_("Edit question"));
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
