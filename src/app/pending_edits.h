#pragma once
/// \file pending_edits.h
/// Something that holds edits the user made but that are not in the document yet (a field being
/// typed in, a grid cell being edited). The edit path asks every holder to write them before any
/// other change, so they land in the document, and in the undo history, first.

namespace ikit {

/// A holder of edits not yet written to the document; registered with the EditPath.
class PendingEdits {
public:
    /// Nothing to release.
    virtual ~PendingEdits() = default;
    /// Writes the pending edits to the document through the edit path; true when something changed.
    virtual bool flush_pending_edits() = 0;
};

}  // namespace ikit
