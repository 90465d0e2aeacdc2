#pragma once
/// \file command_context.h
/// Everything a command may use, handed to the register_*_commands functions: the open kit to read,
/// the edit path to change it, the file session, the selection, the shared services and prompts, the
/// clipboard, Open Recent, and the window's few actions.

class wxFileHistory;

namespace ikit {

class EditPath;
class KitClipboard;
class KitDocument;
class KitSelection;
class KitSession;
class Prompts;
class WindowActions;
struct AppServices;

/// The parts of the app commands work with (all owned by the main window, which outlives the commands).
struct CommandContext {
    const KitDocument& document;   ///< the open kit, to read
    EditPath& edits;               ///< the one way to change the kit
    KitSession& session;           ///< new, open, save, export, close
    KitSelection& selection;       ///< the selected section or question
    const AppServices& services;   ///< bank, rubrics, rules
    Prompts& prompts;              ///< modal questions
    KitClipboard& clipboard;       ///< copied questions
    wxFileHistory& file_history;   ///< Open Recent
    WindowActions& window;         ///< dialog parent, bank pane, editor focus, checks, closing
};

}  // namespace ikit
