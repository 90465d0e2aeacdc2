#include "document/undo_history.h"

namespace ikit {

void UndoHistory::record(std::string description, Kit before) {
    undo_.push_back({std::move(description), std::move(before)});
    if (undo_.size() > limit_) undo_.erase(undo_.begin());
    redo_.clear();
}

std::string UndoHistory::undo_description() const { return undo_.empty() ? std::string() : undo_.back().description; }

std::string UndoHistory::redo_description() const { return redo_.empty() ? std::string() : redo_.back().description; }

Kit UndoHistory::undo(Kit current) {
    Step step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({step.description, std::move(current)});
    return std::move(step.kit);
}

Kit UndoHistory::redo(Kit current) {
    Step step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({step.description, std::move(current)});
    return std::move(step.kit);
}

void UndoHistory::clear() {
    undo_.clear();
    redo_.clear();
}

}  // namespace ikit
