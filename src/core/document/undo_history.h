#pragma once
/// \file undo_history.h
/// Undo and redo of kit edits, as snapshots of the whole kit (kits are small; snapshots are exact).

#include "model/kit.h"

#include <cstddef>
#include <string>
#include <vector>

namespace ikit {

/// A bounded history of kit states with a description per edit ("Move question").
class UndoHistory {
public:
    /// Keeps at most `limit` undo steps; the oldest are dropped first.
    explicit UndoHistory(std::size_t limit = 500) : limit_(limit) {}

    /// Records that `before` was replaced by an edit called `description`; clears the redo steps.
    void record(std::string description, Kit before);
    bool can_undo() const { return !undo_.empty(); }  ///< true when there is an edit to undo
    bool can_redo() const { return !redo_.empty(); }  ///< true when there is an edit to redo
    /// Description of the edit undo() would revert, or "".
    std::string undo_description() const;
    /// Description of the edit redo() would repeat, or "".
    std::string redo_description() const;
    /// Returns the state before the last edit and remembers `current` for redo. Requires can_undo().
    Kit undo(Kit current);
    /// Returns the state after the last undone edit and remembers `current` for undo. Requires can_redo().
    Kit redo(Kit current);
    /// Forgets everything.
    void clear();
    /// Number of undo steps.
    std::size_t undo_depth() const { return undo_.size(); }

private:
    struct Step {
        std::string description;
        Kit kit;
    };
    std::size_t limit_;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
};

}  // namespace ikit
