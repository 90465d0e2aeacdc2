#include "pdf_test_tools.h"

#include "test_kits.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <sys/wait.h>

namespace ikit::test {

namespace {

std::string attribute(const std::string& tag, const std::string& name) {
    const std::string key = name + "=\"";
    const std::size_t at = tag.find(key);
    if (at == std::string::npos) return {};
    const std::size_t begin = at + key.size();
    return tag.substr(begin, tag.find('"', begin) - begin);
}

std::string field(const std::string& report, const std::string& name) {
    const std::size_t at = report.find("\n" + name + ":");
    const std::size_t start =
        at == std::string::npos ? (report.rfind(name + ":", 0) == 0 ? 0 : std::string::npos) : at + 1;
    if (start == std::string::npos) return {};
    std::size_t value = start + name.size() + 1;
    while (value < report.size() && report[value] == ' ') ++value;
    return report.substr(value, report.find('\n', value) - value);
}

}  // namespace

CommandResult run_command(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string save_pdf(const std::string& bytes, const std::string& name) {
    const std::string path = fresh_dir("pdf_export_" + name) + "/" + name + ".pdf";
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return path;
}

std::string pdf_text(const std::string& path) {
    const std::string raw = run_command("pdftotext -enc UTF-8 " + shell_quote(path) + " -").output;
    std::string out;
    bool space = false;
    for (char c : raw) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

PdfInfo pdf_info(const std::string& path) {
    const std::string report = "\n" + run_command("pdfinfo -enc UTF-8 " + shell_quote(path)).output;
    PdfInfo info;
    const std::string pages = field(report, "Pages");
    info.pages = pages.empty() ? 0 : std::stoi(pages);
    info.page_size = field(report, "Page size");
    info.title = field(report, "Title");
    info.author = field(report, "Author");
    info.subject = field(report, "Subject");
    info.creator = field(report, "Creator");
    return info;
}

std::vector<WordBox> pdf_words(const std::string& path) {
    const std::string html = run_command("pdftotext -enc UTF-8 -bbox " + shell_quote(path) + " -").output;
    std::vector<WordBox> words;
    int page = 0;
    double width = 0, height = 0;
    std::size_t at = 0;
    while ((at = html.find('<', at)) != std::string::npos) {
        const std::size_t end = html.find('>', at);
        if (end == std::string::npos) break;
        const std::string tag = html.substr(at, end - at + 1);
        if (tag.rfind("<page ", 0) == 0) {
            ++page;
            width = std::stod(attribute(tag, "width"));
            height = std::stod(attribute(tag, "height"));
        } else if (tag.rfind("<word ", 0) == 0) {
            WordBox w;
            w.page = page;
            w.page_width = width;
            w.page_height = height;
            w.x_min = std::stod(attribute(tag, "xMin"));
            w.y_min = std::stod(attribute(tag, "yMin"));
            w.x_max = std::stod(attribute(tag, "xMax"));
            w.y_max = std::stod(attribute(tag, "yMax"));
            const std::size_t close = html.find("</word>", end);
            w.word = html.substr(end + 1, close - end - 1);
            words.push_back(std::move(w));
        }
        at = end + 1;
    }
    return words;
}

bool qpdf_check(const std::string& path) { return run_command("qpdf --check " + shell_quote(path)).status == 0; }

}  // namespace ikit::test
