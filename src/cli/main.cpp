// The `ikit` program: the command line face of Interview Kit Builder.
#include "i18n/preferred_languages.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "ikit_cli.h"
#include "io/locale_catalogs.h"
#include "io/native_path.h"
#include "standard_output.h"

#include <cstdlib>
#include <iostream>

namespace {
// A shipped catalog that could not be read leaves its messages in English; say so once, on stderr.
void report_catalog_errors() {
    for (const std::string& error : ikit::take_catalog_errors())
        std::cerr << "ikit: " << ikit::fill(ikit::tr("warning: {1} (messages stay in English)"), {error}) << "\n";
}
}  // namespace

int main(int argc, char** argv) {
    ikit::use_utf8_console();
    // The user's language for messages: $IKIT_LOCALE_DIR (read here, like IKIT_DATA_DIR) is searched first.
    if (const char* locale_dir = std::getenv("IKIT_LOCALE_DIR"); locale_dir && *locale_dir)
        ikit::set_locale_dirs({locale_dir});
    ikit::set_ui_translator(ikit::translator_for(ikit::preferred_languages_from_environment()));
    report_catalog_errors();
    const bool stdout_closed = ikit::cli::reserve_standard_descriptors();
    ikit::cli::DescriptorOutputBuffer stdout_buffer(1, stdout_closed);
    std::ostream out(&stdout_buffer);
    // UTF-8 on every platform (on Windows read again from the UTF-16 command line).
    const std::vector<std::string> all = ikit::utf8_arguments(argc, argv);
    const std::vector<std::string> args(all.begin() + (all.empty() ? 0 : 1), all.end());
    const char* data_dir = std::getenv("IKIT_DATA_DIR");  // the one place the command line reads it
    int code = ikit::cli::run_ikit(args, out, std::cerr, all.empty() ? "" : all.front(), data_dir ? data_dir : "");
    out.flush();
    report_catalog_errors();  // a printed form's catalog (the kit's language) read during the command
    // Results that did not reach their reader are a failure, reported once: a command that already
    // failed has said why.
    if (!stdout_buffer.finish() && code == 0) {
        std::cerr << "ikit: cannot write the results to standard output: " << stdout_buffer.failure() << "\n";
        code = 1;
    }
    return code;
}
