// `ikit scores template|import|purge`: scores from a spreadsheet, and deleting old score files.
#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/file_read.h"
#include "io/native_path.h"
#include "output_target.h"
#include "model/variant_choice.h"
#include "path_arguments.h"
#include "score_inputs.h"
#include "scoring/asked_variants.h"
#include "scoring/kit_fingerprint.h"
#include "scoring/score_csv.h"
#include "serialize/kit_file.h"
#include "serialize/score_file.h"
#include "text_options.h"
#include "util/error.h"
#include "io/file_kind.h"
#include "util/text.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace ikit::cli {

namespace {

// TRANSLATORS: help text: keep the actions (template, import, purge), option names, CSV column names and
// placeholders (KIT, FILE.csv, NAME, REF, FOLDER) as written.
const char* kScoresHelp = N_(R"(Usage: ikit scores template KIT [--interview NAME] [--interviewer NAME]… [--candidate NAME] -o FILE.csv
       ikit scores import KIT FILE.csv --candidate NAME [--reference REF] [--rotation candidate|fixed] -o FILE.iscore
       ikit scores purge FOLDER --before YYYY-MM-DD [--dry-run]

template  writes a spreadsheet to fill in: columns interviewer,interview,kind,item,label,rating,evidence;
          a row per interviewer and scored question, competency and the overall recommendation, for every
          interview of the kit's plan (or only --interview NAME), with the plan's interviewers unless
          --interviewer is given (may be repeated). -o - writes to standard output. With --candidate, a
          question with a pool of variants is labelled with the wording that candidate is asked.
import    reads the filled-in spreadsheet (as LibreOffice or Excel save it: comma or semicolon, with or
          without a byte-order mark; "4.0" reads as 4) into a score file for --candidate. A rating is a whole
          number on the item's scale, empty for no evidence; the overall row's rating is one of the kit's
          recommendation labels. Every bad cell is reported with its row and column, and then nothing is
          written. The scores are personal data: write them only where they belong. Each rating of a
          question with a pool of variants records the variant the candidate was asked (the one their
          scorecards print; --rotation fixed: the first).
purge     deletes the score files (*.iscore) in FOLDER (not its sub-folders) last changed before the date,
          with their backups (*.iscore~), and lists what it deleted; --dry-run lists without deleting.

The format of the spreadsheet: assets/schema/score-csv-format.md; of score files: score-format.md.
)");

constexpr std::size_t kMaxScoreCsvBytes = 16u << 20;

int run_template(Context& ctx, const Args& args) {
    if (args.positionals().size() != 2) throw UsageError(tr("give exactly one kit file: ikit scores template KIT -o FILE.csv"));
    check_text_options(args, {{"--interview", kMaxNameChars}, {"--interviewer", kMaxNameChars}, {"--candidate", kMaxNameChars}});
    const std::string kit_file = args.positionals()[1];
    check_path_argument(tr("the kit file name"), kit_file);
    if (!args.has("-o")) throw UsageError(tr("missing -o FILE.csv"));
    const std::string output = args.value("-o");
    check_output(output, FileKind::Other, {kit_file});
    const Kit kit = read_kit_file(kit_file);
    ScoreTemplateOptions options;
    options.interview = args.value("--interview");
    options.interviewers = args.values("--interviewer");
    std::string csv;
    try {
        // The candidate's wording of each pooled question (ids, and so the import, are the same).
        csv = score_csv_template(args.has("--candidate") ? kit_for_candidate(kit, args.value("--candidate")) : kit, options);
    } catch (const Error& e) {
        throw Error(kit_file, 0, e.what());
    }
    write_result(ctx, output, csv, true);
    return kSuccess;
}

int run_import(Context& ctx, const Args& args) {
    if (args.positionals().size() != 3)
        throw UsageError(tr("give a kit file and a CSV file: ikit scores import KIT FILE.csv --candidate NAME -o FILE.iscore"));
    check_text_options(args, {{"--candidate", kMaxNameChars}, {"--reference", kMaxNameChars}, {"--rotation", kMaxNameChars}});
    const auto rotation = rotation_from_id(args.value("--rotation", "candidate"));
    if (!rotation) throw UsageError(fill(tr("--rotation must be candidate or fixed, not \"{1}\""), {args.value("--rotation")}));
    const std::string kit_file = args.positionals()[1];
    const std::string csv_file = args.positionals()[2];
    check_path_argument(tr("the kit file name"), kit_file);
    check_path_argument(tr("the CSV file name"), csv_file);
    if (!args.has("--candidate") || trim(args.value("--candidate")).empty()) throw UsageError(tr("missing --candidate NAME"));
    if (!args.has("-o")) throw UsageError(tr("missing -o FILE.iscore"));
    const std::string output = args.value("-o");
    check_output(output, FileKind::Scores, {kit_file, csv_file});

    const Kit kit = read_kit_file(kit_file);
    const std::string text = read_file_limited(csv_file, kMaxScoreCsvBytes);
    ScoreCsvImport imported = import_score_csv(kit, text, csv_file, today_iso_date());
    if (!imported.errors.empty()) {
        for (const auto& line : imported.errors) ctx.message() << line << "\n";
        ctx.message() << fill(trn("{1}: {2} bad cell: nothing written", "{1}: {2} bad cells: nothing written", imported.errors.size()),
                              {csv_file, std::to_string(imported.errors.size())})
                      << "\n";
        return kInvalidInput;
    }
    ScoreSheet& sheet = imported.sheet;
    if (sheet.scorecards.empty()) throw Error(csv_file, 0, tr("no ratings: the file has no rows to import"));
    sheet.candidate = trim(args.value("--candidate"));
    sheet.reference = trim(args.value("--reference"));
    sheet.kit = kit_identity(kit);
    record_asked_variants(kit, sheet, *rotation);
    if (is_standard_output(output)) {
        write_result(ctx, output, write_score_sheet(sheet), false);
        return kSuccess;
    }
    save_score_file(sheet, output);
    std::size_t ratings = 0;
    for (const auto& card : sheet.scorecards) ratings += card.questions.size();
    const std::string scorecards = fill(trn("{1} scorecard", "{1} scorecards", sheet.scorecards.size()),
                                        {std::to_string(sheet.scorecards.size())});
    const std::string rows = fill(trn("{1} question row", "{1} question rows", ratings), {std::to_string(ratings)});
    // TRANSLATORS: {1} the score file; {2} the candidate; {3} "2 scorecards"; {4} "12 question rows".
    ctx.out << fill(tr("wrote {1} ({2}: {3}, {4})"), {output, sheet.candidate, scorecards, rows}) << "\n";
    return kSuccess;
}

// The moment local midnight starts `date` (YYYY-MM-DD), on the file system's clock.
fs::file_time_type start_of_day(const std::string& date) {
    std::tm tm{};
    tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(date.substr(8, 2));
    tm.tm_isdst = -1;
    const auto system_time = std::chrono::system_clock::from_time_t(std::mktime(&tm));
    return fs::file_time_type::clock::now() +
           std::chrono::duration_cast<fs::file_time_type::duration>(system_time - std::chrono::system_clock::now());
}

std::string day_of(fs::file_time_type time) {
    const auto system_time = std::chrono::system_clock::now() +
                             std::chrono::duration_cast<std::chrono::system_clock::duration>(time - fs::file_time_type::clock::now());
    const std::time_t t = std::chrono::system_clock::to_time_t(system_time);
    std::tm tm{};
#ifdef _WIN32
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
    return buffer;
}

bool holds_scores(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(kFileKindHeadBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return sniff_file_kind(head) == FileKind::Scores;
}

int run_purge(Context& ctx, const Args& args) {
    if (args.positionals().size() != 2) throw UsageError(tr("give exactly one folder: ikit scores purge FOLDER --before DATE"));
    const std::string folder = args.positionals()[1];
    check_path_argument(tr("the folder name"), folder);
    const std::string before = args.value("--before");
    if (!args.has("--before")) throw UsageError(tr("missing --before YYYY-MM-DD"));
    if (!is_iso_date(before)) throw UsageError(fill(tr("--before must be a date YYYY-MM-DD, not \"{1}\""), {shorten(before, 40)}));
    std::error_code ec;
    if (!fs::is_directory(path_from_utf8(folder), ec)) throw Error(folder, 0, tr("not a folder"));
    const fs::file_time_type limit = start_of_day(before);
    const bool dry_run = args.has("--dry-run");

    std::vector<fs::path> old;
    std::size_t kept = 0, skipped = 0;
    for (const auto& entry : fs::directory_iterator(path_from_utf8(folder))) {
        const std::string name = path_to_utf8(entry.path().filename());
        const bool score = name.size() > 7 && name.compare(name.size() - 7, 7, kScoreFileExtension) == 0;
        const bool backup = name.size() > 8 && name.compare(name.size() - 8, 8, std::string(kScoreFileExtension) + "~") == 0;
        std::error_code file_ec;
        if ((!score && !backup) || !entry.is_regular_file(file_ec)) continue;
        if (!holds_scores(entry.path())) {  // named like a score file, but something else: never deleted
            ctx.message() << fill(tr("skipped {1}: not a score file"), {path_to_utf8(entry.path())}) << "\n";
            ++skipped;
            continue;
        }
        if (entry.last_write_time(file_ec) < limit && !file_ec) old.push_back(entry.path());
        else if (score) ++kept;
    }
    std::sort(old.begin(), old.end());
    for (const auto& path : old) {
        const std::string shown = path_to_utf8(path);
        const std::string changed = day_of(fs::last_write_time(path, ec));
        if (!dry_run) fs::remove(path);  // throws filesystem_error with the path and the reason
        ctx.out << fill(dry_run ? tr("would delete {1} (last changed {2})") : tr("deleted {1} (last changed {2})"), {shown, changed})
                << "\n";
        // A backup follows its score file, however recent.
        const fs::path backup = path_from_utf8(shown + "~");
        if (fs::is_regular_file(backup, ec) && holds_scores(backup) && std::find(old.begin(), old.end(), backup) == old.end()) {
            if (!dry_run) fs::remove(backup);
            ctx.out << fill(dry_run ? tr("would delete {1} (its backup)") : tr("deleted {1} (its backup)"), {path_to_utf8(backup)})
                    << "\n";
        }
    }
    const std::string removed =
        dry_run ? fill(trn("would delete {1} file last changed before {2}", "would delete {1} files last changed before {2}", old.size()),
                       {std::to_string(old.size()), before})
                : fill(trn("deleted {1} file last changed before {2}", "deleted {1} files last changed before {2}", old.size()),
                       {std::to_string(old.size()), before});
    ctx.out << removed << "; "
            << fill(trn("kept {1} newer score file", "kept {1} newer score files", kept), {std::to_string(kept)});
    if (skipped)
        ctx.out << "; "
                << fill(trn("skipped {1} not a score file", "skipped {1} files that are not score files", skipped), {std::to_string(skipped)});
    ctx.out << "\n";
    return kSuccess;
}

}  // namespace

int run_scores_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"-o", "--output", "--interview", "--interviewer", "--candidate", "--reference", "--before", "--rotation"},
              {"--help", "--dry-run"}, {"--interviewer"});
    if (args.has("--help") || args.positionals().empty()) {
        ctx.out << tr(kScoresHelp);
        return args.has("--help") ? kSuccess : kUsage;
    }
    const std::string& action = args.positionals()[0];
    if (action == "template") return run_template(ctx, args);
    if (action == "import") return run_import(ctx, args);
    if (action == "purge") return run_purge(ctx, args);
    throw UsageError(fill(tr("unknown scores action \"{1}\" (template, import or purge)"), {shorten(action, 40)}));
}

}  // namespace ikit::cli
