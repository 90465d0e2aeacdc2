#include "panels/pool_editor.h"

#include "commands/pool_edits.h"
#include "edit_path.h"
#include "panels/control_names.h"
#include "panels/ui_style.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace ikit {

namespace {

/// At most `limit` characters of `text` on one line, cut with "…".
wxString one_line(const std::string& text, std::size_t limit) {
    wxString line = wx(text);
    line.Replace("\n", " ");
    if (line.length() > limit) line = line.Left(limit - 1).Trim() + wxString::FromUTF8("\u2026");
    return line;
}

/// True when the variant is scored otherwise than its slot (what the pool check reports as an error).
bool differs(const KitQuestion& slot, const KitVariant& v) {
    return (v.type && *v.type != slot.type) ||
           (!v.competency_ids.empty() && !slot.competency_ids.empty() &&
            v.competency_ids.front() != slot.competency_ids.front()) ||
           (!v.rubric_id.empty() && v.rubric_id != slot.rubric.id);
}

std::vector<std::string> at_most(std::vector<std::string> items) {
    if (items.size() > kMaxVariantNotes) items.resize(kMaxVariantNotes);
    return items;
}

}  // namespace

PoolEditor::PoolEditor(wxWindow* notebook, EditPath& edits, const PendingEdits& owner, const QuestionBank& bank)
    : wxScrolled<wxPanel>(notebook, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL | wxVSCROLL,
                          control_name::kPoolEditor),
      edits_(&edits), owner_(owner), bank_(bank) {
    SetScrollRate(0, FromDIP(12));  // a short pane scrolls the page instead of squeezing the list to nothing
    auto* form = new wxBoxSizer(wxVERTICAL);

    // What the pool is, and the one button that makes it one or undoes it.
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    status_ = new wxStaticText(this, wxID_ANY, "");
    status_->SetName(control_name::kPoolStatus);
    status_->SetMinSize(wxSize(FromDIP(120), -1));
    top->Add(status_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    toggle_ = new wxButton(this, wxID_ANY, _("Turn into &Pool"));
    toggle_->SetName(control_name::kPoolToggle);
    top->Add(toggle_, 0, wxALIGN_TOP);
    form->Add(top, 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    // TRANSLATORS: label of the list of a pool's members (the question and its variants).
    form->Add(new wxStaticText(this, wxID_ANY, _("&Members (each candidate is asked one):")), 0, wxBOTTOM, FromDIP(2));
    members_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, wxLB_SINGLE | wxLB_NEEDED_SB);
    members_->SetName(control_name::kPoolMembers);
    members_->SetMinSize(wxSize(FromDIP(120), 4 * members_->GetCharHeight() + FromDIP(16)));
    form->Add(members_, 2, wxEXPAND | wxBOTTOM, FromDIP(4));

    auto* add_row = new wxBoxSizer(wxHORIZONTAL);
    add_choice_ = new wxChoice(this, wxID_ANY);
    add_choice_->SetName(control_name::kPoolAddChoice);
    add_choice_->SetMinSize(wxSize(FromDIP(100), -1));
    add_choice_->SetToolTip(_("What Add Variant adds: another wording of this question from the bank, or a new one of your own"));
    add_row->Add(add_choice_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    add_ = new wxButton(this, wxID_ANY, _("&Add Variant"));
    add_->SetName(control_name::kPoolAdd);
    add_->SetToolTip(_("Add the wording chosen on the left to the pool (Ctrl+Shift+V)"));
    add_row->Add(add_, 0, wxALIGN_CENTER_VERTICAL);
    form->Add(add_row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));

    auto* member_row = new wxBoxSizer(wxHORIZONTAL);
    remove_ = new wxButton(this, wxID_ANY, _("&Remove"));
    remove_->SetName(control_name::kPoolRemove);
    remove_->SetToolTip(_("Remove the selected variant from the pool"));
    member_row->Add(remove_, 0, wxRIGHT, FromDIP(6));
    first_ = new wxButton(this, wxID_ANY, _("Make &First"));
    first_->SetName(control_name::kPoolMakeFirst);
    first_->SetToolTip(_("Make the selected variant the question's own wording; the old wording becomes a variant"));
    member_row->Add(first_, 0);
    form->Add(member_row, 0, wxBOTTOM, FromDIP(6));
    form->Add(new wxStaticLine(this), 0, wxEXPAND | wxBOTTOM, FromDIP(6));

    // The selected member: where it comes from, then its wording and notes.
    auto* source_row = new wxBoxSizer(wxHORIZONTAL);
    source_ = new wxStaticText(this, wxID_ANY, "");
    source_->SetName(control_name::kPoolSource);
    source_->SetMinSize(wxSize(FromDIP(120), -1));
    source_row->Add(source_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    match_ = new wxButton(this, wxID_ANY, _("Ma&tch the Question"));
    match_->SetName(control_name::kPoolMatch);
    match_->SetToolTip(_("Score this variant like the question: its type, main competency and rubric"));
    source_row->Add(match_, 0, wxALIGN_CENTER_VERTICAL);
    form->Add(source_row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));

    form->Add(new wxStaticText(this, wxID_ANY, _("&Wording:")), 0, wxBOTTOM, FromDIP(2));
    text_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_WORDWRAP);
    text_->SetName(control_name::kPoolVariantText);
    text_->SetMinSize(wxSize(FromDIP(120), 3 * text_->GetCharHeight() + FromDIP(12)));
    form->Add(text_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
    listen_ = add_notes_box(form, _("&Listen for (one per line, up to 10):"), _("Signals of a strong answer"),
                            control_name::kPoolVariantListenFor);
    probes_ = add_notes_box(form, _("Pro&bes (one per line, up to 10):"), _("Follow-up questions to dig deeper"),
                            control_name::kPoolVariantProbes);
    flags_ = add_notes_box(form, _("Red fla&gs (one per line, up to 10):"), _("Warning signs in an answer"),
                           control_name::kPoolVariantRedFlags);

    auto* padded = new wxBoxSizer(wxVERTICAL);
    padded->Add(form, 1, wxEXPAND | wxALL, FromDIP(6));
    SetSizer(padded);
    // The page scrolls up and down only: its width is the pane's, and its notes wrap to it.
    SetMinSize(wxSize(FromDIP(200), -1));

    for (wxTextCtrl* box : {text_, listen_, probes_, flags_}) {
        box->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
            event.Skip();
            if (!loading_) typed_ = true;
        });
        box->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            event.Skip();
            commit();
        });
    }
    members_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) {
        const int chosen = members_->GetSelection();
        commit();  // the fields of the member left, as their own step
        if (chosen != wxNOT_FOUND) select_member(static_cast<std::size_t>(chosen));
    });
    toggle_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (is_pool()) dissolve_pool();
        else turn_into_pool();
    });
    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_variant(); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_variant(); });
    first_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { make_first(); });
    match_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { match_question(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x != wrapped_width_) {
            wrapped_width_ = event.GetSize().x;
            CallAfter([this] { wrap_labels(); });
        }
    });
    // Delete in the list removes the selected variant, as in the outline.
    members_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if ((event.GetKeyCode() == WXK_DELETE || event.GetKeyCode() == WXK_NUMPAD_DELETE) &&
            event.GetModifiers() == wxMOD_NONE && can_remove_variant())
            remove_variant();
        else
            event.Skip();
    });
}

