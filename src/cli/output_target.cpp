#include "output_target.h"

#include "arg_parser.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "path_arguments.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace ikit::cli {

namespace {

/// What a file that is not a regular file is, for a message; "" for a regular file.
std::string special_file_phrase(fs::file_type type) {
    switch (type) {
        case fs::file_type::regular: return "";
        case fs::file_type::directory: return tr("a folder");
        case fs::file_type::character:
        case fs::file_type::block: return tr("a device");
        case fs::file_type::fifo: return tr("a named pipe");
        case fs::file_type::socket: return tr("a socket");
        default: return tr("not a regular file");
    }
}

/// The first bytes of a file, or nothing when it cannot be read.
std::string file_head(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(kFileKindHeadBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

}  // namespace

void check_output_target(const std::string& option, const std::string& path, FileKind kind,
                         const std::vector<std::string>& inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);  // follows a symbolic link to what it names
    if (ec || !fs::exists(status)) return;                 // not there yet (or a dangling link): the save reports
    const std::string shown = path_for_message(path);
    if (const std::string special = special_file_phrase(status.type()); !special.empty())
        // TRANSLATORS: {1} the option (-o), {2} the path, {3} "a folder", "a device", "a named pipe"…
        throw UsageError(fill(tr("{1} {2} is {3}, not a file: give a file name, or - for standard output"), {option, shown, special}));
    for (const auto& input : inputs) {
        std::error_code same_ec;
        if (!input.empty() && fs::equivalent(path, input, same_ec) && !same_ec)
            throw UsageError(fill(tr("{1} {2} is the input file {3}: choose another name"), {option, shown, path_for_message(input)}));
    }
    const std::string head = file_head(path);
    std::error_code size_ec;
    if (head.empty() && fs::file_size(path, size_ec) > 0 && !size_ec)
        throw UsageError(fill(tr("{1} {2} cannot be read to check what it holds: choose another name"), {option, shown}));
    const FileKind existing = sniff_file_kind(head);
    if (existing != FileKind::Empty && existing != kind)
        // TRANSLATORS: {1} the option (-o), {2} the path, {3} and {4} kinds of file ("a kit", "a PDF"…).
        throw UsageError(fill(tr("{1} {2} is {3}, not {4}: choose another name"),
                              {option, shown, tr(file_kind_phrase(existing)), tr(file_kind_phrase(kind))}));
}

}  // namespace ikit::cli
