// `ikit check FILE…`: what is wrong with a kit before a candidate sees it.
#include "arg_parser.h"
#include "checks/kit_checks.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "path_arguments.h"
#include "serialize/kit_file.h"
#include "serialize/question_rules_reader.h"
#include "text_formats.h"
#include "text_options.h"
#include "util/error.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

/// A finding's severity as a word for people ("error", "warning", "advice" in English, as the ids).
std::string severity_word(Severity severity) {
    switch (severity) {
        case Severity::Error: return trc("finding severity", "error");
        case Severity::Warning: return trc("finding severity", "warning");
        case Severity::Advice: return trc("finding severity", "advice");
    }
    return std::string(to_id(severity));
}

}  // namespace

int run_check_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"--format", "--rules"}, {"--help"});
    if (args.has("--help")) {
        ctx.out << tr("Usage: ikit check [--format text|json] [--rules FILE] FILE…\n\n"
                      "Checks kits for coverage gaps, time over-runs, unscored questions, duplicates, leading or\n"
                      "double-barrelled wording, and questions about protected topics. Exit 1 when any finding is an error.\n");
        return kSuccess;
    }
    check_text_options(args, {{"--format", kMaxNameChars}});
    if (args.has("--rules")) check_path_argument("--rules", args.value("--rules"));
    for (const auto& file : args.positionals()) check_path_argument(tr("a kit file name"), file);
    const std::string format = args.value("--format", "text");
    if (format != "text" && format != "json") throw UsageError(fill(tr("--format must be text or json, not \"{1}\""), {format}));
    if (args.positionals().empty()) throw UsageError(tr("give one or more kit files"));
    const QuestionRules rules = read_question_rules_file(args.value("--rules", ctx.paths().question_rules_file()));

    bool any_error = false;
    std::string json = "[";
    for (std::size_t f = 0; f < args.positionals().size(); ++f) {
        const std::string& file = args.positionals()[f];
        std::vector<Finding> findings;
        std::string read_error;
        Kit kit;
        try {
            kit = read_kit_file(file);
            findings = check_kit(kit, rules);
        } catch (const Error& e) {
            read_error = e.what();
            any_error = true;
        }
        any_error |= has_errors(findings);
        if (format == "json") {
            json += std::string(f ? "," : "") + "\n  {\"file\": " + json_string(file);
            if (!read_error.empty()) json += ", \"error\": " + json_string(read_error);
            json += ", \"findings\": [";
            for (std::size_t i = 0; i < findings.size(); ++i) {
                const auto& x = findings[i];
                json += std::string(i ? "," : "") + "\n    {\"severity\": " + json_string(to_id(x.severity)) +
                        ", \"check\": " + json_string(x.check) + ", \"message\": " + json_string(x.message) +
                        ", \"question\": " + json_string(x.question_id) + ", \"section\": " + json_string(x.section_id) +
                        ", \"suggestion\": " + json_string(x.suggestion) + "}";
            }
            json += findings.empty() ? "]}" : "\n  ]}";
            continue;
        }
        if (!read_error.empty()) {
            ctx.message() << read_error << "\n";
            continue;
        }
        if (findings.empty()) {
            ctx.out << fill(tr("{1}: no problems found"), {file}) << "\n";
            continue;
        }
        for (const auto& x : findings) {
            ctx.out << file << ": " << severity_word(x.severity) << ": ";
            if (!x.question_id.empty()) {
                const KitQuestion* q = kit.find_question(x.question_id);
                ctx.out << (q ? fill(tr("question {1} (\"{2}\")"), {x.question_id, shorten(q->text, 40)})
                              : fill(tr("question {1}"), {x.question_id}))
                        << ": ";
            }
            ctx.out << x.message;
            if (!x.suggestion.empty()) ctx.out << " " << fill(tr("Instead: \"{1}\""), {x.suggestion});
            ctx.out << " [" << x.check << "]\n";
        }
    }
    if (format == "json") ctx.out << json << "\n]\n";
    return any_error ? kInvalidInput : kSuccess;
}

}  // namespace ikit::cli
