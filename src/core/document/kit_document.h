#pragma once
/// \file kit_document.h
/// The open kit: its content, file, modified state and undo history, and every edit a user can make.
/// The GUI calls these; it never changes a Kit directly.

#include "document/undo_history.h"
#include "model/kit.h"
#include "model/question.h"

#include <functional>
#include <string>

namespace ikit {

/// Where a question stands in the kit.
struct QuestionPosition {
    std::size_t section = 0;  ///< index into Kit::sections
    std::size_t index = 0;    ///< index into KitSection::questions
    bool operator==(const QuestionPosition& other) const { return section == other.section && index == other.index; }
};

/// What became of a document's file state: saved to its file, or replaced by another kit (new, open,
/// close, a restored recovery file). Either way the unsaved changes held so far are gone.
enum class FileEvent { Saved, Reset };

/// An open kit document.
class KitDocument {
public:
    /// A new, unmodified document holding new_empty_kit().
    KitDocument();
    /// A document holding `kit`, loaded from `path` ("" = never saved).
    KitDocument(Kit kit, std::string path);

    const Kit& kit() const { return kit_; }              ///< current content
    const std::string& path() const { return path_; }    ///< file path, "" when never saved
    bool modified() const { return force_modified_ || kit_ != saved_; }  ///< unsaved changes exist
    /// "Title" (or the file name, or "Untitled") for window titles.
    std::string display_name() const;
    /// Number of edits since the document was created (for autosave bookkeeping).
    unsigned long revision() const { return revision_; }

    /// Opens a kit file; throws Error and leaves this document as it was on failure.
    void open(const std::string& path);
    /// Saves to `path` (or the current path when empty); throws Error and stays modified on failure.
    void save(const std::string& path = "");
    /// Replaces the content with `kit` as if opened from `path` (e.g. a restored recovery file); history cleared.
    void reset(Kit kit, std::string path, bool mark_modified);

    // --- edits (each is one undo step) ---
    /// Sets the kit properties (title, role, stage, length, …).
    void set_properties(const KitProperties& properties);
    /// Sets properties, competencies and recommendation labels as one step; throws Error (changing nothing)
    /// unless there are 2–10 non-blank recommendation labels.
    void set_settings(const KitSettings& settings);
    /// Sets the competencies the kit must cover.
    void set_competencies(const std::vector<Competency>& competencies);
    /// Adds a bank question at `position` (index may equal the section size); returns its kit id.
    /// `rubric` is embedded as the question's rubric.
    std::string add_bank_question(const Question& question, const Rubric& rubric, QuestionPosition position);
    /// Adds a question as given (a new id is assigned); returns its kit id.
    std::string add_question(KitQuestion question, QuestionPosition position, const std::string& description = "Add question");
    /// Replaces the question with the same id (text, probes, minutes, rubric, …).
    void edit_question(const KitQuestion& question, const std::string& description = "Edit question");
    /// Removes a question.
    void remove_question(const std::string& question_id);
    /// Inserts a copy right after the question; returns the copy's id.
    std::string duplicate_question(const std::string& question_id);
    /// Moves a question to `to` (indices as they are after removing it from its old place).
    void move_question(const std::string& question_id, QuestionPosition to);
    /// Moves a question one place up (or to the end of the previous section); false when already first.
    bool move_question_up(const std::string& question_id);
    /// Moves a question one place down (or to the start of the next section); false when already last.
    bool move_question_down(const std::string& question_id);
    /// Adds a section at `index`; returns its id.
    std::string add_section(const std::string& title, std::size_t index, const std::string& competency_id = "");
    /// Renames a section.
    void rename_section(const std::string& section_id, const std::string& title);
    /// Removes a section with its questions.
    void remove_section(const std::string& section_id);
    /// Moves a section to `index`.
    void move_section(const std::string& section_id, std::size_t index);

    // --- the interview plan (one undo step per change, named by the caller) ---
    /// Replaces the kit's interview plan as one undo step called `description` (e.g. "Assign to Phone
    /// screen"); a plan equal to the current one changes nothing.
    void set_plan(InterviewPlan plan, const std::string& description);

    /// Where a question is; throws Error when it is not in the kit.
    QuestionPosition position_of(const std::string& question_id) const;
    /// Index of a section; throws Error when absent.
    std::size_t section_index(const std::string& section_id) const;

    UndoHistory& history() { return history_; }              ///< the undo history
    const UndoHistory& history() const { return history_; }  ///< the undo history
    /// Undoes the last edit; false when there is none.
    bool undo();
    /// Redoes the last undone edit; false when there is none.
    bool redo();

    /// Called after every change of content (edit, undo, redo, open, reset).
    void set_change_listener(std::function<void()> listener) { listener_ = std::move(listener); }
    /// Called after the document was saved or reset (after the change listener, when both are called).
    void set_file_listener(std::function<void(FileEvent)> listener) { file_listener_ = std::move(listener); }

private:
    void apply(const std::string& description, const std::function<void(Kit&)>& edit);
    void changed();

    Kit kit_;
    Kit saved_;
    bool force_modified_ = false;
    std::string path_;
    UndoHistory history_;
    unsigned long revision_ = 0;
    std::function<void()> listener_;
    std::function<void(FileEvent)> file_listener_;
};

}  // namespace ikit
