// ikit_hostile_bench: the hostile corpus (tests/core/hostile) at two sizes, a quarter and a half of each file
// kind's largest file, read with the core's readers. Prints the time of each refusal at both sizes and fails
// (exit 1) when doubling a file more than doubles the time by far (growth > 2.2x on files that take at least
// 20 ms), i.e. when some reader is no longer linear in what it is given.
//
//   ikit_hostile_bench [--runs N]
//
// Figures: docs/performance.md.

#include "hostile/hostile_files.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace ikit::test;

// Median milliseconds `kind`'s reader takes to refuse `path`.
double refusal_ms(HostileKind kind, const std::string& path, int runs) {
    std::vector<double> times;
    refusal_of(kind, path);  // once untimed: the file is in the page cache for every timed run
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        const std::string refusal = refusal_of(kind, path);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (refusal.empty()) std::printf("  (note: %s was read, not refused)\n", path.c_str());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 3;
    if (argc >= 3 && std::string(argv[1]) == "--runs") runs = std::max(1, std::stoi(argv[2]));
    const auto folder = std::filesystem::temp_directory_path() / ("ikit-hostile-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    constexpr double kMaxGrowth = 2.2;
    constexpr double kMeasurableMs = 20.0;
    int failures = 0;
    std::printf("| file | size | ms | size x2 | ms | growth |\n|---|---:|---:|---:|---:|---:|\n");
    for (const HostileKind kind : hostile_kinds()) {
        const std::size_t small = hostile_budget(kind) / 4;
        const auto smaller = hostile_files(kind, small);
        const auto larger = hostile_files(kind, small * 2);
        for (std::size_t k = 0; k < smaller.size() && k < larger.size(); ++k) {
            const std::string a = (folder / smaller[k].name).string(), b = (folder / ("x2-" + larger[k].name)).string();
            write_hostile_file(a, smaller[k].bytes);
            write_hostile_file(b, larger[k].bytes);
            const double ta = refusal_ms(kind, a, runs), tb = refusal_ms(kind, b, runs);
            std::filesystem::remove(a);
            std::filesystem::remove(b);
            const double growth = tb / std::max(ta, 0.001);
            const bool measured = tb >= kMeasurableMs;
            const bool too_slow = measured && growth > kMaxGrowth;
            failures += too_slow;
            if (smaller[k].bytes.size() < 4096 && !too_slow) continue;  // the fixed-size files: nothing to double
            std::printf("| %s | %zu | %.1f | %zu | %.1f | %.2fx%s |\n", smaller[k].name.c_str(), smaller[k].bytes.size(), ta,
                        larger[k].bytes.size(), tb, growth, too_slow ? " **not linear**" : measured ? "" : " (too fast to tell)");
        }
    }
    std::filesystem::remove_all(folder);
    std::printf("\n%s\n", failures ? "FAILED: some refusal grows faster than its file" : "every refusal grows linearly (or not at all)");
    return failures ? 1 : 0;
}
