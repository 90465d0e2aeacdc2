// ikit_check_bench: how long the kit check (check_kit, what `ikit check` runs) takes on synthetic kits of
// 1,000 and 5,000 questions (5,000 is the most a kit may hold) with the shipped question rules, and how
// that splits over its steps. Prints a Markdown table (median of N runs) and the growth from 1k to 5k:
// a linear check grows about 5×, a pairwise one about 25×.
//
//   ikit_check_bench [--runs N] [--quick] [--sizes 1000,5000]
//
// Figures and how to read them: docs/performance.md. The program never fails on a slow run; it reports.

#include "bank_generator.h"

#include "checks/check_steps.h"
#include "checks/kit_checks.h"
#include "serialize/question_rules_reader.h"
#include "io/data_paths.h"
#include "util/error.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace ikit;

// Median milliseconds of `runs` calls of `work`.
double median_ms(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    try {
        int runs = 5;
        std::vector<std::size_t> sizes{1000, 5000};
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--quick") runs = 1;
            else if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::stoi(argv[++i]));
            else if (arg == "--sizes" && i + 1 < argc) {
                sizes.clear();
                std::string list = argv[++i];
                for (std::size_t at = 0; at <= list.size();) {
                    const std::size_t comma = std::min(list.find(',', at), list.size());
                    sizes.push_back(static_cast<std::size_t>(std::stoul(list.substr(at, comma - at))));
                    at = comma + 1;
                }
            } else {
                std::cout << "usage: ikit_check_bench [--runs N] [--quick] [--sizes 1000,5000]\n";
                return arg == "--help" ? 0 : 2;
            }
        }
        const QuestionRules rules = read_question_rules_file(DataPaths(argv[0]).question_rules_file());
        const std::size_t largest = *std::max_element(sizes.begin(), sizes.end());
        const BankContent bank = bench::generate_bank(largest);
        const auto rubrics = bench::generate_rubrics();

        std::printf("| questions | check_kit ms | wording | coverage+time+scoring | duplicates | findings |\n");
        std::printf("|---:|---:|---:|---:|---:|---:|\n");
        std::vector<double> totals;
        for (const std::size_t size : sizes) {
            const Kit kit = bench::generate_kit(bank, rubrics, size);
            std::size_t findings = 0;
            const double total = median_ms(runs, [&] { findings = check_kit(kit, rules).size(); });
            std::vector<Finding> scratch;
            const double wording = median_ms(runs, [&] { scratch.clear(); check_wording(kit, rules, scratch); });
            const double others = median_ms(runs, [&] {
                scratch.clear();
                check_coverage(kit, scratch);
                check_time(kit, scratch);
                check_scoring(kit, scratch);
            });
            const double duplicates = median_ms(runs, [&] { scratch.clear(); check_duplicates(kit, scratch); });
            std::printf("| %zu | %.1f | %.1f | %.1f | %.1f | %zu |\n", size, total, wording, others, duplicates, findings);
            totals.push_back(total);
        }
        if (totals.size() >= 2 && totals.front() > 0)
            std::printf("\ngrowth %zu -> %zu questions: %.1fx (linear would be %.1fx)\n", sizes.front(), sizes.back(),
                        totals.back() / totals.front(), static_cast<double>(sizes.back()) / static_cast<double>(sizes.front()));
        return 0;
    } catch (const Error& e) {
        std::cerr << "ikit_check_bench: " << e.what() << "\n";
        return 1;
    }
}
