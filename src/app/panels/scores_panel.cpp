#include "panels/scores_panel.h"

#include "edit_path.h"
#include "panels/control_names.h"
#include "panels/scorecard_form.h"
#include "panels/ui_style.h"
#include "model/variant_choice.h"
#include "score_session.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>
#include <set>

namespace ikit {

namespace {
bool same_items(const std::vector<ScorecardItem>& a, const std::vector<ScorecardItem>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].label != b[i].label || a[i].scored != b[i].scored || a[i].levels != b[i].levels)
            return false;
    return true;
}

bool same_layout(const ScorecardLayout& a, const ScorecardLayout& b) {
    return same_items(a.questions, b.questions) && same_items(a.competencies, b.competencies) &&
           a.recommendations == b.recommendations;
}

// A rating as the others' list shows it: the rating, "–" for no evidence, with the evidence after it.
wxString rating_cell(std::optional<int> rating, bool present, const std::string& evidence) {
    wxString cell = !present ? wxString() : rating ? wxString::Format("%d", *rating) : wxString(L"\u2013");
    if (!evidence.empty()) cell += (cell.empty() ? "" : "  ") + wx(shorten(evidence, 80));
    return cell;
}
}  // namespace

ScoresPanel::ScoresPanel(wxWindow* parent, ScoreSession& session, EditPath& edits)
    : wxPanel(parent, wxID_ANY), session_(session), edits_(edits), deferred_(*this, [this] { update(); }) {
    SetName(control_name::kScoresPane);
    build();
    session_.set_flush([this] {
        if (form_ && !detached_) form_->commit_pending();
    });
    session_.document().add_listener([this] { refresh(); });
    session_.add_listener([this] { refresh(); });
    edits_.add_change_listener([this] { refresh(); });
    Bind(wxEVT_CHAR_HOOK, &ScoresPanel::on_key, this);
    refresh();
}

