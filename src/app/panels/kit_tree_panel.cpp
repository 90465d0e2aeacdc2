#include "panels/kit_tree_panel.h"

#include "edit_path.h"
#include "kit_selection.h"
#include "panels/control_names.h"
#include "panels/display_text.h"
#include "panels/drag_formats.h"
#include "panels/kit_summary.h"
#include "panels/ui_style.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/dnd.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wupdlock.h>

#include <algorithm>
#include <set>

namespace ikit {

struct KitTreePanel::Node : public wxTreeItemData {
    Node(bool is_section, std::string node_id) : section(is_section), id(std::move(node_id)) {}
    bool section;
    std::string id;
};

namespace {

enum { kImageSection = 0, kImageQuestion, kImageCustom, kImageError, kImageWarning, kImagePool };

/// True when the question is a pool (of one or more members).
bool is_pool(const KitQuestion& q) { return q.pool.present || !q.pool.variants.empty(); }

/// The outline's line for a question: a pool says so, with its size, before its (long) text.
std::string outline_label(const KitQuestion& q, int number) {
    if (!is_pool(q)) return question_label(q, number);
    const int size = static_cast<int>(q.pool.size());
    // TRANSLATORS: the outline's badge before a pooled question's text; %d is the number of wordings.
    const wxString badge = wxString::Format(wxPLURAL("[pool of %d]", "[pool of %d]", size), size);
    KitQuestion shown = q;
    shown.text = utf8(badge) + "  " + (q.text.empty() ? utf8(_("(no text yet)")) : q.text);
    return question_label(shown, number);
}

/// Accepts bank questions and kit files dropped on the outline.
class KitDropTarget : public wxDropTarget {
public:
    explicit KitDropTarget(KitTreePanel& panel) : panel_(panel) {
        auto* composite = new wxDataObjectComposite;
        bank_ = new BankQuestionData;
        files_ = new wxFileDataObject;
        composite->Add(bank_, true);
        composite->Add(files_);
        SetDataObject(composite);
    }
    wxDragResult OnDragOver(wxCoord x, wxCoord y, wxDragResult def) override {
        panel_.highlight_drop(wxPoint(x, y));
        return def == wxDragMove ? wxDragCopy : def;
    }
    void OnLeave() override { panel_.highlight_drop(wxDefaultPosition); }
    wxDragResult OnData(wxCoord x, wxCoord y, wxDragResult) override {
        panel_.highlight_drop(wxDefaultPosition);
        if (!GetData()) return wxDragNone;
        auto* composite = static_cast<wxDataObjectComposite*>(GetDataObject());
        if (composite->GetReceivedFormat() == bank_question_format()) {
            panel_.drop_bank_questions(bank_->ids(), wxPoint(x, y));
        } else {
            const wxArrayString& names = files_->GetFilenames();
            if (!names.empty()) panel_.drop_file(utf8(names[0]));
        }
        return wxDragCopy;
    }

private:
    KitTreePanel& panel_;
    BankQuestionData* bank_;
    wxFileDataObject* files_;
};

}  // namespace

KitTreePanel::KitTreePanel(wxWindow* parent, EditPath& edits, KitSelection& selection)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, control_name::kKitPane),
      edits_(edits), document_(edits.document()), selection_(selection) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(make_heading(this, _("Interview kit")), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    summary_ = new wxStaticText(this, wxID_ANY, "");
    sizer->Add(summary_, 0, wxALL, FromDIP(8));
    hint_ = make_hint(this, _("Add questions from the bank on the left:\ndouble-click them, press Add to Kit,\nor drag them here."));
    sizer->Add(hint_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    tree_ = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_EDIT_LABELS |
                               wxTR_FULL_ROW_HIGHLIGHT | wxTR_NO_LINES);
    tree_->SetName(control_name::kKitOutline);
    wxVector<wxBitmapBundle> images;
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_FOLDER, wxART_LIST));
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_NORMAL_FILE, wxART_LIST));
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_EDIT, wxART_LIST));
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_ERROR, wxART_LIST));
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_LIST));
    images.push_back(wxArtProvider::GetBitmapBundle(wxART_COPY, wxART_LIST));  // a pool: several wordings
    tree_->SetImages(images);
    tree_->SetDropTarget(new KitDropTarget(*this));
    sizer->Add(tree_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    SetSizer(sizer);

    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent&) { on_tree_selection(); });
    tree_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        const int key = event.GetKeyCode();
        const bool up = key == WXK_UP || key == WXK_NUMPAD_UP, down = key == WXK_DOWN || key == WXK_NUMPAD_DOWN;
        if (event.GetModifiers() == wxMOD_ALT && (up || down) && move_handler_) move_handler_(up);
        else event.Skip();
    });
    selection_.add_listener([this] { show_selection(); });
    tree_->Bind(wxEVT_TREE_BEGIN_DRAG, [this](wxTreeEvent& event) {
        if (node(event.GetItem())) {
            drag_item_ = event.GetItem();
            event.Allow();
        }
    });
    tree_->Bind(wxEVT_TREE_END_DRAG, &KitTreePanel::on_end_drag, this);
    tree_->Bind(wxEVT_TREE_BEGIN_LABEL_EDIT, [this](wxTreeEvent& event) {
        const Node* n = node(event.GetItem());
        if (!n || !n->section) {
            event.Veto();
            return;
        }
        if (const KitSection* s = document_.kit().find_section(n->id)) tree_->GetEditControl()->SetValue(wx(s->title));
    });
    tree_->Bind(wxEVT_TREE_END_LABEL_EDIT, &KitTreePanel::on_end_label_edit, this);
    tree_->Bind(wxEVT_TREE_ITEM_GETTOOLTIP,
                [this](wxTreeEvent& event) { event.SetToolTip(tooltip_of(event.GetItem())); });
    rebuild();
}

