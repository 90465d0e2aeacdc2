#pragma once
/// \file bank_panel.h
/// The question bank pane: role, competency, type and text filters, the virtual list of matching
/// questions above the selected question's details (a splitter between them), and the ways to add
/// questions to the kit. Each row's tooltip has the whole question; questions the kit holds are marked.

#include "app_services.h"

#include <wx/panel.h>

#include <functional>
#include <set>
#include <string>
#include <vector>

class wxButton;
class wxCheckListBox;
class wxChoice;
class wxDataViewCtrl;
class wxDataViewEvent;
class wxHtmlWindow;
class wxSearchCtrl;
class wxSplitterWindow;
class wxStaticText;

namespace ikit {

class BankListModel;

/// The left pane of the main window.
class BankPanel : public wxPanel {
public:
    /// Called with the questions the user asked to add to the kit.
    using AddHandler = std::function<void(const std::vector<const Question*>&)>;

    /// Builds the pane over the services' bank, showing every question.
    BankPanel(wxWindow* parent, const AppServices& services);
    ~BankPanel() override;

    /// Sets what happens when the user adds questions (double-click, button).
    void set_add_handler(AddHandler handler) { add_handler_ = std::move(handler); }
    /// The questions selected in the list, in list order.
    std::vector<const Question*> selected_questions() const;
    /// Number of questions the list shows.
    std::size_t shown_count() const;
    /// Selects the role filter (e.g. the kit's role); "" = any role.
    void set_role_filter(const std::string& role_id);

    /// Marks the bank questions the kit holds (by bank id) in the list.
    void set_questions_in_kit(std::set<std::string> bank_ids);
    /// Puts the keyboard focus in the search box, its text selected (Ctrl+F).
    void focus_search();

    /// Where the list ends and the question's details begin (pixels from the top).
    int details_split() const;
    /// Moves the border between the list and the details.
    void set_details_split(int position);

private:
    void build_filters(wxSizer* sizer);
    void build_columns();
    void fit_columns();
    void show_row_tooltip();
    BankFilter current_filter() const;
    void apply_filter();
    void show_details();
    void add_selected();
    void on_begin_drag(wxDataViewEvent& event);

    const AppServices& services_;
    const QuestionBank& bank_;
    AddHandler add_handler_;
    BankListModel* model_ = nullptr;
    wxChoice* role_ = nullptr;
    wxChoice* type_ = nullptr;
    wxCheckListBox* competencies_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxSplitterWindow* splitter_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxHtmlWindow* details_ = nullptr;
    wxButton* add_button_ = nullptr;
    BankFilter last_filter_;
    bool have_last_ = false;
    const Question* tooltip_question_ = nullptr;
    std::set<std::string> in_kit_;
};

}  // namespace ikit
