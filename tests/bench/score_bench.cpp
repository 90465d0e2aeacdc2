// ikit_score_bench: the speed of issue 18's score commands (docs/performance.md, "Scores").
//  1. One debrief: read a score file (5 interviewers x 12 questions, evidence on every rating), combine it
//     against its kit and render the text, CSV and PDF; median of N runs, in-process.
//  2. `ikit compare` over 1,000 score files and 3. `ikit calibration` over 10,000, each as the real `ikit`
//     binary in a child process: wall time and peak memory (the child's maximum resident set size).
// Targets: a debrief under 50 ms; compare and calibration within 2 s and 300 MB on 2 cores. The program
// reports and never fails on a slow run, except with --check (then exit 1 when a target is missed).
//
//   ikit_score_bench [--runs N] [--quick] [--check] [--keep DIR]
//
// Build optimised:  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DIKIT_BUILD_APP=OFF
//                   cmake --build build-bench --target ikit_score_bench ikit -j2

#include "export/debrief_pdf.h"
#include "scoring/kit_fingerprint.h"
#include "scoring/score_reports.h"
#include "serialize/kit_file.h"
#include "serialize/score_file.h"
#include "test_kits.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace ikit;
namespace fs = std::filesystem;

double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// A 12-question kit over 6 named competencies (two questions each), every question on a 1–5 rubric.
Kit bench_kit() {
    Kit kit = test::synthetic_kit(12);
    kit.properties.title = "Benchmark panel";
    kit.competencies.clear();
    for (int c = 0; c < 6; ++c) kit.competencies.push_back({"c" + std::to_string(c), "Competency " + std::to_string(c), "", 1.0 + c % 2});
    int i = 0;
    for (auto& s : kit.sections)
        for (auto& q : s.questions) {
            q.competency_ids = {"c" + std::to_string(i++ / 2)};
            if (q.rubric.empty()) q.rubric = test::test_rubric("r", "R", {"a", "b", "c", "d", "e"});
        }
    return kit;
}

// Candidate `n`'s sheet: `raters` interviewers rating every question (a few without evidence), with notes.
ScoreSheet bench_sheet(const Kit& kit, int n, int raters) {
    ScoreSheet sheet;
    sheet.candidate = "Candidate " + std::to_string(n);
    sheet.reference = "REF-" + std::to_string(100000 + n);
    sheet.kit = kit_identity(kit);
    unsigned seed = 2166136261u ^ static_cast<unsigned>(n);
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (int r = 0; r < raters; ++r) {
        InterviewerScorecard card;
        card.interviewer = "Interviewer " + std::to_string((n + r * 7) % 40);
        card.submitted = "2026-03-0" + std::to_string(1 + r % 9);
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions) {
                QuestionRating rating;
                rating.question_id = q.id;
                if (next() % 10 != 0) rating.rating = 1 + static_cast<int>(next() % 5) + (r == 0 && n % 3 == 0 ? 0 : 0);
                rating.evidence = "Described the situation, the steps taken and the result; gave numbers (" +
                                  std::to_string(next() % 100) + "%) and what they would do differently.";
                card.questions.push_back(rating);
            }
        card.recommendation = kit.recommendation_labels[next() % kit.recommendation_labels.size()];
        card.notes = "Overall notes for candidate " + std::to_string(n) + ".";
        sheet.scorecards.push_back(card);
    }
    return sheet;
}

