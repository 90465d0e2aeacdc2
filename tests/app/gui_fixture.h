#pragma once
/// \file gui_fixture.h
/// A main window over the shipped bank with scripted prompts, a temporary folder for files, and
/// helpers that send real events to its controls.

#include "main_frame.h"
#include "panels/control_names.h"
#include "scripted_prompts.h"

#include <wx/window.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace ikit::test {

/// Builds a MainFrame for one test and tears it down after.
struct GuiFixture {
    GuiFixture();
    ~GuiFixture();

    /// Sends a menu command to the frame, as a menu click or shortcut does.
    void menu(int id);
    /// Clicks a button (sends its wxEVT_BUTTON).
    void click(wxWindow* button);
    /// Leaves a field as Tab or a click elsewhere does (sends its wxEVT_KILL_FOCUS).
    void leave(wxWindow* field);
    /// Lets pending events and timers run for about `ms` milliseconds.
    void pump(int ms = 0);
    /// A sample kit file: the first of kits/*.ikit, else one assembled from the bank and saved here.
    std::string sample_kit();
    /// Opens the sample kit through File ▸ Open.
    void open_sample();
    /// Selects row `row` of the bank list as a click would (selection event included).
    void select_bank_row(unsigned row);
    /// The labels of the kit tree's items, in order (sections and questions).
    std::vector<std::string> tree_labels() const;
    /// The open kit.
    const KitDocument& document() const { return frame->context().document; }
    /// The selection in the kit.
    KitSelection& selection() const { return frame->context().selection; }
    /// The window's control or pane of this name (see control_names.h); throws when there is none.
    template <class Control>
    Control* control(const char* name) const {
        auto* found = dynamic_cast<Control*>(wxWindow::FindWindowByName(name, frame));
        if (!found) throw std::runtime_error(std::string("no control named ") + name);
        return found;
    }

    std::filesystem::path dir;                  ///< temporary folder for this test's files
    std::shared_ptr<ScriptedPrompts> prompts;   ///< the scripted answers
    std::unique_ptr<AppServices> services;      ///< bank, rubrics, rules
    MainFrame* frame = nullptr;                 ///< the window under test
};

}  // namespace ikit::test
