#pragma once
/// \file plan_panel.h
/// The Plan workspace: the kit split into a loop of interviews. At the left the kit's questions with
/// the interview each is in; at the right the interviews (number, name, interviewers, time bar), the
/// selected interview's name, length and interviewer slots, and the coverage matrix, all live. Every
/// change goes through the EditPath as one named undo step (plan_edits.h); typed names and lengths are
/// pending edits written before any other change.

#include "commands/plan_actions.h"
#include "pending_edits.h"
#include "workspaces/deferred_refresh.h"

#include <wx/panel.h>
#include <wx/scrolwin.h>

#include <functional>
#include <string>
#include <vector>

class wxBoxSizer;
class wxButton;
class wxGrid;
class wxGridEvent;
class wxSpinCtrl;
class wxSplitterWindow;
class wxStaticText;
class wxTextCtrl;

namespace ikit {

class CoverageGrid;
class EditPath;
class InterviewList;
class KitDocument;
class PlanQuestionList;
class TimeBar;

/// The plan workspace's panel.
class PlanPanel : public wxPanel, public PendingEdits, public PlanActions {
public:
    /// Builds the workspace over `edits` (which must outlive it) and registers its pending edits.
    PlanPanel(wxWindow* parent, EditPath& edits);
    /// Unregisters from the edit path.
    ~PlanPanel() override;

    /// Brings every part in step with the kit now (changes while hidden are shown when next shown).
    void refresh();
    /// Sets what shows the plan workspace (the window's strip does).
    void set_show_handler(std::function<void()> handler) { show_handler_ = std::move(handler); }
    /// Selects a section or question in the question list.
    void select_item(const PlanItem& item);

    // PendingEdits
    bool flush_pending_edits() override;

    // PlanActions
    bool plan_shown() const override { return IsShownOnScreen(); }
    void show_plan() override;
    std::string selected_interview() const override;
    void select_interview(const std::string& id) override;
    std::vector<PlanItem> selected_items() const override;
    void show_assign_menu() override;
    void focus_interview_name() override;
    void add_interviewer_slot() override;
    int selected_interviewer() const override;

private:
    void build_details(wxWindow* parent, wxSizer* sizer);
    void update();
    void arrange(bool narrow);
    void update_interviews();
    void update_details();
    void update_coverage();
    bool commit_name();
    bool commit_minutes();
    void on_slot_changed(wxGridEvent& event);
    bool on_list_key(int key, int modifiers);

    EditPath& edits_;
    const KitDocument& document_;
    wxSplitterWindow* split_ = nullptr;
    PlanQuestionList* questions_ = nullptr;
    wxPanel* right_ = nullptr;
    wxPanel* empty_ = nullptr;       // shown while the kit has no plan
    wxScrolledWindow* loop_ = nullptr;  // the interviews, details and coverage (scrolls when the window is short)
    wxBoxSizer* top_ = nullptr;      // the interviews and the selected one: side by side, or stacked when narrow
    bool narrow_ = false;            // the workspace is too narrow for them side by side
    InterviewList* list_ = nullptr;
    wxButton* remove_ = nullptr;
    wxButton* earlier_ = nullptr;
    wxButton* later_ = nullptr;
    wxStaticText* details_heading_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    TimeBar* time_ = nullptr;
    wxGrid* slots_ = nullptr;
    wxButton* remove_slot_ = nullptr;
    CoverageGrid* coverage_ = nullptr;
    wxStaticText* coverage_note_ = nullptr;
    std::string shown_interview_;    // the interview the details show
    bool loading_ = false;           // the fields are being filled from the kit
    DeferredRefresh deferred_;       // refreshes when shown after a change while hidden
    bool sash_placed_ = false;       // the questions | interviews sash has its first real place
    std::function<void()> show_handler_;
};

}  // namespace ikit
