// ikit-bench-gen: writes the synthetic banks (1,000, 10,000 and 100,000 questions) and kits
// (30 and 200 questions) the benchmarks use, so they can also be opened in the app or the CLI.
//
//   ikit-bench-gen [--out DIR] [--seed N] [--sizes 1000,10000,100000] [--kits 30,200]

#include "bank_generator.h"

#include "io/atomic_file.h"
#include "serialize/bank_reader.h"
#include "serialize/kit_file.h"
#include "util/error.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::vector<std::size_t> parse_sizes(const std::string& list) {
    std::vector<std::size_t> sizes;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = list.find(',', start);
        const std::string item = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty()) {
            char* end = nullptr;
            const unsigned long long n = std::strtoull(item.c_str(), &end, 10);
            if (*end != '\0' || n == 0 || n > 10'000'000ull) throw ikit::Error("not a question count: \"" + item + "\"");
            sizes.push_back(static_cast<std::size_t>(n));
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return sizes;
}

void usage() {
    std::cout << "usage: ikit-bench-gen [--out DIR] [--seed N] [--sizes 1000,10000,100000] [--kits 30,200]\n"
                 "Writes synthetic bank files (bank-1k.xml, …) and kits (kit-30.ikit, …) into DIR (default: .).\n";
}

}  // namespace

int main(int argc, char** argv) {
    try {
        std::string out = ".";
        std::uint32_t seed = ikit::bench::kDefaultSeed;
        std::vector<std::size_t> sizes{1000, 10000, 100000};
        std::vector<std::size_t> kits{30, 200};
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw ikit::Error(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--out") out = value();
            else if (arg == "--seed") seed = static_cast<std::uint32_t>(std::strtoul(value().c_str(), nullptr, 10));
            else if (arg == "--sizes") sizes = parse_sizes(value());
            else if (arg == "--kits") kits = parse_sizes(value());
            else if (arg == "--help" || arg == "-h") { usage(); return 0; }
            else throw ikit::Error("unknown option " + arg + " (try --help)");
        }
        std::filesystem::create_directories(out);
        const auto rubrics = ikit::bench::generate_rubrics(seed);
        for (std::size_t size : sizes) {
            const auto bank = ikit::bench::generate_bank(size, seed);
            const std::string path = (std::filesystem::path(out) / ikit::bench::bank_file_name(size)).string();
            const std::string xml = ikit::write_bank(bank);
            ikit::write_file_atomically(path, xml);
            std::printf("%s: %zu questions, %.1f MB\n", path.c_str(), size, static_cast<double>(xml.size()) / 1e6);
        }
        if (!kits.empty()) {
            std::size_t largest = 0;
            for (std::size_t k : kits) largest = std::max(largest, k);
            const auto bank = ikit::bench::generate_bank(std::max<std::size_t>(largest * 4, 1000), seed);
            for (std::size_t k : kits) {
                const auto kit = ikit::bench::generate_kit(bank, rubrics, k, seed);
                const std::string path = (std::filesystem::path(out) / ("kit-" + std::to_string(k) + ".ikit")).string();
                const std::string xml = ikit::write_kit(kit);
                ikit::write_file_atomically(path, xml);
                std::printf("%s: %zu questions, %.1f kB\n", path.c_str(), kit.question_count(),
                            static_cast<double>(xml.size()) / 1e3);
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "ikit-bench-gen: " << e.what() << "\n";
        return 1;
    }
}
