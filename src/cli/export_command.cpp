// `ikit export KIT -o OUT`: printable scorecards and interviewer guides.
#include "arg_parser.h"
#include "cli_context.h"
#include "checks/kit_checks.h"
#include "export/pdf_export.h"
#include "io/native_path.h"
#include "serialize/question_rules_reader.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/safe_file_name.h"
#include "util/text.h"

#include <cctype>

#include <filesystem>

namespace fs = std::filesystem;

namespace ikit::cli {

namespace {

const char* kExportHelp = R"(Usage: ikit export KIT -o OUT.pdf [--kind scorecard|guide] [--paper a4|letter]
                   [--candidate NAME] [--interviewer NAME]… [--date YYYY-MM-DD] [--font FILE.ttf]

Prints a kit as PDF. A scorecard is for the interview room (one per interviewer: give --interviewer several
times for one PDF with a scorecard each, or -o DIR/ for one file each); the guide is for preparation.
The paper defaults to the kit's setting, else your locale's (US Letter in North America, A4 elsewhere).
)";

std::string slug(const std::string& name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80)
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "interviewer" : out;
}

bool valid_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

int run_export_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"-o", "--output", "--kind", "--paper", "--candidate", "--interviewer", "--date", "--font"}, {"--help"});
    if (args.has("--help")) {
        ctx.out << kExportHelp;
        return kSuccess;
    }
    if (args.positionals().size() != 1) throw UsageError("give exactly one kit file");
    const std::string output = args.value("-o", args.value("--output"));
    if (output.empty()) throw UsageError("missing -o OUT.pdf");
    PdfOptions options;
    try {
        options.kind = pdf_kind_from_id(args.value("--kind", "scorecard"));
        if (args.has("--paper")) options.paper = paper_from_id(args.value("--paper"));
    } catch (const Error& e) {
        throw UsageError(e.what());
    }
    options.date = args.value("--date");
    if (!options.date.empty() && !valid_date(options.date))
        throw UsageError("--date must be YYYY-MM-DD, not \"" + options.date + "\"");
    options.candidate = args.value("--candidate");
    options.interviewers = args.values("--interviewer");
    options.font_file = args.value("--font");

    const std::string kit_file = args.positionals()[0];
    const Kit kit = read_kit_file(kit_file);
    if (!args.has("--paper"))
        options.paper = kit.properties.paper.empty() ? default_paper_for_locale() : paper_from_id(kit.properties.paper);

    if (options.kind == PdfKind::Guide) options.check_line =
            check_summary_line(check_kit(kit, read_question_rules_file(ctx.paths().question_rules_file())), today_iso_date());

    #ifdef _WIN32
    const bool to_folder = output.back() == '/' || output.back() == '\\' || fs::is_directory(path_from_utf8(output));
#else
    const bool to_folder = output.back() == '/' || fs::is_directory(output);
#endif
    std::vector<std::pair<std::string, PdfOptions>> jobs;
    if (to_folder) {
        if (!fs::is_directory(path_from_utf8(output))) throw Error(output, 0, "cannot export: the folder does not exist");
        const std::string stem = path_to_utf8(path_from_utf8(kit_file).stem());
        const std::string kind = options.kind == PdfKind::Scorecard ? "scorecard" : "guide";
        if (options.kind == PdfKind::Scorecard && options.interviewers.size() > 1) {
            for (const auto& name : options.interviewers) {
                PdfOptions one = options;
                one.interviewers = {name};
                jobs.emplace_back(path_to_utf8(path_from_utf8(output) / path_from_utf8(stem + "-" + kind + "-" +
                                                                        safe_file_name(slug(name), "interviewer") + ".pdf")), one);
            }
        } else {
            jobs.emplace_back(path_to_utf8(path_from_utf8(output) / path_from_utf8(stem + "-" + kind + ".pdf")), options);
        }
    } else {
        jobs.emplace_back(output, options);
    }
    for (const auto& [path, opts] : jobs) {
        const PdfResult result = export_pdf(kit, opts, path);
        for (const auto& w : result.warnings) ctx.err << "warning: " << w << "\n";
        ctx.out << "wrote " << path << " (" << result.pages << (result.pages == 1 ? " page, " : " pages, ")
                << (result.bytes.size() + 1023) / 1024 << " KB)\n";
    }
    return kSuccess;
}

}  // namespace ikit::cli