wxTextCtrl* PoolEditor::add_notes_box(wxSizer* sizer, const wxString& label, const wxString& tip, const char* name) {
    sizer->Add(new wxStaticText(this, wxID_ANY, label), 0, wxBOTTOM, FromDIP(2));
    auto* box = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_WORDWRAP);
    box->SetMinSize(wxSize(FromDIP(120), 2 * box->GetCharHeight() + FromDIP(12)));
    box->SetToolTip(tip);
    box->SetName(name);
    sizer->Add(box, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
    return box;
}

const KitQuestion* PoolEditor::question() const {
    if (!edits_ || question_id_.empty()) return nullptr;
    return edits_->document().kit().find_question(question_id_);
}

void PoolEditor::show(const KitQuestion* q) {
    if (!q) {
        question_id_.clear();
        typed_ = false;
        return;
    }
    if (q->id != question_id_) {
        question_id_ = q->id;
        shown_member_ = 0;
        typed_ = false;
    }
    if (shown_member_ >= q->pool.size()) {
        shown_member_ = q->pool.size() - 1;
        typed_ = false;
    }
    fill_members(*q);
    fill_offers(*q);
    if (!typed_) load_member();  // text being typed in the same variant stays
    update_buttons();
    update_tab_label();
}

void PoolEditor::fill_members(const KitQuestion& q) {
    wxArrayString items;
    auto entry = [](std::size_t number, const std::string& text) {
        return wxString::Format("%d. %s", static_cast<int>(number),
                                text.empty() ? _("(no text yet)") : one_line(text, 160));
    };
    // TRANSLATORS: the first entry of a pool's members: %s is the question's own wording.
    items.Add(wxString::Format(_("%s  (the question)"), entry(1, q.text)));
    for (std::size_t i = 0; i < q.pool.variants.size(); ++i) items.Add(entry(i + 2, q.pool.variants[i].text));
    if (members_->GetStrings() != items) members_->Set(items);
    if (members_->GetSelection() != static_cast<int>(shown_member_)) members_->SetSelection(static_cast<int>(shown_member_));
}

