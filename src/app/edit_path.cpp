#include "edit_path.h"

#include <algorithm>

namespace ikit {

EditPath::EditPath(KitDocument& document) : document_(document) {
    document_.set_change_listener([this] {
        for (const auto& listener : change_listeners_) listener();
    });
    document_.set_file_listener([this](FileEvent event) {
        for (const auto& listener : file_listeners_) listener(event);
    });
}

EditPath::~EditPath() {
    document_.set_change_listener(nullptr);
    document_.set_file_listener(nullptr);
}

bool EditPath::flush(const PendingEdits* except) {
    if (flushing_) return false;  // a holder writing its edits (apply_from) starts no second round
    struct Flushing {
        bool& flag;
        ~Flushing() { flag = false; }
    } flushing{flushing_};
    flushing_ = true;
    bool changed = false;
    const std::vector<PendingEdits*> holders = holders_;  // a flush may add or remove a holder
    for (PendingEdits* holder : holders)
        if (holder != except) changed = holder->flush_pending_edits() || changed;
    return changed;
}

void EditPath::add_pending_edits(PendingEdits& holder) {
    if (std::find(holders_.begin(), holders_.end(), &holder) == holders_.end()) holders_.push_back(&holder);
}

void EditPath::remove_pending_edits(const PendingEdits& holder) {
    holders_.erase(std::remove(holders_.begin(), holders_.end(), &holder), holders_.end());
}

}  // namespace ikit
