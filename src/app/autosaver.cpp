#include "autosaver.h"

#include "io/atomic_file.h"
#include "io/file_read.h"
#include "io/native_path.h"
#include "serialize/kit_file.h"
#include "util/error.h"

#include <wx/utils.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace ikit {

namespace {
std::string note_path(const std::string& kit_file) { return path_to_utf8(path_from_utf8(kit_file).replace_extension(".path")); }
}  // namespace

Autosaver::Autosaver(EditPath& edits, std::string recovery_dir, int interval_ms)
    : document_(edits.document()), dir_(std::move(recovery_dir)), timer_(this) {
    static int instances = 0;  // one file per window and process
    kit_path_ = path_to_utf8(path_from_utf8(dir_) / ("recovery-" + std::to_string(wxGetProcessId()) + "-" + std::to_string(++instances) +
                                   ".ikit"));
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { tick(); });
    // The unsaved changes are gone when the kit is saved or replaced, or undone back to its saved state.
    edits.add_file_listener([this](FileEvent) { discard(); });
    edits.add_change_listener([this] {
        if (written_ && !document_.modified()) discard();
    });
    if (interval_ms > 0) timer_.Start(interval_ms);
}

Autosaver::~Autosaver() { timer_.Stop(); }

bool Autosaver::tick() {
    if (!document_.modified()) {
        if (written_) discard();
        return false;
    }
    if (written_ && written_revision_ == document_.revision()) return false;
    try {
        std::error_code ec;
        fs::create_directories(path_from_utf8(dir_), ec);
        write_file_atomically(kit_path_, write_kit(document_.kit()));
        write_file_atomically(note_path(kit_path_), document_.path() + "\n");
    } catch (const Error&) {
        return false;  // a full or read-only disk: try again at the next tick
    }
    written_ = true;
    written_revision_ = document_.revision();
    return true;
}

void Autosaver::discard() {
    remove(kit_path_);
    written_ = false;
}

void Autosaver::remove(const std::string& kit_file) {
    std::error_code ec;
    fs::remove(path_from_utf8(kit_file), ec);
    fs::remove(path_from_utf8(note_path(kit_file)), ec);
}

std::vector<RecoveryFile> Autosaver::find(const std::string& recovery_dir, const std::string& except) {
    std::vector<std::pair<fs::file_time_type, RecoveryFile>> found;
    std::error_code ec;
    if (!fs::is_directory(path_from_utf8(recovery_dir), ec)) return {};
    for (fs::directory_iterator it(path_from_utf8(recovery_dir), ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path p = it->path();
        if (p.extension() != ".ikit" || path_to_utf8(p) == except) continue;
        RecoveryFile file;
        file.kit_file = path_to_utf8(p);
        try {
            file.kit = read_kit_file(file.kit_file);
        } catch (const Error&) {
            continue;  // half-written or damaged: nothing to offer
        }
        try {
            std::string note = read_file_limited(note_path(file.kit_file), 64 * 1024);
            while (!note.empty() && (note.back() == '\n' || note.back() == '\r')) note.pop_back();
            file.original_path = note;
        } catch (const Error&) {
            file.original_path.clear();  // no note: restore it as a never-saved kit
        }
        std::error_code time_ec;
        found.emplace_back(fs::last_write_time(p, time_ec), std::move(file));
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<RecoveryFile> out;
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

}  // namespace ikit