void PoolEditor::fill_offers(const KitQuestion& q) {
    offers_ = bank_variants_to_add(bank_, q);
    wxArrayString items;
    for (const KitVariant& v : offers_)
        // TRANSLATORS: an entry of the Add Variant list: %s is a bank question's wording.
        items.Add(wxString::Format(_("From the bank: %s"), one_line(v.text, 70)));
    items.Add(_("A new wording of your own"));
    const int chosen = add_choice_->GetSelection();
    if (add_choice_->GetStrings() != items) {
        add_choice_->Set(items);
        add_choice_->SetSelection(0);
    } else if (chosen == wxNOT_FOUND) {
        add_choice_->SetSelection(0);
    }
}

void PoolEditor::load_member() {
    const KitQuestion* q = question();
    if (!q) return;
    loading_ = true;
    const bool own = shown_member_ == 0 || shown_member_ > q->pool.variants.size();
    const KitVariant* v = own ? nullptr : &q->pool.variants[shown_member_ - 1];
    text_->ChangeValue(wx(own ? q->text : v->text));
    listen_->ChangeValue(lines_text(own ? q->listen_for : v->listen_for));
    probes_->ChangeValue(lines_text(own ? q->probes : v->probes));
    flags_->ChangeValue(lines_text(own ? q->red_flags : v->red_flags));
    for (wxTextCtrl* box : {text_, listen_, probes_, flags_}) box->SetEditable(!own);
    wxString source;
    if (own) source = _("The question itself: edit it on the Question tab.");
    else if (v->bank_id.empty()) source = _("Written for this kit.");
    else source = wxString::Format(_("From the bank (%s)."), wx(v->bank_id));
    const bool mismatch = v && differs(*q, *v);
    if (mismatch)
        source += " " + _("It is scored otherwise than the question, so candidates asked it could not be compared.");
    source_text_ = source;
    source_->SetForegroundColour(mismatch ? alert_text_colour() : muted_text_colour());
    source_->SetToolTip(source);
    match_->Show(mismatch);
    loading_ = false;
    typed_ = false;
    wrap_labels();
}

void PoolEditor::wrap_labels() {
    // The notes wrap to the page's width beside their buttons (a label's own width would widen the pane).
    const int width = GetClientSize().x - FromDIP(12);
    const int min = FromDIP(120);
    status_->SetLabel(status_text_);
    source_->SetLabel(source_text_);
    if (width > 0) {
        status_->Wrap(std::max(min, width - toggle_->GetBestSize().x - FromDIP(8)));
        source_->Wrap(std::max(min, width - (match_->IsShown() ? match_->GetBestSize().x + FromDIP(6) : 0)));
    }
    Layout();
    FitInside();
}

void PoolEditor::update_buttons() {
    const KitQuestion* q = question();
    const bool pool = is_pool();
    toggle_->SetLabel(pool ? _("&Dissolve Pool") : _("Turn into &Pool"));
    toggle_->SetToolTip(pool ? _("Make it an ordinary question again; its variants are removed (Ctrl+Z brings them back)")
                             : _("Make it a pool: other wordings of it are rotated between candidates"));
    add_->Enable(can_add_variant());
    add_choice_->Enable(can_add_variant());
    remove_->Enable(can_remove_variant());
    first_->Enable(can_make_first());
    wxString status;
    if (q && !pool)
        status = _("An ordinary question: every candidate is asked it. Add a variant to rotate other wordings "
                   "between candidates.");
    else if (q && q->pool.variants.empty())
        status = _("A pool of one: add variants to rotate between candidates, or dissolve the pool.");
    else if (q) {
        const int size = static_cast<int>(q->pool.size());
        status = wxString::Format(wxPLURAL("A pool of %d wording: each candidate is asked one, chosen by their name.",
                                           "A pool of %d wordings: each candidate is asked one, chosen by their name.",
                                           size),
                                  size);
    }
    if (status_text_ != status) {
        status_text_ = status;
        wrap_labels();
    } else {
        Layout();
    }
}

void PoolEditor::update_tab_label() {
    auto* book = dynamic_cast<wxBookCtrlBase*>(GetParent());
    if (!book) return;
    const int page = book->FindPage(this);
    if (page == wxNOT_FOUND) return;
    const KitQuestion* q = question();
    const wxString label = q && is_pool() ? wxString::Format(_("Variants (%d)"), static_cast<int>(q->pool.size()))
                                          : _("Variants");
    if (book->GetPageText(static_cast<std::size_t>(page)) != label) book->SetPageText(static_cast<std::size_t>(page), label);
}