const KitTreePanel::Node* KitTreePanel::node(const wxTreeItemId& item) const {
    if (!item.IsOk()) return nullptr;
    return static_cast<const Node*>(tree_->GetItemData(item));
}

wxString KitTreePanel::tooltip_of(const wxTreeItemId& item) const {
    const Node* n = node(item);
    if (!n) return {};
    const Kit& kit = document_.kit();
    if (n->section) {
        const KitSection* s = kit.find_section(n->id);
        return s ? wx(section_tooltip(*s)) : wxString();
    }
    const KitQuestion* q = kit.find_question(n->id);
    if (!q) return {};
    std::string tip = question_tooltip(*q, question_number(kit, n->id));
    if (is_pool(*q)) {  // the other wordings, as each candidate may be asked one of them
        const int size = static_cast<int>(q->pool.size());
        tip += "\n\n" + utf8(wxString::Format(wxPLURAL("A pool of %d wording, one asked of each candidate:",
                                                        "A pool of %d wordings, one asked of each candidate:", size),
                                               size));
        for (std::size_t i = 0; i < q->pool.variants.size(); ++i)
            tip += "\n" + std::to_string(i + 2) + ". " +
                   (q->pool.variants[i].text.empty() ? utf8(_("(no text yet)")) : q->pool.variants[i].text);
    }
    if (auto found = findings_.find(n->id); found != findings_.end())
        for (const Finding& f : found->second) {
            if (f.severity == Severity::Advice && f.check != "pool") continue;  // a pool's advice is about the pool shown
            const wxString line = f.severity == Severity::Error     ? _("Error: %s")
                                  : f.severity == Severity::Warning ? _("Warning: %s")
                                                                    : _("Advice: %s");
            const char* sign = f.severity == Severity::Error     ? "\u26d4 "
                               : f.severity == Severity::Warning ? "\u26a0 "
                                                                 : "\u2139 ";
            tip += std::string("\n\n") + sign + utf8(wxString::Format(line, wx(f.message)));
            if (!f.suggestion.empty()) tip += "\n" + utf8(wxString::Format(_("Suggested wording: %s"), wx(f.suggestion)));
        }
    return wx(tip);
}

void KitTreePanel::set_findings(const std::vector<Finding>& findings) {
    findings_.clear();
    for (const Finding& f : findings)
        if (!f.question_id.empty()) findings_[f.question_id].push_back(f);
    update_labels();
}

