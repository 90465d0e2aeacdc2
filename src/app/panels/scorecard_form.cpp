#include "panels/scorecard_form.h"

#include "panels/control_names.h"
#include "panels/rating_field.h"
#include "panels/ui_style.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

namespace ikit {

namespace {

ScaleLevels recommendation_levels(const std::vector<std::string>& labels) {
    ScaleLevels levels;
    for (std::size_t i = 0; i < labels.size() && i < 9; ++i) levels.emplace_back(static_cast<int>(i) + 1, labels[i]);
    return levels;
}
}  // namespace

ScorecardForm::ScorecardForm(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL) {
    SetName(control_name::kScorecardForm);
    SetScrollRate(0, FromDIP(12));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { wrap_texts(); });
    });
    // Tabbing to a field below the fold brings it into view.
    Bind(wxEVT_CHILD_FOCUS, [this](wxChildFocusEvent& event) {
        event.Skip();
        wxWindow* child = event.GetWindow();
        if (!child || child == this) return;
        const wxRect shown(wxPoint(0, 0), GetClientSize());
        wxRect rect = child->GetRect();
        for (wxWindow* w = child->GetParent(); w && w != this; w = w->GetParent()) rect.Offset(w->GetPosition());
        if (shown.Contains(rect)) return;
        int unit_x = 0, unit_y = 1;
        GetScrollPixelsPerUnit(&unit_x, &unit_y);
        if (unit_y <= 0) return;
        int view_x = 0, view_y = 0;
        GetViewStart(&view_x, &view_y);
        const int top = view_y * unit_y + rect.y - GetClientSize().y / 3;
        Scroll(-1, std::max(0, top / unit_y));
    });
}

void ScorecardForm::show(const ScorecardLayout& layout, const InterviewerScorecard& card, bool read_only) {
    layout_ = layout;
    card_ = card;
    read_only_ = read_only;
    build();
    fill();
}

void ScorecardForm::reload(const InterviewerScorecard& card) {
    card_ = card;
    fill();
}