std::size_t PoolEditor::selected_member() const { return shown_member_; }

void PoolEditor::select_member(std::size_t member) {
    const KitQuestion* q = question();
    if (!q) return;
    shown_member_ = std::min(member, q->pool.size() - 1);
    if (members_->GetSelection() != static_cast<int>(shown_member_)) members_->SetSelection(static_cast<int>(shown_member_));
    load_member();
    update_buttons();
}

KitVariant PoolEditor::edited_variant() const {
    KitVariant v = question()->pool.variants[shown_member_ - 1];
    v.text = trim(utf8(text_->GetValue()));
    v.listen_for = at_most(text_lines(listen_->GetValue()));
    v.probes = at_most(text_lines(probes_->GetValue()));
    v.red_flags = at_most(text_lines(flags_->GetValue()));
    return v;
}

bool PoolEditor::commit() {
    const KitQuestion* q = question();
    if (!typed_ || loading_ || !q || shown_member_ == 0 || shown_member_ > q->pool.variants.size()) {
        typed_ = false;
        return false;
    }
    const KitVariant v = edited_variant();
    typed_ = false;  // what the document then holds is shown again
    const std::string id = question_id_;
    return PoolEdits(*edits_, &owner_).edit_variant(id, shown_member_, v);
}

bool PoolEditor::is_pool() const {
    const KitQuestion* q = question();
    return q && (q->pool.present || !q->pool.variants.empty());
}

bool PoolEditor::can_add_variant() const {
    const KitQuestion* q = question();
    return q && q->pool.size() < kMaxPoolMembers;
}

bool PoolEditor::can_remove_variant() const {
    const KitQuestion* q = question();
    return q && shown_member_ >= 1 && shown_member_ <= q->pool.variants.size();
}

bool PoolEditor::can_make_first() const {
    const KitQuestion* q = question();
    return q && ikit::can_make_first(*q, shown_member_);
}

void PoolEditor::add_variant() {
    commit();
    if (!can_add_variant()) return;
    const int chosen = add_choice_->GetSelection();
    const bool from_bank = chosen >= 0 && static_cast<std::size_t>(chosen) < offers_.size();
    const KitVariant variant = from_bank ? offers_[static_cast<std::size_t>(chosen)] : blank_variant();
    const std::string id = question_id_;
    if (!PoolEdits(*edits_, &owner_).add_variant(id, variant)) return;
    if (const KitQuestion* q = question()) select_member(q->pool.size() - 1);
    if (!from_bank) {
        show_variants();
        text_->SetFocus();
    }
}

void PoolEditor::remove_variant() {
    commit();
    if (!can_remove_variant()) return;
    const std::size_t member = shown_member_;
    const std::string id = question_id_;
    if (PoolEdits(*edits_, &owner_).remove_variant(id, member)) select_member(member - 1);
}

void PoolEditor::make_first() {
    commit();
    if (!can_make_first()) return;
    const std::string id = question_id_;
    if (PoolEdits(*edits_, &owner_).make_first(id, shown_member_)) select_member(0);
}

void PoolEditor::turn_into_pool() {
    commit();
    const std::string id = question_id_;
    if (!id.empty()) PoolEdits(*edits_, &owner_).turn_into_pool(id);
}

void PoolEditor::dissolve_pool() {
    commit();
    const std::string id = question_id_;
    if (!id.empty() && PoolEdits(*edits_, &owner_).dissolve_pool(id)) select_member(0);
}

void PoolEditor::match_question() {
    commit();
    const KitQuestion* q = question();
    if (!q || shown_member_ == 0 || shown_member_ > q->pool.variants.size()) return;
    KitVariant v = q->pool.variants[shown_member_ - 1];
    if (v.type && *v.type != q->type) v.type.reset();
    if (!v.competency_ids.empty() && !q->competency_ids.empty() && v.competency_ids.front() != q->competency_ids.front())
        v.competency_ids.clear();
    if (!v.rubric_id.empty() && v.rubric_id != q->rubric.id) v.rubric_id.clear();
    const std::string id = question_id_;
    PoolEdits(*edits_, &owner_).edit_variant(id, shown_member_, v);
}

void PoolEditor::show_variants() {
    if (auto* book = dynamic_cast<wxBookCtrlBase*>(GetParent())) {
        const int page = book->FindPage(this);
        if (page != wxNOT_FOUND && book->GetSelection() != page) book->SetSelection(static_cast<std::size_t>(page));
    }
    members_->SetFocus();
}

}  // namespace ikit
