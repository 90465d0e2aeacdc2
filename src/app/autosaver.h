#pragma once
/// \file autosaver.h
/// Autosave and recovery: while a kit has unsaved changes it is written every so often to a recovery
/// file in the user's data folder (beside a note of the kit's own file); the file goes when the
/// document announces it was saved or reset (new, open, close) or is undone back to its saved state,
/// and one left behind by a crash is offered back at the next start.

#include "document/kit_document.h"
#include "edit_path.h"

#include <wx/event.h>
#include <wx/timer.h>

#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// A recovery file found at start-up.
struct RecoveryFile {
    std::string kit_file;       ///< the autosaved kit
    std::string original_path;  ///< the file the kit was opened from, "" for a never-saved kit
    Kit kit;                    ///< its content
};

/// Writes the open kit to a recovery file on a timer while it has unsaved changes.
class Autosaver : public wxEvtHandler {
public:
    /// Watches the document of `edits`, writing to `recovery_dir` every `interval_ms` while it is
    /// modified and discarding the file when the changes are gone; `edits` must outlive the autosaver.
    Autosaver(EditPath& edits, std::string recovery_dir, int interval_ms);
    ~Autosaver() override;

    /// Writes the recovery file now if there are unsaved changes not yet written (removes it when
    /// there are none); returns true when a file was written. Failures are ignored (it retries).
    bool tick();
    /// Removes this session's recovery file (done on every save and reset, and when edits are undone).
    void discard();
    /// This session's recovery file.
    const std::string& recovery_path() const { return kit_path_; }

    /// The recovery files left by earlier sessions that can be read, newest first (unreadable ones are skipped).
    static std::vector<RecoveryFile> find(const std::string& recovery_dir, const std::string& except = "");
    /// Removes a recovery file and its note.
    static void remove(const std::string& kit_file);

private:
    const KitDocument& document_;
    std::string dir_;
    std::string kit_path_;
    wxTimer timer_;
    unsigned long written_revision_ = 0;
    bool written_ = false;
};

}  // namespace ikit
