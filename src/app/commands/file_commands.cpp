// File menu: New, New from Bank, Open, Open Recent, Save, Save As, Export, Export for Candidates, Close, Quit.

#include "commands/command_context.h"
#include "commands/command_registry.h"
#include "commands/commands.h"
#include "commands/window_actions.h"
#include "kit_session.h"

#include <wx/filehistory.h>
#include <wx/menu.h>

namespace ikit {

void register_file_commands(CommandRegistry& registry, const CommandContext& context) {
    const wxString menu = _("&File");
    KitSession& session = context.session;
    const KitDocument& doc = context.document;
    registry.add(Command(kCmdNewFromBank, menu, _(L"New from &Bank\u2026")).keys("Ctrl+Shift+N")
                     .described(_("Assemble a kit from the bank for a role, competencies and length"))
                     .icon(wxART_EXECUTABLE_FILE)
                     .enabled_when([&context] { return !context.services.library.bank.roles().empty(); })
                     .runs([&session] { session.new_from_bank(); }).on_toolbar_as(_("From Bank")));
    registry.add(Command(wxID_NEW, menu, _("&New Empty Kit")).keys("Ctrl+N").described(_("Start a new empty kit"))
                     .icon(wxART_NEW).runs([&session] { session.new_kit(); }).on_toolbar_as(_("Empty")));
    registry.add(Command(wxID_OPEN, menu, _(L"&Open\u2026")).keys("Ctrl+O").described(_("Open a kit file"))
                     .icon(wxART_FILE_OPEN).runs([&session] { session.open(); }).on_toolbar_as(_("Open")));
    auto* recent = new wxMenu;
    context.file_history.UseMenu(recent);
    registry.add_submenu(menu, _("Open &Recent"), recent);
    registry.add_separator(menu);
    registry.add(Command(wxID_SAVE, menu, _("&Save")).keys("Ctrl+S").described(_("Save the kit")).icon(wxART_FILE_SAVE)
                     .runs([&session] { session.save(); }).on_toolbar_as(_("Save")));
    registry.add(Command(wxID_SAVEAS, menu, _(L"Save &As\u2026")).keys("Ctrl+Shift+S")
                     .described(_("Save the kit under a new name")).icon(wxART_FILE_SAVE_AS)
                     .runs([&session] { session.save_as(); }));
    registry.add_separator(menu);
    registry.add(Command(kCmdExportScorecard, menu, _(L"&Export Scorecard PDF\u2026")).keys("Ctrl+E")
                     .described(_("Print scorecards for the interview room")).icon(wxART_PRINT)
                     .enabled_when([&doc] { return doc.kit().question_count() > 0; })
                     .runs([&session] { session.export_pdf(PdfKind::Scorecard); }).on_toolbar_as(_("Export")));
    registry.add(Command(kCmdExportGuide, menu, _(L"Export Interviewer &Guide PDF\u2026"))
                     .described(_("Print the interviewer guide with probes, listen-for and rubrics")).icon(wxART_PRINT)
                     .enabled_when([&doc] { return doc.kit().question_count() > 0; })
                     .runs([&session] { session.export_pdf(PdfKind::Guide); }));
    // --- a kit with an interview plan ---
    registry.add(Command(kCmdExportForCandidates, menu, _(L"Export for &Candidates\u2026")).keys("Ctrl+Shift+E")
                     .described(_("Print each candidate's agenda and every interviewer's scorecard, from a candidate list (CSV)"))
                     .icon(wxART_PRINT).enabled_when([&doc] { return !doc.kit().plan.empty(); })
                     .runs([&session] { session.export_for_candidates(); }));
    registry.add_separator(menu);
    registry.add(Command(wxID_CLOSE, menu, _("&Close")).keys("Ctrl+W").described(_("Close the kit")).icon(wxART_CLOSE)
                     .runs([&context] {
                         if (context.session.close_kit()) context.window.show_start_page();
                     }));
    registry.add(Command(wxID_EXIT, menu, _("&Quit")).keys("Ctrl+Q").described(_("Quit Interview Kit Builder"))
                     .icon(wxART_QUIT).runs([&context] { context.window.close_window(); }));
}

}  // namespace ikit
