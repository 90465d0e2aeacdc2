#pragma once
/// \file edit_path.h
/// The one way the app changes the open kit. Menu and toolbar commands, drags and renames in the
/// outline, the question editor and the bank's Add all call EditPath::apply, which first has every
/// holder of pending edits (PendingEdits) write them, then changes the document, whose change is
/// then announced to everyone listening (panes, title, checks, autosave).

#include "document/kit_document.h"
#include "pending_edits.h"

#include <functional>
#include <utility>
#include <vector>

namespace ikit {

/// The open document's single edit path and the notices of its changes.
class EditPath {
public:
    /// Becomes `document`'s only change and file listener; `document` must outlive the path.
    explicit EditPath(KitDocument& document);
    /// Leaves the document without listeners.
    ~EditPath();
    /// Not copyable: the document's listeners point at this path.
    EditPath(const EditPath&) = delete;
    /// Not assignable, for the same reason.
    EditPath& operator=(const EditPath&) = delete;

    /// The open kit, to read (change it through apply).
    const KitDocument& document() const { return document_; }

    /// Flushes every holder's pending edits, then runs `change` on the document and returns what it
    /// returns (e.g. a new question's id). Each KitDocument edit is its own undo step, the flushed
    /// edits' steps coming before it.
    template <class Change>
    decltype(auto) apply(Change&& change) {
        flush();
        return std::forward<Change>(change)(document_);
    }
    /// Like apply, for a change that comes from `source` itself: only the other holders are flushed.
    template <class Change>
    decltype(auto) apply_from(const PendingEdits& source, Change&& change) {
        flush(&source);
        return std::forward<Change>(change)(document_);
    }
    /// Has every holder of pending edits (but `except`) write them now; true when the document changed.
    bool flush(const PendingEdits* except = nullptr);

    /// Adds a holder of pending edits; it stays registered until remove_pending_edits.
    void add_pending_edits(PendingEdits& holder);
    /// Removes a holder (e.g. a workspace being closed).
    void remove_pending_edits(const PendingEdits& holder);

    /// Calls `listener` after every change of the document's content (edit, undo, redo, open, reset),
    /// listeners in the order added; they must live as long as the path.
    void add_change_listener(std::function<void()> listener) { change_listeners_.push_back(std::move(listener)); }
    /// Calls `listener` after the document was saved or reset (new, open, close, restore).
    void add_file_listener(std::function<void(FileEvent)> listener) { file_listeners_.push_back(std::move(listener)); }

private:
    KitDocument& document_;
    std::vector<PendingEdits*> holders_;
    std::vector<std::function<void()>> change_listeners_;
    std::vector<std::function<void(FileEvent)>> file_listeners_;
    bool flushing_ = false;
};

}  // namespace ikit