void ScorecardForm::build() {
    Freeze();
    DestroyChildren();
    questions_.clear();
    competencies_.clear();
    wrapped_width_ = -1;
    const int gap = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto add_rows = [&](const std::vector<ScorecardItem>& items, std::vector<Row>& rows, const char* rating_prefix,
                        const char* evidence_prefix, const std::string& zero_label, const wxString& hint) {
        auto* grid = new wxFlexGridSizer(3, FromDIP(4), gap);
        grid->AddGrowableCol(0, 3);
        grid->AddGrowableCol(2, 4);
        for (const auto& item : items) {
            Row row;
            row.id = item.id;
            const std::string label = item.number > 0 ? std::to_string(item.number) + ".  " + item.label : item.label;
            row.label = label_text(label);
            row.text = new wxStaticText(this, wxID_ANY, row.label);
            grid->Add(row.text, 0, wxALIGN_CENTER_VERTICAL | wxEXPAND);
            if (!item.scored) {
                auto* none = new wxStaticText(this, wxID_ANY, _("Not scored"));
                none->SetForegroundColour(muted_text_colour());
                grid->Add(none, 0, wxALIGN_CENTER_VERTICAL);
                grid->AddSpacer(0);
            } else {
                row.rating = new RatingField(this, item.levels, zero_label);
                row.rating->box()->SetName(rating_prefix + item.id);
                row.rating->set_read_only(read_only_);
                // The name of the undo step.
                const std::string step = item.number > 0 ? utf8(wxString::Format(_("Rate question %d"), item.number))
                                                         : utf8(wxString::Format(_("Rate %s"), wx(item.label)));
                row.rating->set_change_handler([this, step] { commit(step); });
                grid->Add(row.rating, 0, wxALIGN_CENTER_VERTICAL);
                row.evidence = new wxTextCtrl(this, wxID_ANY);
                row.evidence->SetName(evidence_prefix + item.id);
                row.evidence->SetHint(hint);
                row.evidence->SetEditable(!read_only_);
                bind_text(row.evidence);
                grid->Add(row.evidence, 1, wxALIGN_CENTER_VERTICAL | wxEXPAND);
            }
            rows.push_back(row);
        }
        sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    };

    sizer->Add(make_heading(this, _("Questions")), 0, wxALL, gap);
    if (layout_.questions.empty()) sizer->Add(make_hint(this, _("No questions are assigned to this interview.")), 0, wxLEFT, gap);
    add_rows(layout_.questions, questions_, control_name::kScoreRatingPrefix, control_name::kScoreEvidencePrefix,
             utf8(_("No evidence")), _("Evidence: what the candidate said or did"));

    sizer->Add(make_heading(this, _("Competencies")), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    auto* competency_hint = new wxStaticText(this, wxID_ANY, _("Left empty, a competency counts as the mean of its questions' ratings."));
    competency_hint->SetForegroundColour(muted_text_colour());
    sizer->Add(competency_hint, 0, wxLEFT | wxRIGHT | wxBOTTOM, gap);
    add_rows(layout_.competencies, competencies_, control_name::kScoreCompetencyPrefix,
             control_name::kScoreCompetencyNotePrefix, "", _("A short note"));

    sizer->Add(make_heading(this, _("Overall recommendation")), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    auto* overall = new wxBoxSizer(wxHORIZONTAL);
    recommendation_ = new RatingField(this, recommendation_levels(layout_.recommendations), "");
    recommendation_->box()->SetName(control_name::kScoreRecommendation);
    recommendation_->set_read_only(read_only_);
    recommendation_->set_change_handler([this] {
        // TRANSLATORS: the name of an undo step: the interviewer's overall recommendation was chosen.
        commit(utf8(_("Recommend")));
    });
    overall->Add(recommendation_, 0, wxALIGN_CENTER_VERTICAL);
    std::vector<std::string> choices;
    for (std::size_t i = 0; i < layout_.recommendations.size() && i < 9; ++i)
        choices.push_back(std::to_string(i + 1) + " " + layout_.recommendations[i]);
    auto* scale = new wxStaticText(this, wxID_ANY, label_text(join(choices, "   \u00b7   ")));
    scale->SetForegroundColour(muted_text_colour());
    overall->Add(scale, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, gap);
    sizer->Add(overall, 0, wxEXPAND | wxALL, gap);

    auto add_text = [&](const wxString& heading, const char* name, const wxString& hint) {
        sizer->Add(new wxStaticText(this, wxID_ANY, heading), 0, wxLEFT | wxRIGHT, gap);
        auto* text = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(64)), wxTE_MULTILINE);
        text->SetName(name);
        text->SetHint(hint);
        text->SetEditable(!read_only_);
        bind_text(text);
        sizer->Add(text, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
        return text;
    };
    notes_ = add_text(_("&Notes"), control_name::kScoreNotes, _("Evidence notes"));
    takeaways_ = add_text(_("&Key take-aways"), control_name::kScoreTakeaways, _("What the panel should hear first"));

    auto* submit_row = new wxBoxSizer(wxHORIZONTAL);
    submit_ = new wxButton(this, wxID_ANY, _("S&ubmit Scorecard"));
    submit_->SetName(control_name::kScoreSubmit);
    submit_->SetToolTip(_("Record today as the date this scorecard was submitted"));
    submit_->Enable(!read_only_);
    submit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
    submit_row->Add(submit_, 0, wxALIGN_CENTER_VERTICAL);
    submitted_ = new wxStaticText(this, wxID_ANY, "");
    submit_row->Add(submitted_, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, gap);
    sizer->Add(submit_row, 0, wxEXPAND | wxALL, gap);

    SetSizer(sizer, true);
    FitInside();
    Thaw();
    CallAfter([this] { wrap_texts(); });
}

void ScorecardForm::bind_text(wxTextCtrl* text) {
    text->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        commit_pending();
    });
}

void ScorecardForm::fill() {
    filling_ = true;
    auto find_question = [this](const std::string& id) -> const QuestionRating* {
        for (const auto& q : card_.questions)
            if (q.question_id == id) return &q;
        return nullptr;
    };
    auto find_competency = [this](const std::string& id) -> const CompetencyRating* {
        for (const auto& c : card_.competencies)
            if (c.competency_id == id) return &c;
        return nullptr;
    };
    for (auto& row : questions_) {
        if (!row.rating) continue;
        const QuestionRating* q = find_question(row.id);
        // A question with an entry but no rating was marked "no evidence" (0); without an entry it is not rated yet.
        row.rating->set_value(q ? std::optional<int>(q->rating.value_or(0)) : std::nullopt);
        row.evidence->ChangeValue(wx(q ? q->evidence : std::string()));
    }
    for (auto& row : competencies_) {
        const CompetencyRating* c = find_competency(row.id);
        row.rating->set_value(c ? c->rating : std::nullopt);
        row.evidence->ChangeValue(wx(c ? c->evidence : std::string()));
    }
    std::optional<int> recommended;
    for (std::size_t i = 0; i < layout_.recommendations.size(); ++i)
        if (layout_.recommendations[i] == card_.recommendation) recommended = static_cast<int>(i) + 1;
    recommendation_->set_value(recommended);
    notes_->ChangeValue(wx(card_.notes));
    takeaways_->ChangeValue(wx(card_.takeaways));
    update_submitted();
    filling_ = false;
}

