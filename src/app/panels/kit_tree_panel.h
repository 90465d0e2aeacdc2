#pragma once
/// \file kit_tree_panel.h
/// The kit pane: the kit's sections and questions as an outline, kept in step with the document.
/// Questions are numbered across sections as on the printed scorecard, with a tooltip of their whole
/// text. Questions are reordered by dragging (within and across sections), sections renamed in place (F2),
/// and bank questions or .ikit files dropped onto it.

#include "document/kit_document.h"

#include <wx/panel.h>
#include <wx/treectrl.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxStaticText;

namespace ikit {

/// The centre pane of the main window.
class KitTreePanel : public wxPanel {
public:
    /// Called with dropped bank question ids and where they go.
    using BankDropHandler = std::function<void(const std::vector<std::string>&, QuestionPosition)>;
    /// Called with a dropped kit file.
    using FileDropHandler = std::function<void(const std::string&)>;

    /// Builds the pane over `document` (it must outlive the pane).
    KitTreePanel(wxWindow* parent, KitDocument& document);

    /// Brings the outline in step with the document, keeping selection and folded sections.
    void refresh();
    /// The selected question's id, or "".
    std::string selected_question_id() const;
    /// The selected section, or the section of the selected question; "" when nothing is selected.
    std::string selected_section_id() const;
    /// True when a section (not a question) is selected.
    bool section_selected() const;
    /// Selects a question and shows it.
    void select_question(const std::string& id);
    /// Selects a section and shows it.
    void select_section(const std::string& id);
    /// Where a new question goes: after the selected question, at the end of the selected section,
    /// else at the end of the last section; nullopt when the kit has no section.
    std::optional<QuestionPosition> insertion_point() const;

    /// Sets what happens when the selection changes.
    void set_selection_handler(std::function<void()> handler) { selection_handler_ = std::move(handler); }
    /// Sets what happens when bank questions are dropped.
    void set_bank_drop_handler(BankDropHandler handler) { bank_drop_handler_ = std::move(handler); }
    /// Sets what happens when a kit file is dropped.
    void set_file_drop_handler(FileDropHandler handler) { file_drop_handler_ = std::move(handler); }
    /// Handles a drop at window point `point` of the tree (used by the drop target).
    void drop_bank_questions(const std::vector<std::string>& ids, const wxPoint& point);
    /// Forwards a dropped file.
    void drop_file(const std::string& path);
    /// Highlights the item a drag is over (invalid point = none).
    void highlight_drop(const wxPoint& point);

    wxTreeCtrl* tree() const { return tree_; }  ///< the outline

private:
    struct Node;
    void rebuild();
    void update_labels();
    void update_header();
    const Node* node(const wxTreeItemId& item) const;
    wxString tooltip_of(const wxTreeItemId& item) const;
    std::optional<QuestionPosition> position_at(const wxTreeItemId& item, bool after) const;
    void on_end_drag(wxTreeEvent& event);
    void on_end_label_edit(wxTreeEvent& event);

    KitDocument& document_;
    wxTreeCtrl* tree_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticText* hint_ = nullptr;
    std::vector<std::string> structure_;  // section and question ids as shown
    wxTreeItemId drag_item_;
    wxTreeItemId highlighted_;
    std::function<void()> selection_handler_;
    BankDropHandler bank_drop_handler_;
    FileDropHandler file_drop_handler_;
};

}  // namespace ikit
