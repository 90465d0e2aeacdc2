// The interview-loop modes of `ikit export` (issue 17).
#include "loop_export.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/atomic_file.h"
#include "io/native_path.h"
#include "output_target.h"
#include "path_arguments.h"
#include "export/variant_roster_pdf.h"
#include "print/candidate_batch.h"
#include "print/interview_print.h"
#include "print/print_job.h"
#include "print/print_language.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/file_name.h"
#include "util/text.h"

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace ikit::cli {

namespace {

bool is_folder_output(const std::string& output) {
    std::error_code ec;
    return !is_standard_output(output) && (output.back() == '/' || fs::is_directory(path_from_utf8(output), ec));
}

void require_existing_folder(const std::string& output) {
    std::error_code ec;
    if (!fs::is_directory(path_from_utf8(output), ec)) throw Error(output, 0, tr("cannot export: the folder does not exist"));
}

std::string in_folder(const std::string& folder, const std::string& name) {
    return path_to_utf8(path_from_utf8(folder) / path_from_utf8(name));
}

std::string kit_stem(const std::string& kit_file) {
    return print_file_stem(path_to_utf8(path_from_utf8(kit_file).stem()));
}

// The interview `name` names (ASCII case ignored); exit-1 error listing the kit's interviews otherwise.
std::size_t interview_index(const Kit& kit, const std::string& kit_file, const std::string& name) {
    if (kit.plan.empty())
        throw Error(kit_file, 0, fill(tr("the kit has no interview plan, so it has no interview \"{1}\""), {name}));
    for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i)
        if (iequals(trim(kit.plan.interviews[i].name), trim(name))) return i;
    std::vector<std::string> names;
    for (const auto& i : kit.plan.interviews) names.push_back("\"" + i.name + "\"");
    throw Error(kit_file, 0, fill(tr("the kit has no interview \"{1}\" (it has {2})"), {name, join(names, ", ")}));
}

void report(Context& ctx, const std::string& path, const PdfResult& result) {
    for (const auto& w : result.warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
    ctx.out << fill(trn("wrote {1} ({2} page, {3} KB)", "wrote {1} ({2} pages, {3} KB)", static_cast<unsigned long>(result.pages)),
                    {path, std::to_string(result.pages), std::to_string((result.bytes.size() + 1023) / 1024)})
            << "\n";
}

// Writes `result` to `path` (atomically) or standard output.
void deliver(Context& ctx, const std::string& path, const PdfResult& result) {
    if (is_standard_output(path)) {
        for (const auto& w : result.warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
        ctx.out.write(result.bytes.data(), static_cast<std::streamsize>(result.bytes.size()));
        return;
    }
    write_file_atomically(path, result.bytes);
    report(ctx, path, result);
}

PrintContext print_context(const LoopExportRequest& request) {
    PrintContext context;
    context.today = today_iso_date();
    context.font_file = request.font_file;
    context.language = request.language;
    return context;
}

// The interview's scorecards (or guide) as one PDF, or one file per interviewer in a folder.
int export_interview(Context& ctx, const Args& args, const LoopExportRequest& request, const Kit& kit,
                     std::size_t index) {
    PdfOptions options = interview_print_options(kit, index, request.kind, print_context(request));
    if (request.paper) options.paper = *request.paper;
    options.candidate = args.value("--candidate");
    options.date = request.date;
    if (args.has("--interviewer")) options.interviewers = args.values("--interviewer");
    if (options.interviewers.empty()) options.interviewers.emplace_back();
    const std::string stem = kit_stem(request.kit_file);
    if (!is_folder_output(request.output)) {
        if (!is_standard_output(request.output))
            check_output_target("-o", request.output, FileKind::Pdf, {request.kit_file, request.font_file});
        deliver(ctx, request.output, render_interview_pdf(kit, index, options));
        return kSuccess;
    }
    require_existing_folder(request.output);
    std::set<std::string> taken;
    std::vector<std::pair<std::string, std::vector<std::string>>> targets;  // path, interviewers
    if (request.kind == PdfKind::Guide) {
        targets.push_back({in_folder(request.output, interview_file_name(stem, kit, index, request.kind, "", taken)),
                           options.interviewers});
    } else {
        const auto& slots = kit.plan.interviews[index].interviewers;
        for (std::size_t k = 0; k < options.interviewers.size(); ++k) {
            const std::string& shown = !options.interviewers[k].empty() ? options.interviewers[k]
                                       : k < slots.size() && !args.has("--interviewer") ? slots[k].display_name()
                                                                                        : "";
            targets.push_back({in_folder(request.output, interview_file_name(stem, kit, index, request.kind, shown, taken)),
                               {options.interviewers[k]}});
        }
    }
    for (const auto& t : targets) check_output_target("-o", t.first, FileKind::Pdf, {request.kit_file, request.font_file});
    for (const auto& [path, interviewers] : targets) {
        options.interviewers = interviewers;
        deliver(ctx, path, render_interview_pdf(kit, index, options));
    }
    return kSuccess;
}

// Every interview: one file per interview and interviewer slot (scorecards) or per interview (guides).
int export_all_interviews(Context& ctx, const LoopExportRequest& request, const Kit& kit, const std::string& candidate) {
    require_existing_folder(request.output);
    const std::string stem = kit_stem(request.kit_file);
    struct Target {
        std::size_t interview;
        std::string path;
        std::string interviewer;
    };
    std::vector<Target> targets;
    if (request.kind == PdfKind::Guide) {
        std::set<std::string> taken;
        for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i)
            targets.push_back({i, in_folder(request.output, interview_file_name(stem, kit, i, request.kind, "", taken)), ""});
    } else {
        for (const auto& f : all_interview_files(kit, stem)) {
            const auto& slots = kit.plan.interviews[f.interview].interviewers;
            targets.push_back({f.interview, in_folder(request.output, f.file_name),
                               f.slot < slots.size() ? scorecard_interviewer(slots[f.slot]) : ""});
        }
    }
    for (const auto& t : targets) check_output_target("-o", t.path, FileKind::Pdf, {request.kit_file, request.font_file});
    for (const auto& t : targets) {
        PdfOptions options = interview_print_options(kit, t.interview, request.kind, print_context(request));
        if (request.paper) options.paper = *request.paper;
        options.candidate = candidate;
        options.date = request.date;
        options.interviewers = {t.interviewer};
        deliver(ctx, t.path, render_interview_pdf(kit, t.interview, options));
    }
    return kSuccess;
}

// Every interview's scorecards in loop order in one PDF (one per interviewer slot).
int export_loop_scorecards(Context& ctx, const LoopExportRequest& request, const Kit& kit, const std::string& candidate) {
    check_output_target("-o", request.output, FileKind::Pdf, {request.kit_file, request.font_file});
    const Paper paper = request.paper ? *request.paper : effective_paper(kit.properties.paper);
    deliver(ctx, request.output, render_loop_scorecards_pdf(kit, print_context(request), candidate, request.date, paper));
    return kSuccess;
}

int export_agenda(Context& ctx, const Args& args, const LoopExportRequest& request, const Kit& kit) {
    if (kit.plan.empty())
        throw Error(request.kit_file, 0, tr("the kit has no interview plan, so there is no agenda to print"));
    const std::string candidate = args.value("--candidate");
    std::string path = request.output;
    if (is_folder_output(path)) {
        require_existing_folder(path);
        std::set<std::string> taken;
        path = in_folder(path, unique_file_stem(kit_stem(request.kit_file) + "-agenda" +
                                                    (candidate.empty() ? "" : "-" + safe_file_stem(candidate, "candidate", 60)),
                                                taken) +
                                   ".pdf");
    }
    if (!is_standard_output(path)) check_output_target("-o", path, FileKind::Pdf, {request.kit_file, request.font_file});
    const Paper paper = request.paper ? *request.paper : effective_paper(kit.properties.paper);
    CandidateAgenda agenda = candidate_agenda(kit, candidate, request.date);
    agenda.labels = print_translator(kit, request.language);
    deliver(ctx, path, render_agenda_pdf(agenda, paper, request.font_file));
    return kSuccess;
}

Rotation rotation_of(const Args& args) {
    return rotation_from_id(args.value("--rotation", "candidate")).value_or(Rotation::ByCandidate);
}

// `--kind guide --candidates F -o OUT.pdf`: the hiring manager's table of which candidate is asked which variant.
int export_variant_roster(Context& ctx, const LoopExportRequest& request, const Kit& kit, const CandidateList& list,
                          Rotation rotation) {
    std::vector<std::string> names;
    for (const auto& c : list.candidates) names.push_back(c.name);
    ScorePdfOptions options;
    options.paper = request.paper ? *request.paper : effective_paper(kit.properties.paper);
    options.font_file = request.font_file;
    options.labels = print_translator(kit, request.language);
    if (!is_standard_output(request.output))
        check_output_target("-o", request.output, FileKind::Pdf, {request.kit_file, request.font_file});
    const ScorePdf pdf = render_variant_roster_pdf(kit, variant_roster(kit, names, rotation), options);
    PdfResult result;
    result.bytes = pdf.bytes;
    result.pages = pdf.pages;
    result.warnings = pdf.warnings;
    deliver(ctx, request.output, result);
    return kSuccess;
}

int export_candidates(Context& ctx, const Args& args, const LoopExportRequest& request, const Kit& kit) {
    const std::string list_file = args.value("--candidates");
    if (kit.plan.empty())
        throw Error(request.kit_file, 0, tr("the kit has no interview plan, so there is nothing to print per candidate"));
    const CandidateList list = read_candidate_csv_file(list_file, kit);
    if (request.kind == PdfKind::Guide) return export_variant_roster(ctx, request, kit, list, rotation_of(args));
    CandidateBatchOptions options;
    options.rotation = rotation_of(args);
    options.folder = request.output;
    options.merge = args.has("--merge");
    options.context = print_context(request);
    options.paper = request.paper;
    const CandidateBatchResult result = export_candidate_batch(kit, list, options);
    for (const auto& w : result.warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
    for (const auto& path : result.written) ctx.out << fill(tr("wrote {1}"), {path + (options.merge ? "" : "/")}) << "\n";
    const auto count = [](const std::string& pattern, std::size_t n) { return fill(pattern, {std::to_string(n)}); };
    // TRANSLATORS: {1} "3 candidates", {2} "6 files", {3} "14 pages".
    ctx.out << fill(tr("printed {1}: {2}, {3}"),
                    {count(trn("{1} candidate", "{1} candidates", list.candidates.size()), list.candidates.size()),
                     count(trn("{1} file", "{1} files", static_cast<unsigned long>(result.files)), static_cast<std::size_t>(result.files)),
                     count(trn("{1} page", "{1} pages", static_cast<unsigned long>(result.pages)), static_cast<std::size_t>(result.pages))})
            << "\n";
    return kSuccess;
}

}  // namespace

bool uses_loop_options(const Args& args) {
    return args.has("--interview") || args.has("--all-interviews") || args.has("--agenda") || args.has("--candidates") ||
           args.has("--merge");  // refused by check_loop_usage without --candidates
}

void check_loop_usage(const Args& args, const LoopExportRequest& request) {
    int modes = 0;
    for (const char* mode : {"--interview", "--all-interviews", "--agenda", "--candidates"}) modes += args.has(mode);
    if (modes > 1) throw UsageError(tr("give one of --interview, --all-interviews, --agenda and --candidates"));
    if (args.has("--merge") && !args.has("--candidates")) throw UsageError(tr("--merge goes with --candidates"));
    const bool folder = is_folder_output(request.output);
    if (args.has("--candidates") && request.kind == PdfKind::Guide) {
        if (folder) throw UsageError(tr("--kind guide --candidates writes one PDF (who is asked which variant): give -o OUT.pdf"));
        for (const char* other : {"--candidate", "--interviewer", "--date", "--merge"})
            if (args.has(other)) throw UsageError(fill(tr("{1} does not go with --kind guide --candidates"), {other}));
        check_path_argument("--candidates", args.value("--candidates"));
    } else if (args.has("--candidates")) {
        if (!folder) throw UsageError(tr("--candidates writes a folder per candidate: give -o DIR/"));
        for (const char* other : {"--candidate", "--interviewer", "--date"})
            if (args.has(other)) throw UsageError(fill(tr("{1} does not go with --candidates (the list gives them)"), {other}));
        check_path_argument("--candidates", args.value("--candidates"));
    }
    if (args.has("--all-interviews")) {
        if (!folder) throw UsageError(tr("--all-interviews writes one file per interview and interviewer: give -o DIR/"));
        if (args.has("--interviewer")) throw UsageError(tr("--interviewer goes with --interview (one interview)"));
    }
    if (args.has("--agenda")) {
        if (args.has("--interviewer")) throw UsageError(tr("--interviewer does not go with --agenda"));
        if (args.has("--kind")) throw UsageError(tr("--kind does not go with --agenda"));
    }
}

int run_loop_export(Context& ctx, const Args& args, const LoopExportRequest& request, const Kit& kit) {
    if (args.has("--candidates")) return export_candidates(ctx, args, request, kit);
    if (args.has("--agenda")) return export_agenda(ctx, args, request, kit);
    if (args.has("--interview"))
        return export_interview(ctx, args, request, kit, interview_index(kit, request.kit_file, args.value("--interview")));
    if (args.has("--interviewer"))
        throw UsageError(tr("the kit has an interview plan: name the interview with --interview NAME to give its interviewers"));
    if (kit.plan.empty())
        throw Error(request.kit_file, 0, tr("the kit has no interview plan: --all-interviews prints one file per interview"));
    if (args.has("--all-interviews") || is_folder_output(request.output))
        return export_all_interviews(ctx, request, kit, args.value("--candidate"));
    return export_loop_scorecards(ctx, request, kit, args.value("--candidate"));
}

}  // namespace ikit::cli
