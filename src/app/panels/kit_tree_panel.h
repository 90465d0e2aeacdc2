#pragma once
/// \file kit_tree_panel.h
/// The kit pane: the kit's sections and questions as an outline, kept in step with the document.
/// Questions are numbered across sections as on the printed scorecard, with a tooltip of their whole
/// text. Questions are reordered by dragging (within and across sections), sections renamed in place (F2),
/// and bank questions or .ikit files dropped onto it. It shows the KitSelection and writes the user's
/// choice to it; its changes to the kit go through the EditPath. A question that is a pool of variants
/// says so before its text ("[pool of 3]"), with a pool icon and its other wordings in the tooltip.

#include "checks/kit_checks.h"
#include "document/kit_document.h"

#include <wx/panel.h>
#include <wx/treectrl.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

class wxStaticText;

namespace ikit {

class EditPath;
class KitSelection;

/// The centre pane of the main window.
class KitTreePanel : public wxPanel {
public:
    /// Called with dropped bank question ids and where they go.
    using BankDropHandler = std::function<void(const std::vector<std::string>&, QuestionPosition)>;
    /// Called with a dropped kit file.
    using FileDropHandler = std::function<void(const std::string&)>;

    /// Called with true for Alt+Up (move the selected question up), false for Alt+Down.
    using MoveHandler = std::function<void(bool up)>;

    /// Builds the pane over the document of `edits`, showing `selection` (both must outlive the pane).
    KitTreePanel(wxWindow* parent, EditPath& edits, KitSelection& selection);

    /// Brings the outline in step with the document, keeping the selection and folded sections.
    void refresh();

    /// Sets what Alt+Up and Alt+Down do (the outline would otherwise take them as plain arrows).
    void set_move_handler(MoveHandler handler) { move_handler_ = std::move(handler); }
    /// Sets what happens when bank questions are dropped.
    void set_bank_drop_handler(BankDropHandler handler) { bank_drop_handler_ = std::move(handler); }
    /// Sets what happens when a kit file is dropped.
    void set_file_drop_handler(FileDropHandler handler) { file_drop_handler_ = std::move(handler); }
    /// Handles a drop of bank questions at window point `point` of the outline (from its drop target).
    void drop_bank_questions(const std::vector<std::string>& ids, const wxPoint& point);
    /// Forwards a dropped file.
    void drop_file(const std::string& path);
    /// Highlights the item a drag is over (invalid point = none).
    void highlight_drop(const wxPoint& point);
    /// Marks the questions these findings are about: an error or warning icon, errors in the alert
    /// colour, and the findings' messages in the question's tooltip (a pool's advice too).
    void set_findings(const std::vector<Finding>& findings);

private:
    struct Node;
    void rebuild();
    void show_selection();
    void on_tree_selection();
    wxTreeItemId find_item(const std::string& id, bool section_item) const;
    void update_labels();
    void update_header();
    void mark(const wxTreeItemId& item, const KitQuestion& question);
    const Node* node(const wxTreeItemId& item) const;
    wxString tooltip_of(const wxTreeItemId& item) const;
    std::optional<QuestionPosition> position_at(const wxTreeItemId& item, bool after) const;
    void on_end_drag(wxTreeEvent& event);
    void on_end_label_edit(wxTreeEvent& event);

    EditPath& edits_;
    const KitDocument& document_;
    KitSelection& selection_;
    wxTreeCtrl* tree_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticText* hint_ = nullptr;
    std::vector<std::string> structure_;  // section and question ids as shown
    wxTreeItemId drag_item_;
    wxTreeItemId highlighted_;
    bool showing_selection_ = false;  // the outline is being set from the selection, not by the user
    MoveHandler move_handler_;
    BankDropHandler bank_drop_handler_;
    FileDropHandler file_drop_handler_;
    std::map<std::string, std::vector<Finding>> findings_;  // by question id
};

}  // namespace ikit
