#pragma once
/// \file loop_export.h
/// The interview-loop modes of `ikit export`: --interview, --all-interviews, --agenda and --candidates,
/// and the scorecards of a kit with a plan.

#include "arg_parser.h"
#include "cli_context.h"
#include "export/pdf_export.h"

#include <optional>
#include <string>

namespace ikit::cli {

/// What `ikit export` has already read from its arguments.
struct LoopExportRequest {
    std::string kit_file;         ///< the kit
    std::string output;           ///< -o: a file, "-" or a folder
    PdfKind kind = PdfKind::Scorecard;  ///< --kind
    std::optional<Paper> paper;   ///< --paper
    std::string date;             ///< --date, checked
    std::string font_file;        ///< --font, else the data's font
    std::string language;         ///< --language ("" = the kit's, else the user's)
};

/// The options that take `ikit export` into a loop mode.
bool uses_loop_options(const Args& args);

/// Throws UsageError for loop options that do not go together or with the output, before any work.
void check_loop_usage(const Args& args, const LoopExportRequest& request);

/// Prints `kit` (read and checked by the caller) in the loop mode `args` ask for; with none, the scorecards of
/// every interview of `kit`'s plan (one PDF, or one file per interview and interviewer for -o DIR/).
int run_loop_export(Context& ctx, const Args& args, const LoopExportRequest& request, const Kit& kit);

}  // namespace ikit::cli
