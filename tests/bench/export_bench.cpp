// ikit_export_bench: how long the PDF export takes and how big its files are. For synthetic kits of
// 30 and 200 questions, in Latin-1 text and in Greek, it times render_pdf (scorecard and guide,
// median of N runs) and a bare libharu program that writes the same text lines with no layout at
// all (one line per string, a new page every 50 lines), and prints a Markdown table. A last row
// uses the shared benchmark generator's mixed-script kit (accents, Greek, Cyrillic, CJK, emoji).
//
//   ikit_export_bench [--runs N] [--quick] [--keep DIR]
//
// Build (optimised):  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DIKIT_BUILD_APP=OFF
//                     cmake --build build-bench --target ikit_export_bench -j2
// The program never fails on a slow run; it reports. It is not product code: the baseline calls
// libharu directly.

#include "bank_generator.h"

#include "export/pdf_export.h"
#include "test_kits.h"
#include "io/data_paths.h"
#include "util/error.h"
#include "util/text.h"

#include <hpdf.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace ikit;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Every string the documents print, one per line, as the bare baseline writes them.
std::vector<std::string> text_lines(const Kit& kit) {
    std::vector<std::string> lines{kit.properties.title, kit.properties.role_name, kit.properties.instructions};
    for (const auto& s : kit.sections) {
        lines.push_back(s.title);
        for (const auto& q : s.questions) {
            lines.push_back(q.text);
            for (const auto* list : {&q.probes, &q.listen_for, &q.red_flags})
                lines.insert(lines.end(), list->begin(), list->end());
            for (const auto& level : q.rubric.levels) lines.push_back(level.label + " — " + level.anchor);
        }
    }
    return lines;
}

struct Bare {
    double ms = 0;
    std::size_t bytes = 0;
};

extern "C" void bare_error(HPDF_STATUS code, HPDF_STATUS detail, void*) {
    std::fprintf(stderr, "libharu error 0x%04X (%u)\n", static_cast<unsigned>(code), static_cast<unsigned>(detail));
}

// The baseline: libharu alone, no measuring, wrapping or page breaking; Latin-1 text with Helvetica,
// other text with the whole DejaVu Sans embedded (no subset).
Bare bare_libharu(const std::vector<std::string>& lines, bool unicode, const std::string& font_file) {
    const auto start = Clock::now();
    HPDF_Doc pdf = HPDF_New(bare_error, nullptr);
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_Font font;
    if (unicode) {
        HPDF_UseUTFEncodings(pdf);
        font = HPDF_GetFont(pdf, HPDF_LoadTTFontFromFile(pdf, font_file.c_str(), HPDF_TRUE), "UTF-8");
    } else {
        font = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
    }
    HPDF_Page page = nullptr;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i % 50 == 0) {
            page = HPDF_AddPage(pdf);
            HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        }
        std::string text;
        if (unicode) {
            text = lines[i];
        } else {
            for (char32_t cp : decode_utf8(lines[i])) text += cp < 0x100 && cp >= 0x20 ? static_cast<char>(cp) : '-';
        }
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, font, 10);
        HPDF_Page_TextOut(page, 50, 800 - static_cast<HPDF_REAL>(i % 50) * 15, text.c_str());
        HPDF_Page_EndText(page);
    }
    HPDF_SaveToStream(pdf);
    Bare result;
    result.bytes = HPDF_GetStreamSize(pdf);
    std::string bytes(result.bytes, '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    HPDF_Free(pdf);
    result.ms = ms_since(start);
    return result;
}

struct Case {
    std::string name;
    Kit kit;
    bool unicode;
};

}  // namespace

int main(int argc, char** argv) {
    int runs = 15;
    std::string keep;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--quick"))
            runs = 3;
        else if (!std::strcmp(argv[i], "--keep") && i + 1 < argc)
            keep = argv[++i];
        else {
            std::fprintf(stderr, "usage: %s [--runs N] [--quick] [--keep DIR]\n", argv[0]);
            return 2;
        }
    }
    const std::string font = DataPaths().font_file();

    std::vector<Case> cases{{"30 questions, Latin-1", test::synthetic_kit(30, false), false},
                            {"30 questions, Greek", test::synthetic_kit(30, true), true},
                            {"200 questions, Latin-1", test::synthetic_kit(200, false), false},
                            {"200 questions, Greek", test::synthetic_kit(200, true), true}};
    {
        const BankContent bank = bench::generate_bank(1000);
        cases.push_back({"200 questions, mixed scripts (generator)",
                         bench::generate_kit(bank, bench::generate_rubrics(), 200), true});
    }

    std::printf("PDF export, median of %d runs (A4, candidate and interviewer named)\n\n", runs);
    std::printf("| kit | document | pages | size | render_pdf | bare libharu | bare size | warnings |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& c : cases) {
        const std::vector<std::string> lines = text_lines(c.kit);
        for (PdfKind kind : {PdfKind::Scorecard, PdfKind::Guide}) {
            PdfOptions options;
            options.kind = kind;
            options.candidate = c.unicode ? "Ελένη Παπαδοπούλου" : "Chris Morgan";
            options.interviewers = {"Alex Kim"};
            options.date = "2026-11-23";
            std::vector<double> times;
            std::vector<double> bare_times;
            PdfResult result;
            Bare bare;
            try {
                for (int r = 0; r < runs; ++r) {
                    const auto start = Clock::now();
                    result = render_pdf(c.kit, options);
                    times.push_back(ms_since(start));
                    bare = bare_libharu(lines, c.unicode, font);
                    bare_times.push_back(bare.ms);
                }
            } catch (const Error& e) {
                std::fprintf(stderr, "%s: %s\n", c.name.c_str(), e.what());
                return 1;
            }
            if (!keep.empty()) {
                std::filesystem::create_directories(keep);
                std::string file = c.name + (kind == PdfKind::Scorecard ? " scorecard" : " guide") + ".pdf";
                std::replace_if(
                    file.begin(), file.end(), [](char ch) { return ch == ' ' || ch == ',' || ch == '(' || ch == ')'; },
                    '_');
                std::ofstream(keep + "/" + file, std::ios::binary) << result.bytes;
            }
            std::printf("| %s | %s | %d | %.1f KB | %.1f ms | %.1f ms | %.1f KB | %zu |\n", c.name.c_str(),
                        kind == PdfKind::Scorecard ? "scorecard" : "guide", result.pages, result.bytes.size() / 1024.0,
                        median(times), median(bare_times), bare.bytes / 1024.0, result.warnings.size());
        }
    }
    std::printf(
        "\nbare libharu: the same strings, one line each, no measuring, wrapping or page breaking;\n"
        "non-Latin text embeds the whole DejaVu Sans (render_pdf embeds a subset).\n");
    return 0;
}
