#pragma once
/// \file plan_question_list.h
/// The plan's left pane: the kit's sections and questions with the interview each is asked in and
/// its minutes. Sections and questions are dragged from here onto an interview, or assigned from the
/// context menu (Assign to Interview ▸) and keys: 1–9 assigns the selection to that interview, 0 takes
/// it out of the plan, the menu key or Shift+F10 opens the menu.

#include "commands/plan_edits.h"
#include "document/kit_document.h"

#include <wx/panel.h>
#include <wx/treelist.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

class wxStaticText;

namespace ikit {

/// The kit's questions as the plan sees them.
class PlanQuestionList : public wxPanel {
public:
    /// Called with the items to assign and the interview id ("" = none).
    using AssignHandler = std::function<void(const std::vector<PlanItem>&, const std::string&)>;

    /// Builds the pane over `document` (which must outlive it).
    PlanQuestionList(wxWindow* parent, const KitDocument& document);

    /// Brings the list in step with the kit (keeping the selection and folded sections).
    void refresh();
    /// The selected sections and questions, in kit order.
    std::vector<PlanItem> selected_items() const;
    /// Selects one section or question (and shows it).
    void select(const PlanItem& item);
    /// The interview shown for `item` in the Interview column ("" = none, "mixed" for a split section).
    std::string interview_label(const PlanItem& item) const;
    /// Opens the Assign to Interview menu below the selection.
    void show_assign_menu();
    /// Sets what an assignment from the menu or keys does.
    void set_assign_handler(AssignHandler handler) { assign_handler_ = std::move(handler); }
    /// Called when the selection changes (with the first selected item).
    void set_select_handler(std::function<void(const PlanItem&)> handler) { select_handler_ = std::move(handler); }

private:
    void rebuild();
    void fit_columns();
    void update_texts();
    void assign(const std::string& interview_id);
    bool on_key(wxKeyEvent& event);
    wxTreeListItem find(const PlanItem& item) const;
    const PlanItem* item_of(const void* id) const;

    const KitDocument& document_;
    wxTreeListCtrl* tree_ = nullptr;
    wxStaticText* hint_ = nullptr;
    int hint_width_ = 0;
    int last_text_width_ = 0;
    std::vector<std::string> structure_;         // section and question ids as shown
    std::vector<std::pair<wxTreeListItem, PlanItem>> items_;  // every row and what it shows
    AssignHandler assign_handler_;
    std::function<void(const PlanItem&)> select_handler_;
};

}  // namespace ikit
