#include "score_inputs.h"

#include "i18n/language_code.h"

#include "arg_parser.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/atomic_file.h"
#include "io/native_path.h"
#include "output_target.h"
#include "path_arguments.h"
#include "serialize/score_file.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace ikit::cli {

std::vector<std::string> score_file_paths(const std::vector<std::string>& arguments, bool recursive) {
    if (arguments.empty()) throw UsageError(tr("name at least one score file (.iscore) or folder"));
    std::vector<std::string> paths;
    for (const auto& argument : arguments) {
        check_path_argument(tr("a score file name"), argument);
        std::error_code ec;
        if (!fs::is_directory(path_from_utf8(argument), ec)) {
            paths.push_back(argument);
            continue;
        }
        std::vector<std::string> found;
        auto take = [&](const fs::directory_entry& e) {
            std::error_code file_ec;
            if (e.is_regular_file(file_ec) && path_to_utf8(e.path().extension()) == kScoreFileExtension)
                found.push_back(path_to_utf8(e.path()));
        };
        if (recursive)
            for (const auto& e : fs::recursive_directory_iterator(path_from_utf8(argument))) take(e);
        else
            for (const auto& e : fs::directory_iterator(path_from_utf8(argument))) take(e);
        std::sort(found.begin(), found.end());
        if (found.empty()) throw Error(argument, 0, tr("no score files (.iscore) in this folder"));
        paths.insert(paths.end(), found.begin(), found.end());
    }
    return paths;
}

std::vector<ScoreSheet> read_score_files(Context& context, const std::vector<std::string>& paths) {
    std::vector<ScoreSheet> sheets;
    sheets.reserve(paths.size());
    std::size_t failed = 0;
    for (const auto& path : paths) {
        try {
            sheets.push_back(read_score_file(path));
        } catch (const Error& e) {
            context.message() << e.what() << "\n";
            ++failed;
        }
    }
    if (failed)
        throw Error(fill(trn("{1} of {2} score file could not be read: nothing written",
                             "{1} of {2} score files could not be read: nothing written", paths.size()),
                         {std::to_string(failed), std::to_string(paths.size())}));
    return sheets;
}

void check_output(const std::string& output, FileKind kind, const std::vector<std::string>& inputs) {
    check_path_argument("-o", output);
    if (is_standard_output(output)) return;
    check_output_path_argument("-o", output);
    check_output_target("-o", output, kind, inputs);
}

void write_result(Context& context, const std::string& output, const std::string& bytes, bool announce) {
    if (is_standard_output(output)) {
        context.out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return;
    }
    write_file_atomically(output, bytes);
    if (announce) context.out << fill(tr("wrote {1}"), {output}) << "\n";
}

ReportOutput report_output(const Args& args) {
    if (args.has("--font")) check_path_argument("--font", args.value("--font"));
    ReportOutput report;
    report.format = args.value("--format", args.has("-o") ? "pdf" : "text");
    if (report.format != "text" && report.format != "csv" && report.format != "pdf")
        throw UsageError(fill(tr("--format must be text, csv or pdf, not \"{1}\""), {shorten(report.format, 40)}));
    if (report.format == "pdf" && !args.has("-o"))
        throw UsageError(tr("a PDF needs -o OUT.pdf (or -o - for standard output)"));
    report.output = args.value("-o", "-");
    try {
        report.pdf.paper = args.has("--paper") ? paper_from_id(args.value("--paper")) : default_paper_for_locale();
    } catch (const Error& e) {
        throw UsageError(e.what());
    }
    report.pdf.font_file = args.value("--font");
    report.language = language_option(args);
    return report;
}

std::string language_option(const Args& args) {
    if (!args.has("--language")) return {};
    const std::string language = args.value("--language");
    if (!is_language_code(language))
        throw UsageError(fill(tr("--language must be a language code such as de, fr, es or de_DE, not \"{1}\""),
                              {shorten(language, 40)}));
    return language;
}

bool is_iso_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    const int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace ikit::cli
