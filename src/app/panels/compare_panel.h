#pragma once
/// \file compare_panel.h
/// The compare page of the Debrief workspace: several candidates' score files (chosen one by one or a
/// folder at a time), one row per candidate with the composite, the rank, each competency's score and
/// flags. Ties, incomplete scorecards, kit mismatches and files that do not read are shown, never hidden.

#include <wx/panel.h>

#include <string>
#include <vector>

class wxButton;
class wxGrid;
class wxStaticText;

namespace ikit {

class EditPath;
class ScoreSession;

/// The comparison of candidates.
class ComparePanel : public wxPanel {
public:
    /// Builds the page; `session` (dialogs, last folder) and `edits` (the kit) must outlive it.
    ComparePanel(wxWindow* parent, ScoreSession& session, EditPath& edits);

    /// Adds these score files (a folder adds its .iscore files) and compares again.
    void add_paths(const std::vector<std::string>& paths);
    /// Asks for score files to add.
    void choose_files();
    /// Asks for a folder of score files to add.
    void choose_folder();
    /// Forgets every file.
    void clear();
    /// Compares the chosen files again against the open kit.
    void refresh();
    /// The files compared, in the order chosen.
    const std::vector<std::string>& files() const { return files_; }

private:
    void fit_columns();

    ScoreSession& session_;
    EditPath& edits_;
    std::vector<std::string> files_;
    wxStaticText* summary_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxButton* clear_ = nullptr;
    int fitted_width_ = -1;
};

}  // namespace ikit