void ScoresPanel::build() {
    const int gap = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    candidate_ = make_heading(this, "");
    candidate_->SetName(control_name::kScoresCandidate);
    top->Add(candidate_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    auto* add = new wxButton(this, wxID_ANY, _(L"&New Candidate\u2026"));
    add->SetToolTip(_("Start a candidate's scores in a score file you choose (never inside the kit)"));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { session_.new_candidate(); });
    top->Add(add, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    auto* open = new wxButton(this, wxID_ANY, _(L"&Open Scores\u2026"));
    open->SetToolTip(_("Open a candidate's score file (.iscore)"));
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { session_.open(); });
    top->Add(open, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    save_ = new wxButton(this, wxID_ANY, _("Save Scores"));
    save_->SetToolTip(_("Save the candidate's score file (Ctrl+Alt+S)"));
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { session_.save(); });
    top->Add(save_, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, gap);

    auto* who = new wxBoxSizer(wxHORIZONTAL);
    who->Add(new wxStaticText(this, wxID_ANY, _("Inter&viewer:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    interviewer_ = new wxComboBox(this, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(220), -1), 0, nullptr,
                                  wxCB_DROPDOWN | wxTE_PROCESS_ENTER);
    interviewer_->SetName(control_name::kScoresInterviewer);
    interviewer_->SetHint(_("Name of the interviewer"));
    interviewer_->SetToolTip(_("Choose the interviewer from the kit's plan, or type a name, then Enter"));
    who->Add(interviewer_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    interview_label_ = new wxStaticText(this, wxID_ANY, _("Intervie&w:"));
    who->Add(interview_label_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    interview_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(220), -1));
    interview_->SetName(control_name::kScoresInterview);
    who->Add(interview_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    open_card_ = new wxButton(this, wxID_ANY, _("&Enter Scorecard"));
    open_card_->SetToolTip(_("Open this interviewer's scorecard for entry"));
    who->Add(open_card_, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(who, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);

    banner_ = new wxPanel(this, wxID_ANY);
    banner_->SetName(control_name::kScoresBanner);
    banner_->SetBackgroundColour(wxColour(255, 236, 200));
    auto* banner_sizer = new wxBoxSizer(wxHORIZONTAL);
    banner_text_ = new wxStaticText(banner_, wxID_ANY, "");
    banner_text_->SetForegroundColour(wxColour(90, 50, 0));
    wxFont bold = banner_text_->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    banner_text_->SetFont(bold);
    banner_sizer->Add(banner_text_, 1, wxALL, gap);
    banner_->SetSizer(banner_sizer);
    sizer->Add(banner_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);

    auto* body = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    hint_ = make_hint(this, "");
    left->Add(hint_, 0, wxEXPAND | wxALL, FromDIP(24));
    // A translated hint can be far longer than the English: it takes the room it is given (no wider minimum
    // than a short line) and wraps to it.
    hint_->SetMinSize(wxSize(FromDIP(200), -1));
    form_ = new ScorecardForm(this);
    form_->set_commit_handler([this](const InterviewerScorecard& card, const std::string& description) {
        session_.edit_scorecard(card, description);
    });
    left->Add(form_, 1, wxEXPAND);
    body->Add(left, 1, wxEXPAND);

    others_ = new wxPanel(this, wxID_ANY);
    others_->SetName(control_name::kScoresOthers);
    auto* others_sizer = new wxBoxSizer(wxVERTICAL);
    others_sizer->Add(make_heading(others_, _("Other interviewers")), 0, wxBOTTOM, FromDIP(4));
    others_text_ = new wxStaticText(others_, wxID_ANY, "");
    others_sizer->Add(others_text_, 0, wxEXPAND | wxBOTTOM, gap);
    reveal_ = new wxButton(others_, wxID_ANY, _(L"&Reveal for Debrief\u2026"));
    reveal_->SetName(control_name::kScoresReveal);
    reveal_->SetToolTip(_("Show the other interviewers' ratings of this candidate (after entering your own)"));
    reveal_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { session_.reveal(); });
    others_sizer->Add(reveal_, 0, wxBOTTOM, gap);
    others_list_ = new wxListView(others_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    others_sizer->Add(others_list_, 1, wxEXPAND | wxBOTTOM, FromDIP(4));
    hide_ = new wxButton(others_, wxID_ANY, _("&Hide Again"));
    hide_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { session_.hide_others(); });
    others_sizer->Add(hide_, 0);
    others_->SetSizer(others_sizer);
    others_->SetMinSize(wxSize(FromDIP(330), -1));
    body->Add(others_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    sizer->Add(body, 1, wxEXPAND);
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (hint_wrapped_at_ != hint_width()) {
            wrap_hint();
            CallAfter([this] { Layout(); });
        }
    });

    interviewer_->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) {
        // A name from the plan brings its interview with it.
        const std::string name = utf8(interviewer_->GetValue());
        const Kit& kit = session_.kit();
        for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i)
            for (const auto& slot : kit.plan.interviews[i].interviewers)
                if (!slot.name.empty() && iequals(slot.name, name)) {
                    interview_->SetSelection(static_cast<int>(i));
                    open_typed_interviewer();
                    return;
                }
        open_typed_interviewer();
    });
    interviewer_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { open_typed_interviewer(); });
    open_card_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_typed_interviewer(); });
    interview_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (!session_.interviewer().empty()) open_typed_interviewer();
    });
}

std::string ScoresPanel::chosen_interview_id() const {
    const int at = interview_->GetSelection();
    return at >= 0 && static_cast<std::size_t>(at) < interview_ids_.size() ? interview_ids_[static_cast<std::size_t>(at)]
                                                                            : std::string();
}

void ScoresPanel::open_typed_interviewer() {
    const std::string name = trim(utf8(interviewer_->GetValue()));
    session_.choose_scorecard(name, chosen_interview_id());
    if (!name.empty()) focus_entry();
}

void ScoresPanel::choose_interviewer(const std::string& interviewer, const std::string& interview_id) {
    interviewer_->ChangeValue(wx(interviewer));
    for (std::size_t i = 0; i < interview_ids_.size(); ++i)
        if (interview_ids_[i] == interview_id) interview_->SetSelection(static_cast<int>(i));
    session_.choose_scorecard(interviewer, interview_id);
}

void ScoresPanel::focus_entry() {
    if (form_->IsShown()) form_->focus_first();
    else interviewer_->SetFocus();
}

