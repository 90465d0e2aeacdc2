#pragma once
/// \file commands.h
/// Registration of the app's commands, one function per menu (each in its own file), each given the
/// CommandContext its commands work with.

namespace ikit {

class CommandRegistry;
struct CommandContext;

/// File: New, New from Bank, Open, Open Recent, Save, Save As, Export, Close, Quit.
void register_file_commands(CommandRegistry& registry, const CommandContext& context);
/// Edit: Undo, Redo, Cut, Copy, Paste, Duplicate, Delete.
void register_edit_commands(CommandRegistry& registry, const CommandContext& context);
/// Kit: Properties, Add Section, Rename Section, Add Custom Question, Move Up/Down, Run Checks.
void register_kit_commands(CommandRegistry& registry, const CommandContext& context);
/// Help: Keyboard Shortcuts, About.
void register_help_commands(CommandRegistry& registry, const CommandContext& context);

// --- workspaces (View menu) ---
class WorkspaceSwitcher;
/// View: one item per workspace of `workspaces` (Build, Plan, …), each with its shortcut.
void register_view_commands(CommandRegistry& registry, WorkspaceSwitcher& workspaces);
/// Ids of the View menu's workspace items: kCmdWorkspaceFirst + the workspace's place in the strip.
enum WorkspaceCommandId { kCmdWorkspaceFirst = 6100, kCmdWorkspaceLast = 6109 };

// --- the interview plan (Plan menu) ---
class PlanActions;
/// Plan: add, rename, reorder and remove interviews, interviewer slots, assign to an interview.
void register_plan_commands(CommandRegistry& registry, const CommandContext& context, PlanActions& plan);
/// Ids of the Plan menu's commands.
enum PlanCommandId {
    kCmdAddInterview = 6200,
    kCmdRenameInterview,
    kCmdMoveInterviewEarlier,
    kCmdMoveInterviewLater,
    kCmdRemoveInterview,
    kCmdAddInterviewer,
    kCmdRemoveInterviewer,
    kCmdAssignToInterview,
    kCmdExportForCandidates,
};

/// Ids of the app's own commands (stock ids are used where they exist).
enum CommandId {
    kCmdNewFromBank = 6000,
    kCmdExportScorecard,
    kCmdExportGuide,
    kCmdDuplicate,
    kCmdProperties,
    kCmdAddSection,
    kCmdRenameSection,
    kCmdRemoveSection,
    kCmdAddCustomQuestion,
    kCmdMoveUp,
    kCmdMoveDown,
    kCmdRunChecks,
    kCmdAddFromBank,
    kCmdShortcuts,
    kCmdFindInBank,
};

}  // namespace ikit
