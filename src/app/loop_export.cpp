// KitSession's printing of a kit with an interview plan: one interview, every interview in loop order,
// the candidate's agenda, and the candidate list (Export for Candidates) with a progress bar and Cancel.

#include "kit_session.h"

#include "export/pdf_bundle.h"
#include "io/native_path.h"
#include "print/candidate_batch.h"
#include "print/interview_print.h"
#include "util/error.h"
#include "util/file_name.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/filename.h>
#include <wx/utils.h>

#include <set>

namespace ikit {

void KitSession::offer_plan(ExportRequest& defaults, const std::string& stem) const {
    const Kit& kit = document_.kit();
    if (kit.plan.empty()) return;
    for (const auto& interview : kit.plan.interviews) defaults.interviews.push_back(interview.name);
    // The file names follow the choice: the kit's prints, one interview's, or the agenda.
    defaults.file_name_for = [kit, stem](PdfKind kind, int interview, bool agenda) {
        std::set<std::string> taken;
        if (agenda) return stem + "-agenda.pdf";
        if (interview >= 0 && static_cast<std::size_t>(interview) < kit.plan.interviews.size())
            return interview_file_name(stem, kit, static_cast<std::size_t>(interview), kind, "", taken);
        return print_file_name(stem, kind, "", taken);
    };
}

PdfResult KitSession::render_plan_print(const ExportRequest& request, const PdfOptions& options) const {
    const Kit& kit = document_.kit();
    const PrintContext context = print_context();
    if (request.agenda) {
        if (kit.plan.empty()) throw Error(utf8(_("the kit has no interview plan, so there is no agenda to print")));
        return render_agenda_pdf(candidate_agenda(kit, options.candidate, options.date), options.paper, options.font_file);
    }
    const auto& interviews = kit.plan.interviews;
    if (request.interview >= 0 && static_cast<std::size_t>(request.interview) < interviews.size()) {
        const auto index = static_cast<std::size_t>(request.interview);
        // The interview's part of the kit and focus box; the names typed replace its interviewer slots.
        PdfOptions one = interview_print_options(kit, index, options.kind, context);
        one.paper = options.paper;
        one.candidate = options.candidate;
        one.date = options.date;
        if (!options.interviewers.empty()) one.interviewers = options.interviewers;
        if (one.interviewers.empty()) one.interviewers.emplace_back();
        return render_interview_pdf(kit, index, one);
    }
    if (options.kind == PdfKind::Guide) return render_pdf(kit, options);  // the guide covers the whole loop
    // Every interview's scorecards in loop order, one per interviewer slot.
    return render_loop_scorecards_pdf(kit, context, options.candidate, options.date, options.paper);
}

bool KitSession::export_for_candidates() {
    edits_.flush();
    Prompts& prompts = *services_.prompts;
    const Kit& kit = document_.kit();
    if (kit.plan.empty()) {
        prompts.show_error(parent_, utf8(_("The kit has no interview plan.")),
                           utf8(_(L"Export for Candidates prints each candidate's agenda and every interviewer's scorecard "
                                  "of the loop. Plan the interviews first (View \u25b8 Plan, Ctrl+2).")));
        return false;
    }
    if (!confirm_export_with_errors()) return false;
    std::string folder = last_folder_.empty() ? utf8(wxGetHomeDir()) : last_folder_;
    const std::string list_path = prompts.choose_candidate_list(parent_, folder);
    if (list_path.empty()) return false;
    CandidateList list;
    try {
        list = read_candidate_csv_file(list_path, kit);
    } catch (const Error& e) {
        prompts.show_error(parent_, utf8(_("The candidate list cannot be used.")),
                           std::string(e.what()) + "\n\n" + utf8(_("Nothing was written. Correct the list and export again.")));
        return false;
    }
    if (list.candidates.empty()) {
        prompts.show_error(parent_, utf8(_("The candidate list has no candidates.")),
                           utf8(wxString::Format(_("%s names no candidate, so there is nothing to print."), wx(list_path))));
        return false;
    }
    folder = path_to_utf8(path_from_utf8(list_path).parent_path());
    const std::string target = prompts.choose_folder(parent_, utf8(_("Export for Candidates: Folder for the Candidates' Files")), folder);
    if (target.empty()) return false;

    CandidateBatchOptions options;
    options.folder = target;
    options.context = print_context();
    const std::size_t total = list.candidates.size();
    CandidateBatchResult result;
    {
        std::unique_ptr<Progress> progress = prompts.show_progress(parent_, utf8(_("Export for Candidates")), total);
        options.progress = [&](std::size_t done, std::size_t all) {
            const int count = static_cast<int>(all);
            // TRANSLATORS: progress: %1$d candidates done of %2$d.
            return progress->update(done, all, utf8(wxString::Format(wxPLURAL("Printed %1$d of %2$d candidate",
                                                                              "Printed %1$d of %2$d candidates", count),
                                                                     static_cast<int>(done), count)));
        };
        try {
            result = export_candidate_batch(kit, list, options);
        } catch (const Error& e) {
            progress.reset();
            prompts.show_error(parent_, utf8(_("The candidates' files could not be written.")),
                               std::string(e.what()) + "\n\n" + utf8(_("Nothing was written; your kit is unchanged.")));
            return false;
        }
    }
    if (result.cancelled) return false;  // nothing was written
    const int files = static_cast<int>(result.files), pages = static_cast<int>(result.pages),
              candidates = static_cast<int>(total);
    // TRANSLATORS: "Wrote 8 files (12 pages) for 4 candidates to FOLDER.": %1$s is "8 files", %2$s "12 pages",
    // %3$s "4 candidates" (each translated below), %4$s the folder.
    std::string message = utf8(wxString::Format(_("Wrote %1$s (%2$s) for %3$s to %4$s."),
                                                wxString::Format(wxPLURAL("%d file", "%d files", files), files),
                                                wxString::Format(wxPLURAL("%d page", "%d pages", pages), pages),
                                                wxString::Format(wxPLURAL("%d candidate", "%d candidates", candidates), candidates),
                                                wx(target)));
    if (!result.warnings.empty())
        message += "\n\n" + utf8(_("Some text could not be drawn:")) + "\n\u2022 " + join(result.warnings, "\n\u2022 ");
    switch (prompts.ask_after_export(parent_, message)) {
        case ExportedChoice::Open:
            if (opener_) opener_(result.written.empty() ? target : result.written.front());
            break;
        case ExportedChoice::ShowInFolder:
            if (folder_opener_) folder_opener_(target);
            break;
        case ExportedChoice::Close: break;
    }
    return true;
}

}  // namespace ikit
