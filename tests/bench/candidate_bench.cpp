// ikit_candidate_bench: printing an interview loop for a candidate list (issue 17). A kit of 20 questions
// with a plan of 4 interviews x 2 interviewers is printed for N candidates (default 100: 800 scorecards and
// 100 agendas) with export_candidate_batch, on 1 thread and on one per core, then one candidate's set is
// timed as a batch call (render_candidate_files) and as its files exported one by one. Peak memory: run it
// under /usr/bin/time -v with --candidates 100 and 400 (--threads 2 --only-batch) and compare.
//
//   ikit_candidate_bench [--candidates N] [--threads T] [--runs R] [--merge] [--only-batch] [--quick]
//
// Build (optimised):  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DIKIT_BUILD_APP=OFF
//                     cmake --build build-bench --target ikit_candidate_bench -j2
// The program never fails on a slow run; it reports.

#include "print/candidate_batch.h"
#include "print/interview_print.h"
#include "test_kits.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
using namespace ikit;
namespace fs = std::filesystem;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// 20 questions in two sections; interview k asks questions k, k+4, … (5 each, 25 minutes of 45).
Kit bench_kit() {
    Kit kit = test::synthetic_kit(20);
    const char* names[] = {"Phone screen", "Panel: operations", "Panel: people", "Hiring manager"};
    for (int k = 0; k < 4; ++k) {
        Interview in;
        in.id = "i" + std::to_string(k + 1);
        in.name = names[k];
        in.minutes = 45;
        in.interviewers = {{"Interviewer " + std::to_string(2 * k + 1), "Manager"}, {"", "Peer"}};
        int n = 0;
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions)
                if (n++ % 4 == k) in.question_ids.push_back(q.id);
        kit.plan.interviews.push_back(in);
    }
    return kit;
}

CandidateList bench_list(int n) {
    CandidateList list;
    for (int i = 1; i <= n; ++i) {
        CandidateEntry c;
        c.line = i + 1;
        c.name = "Candidate " + std::to_string(i);
        c.date = "2026-03-12";
        c.interviewers["i2"] = {"Peer " + std::to_string(i % 7)};
        list.candidates.push_back(std::move(c));
    }
    return list;
}

}  // namespace

int main(int argc, char** argv) {
    int candidates = 100, runs = 3;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    bool merge = false, only_batch = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--candidates" && i + 1 < argc) candidates = std::atoi(argv[++i]);
        else if (a == "--threads" && i + 1 < argc) threads = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (a == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (a == "--merge") merge = true;
        else if (a == "--only-batch") only_batch = true;
        else if (a == "--quick") { candidates = 20; runs = 1; }
        else {
            std::fprintf(stderr, "usage: ikit_candidate_bench [--candidates N] [--threads T] [--runs R] [--merge] [--only-batch] [--quick]\n");
            return 2;
        }
    }
    const Kit kit = bench_kit();
    const CandidateList list = bench_list(candidates);
    const fs::path root = fs::temp_directory_path() / ("ikit-candidate-bench-" + std::to_string(::getpid()));
    PrintContext context;
    context.today = "2026-12-01";

    const auto batch = [&](unsigned t) {
        std::vector<double> times;
        std::size_t files = 0;
        for (int r = 0; r < runs; ++r) {
            fs::remove_all(root);
            fs::create_directories(root);
            CandidateBatchOptions o;
            o.folder = root.string();
            o.merge = merge;
            o.context = context;
            o.threads = t;
            const auto start = Clock::now();
            files = export_candidate_batch(kit, list, o).files;
            times.push_back(ms_since(start));
        }
        fs::remove_all(root);
        std::printf("| batch, %d candidates%s, %u thread%s | %zu files | %.0f ms |\n", candidates,
                    merge ? " merged" : "", t, t == 1 ? "" : "s", files, median(times));
    };
    std::printf("| what | output | median of %d |\n|---|---|---|\n", runs);
    batch(threads);
    if (only_batch) return 0;
    if (threads != 1) batch(1);

    // One candidate's set: one call, against its files exported one by one.
    std::vector<double> set_times, one_by_one;
    for (int r = 0; r < std::max(runs, 5); ++r) {
        auto start = Clock::now();
        const auto set = render_candidate_files(kit, list.candidates[0], false, context, std::nullopt);
        set_times.push_back(ms_since(start));
        start = Clock::now();
        std::size_t bytes = render_agenda_pdf(candidate_agenda(kit, list.candidates[0].name, list.candidates[0].date),
                                              Paper::A4, "").bytes.size();
        for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i)
            for (const auto& slot : kit.plan.interviews[i].interviewers) {
                PdfOptions o = interview_print_options(kit, i, PdfKind::Scorecard, context);
                o.candidate = list.candidates[0].name;
                o.interviewers = {scorecard_interviewer(slot)};
                bytes += render_interview_pdf(kit, i, o).bytes.size();
            }
        one_by_one.push_back(ms_since(start));
        if (bytes == 0 || set.size() != 9) std::printf("unexpected output\n");
    }
    std::printf("| one candidate's set (9 PDFs), one call | in memory | %.1f ms |\n", median(set_times));
    std::printf("| the same 9 PDFs exported one by one | in memory | %.1f ms |\n", median(one_by_one));
    return 0;
}