void ScoresPanel::fill_choosers() {
    const Kit& kit = session_.kit();
    std::vector<std::string> ids;
    for (const auto& interview : kit.plan.interviews) ids.push_back(interview.id);
    if (ids != interview_ids_ || interview_->GetCount() != ids.size()) {
        interview_ids_ = ids;
        interview_->Clear();
        for (const auto& interview : kit.plan.interviews) interview_->Append(label_text(interview.name.empty() ? interview.id : interview.name));
        if (!ids.empty()) interview_->SetSelection(0);
    }
    for (std::size_t i = 0; i < interview_ids_.size(); ++i)
        if (interview_ids_[i] == session_.interview_id()) interview_->SetSelection(static_cast<int>(i));
    const bool plan = !kit.plan.empty();
    interview_label_->Show(plan);
    interview_->Show(plan);

    // The names to choose from: the plan's interviewers, then those with a scorecard for this candidate.
    std::vector<std::string> names;
    std::set<std::string> seen;
    auto add = [&](const std::string& name) {
        if (!name.empty() && seen.insert(ascii_lower(name)).second) names.push_back(name);
    };
    for (const auto& interview : kit.plan.interviews)
        for (const auto& slot : interview.interviewers) add(slot.name);
    if (session_.document().is_open())
        for (const auto& card : session_.document().sheet().scorecards) add(card.interviewer);
    wxArrayString items;
    for (const auto& n : names) items.Add(wx(n));
    if (interviewer_->GetStrings() != items) {
        const wxString typed = interviewer_->GetValue();
        interviewer_->Set(items);
        interviewer_->ChangeValue(typed);
    }
    if (utf8(interviewer_->GetValue()) != session_.interviewer() && !interviewer_->HasFocus())
        interviewer_->ChangeValue(wx(session_.interviewer()));
}

void ScoresPanel::submit() {
    if (form_->IsShown()) form_->submit();
}

void ScoresPanel::detach() {
    detached_ = true;
    form_->set_commit_handler(nullptr);
}

void ScoresPanel::refresh() {
    if (!detached_) deferred_.request();
}

void ScoresPanel::update() {
    if (detached_) return;
    const ScoreDocument& doc = session_.document();
    if (doc.is_open()) {
        const std::string file = doc.path().empty() ? utf8(_("not saved")) : utf8(wxFileName(wx(doc.path())).GetFullName());
        candidate_->SetLabel(label_text((doc.modified() ? "*" : "") + doc.display_name() + "  (" + file + ")"));
    } else {
        candidate_->SetLabel(_("No candidate chosen"));
    }
    save_->Enable(doc.is_open());
    interviewer_->Enable(doc.is_open());
    interview_->Enable(doc.is_open());
    open_card_->Enable(doc.is_open());
    fill_choosers();

    const std::string banner = session_.mismatch_message();
    banner_text_->SetLabel(label_text(banner));
    banner_->Show(!banner.empty());
    if (!banner.empty()) banner_text_->Wrap(std::max(FromDIP(300), GetClientSize().x - FromDIP(40)));
    show_form();
    show_others();
    Layout();
}

void ScoresPanel::show_form() {
    const ScoreDocument& doc = session_.document();
    std::string hint;
    if (!doc.is_open())
        hint = utf8(_(L"Choose New Candidate\u2026 to start a candidate's scores, or Open Scores\u2026 to continue them.\n"
                       "Scores are personal data: they are kept in a file of their own, where you choose, never in the kit."));
    else if (session_.interviewer().empty())
        hint = utf8(_("Choose the interviewer whose scorecard to enter (or type their name), then press Enter."));
    hint_text_ = wx(hint);
    hint_wrapped_at_ = 0;
    hint_->SetLabel(hint_text_);
    wrap_hint();
    hint_->Show(!hint.empty());
    form_->Show(hint.empty());
    if (!hint.empty()) {
        shown_key_.clear();
        return;
    }
    // The kit with the wording of each pooled question this candidate is asked (issue 19).
    const Kit kit = kit_for_candidate(session_.kit(), doc.sheet().candidate);
    const Interview* interview = kit.plan.find(session_.interview_id());
    ScorecardLayout layout = scorecard_layout(kit, kit.plan.empty() ? nullptr : interview);
    InterviewerScorecard card;
    card.interviewer = session_.interviewer();
    card.interview_id = session_.interview_id();
    if (const InterviewerScorecard* found = session_.scorecard()) card = *found;
    const std::string key = doc.path() + "\n" + doc.sheet().candidate + "\n" + session_.interviewer() + "\n" +
                            session_.interview_id() + "\n" + (session_.read_only() ? "r" : "w");
    if (key == shown_key_ && same_layout(layout, shown_layout_)) {
        form_->reload(card);
        return;
    }
    shown_key_ = key;
    shown_layout_ = layout;
    form_->show(layout, card, session_.read_only());
}

