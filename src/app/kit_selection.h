#pragma once
/// \file kit_selection.h
/// What is selected in the open kit — a question, a section, or nothing — kept apart from the outline
/// widget: the outline shows it and writes to it, the question editor follows it, commands read it.

#include "document/kit_document.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// The selection in the open kit.
class KitSelection {
public:
    /// A selection over `document` (it must outlive the selection); nothing selected.
    explicit KitSelection(const KitDocument& document) : document_(document) {}

    /// The selected question's id, or "".
    const std::string& question_id() const { return question_; }
    /// The selected section, or the section of the selected question; "" when nothing is selected.
    std::string section_id() const;
    /// True when a section (not a question) is selected.
    bool section_selected() const { return !section_.empty(); }
    /// True when nothing is selected.
    bool empty() const { return question_.empty() && section_.empty(); }

    /// Selects a question (an id not in the kit selects nothing).
    void select_question(const std::string& id);
    /// Selects a section (an id not in the kit selects nothing).
    void select_section(const std::string& id);
    /// Selects nothing.
    void clear();
    /// Drops a selected question or section the kit no longer has (after undo, a removal, an open).
    void forget_missing();

    /// Where a new question goes: after the selected question, at the end of the selected section,
    /// else at the end of the last section; nullopt when the kit has no section.
    std::optional<QuestionPosition> insertion_point() const;

    /// Calls `listener` after every change of the selection, listeners in the order added.
    void add_listener(std::function<void()> listener) { listeners_.push_back(std::move(listener)); }

private:
    void set(std::string question, std::string section);

    const KitDocument& document_;
    std::string question_;
    std::string section_;  // set only when a section itself is selected
    std::vector<std::function<void()>> listeners_;
};

}  // namespace ikit
