#include "print/print_job.h"

#include "checks/kit_checks.h"
#include "print/print_language.h"
#include "util/file_name.h"

namespace ikit {

PdfOptions print_options_for(const Kit& kit, PdfKind kind, const PrintContext& context) {
    PdfOptions options;
    options.kind = kind;
    options.paper = effective_paper(kit.properties.paper);
    options.font_file = context.font_file;
    options.labels = print_translator(kit, context.language);
    if (kind == PdfKind::Guide && context.rules)
        options.check_line = check_summary_line(check_kit(kit, *context.rules), context.today, options.labels);
    return options;
}

std::string print_file_stem(const std::string& kit_name) { return safe_file_stem(kit_name, "kit"); }

std::string print_file_name(const std::string& stem, PdfKind kind, const std::string& interviewer,
                            std::set<std::string>& taken) {
    std::string name = stem + (kind == PdfKind::Guide ? "-guide" : "-scorecard");
    if (!interviewer.empty()) name += "-" + safe_file_stem(interviewer, "interviewer", 60);
    return unique_file_stem(name, taken) + ".pdf";
}

}  // namespace ikit