void ScorecardForm::update_submitted() {
    if (card_.submitted.empty()) {
        submitted_->SetLabel(_("Not submitted yet"));
        submitted_->SetForegroundColour(muted_text_colour());
    } else {
        submitted_->SetLabel(wxString::Format(_("Submitted %s"), wx(card_.submitted)));
        submitted_->SetForegroundColour(ok_text_colour());
    }
    submit_->SetLabel(card_.submitted.empty() ? _("S&ubmit Scorecard") : _("S&ubmit Again (Today)"));
}

InterviewerScorecard ScorecardForm::scorecard() const {
    InterviewerScorecard card = card_;
    for (const auto& row : questions_) {
        if (!row.rating) continue;
        const std::string evidence = trim(utf8(row.evidence->GetValue()));
        auto at = std::find_if(card.questions.begin(), card.questions.end(),
                               [&](const QuestionRating& q) { return q.question_id == row.id; });
        const bool wanted = row.rating->value().has_value() || !evidence.empty();
        if (!wanted) {
            if (at != card.questions.end()) card.questions.erase(at);
            continue;
        }
        if (at == card.questions.end()) {
            QuestionRating q;
            q.question_id = row.id;
            card.questions.push_back(q);
            at = card.questions.end() - 1;
        }
        const auto value = row.rating->value();
        at->rating = value && *value > 0 ? value : std::nullopt;
        at->evidence = evidence;
    }
    for (const auto& row : competencies_) {
        const std::string evidence = trim(utf8(row.evidence->GetValue()));
        auto at = std::find_if(card.competencies.begin(), card.competencies.end(),
                               [&](const CompetencyRating& c) { return c.competency_id == row.id; });
        if (!row.rating->value() && evidence.empty()) {
            if (at != card.competencies.end()) card.competencies.erase(at);
            continue;
        }
        if (at == card.competencies.end()) {
            CompetencyRating c;
            c.competency_id = row.id;
            card.competencies.push_back(c);
            at = card.competencies.end() - 1;
        }
        at->rating = row.rating->value();
        at->evidence = evidence;
    }
    // Questions and competencies in the order of the form (kit order), whatever order they were rated in.
    auto position = [](const std::vector<Row>& rows, const std::string& id) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i].id == id) return i;
        return rows.size();
    };
    std::stable_sort(card.questions.begin(), card.questions.end(), [&](const QuestionRating& a, const QuestionRating& b) {
        return position(questions_, a.question_id) < position(questions_, b.question_id);
    });
    std::stable_sort(card.competencies.begin(), card.competencies.end(), [&](const CompetencyRating& a, const CompetencyRating& b) {
        return position(competencies_, a.competency_id) < position(competencies_, b.competency_id);
    });
    const auto recommended = recommendation_->value();
    card.recommendation = recommended && *recommended >= 1 && *recommended <= static_cast<int>(layout_.recommendations.size())
                              ? layout_.recommendations[static_cast<std::size_t>(*recommended - 1)]
                              : std::string();
    card.notes = trim(utf8(notes_->GetValue()));
    card.takeaways = trim(utf8(takeaways_->GetValue()));
    return card;
}

void ScorecardForm::submit() {
    if (read_only_) return;
    InterviewerScorecard card = scorecard();
    card.submitted = today_iso_date();
    if (card == card_) return;
    card_ = card;
    update_submitted();
    if (commit_) commit_(card, utf8(_("Submit scorecard")));
}

void ScorecardForm::commit(const std::string& description) {
    if (filling_ || read_only_) return;
    const InterviewerScorecard card = scorecard();
    if (card == card_) return;
    card_ = card;
    update_submitted();
    if (commit_) commit_(card, description);
}

bool ScorecardForm::commit_pending() {
    if (filling_ || read_only_ || !notes_) return false;
    const InterviewerScorecard card = scorecard();
    if (card == card_) return false;
    commit(utf8(_("Edit notes")));
    return true;
}

void ScorecardForm::focus_first() {
    for (const auto& row : questions_)
        if (row.rating) {
            row.rating->box()->SetFocus();
            return;
        }
    if (!competencies_.empty()) competencies_.front().rating->box()->SetFocus();
    else if (recommendation_) recommendation_->box()->SetFocus();
}

void ScorecardForm::wrap_texts() {
    const int width = GetClientSize().x;
    if (width <= 0 || width == wrapped_width_) return;
    wrapped_width_ = width;
    // The text column takes 3/7 of what the rating boxes leave.
    int rating_width = 0;
    for (const auto& row : questions_)
        if (row.rating) rating_width = std::max(rating_width, row.rating->GetBestSize().x);
    const int text_width = std::max(FromDIP(220), (width - rating_width - FromDIP(40)) * 3 / 7);
    Freeze();
    for (auto* rows : {&questions_, &competencies_})
        for (auto& row : *rows) {
            row.text->SetLabel(row.label);  // unwrap before wrapping again
            row.text->Wrap(text_width);
        }
    Layout();
    FitInside();
    Thaw();
}

}  // namespace ikit