void KitTreePanel::mark(const wxTreeItemId& item, const KitQuestion& question) {
    Severity worst = Severity::Advice;
    if (auto found = findings_.find(question.id); found != findings_.end())
        for (const Finding& f : found->second) worst = std::min(worst, f.severity);  // Error < Warning < Advice
    const int image = worst == Severity::Error     ? kImageError
                      : worst == Severity::Warning ? kImageWarning
                      : is_pool(question)          ? kImagePool
                      : question.is_custom()       ? kImageCustom
                                                   : kImageQuestion;
    if (tree_->GetItemImage(item) != image) tree_->SetItemImage(item, image);
    const wxColour colour = worst == Severity::Error ? alert_text_colour() : wxNullColour;
    if (tree_->GetItemTextColour(item) != colour) tree_->SetItemTextColour(item, colour);
}

void KitTreePanel::refresh() {
    std::vector<std::string> structure;
    for (const auto& s : document_.kit().sections) {
        structure.push_back("s:" + s.id);
        for (const auto& q : s.questions) structure.push_back("q:" + q.id);
    }
    if (structure == structure_) {
        update_labels();
    } else {
        structure_ = std::move(structure);
        rebuild();
    }
    update_header();
}

void KitTreePanel::rebuild() {
    std::set<std::string> folded;
    wxTreeItemIdValue cookie;
    if (tree_->GetRootItem().IsOk())
        for (auto item = tree_->GetFirstChild(tree_->GetRootItem(), cookie); item.IsOk();
             item = tree_->GetNextChild(tree_->GetRootItem(), cookie))
            if (const Node* n = node(item); n && tree_->ItemHasChildren(item) && !tree_->IsExpanded(item))
                folded.insert(n->id);

    wxWindowUpdateLocker freeze(tree_);
    showing_selection_ = true;  // emptying the outline is no choice of the user's
    tree_->DeleteAllItems();
    showing_selection_ = false;
    highlighted_ = wxTreeItemId();
    const wxTreeItemId root = tree_->AddRoot("kit");
    structure_.clear();
    int number = 0;  // questions are numbered across sections, as on the printed scorecard
    for (const auto& s : document_.kit().sections) {
        structure_.push_back("s:" + s.id);
        const wxTreeItemId section = tree_->AppendItem(root, wx(section_label(s)), kImageSection, -1, new Node(true, s.id));
        tree_->SetItemBold(section);
        for (const auto& q : s.questions) {
            structure_.push_back("q:" + q.id);
            mark(tree_->AppendItem(section, wx(outline_label(q, ++number)),
                                   q.is_custom() ? kImageCustom : kImageQuestion, -1, new Node(false, q.id)),
                 q);
        }
        if (!folded.count(s.id)) tree_->Expand(section);
    }
    show_selection();
    update_header();
}

void KitTreePanel::update_labels() {
    const Kit& kit = document_.kit();
    wxTreeItemIdValue cookie, inner;
    std::size_t s = 0;
    int number = 0;
    for (auto section = tree_->GetFirstChild(tree_->GetRootItem(), cookie); section.IsOk() && s < kit.sections.size();
         section = tree_->GetNextChild(tree_->GetRootItem(), cookie), ++s) {
        tree_->SetItemText(section, wx(section_label(kit.sections[s])));
        std::size_t i = 0;
        for (auto item = tree_->GetFirstChild(section, inner); item.IsOk() && i < kit.sections[s].questions.size();
             item = tree_->GetNextChild(section, inner), ++i) {
            tree_->SetItemText(item, wx(outline_label(kit.sections[s].questions[i], ++number)));
            mark(item, kit.sections[s].questions[i]);
        }
    }
}

void KitTreePanel::update_header() {
    const KitSummary summary = summarise_kit(document_.kit());
    summary_->SetLabel(wx(summary.questions + "  \u00b7  " + summary.time));
    summary_->SetForegroundColour(summary.over_time ? alert_text_colour() : muted_text_colour());
    const bool empty = document_.kit().question_count() == 0;
    if (hint_->IsShown() != empty) {
        hint_->Show(empty);
        Layout();
    }
}

wxTreeItemId KitTreePanel::find_item(const std::string& id, bool section_item) const {
    if (id.empty() || !tree_->GetRootItem().IsOk()) return {};
    wxTreeItemIdValue cookie, inner;
    for (auto section = tree_->GetFirstChild(tree_->GetRootItem(), cookie); section.IsOk();
         section = tree_->GetNextChild(tree_->GetRootItem(), cookie)) {
        if (section_item) {
            if (node(section)->id == id) return section;
            continue;
        }
        for (auto item = tree_->GetFirstChild(section, inner); item.IsOk(); item = tree_->GetNextChild(section, inner))
            if (node(item)->id == id) return item;
    }
    return {};
}

