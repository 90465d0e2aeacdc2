#pragma once
/// \file score_fixture.h
/// A main window (GuiFixture) with a kit of the test's choosing, and helpers for the Scores and Debrief
/// workspaces: the kit set without a file, score files written here, and the texts a person can see.

#include "gui_fixture.h"
#include "score_workspaces.h"

#include <string>
#include <vector>

namespace ikit::test {

/// A GuiFixture whose Scores and Debrief workspaces the test drives.
struct ScoreFixture : GuiFixture {
    ScoreFixture();
    ~ScoreFixture();

    /// Makes `kit` the open kit (as if opened, not modified).
    void use_kit(const Kit& kit);
    /// Shows the Scores workspace.
    void show_scores();
    /// Shows the Debrief workspace.
    void show_debrief();
    /// The scores and debrief workspaces.
    ScoreWorkspaces& scores();
    /// The score session.
    ScoreSession& session() { return scores().session(); }
    /// The control of this name in the window; throws when there is none.
    template <class Control>
    Control* find(const std::string& name) const {
        auto* found = dynamic_cast<Control*>(wxWindow::FindWindowByName(name, host));
        if (!found) throw std::runtime_error("no control named " + name);
        return found;
    }
    /// Every text shown in `window` and its shown children: labels, field values, list cells, grid cells and headers.
    static std::string visible_text(wxWindow* window);
    /// Writes `sheet` as a score file here, named `name`; its path.
    std::string write_sheet(const ScoreSheet& sheet, const std::string& name);

    wxWindow* host = nullptr;  ///< the window holding the workspaces
};

}  // namespace ikit::test