void ScoresPanel::show_others() {
    const ScoreDocument& doc = session_.document();
    std::vector<const InterviewerScorecard*> others;
    if (doc.is_open())
        for (const auto& card : doc.sheet().scorecards)
            if (session_.interviewer().empty() ||
                !(iequals(card.interviewer, session_.interviewer()) && card.interview_id == session_.interview_id()))
                others.push_back(&card);
    const bool visible = session_.others_visible();
    wxString text;
    const int count = static_cast<int>(others.size());
    if (!doc.is_open()) text = _("None yet.");
    else if (others.empty()) text = _("No other scorecards for this candidate yet.");
    else if (!visible)
        text = wxString::Format(wxPLURAL("%d other scorecard for this candidate stays hidden while this one is open for "
                                         "entry, so they cannot sway it.",
                                         "%d other scorecards for this candidate stay hidden while this one is open for "
                                         "entry, so they cannot sway it.",
                                         count),
                                count);
    else text = wxString::Format(wxPLURAL("%d other scorecard, revealed for the debrief.",
                                          "%d other scorecards, revealed for the debrief.", count),
                                 count);
    others_text_->SetLabel(text);
    others_text_->Wrap(FromDIP(320));
    reveal_->Show(doc.is_open() && !others.empty() && !visible);
    hide_->Show(session_.revealed());
    others_list_->Show(visible && !others.empty());

    others_list_->DeleteAllItems();
    others_list_->DeleteAllColumns();
    if (!visible || others.empty()) return;
    // TRANSLATORS: column header of the others' ratings: the question or competency rated.
    others_list_->AppendColumn(_("Item"), wxLIST_FORMAT_LEFT, std::max(FromDIP(110), others_list_->GetTextExtent(_("Item")).x + FromDIP(24)));
    for (const auto* card : others) {
        const Interview* interview = session_.kit().plan.find(card->interview_id);
        const std::string title = card->interviewer + (interview ? " (" + interview->name + ")" : std::string());
        others_list_->AppendColumn(wx(title), wxLIST_FORMAT_LEFT, FromDIP(140));
    }
    auto add_row = [&](const wxString& item, auto cell_of) {
        const long row = others_list_->InsertItem(others_list_->GetItemCount(), item);
        for (std::size_t c = 0; c < others.size(); ++c) others_list_->SetItem(row, static_cast<int>(c) + 1, cell_of(*others[c]));
    };
    // Every question any of them rated, in kit order, then competencies, then the recommendation.
    int number = 0;
    for (const auto& section : session_.kit().sections)
        for (const auto& q : section.questions) {
            ++number;
            bool rated = false;
            for (const auto* card : others)
                for (const auto& r : card->questions) rated = rated || r.question_id == q.id;
            if (!rated) continue;
            // TRANSLATORS: a question's number in a narrow list column, as in "Q3".
            add_row(wxString::Format(_("Q%d"), number), [&](const InterviewerScorecard& card) {
                for (const auto& r : card.questions)
                    if (r.question_id == q.id) return rating_cell(r.rating, true, r.evidence);
                return wxString();
            });
        }
    std::vector<std::string> competencies;
    for (const auto* card : others)
        for (const auto& c : card->competencies)
            if (std::find(competencies.begin(), competencies.end(), c.competency_id) == competencies.end())
                competencies.push_back(c.competency_id);
    for (const auto& id : competencies)
        add_row(label_text(session_.kit().competency_name(id)), [&](const InterviewerScorecard& card) {
            for (const auto& c : card.competencies)
                if (c.competency_id == id) return rating_cell(c.rating, c.rating.has_value(), c.evidence);
            return wxString();
        });
    add_row(_("Overall"), [](const InterviewerScorecard& card) { return wx(card.recommendation); });
    add_row(_("Submitted"), [](const InterviewerScorecard& card) { return card.submitted.empty() ? _("not yet") : wx(card.submitted); });
}

void ScoresPanel::on_key(wxKeyEvent& event) {
    // Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) here undo and redo score edits, never the kit's.
    const int key = event.GetKeyCode();
    const bool ctrl = event.GetModifiers() == wxMOD_CONTROL || event.GetModifiers() == (wxMOD_CONTROL | wxMOD_SHIFT);
    if (ctrl && (key == 'Z' || key == 'Y')) {
        session_.flush();
        const bool redo = key == 'Y' || event.ShiftDown();
        if (redo) session_.document().redo();
        else session_.document().undo();
        return;
    }
    event.Skip();
}

int ScoresPanel::hint_width() const {
    const int others = others_ && others_->IsShown() ? others_->GetSize().x + 2 * FromDIP(8) : 0;
    return std::max(FromDIP(200), GetClientSize().x - others - 2 * FromDIP(24));
}

void ScoresPanel::wrap_hint() {
    hint_wrapped_at_ = hint_width();
    hint_->SetLabel(hint_text_);
    hint_->Wrap(hint_wrapped_at_);
}

}  // namespace ikit