void KitTreePanel::show_selection() {
    const wxTreeItemId item = selection_.section_selected() ? find_item(selection_.section_id(), true)
                                                            : find_item(selection_.question_id(), false);
    if (item.IsOk() && tree_->GetSelection() == item) return;
    showing_selection_ = true;
    if (item.IsOk()) {
        tree_->SelectItem(item);
        tree_->EnsureVisible(item);
    } else if (tree_->GetSelection().IsOk()) {
        tree_->Unselect();
    }
    showing_selection_ = false;
}

void KitTreePanel::on_tree_selection() {
    if (showing_selection_ || IsBeingDeleted()) return;  // the selection model may be gone with the window
    const Node* n = node(tree_->GetSelection());
    if (!n) selection_.clear();
    else if (n->section) selection_.select_section(n->id);
    else selection_.select_question(n->id);
}

std::optional<QuestionPosition> KitTreePanel::position_at(const wxTreeItemId& item, bool after) const {
    const Node* n = node(item);
    if (!n) return std::nullopt;
    if (n->section) {
        const std::size_t s = document_.section_index(n->id);
        return QuestionPosition{s, document_.kit().sections[s].questions.size()};
    }
    QuestionPosition p = document_.position_of(n->id);
    if (after) ++p.index;
    return p;
}

void KitTreePanel::on_end_drag(wxTreeEvent& event) {
    const wxTreeItemId source = drag_item_, target = event.GetItem();
    drag_item_ = wxTreeItemId();
    const Node* from = node(source);
    const Node* to = node(target);
    if (!from || !to || source == target) return;
    const std::string id = from->id;
    if (from->section) {  // sections reorder among themselves
        const std::string target_section = to->section ? to->id : node(tree_->GetItemParent(target))->id;
        const std::size_t index = document_.section_index(target_section);
        CallAfter([this, id, index] { edits_.apply([&](KitDocument& doc) { doc.move_section(id, index); }); });
        return;
    }
    auto to_pos = position_at(target, false);
    if (!to_pos) return;
    const QuestionPosition from_pos = document_.position_of(id);
    // Indices count without the moved question: dropped on a question it takes that question's place
    // (after it when dragged down, before it when dragged up); dropped on a section it goes last.
    if (to->section && from_pos.section == to_pos->section) --to_pos->index;
    const QuestionPosition destination = *to_pos;
    CallAfter([this, id, destination] {
        edits_.apply([&](KitDocument& doc) { doc.move_question(id, destination); });
        selection_.select_question(id);
    });
}

void KitTreePanel::on_end_label_edit(wxTreeEvent& event) {
    event.Veto();  // the label is rebuilt from the document
    const Node* n = node(event.GetItem());
    if (event.IsEditCancelled() || !n || !n->section) return;
    const std::string id = n->id, title = trim(utf8(event.GetLabel()));
    if (title.empty()) return;
    CallAfter([this, id, title] { edits_.apply([&](KitDocument& doc) { doc.rename_section(id, title); }); });
}

void KitTreePanel::drop_bank_questions(const std::vector<std::string>& ids, const wxPoint& point) {
    int flags = 0;
    const wxTreeItemId item = tree_->HitTest(point, flags);
    std::optional<QuestionPosition> where = item.IsOk() ? position_at(item, true) : selection_.insertion_point();
    if (!where) where = selection_.insertion_point();
    if (bank_drop_handler_ && where) bank_drop_handler_(ids, *where);
    else if (bank_drop_handler_ && document_.kit().sections.empty()) bank_drop_handler_(ids, QuestionPosition{0, 0});
}

void KitTreePanel::drop_file(const std::string& path) {
    if (file_drop_handler_) CallAfter([this, path] { file_drop_handler_(path); });
}

void KitTreePanel::highlight_drop(const wxPoint& point) {
    wxTreeItemId item;
    if (point != wxDefaultPosition) {
        int flags = 0;
        item = tree_->HitTest(point, flags);
    }
    if (item == highlighted_) return;
    if (highlighted_.IsOk()) tree_->SetItemDropHighlight(highlighted_, false);
    highlighted_ = item;
    if (highlighted_.IsOk()) tree_->SetItemDropHighlight(highlighted_, true);
}

}  // namespace ikit
