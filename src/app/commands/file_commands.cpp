// File menu: New, New from Bank, Open, Open Recent, Save, Save As, Export, Close, Quit.

#include "commands/command_registry.h"
#include "commands/commands.h"
#include "main_frame.h"

#include <wx/menu.h>

namespace ikit {

void register_file_commands(CommandRegistry& registry, MainFrame& frame) {
    const wxString menu = "&File";
    KitSession& session = frame.session();
    registry.add({wxID_NEW, menu, "&New", "Ctrl+N", "Start a new empty kit", wxART_NEW, {},
                  [&session] { session.new_kit(); }, {}, "New"});
    registry.add({kCmdNewFromBank, menu, L"New from &Bank\u2026", "Ctrl+Shift+N",
                  "Assemble a kit from the bank for a role, competencies and length", wxART_EXECUTABLE_FILE,
                  [&frame] { return !frame.services().library.bank.roles().empty(); },
                  [&session] { session.new_from_bank(); }, {}, ""});
    registry.add({wxID_OPEN, menu, L"&Open\u2026", "Ctrl+O", "Open a kit file", wxART_FILE_OPEN, {},
                  [&session] { session.open(); }, {}, "Open"});
    auto* recent = new wxMenu;
    frame.file_history().UseMenu(recent);
    registry.add_submenu(menu, "Open &Recent", recent);
    registry.add_separator(menu);
    registry.add({wxID_SAVE, menu, "&Save", "Ctrl+S", "Save the kit", wxART_FILE_SAVE, {},
                  [&session] { session.save(); }, {}, "Save"});
    registry.add({wxID_SAVEAS, menu, L"Save &As\u2026", "Ctrl+Shift+S", "Save the kit under a new name",
                  wxART_FILE_SAVE_AS, {}, [&session] { session.save_as(); }, {}, ""});
    registry.add_separator(menu);
    registry.add({kCmdExportScorecard, menu, L"&Export Scorecard PDF\u2026", "Ctrl+E",
                  "Print scorecards for the interview room", wxART_PRINT,
                  [&frame] { return frame.document().kit().question_count() > 0; },
                  [&session] { session.export_pdf(PdfKind::Scorecard); }, {}, "Export"});
    registry.add({kCmdExportGuide, menu, L"Export Interviewer &Guide PDF\u2026", "",
                  "Print the interviewer guide with probes, listen-for and rubrics", wxART_PRINT,
                  [&frame] { return frame.document().kit().question_count() > 0; },
                  [&session] { session.export_pdf(PdfKind::Guide); }, {}, ""});
    registry.add_separator(menu);
    registry.add({wxID_CLOSE, menu, "&Close", "Ctrl+W", "Close the kit", wxART_CLOSE, {},
                  [&frame] { frame.close_kit(); }, {}, ""});
    registry.add({wxID_EXIT, menu, "&Quit", "Ctrl+Q", "Quit Interview Kit Builder", wxART_QUIT, {},
                  [&frame] { frame.Close(); }, {}, ""});
}

}  // namespace ikit