void write_plain(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct ChildRun {
    double ms = 0;
    double cpu_ms = 0;  // user + system time of the child, both cores together
    long peak_kb = 0;
    int status = -1;
};

// Runs `args` (the binary first) with stdout to `out_file`; wall time and the child's peak resident set.
ChildRun run_child(const std::vector<std::string>& args, const std::string& out_file) {
    std::fflush(stdout);  // or the child writes the parent's buffered lines again
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!std::freopen(out_file.c_str(), "w", stdout)) _exit(127);
        std::vector<char*> argv;
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.ms = ms_since(start);
    run.peak_kb = usage.ru_maxrss;
    run.cpu_ms = (static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                  static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 15;
    bool quick = false, check = false;
    std::string keep;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--quick") quick = true;
        else if (a == "--check") check = true;
        else if (a == "--keep" && i + 1 < argc) keep = argv[++i];
        else {
            std::fprintf(stderr, "usage: ikit_score_bench [--runs N] [--quick] [--check] [--keep DIR]\n");
            return 2;
        }
    }
    const std::string dir = keep.empty() ? (fs::temp_directory_path() / ("ikit-score-bench-" + std::to_string(getpid()))).string() : keep;
    fs::remove_all(dir);
    fs::create_directories(dir + "/compare");
    fs::create_directories(dir + "/calibration");
    const Kit kit = bench_kit();
    const std::string kit_file = dir + "/panel.ikit";
    save_kit_file(kit, kit_file);
    bool missed = false;

    // 1. One debrief, in-process.
    const std::string one = dir + "/one.iscore";
    write_plain(one, write_score_sheet(bench_sheet(kit, 1, 5)));
    std::vector<double> text_ms, pdf_ms;
    std::size_t pdf_bytes = 0;
    for (int r = 0; r < (quick ? 3 : runs); ++r) {
        auto start = Clock::now();
        const ScoreSheet sheet = read_score_file(one);
        const Combination c = combine(kit, sheet);
        const DebriefInput d{kit, sheet, c, compare_kit_identity(sheet.kit, kit)};
        const std::string text = debrief_text(d) + debrief_csv(d);
        text_ms.push_back(ms_since(start));
        start = Clock::now();
        const ScoreSheet sheet2 = read_score_file(one);
        const Combination c2 = combine(kit, sheet2);
        pdf_bytes = render_debrief_pdf({kit, sheet2, c2, compare_kit_identity(sheet2.kit, kit)}, {}).bytes.size();
        pdf_ms.push_back(ms_since(start));
        if (text.empty()) return 1;
    }
    std::printf("| measure | figure | target |\n|---|---:|---|\n");
    std::printf("| debrief, text + CSV (read, combine, write; 5 interviewers x 12 questions) | %.2f ms | < 50 ms |\n", median(text_ms));
    std::printf("| debrief, PDF (read, combine, render; %zu KB) | %.1f ms | < 50 ms |\n", (pdf_bytes + 1023) / 1024, median(pdf_ms));
    missed |= median(pdf_ms) >= 50;

    // 2. and 3. The commands as a user runs them.
    const int compare_files = quick ? 200 : 1000;
    const int calibration_files = quick ? 1000 : 10000;
    std::size_t bytes = 0;
    for (int n = 0; n < compare_files; ++n) {
        const std::string xml = write_score_sheet(bench_sheet(kit, n, 4));
        bytes += xml.size();
        write_plain(dir + "/compare/c" + std::to_string(n) + ".iscore", xml);
    }
    std::size_t calibration_bytes = 0;
    for (int n = 0; n < calibration_files; ++n) {
        const std::string xml = write_score_sheet(bench_sheet(kit, n, 4));
        calibration_bytes += xml.size();
        const std::string sub = dir + "/calibration/" + std::to_string(n % 20);
        if (n < 20) fs::create_directories(sub);
        write_plain(sub + "/s" + std::to_string(n) + ".iscore", xml);
    }
    std::vector<double> compare_ms, calibration_ms, compare_cpu, calibration_cpu;
    long compare_kb = 0, calibration_kb = 0;
    const int child_runs = quick ? 1 : 3;
    for (int r = 0; r < child_runs; ++r) {
        ChildRun c = run_child({IKIT_BINARY, "compare", dir + "/compare", "--kit", kit_file, "--format", "csv"}, dir + "/compare.csv");
        if (c.status != 0) {
            std::fprintf(stderr, "ikit compare failed (%d)\n", c.status);
            return 1;
        }
        compare_ms.push_back(c.ms);
        compare_cpu.push_back(c.cpu_ms);
        compare_kb = std::max(compare_kb, c.peak_kb);
        ChildRun k = run_child({IKIT_BINARY, "calibration", dir + "/calibration", "--format", "csv"}, dir + "/calibration.csv");
        if (k.status != 0) {
            std::fprintf(stderr, "ikit calibration failed (%d)\n", k.status);
            return 1;
        }
        calibration_ms.push_back(k.ms);
        calibration_cpu.push_back(k.cpu_ms);
        calibration_kb = std::max(calibration_kb, k.peak_kb);
    }
    std::printf("| ikit compare, %d score files (%.1f MB), CSV | %.0f ms wall, %.0f ms CPU, %.0f MB peak | 2 s, 300 MB |\n",
                compare_files, static_cast<double>(bytes) / 1e6, median(compare_ms), median(compare_cpu),
                static_cast<double>(compare_kb) / 1024);
    std::printf("| ikit calibration, %d score files in 20 folders (%.1f MB), 2 threads | %.0f ms wall, %.0f ms CPU, %.0f MB peak | 2 s, 300 MB |\n",
                calibration_files, static_cast<double>(calibration_bytes) / 1e6, median(calibration_ms),
                median(calibration_cpu), static_cast<double>(calibration_kb) / 1024);
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0) std::printf("\n(load average %.1f while measuring)\n", load[0]);
    if (!quick) {
        missed |= median(compare_ms) > 2000 || compare_kb > 300 * 1024;
        missed |= median(calibration_ms) > 2000 || calibration_kb > 300 * 1024;
    }
    if (keep.empty()) fs::remove_all(dir);
    if (check && missed) {
        std::fprintf(stderr, "a target was missed\n");
        return 1;
    }
    return 0;
}
