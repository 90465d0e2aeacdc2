// ikit-bench: how the core copes with large banks. For 1,000, 10,000 and 100,000 synthetic
// questions it measures bank loading (against tinyxml2 parsing the same bytes), peak memory,
// search-as-you-type, kit assembly and kit file writing/reading, and prints Markdown tables.
//
//   ikit-bench [--quick] [--sizes 1000,10000,100000] [--runs N] [--seed N] [--keep DIR]
//
// --quick runs 1,000 and 10,000 questions with few repetitions (the `bench_bank` test, label
// "bench", which the default `ctest -LE bench` leaves out). The program never fails on a missed
// target; it reports it. docs/performance.md holds the figures of a full run.
//
// This is not product code: it includes tinyxml2 directly to time the parser on its own.

#include "bank_generator.h"

#include "bank/question_bank.h"
#include "bank/rubric_library.h"
#include "bank/kit_assembler.h"
#include "io/atomic_file.h"
#include "io/file_read.h"
#include "serialize/bank_reader.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/text.h"

#include <tinyxml2.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr double kFrameMs = 16.0;          // one frame at 60 Hz: the search-as-you-type target
constexpr double kLoadParseRatio = 1.5;    // bank loading may cost at most this many tinyxml2 parses

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Processor time used so far by the whole process (every thread), in milliseconds.
double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double worst(const std::vector<double>& values) {
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

std::string fmt(const char* format, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, value);
    return buf;
}

std::string ms(double value) { return value < 10 ? fmt("%.2f ms", value) : fmt("%.1f ms", value); }
std::string mb(double bytes) { return fmt("%.1f MB", bytes / 1e6); }
std::string count(std::size_t n) { return ikit::grouped_count(n); }

// --- memory, measured in a fresh child process so runs do not pollute each other ---------------

struct MemoryUse {
    long rss_before_kb = 0;  // resident set when the child started working
    long peak_kb = 0;        // VmHWM when it was done
    long rss_after_kb = 0;   // resident set at the end, with the result still alive
    double ms = 0;           // how long the work took in this fresh process (its first touch of the heap)
    double peak_delta_bytes() const { return static_cast<double>(peak_kb - rss_before_kb) * 1024.0; }
    double kept_delta_bytes() const { return static_cast<double>(rss_after_kb - rss_before_kb) * 1024.0; }
};

long status_kb(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::size_t n = std::strlen(field);
    while (std::getline(in, line))
        if (line.compare(0, n, field) == 0 && line.size() > n && line[n] == ':') return std::atol(line.c_str() + n + 1);
    return 0;
}

void release_free_memory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// Child side: "load" = read_bank_file + QuestionBank::add; "parse" = read the file + tinyxml2 Parse.
int child_memory(const std::string& mode, const std::string& path) {
    MemoryUse use;
    use.rss_before_kb = status_kb("VmRSS");
    if (mode == "load") {
        ikit::QuestionBank bank;
        const auto start = Clock::now();
        bank.add(ikit::read_bank_file(path));
        use.ms = ms_since(start);
        release_free_memory();
        use.rss_after_kb = status_kb("VmRSS");
        use.peak_kb = status_kb("VmHWM");
        if (bank.questions().empty()) return 2;
    } else {
        const std::string bytes = ikit::read_file_limited(path, std::size_t(1) << 31);
        tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
        const auto start = Clock::now();
        if (doc.Parse(bytes.data(), bytes.size()) != tinyxml2::XML_SUCCESS) return 2;
        use.ms = ms_since(start);
        release_free_memory();
        use.rss_after_kb = status_kb("VmRSS");
        use.peak_kb = status_kb("VmHWM");
    }
    std::printf("%ld %ld %ld %.3f\n", use.rss_before_kb, use.peak_kb, use.rss_after_kb, use.ms);
    return 0;
}

MemoryUse measure_memory(const std::string& mode, const std::string& path) {
    int fds[2];
    if (pipe(fds) != 0) throw ikit::Error("pipe failed");
    const pid_t pid = fork();
    if (pid < 0) throw ikit::Error("fork failed");
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        const char* args[] = {"ikit-bench", "--child-memory", mode.c_str(), path.c_str(), nullptr};
        execv("/proc/self/exe", const_cast<char* const*>(args));
        _exit(127);
    }
    close(fds[1]);
    std::string output;
    char buf[256];
    ssize_t got;
    while ((got = read(fds[0], buf, sizeof buf)) > 0) output.append(buf, static_cast<std::size_t>(got));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    MemoryUse use;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
        std::sscanf(output.c_str(), "%ld %ld %ld %lf", &use.rss_before_kb, &use.peak_kb, &use.rss_after_kb, &use.ms) != 4)
        throw ikit::Error("the memory measurement child (" + mode + " " + path + ") failed");
    return use;
}

// --- bank loading ----------------------------------------------------------------------------------

// Reads every text and attribute value of the tree, as any reader of the file must: tinyxml2 decodes
// entities and line ends only then, not in Parse(). Returns a checksum so nothing is optimised away.
std::size_t read_every_value(const tinyxml2::XMLNode* node) {
    std::size_t sum = 0;
    for (const tinyxml2::XMLNode* n = node->FirstChild(); n; n = n->NextSibling()) {
        if (const auto* e = n->ToElement()) {
            for (const auto* a = e->FirstAttribute(); a; a = a->Next()) sum += std::strlen(a->Value());
            sum += read_every_value(e);
        } else if (const auto* t = n->ToText()) {
            sum += std::strlen(t->Value());
        }
    }
    return sum;
}

struct LoadResult {
    std::size_t questions = 0;
    double file_bytes = 0;
    double parse_ms = 0;        // tinyxml2 alone, bytes already in memory
    double parse_read_ms = 0;   // tinyxml2 parse + reading every value once
    double read_ms = 0;         // read_bank_file (read + checks + parse + build the content)
    double add_ms = 0;          // QuestionBank::add
    double load_ms = 0;         // both
    double load_cpu_ms = 0;     // processor time of the load, all threads together
    double tree_load_ms = 0;    // the tree reader alone (parse_bank_with_tree) + add, bytes already in memory
    double fresh_parse_ms = 0;  // tinyxml2 alone, the first parse in a fresh process (median of a few)
    double fresh_load_ms = 0;   // the load, the first in a fresh process (median of a few)
    MemoryUse load_memory;
    MemoryUse parse_memory;
};

LoadResult bench_load(const std::string& path, std::size_t questions, int runs) {
    LoadResult r;
    r.questions = questions;
    const std::string bytes = ikit::read_file_limited(path, std::size_t(1) << 31);
    r.file_bytes = static_cast<double>(bytes.size());
    std::vector<double> parse, parse_read, read, add, load, load_cpu, tree_load;
    for (int i = 0; i < runs; ++i) {
        {
            tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
            const auto start = Clock::now();
            const bool ok = doc.Parse(bytes.data(), bytes.size()) == tinyxml2::XML_SUCCESS;
            parse.push_back(ms_since(start));
            if (!ok) throw ikit::Error(path, 0, "tinyxml2 could not parse the generated bank");
            const std::size_t sum = read_every_value(&doc);
            parse_read.push_back(ms_since(start));
            if (sum == 0) throw ikit::Error(path, 0, "the generated bank holds no text");
        }
        {
            ikit::QuestionBank bank;
            const double cpu_start = cpu_ms();
            const auto start = Clock::now();
            ikit::BankContent content = ikit::read_bank_file(path);
            const auto read_done = Clock::now();
            bank.add(std::move(content));
            const auto end = Clock::now();
            load_cpu.push_back(cpu_ms() - cpu_start);
            read.push_back(std::chrono::duration<double, std::milli>(read_done - start).count());
            add.push_back(std::chrono::duration<double, std::milli>(end - read_done).count());
            load.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            if (bank.questions().size() != questions) throw ikit::Error(path, 0, "the bank lost questions");
        }
        {
            ikit::QuestionBank bank;
            const auto start = Clock::now();
            bank.add(ikit::parse_bank_with_tree(bytes, path));
            tree_load.push_back(ms_since(start));
            if (bank.questions().size() != questions) throw ikit::Error(path, 0, "the tree reader lost questions");
        }
    }
    r.parse_ms = median(parse);
    r.parse_read_ms = median(parse_read);
    r.read_ms = median(read);
    r.add_ms = median(add);
    r.load_ms = median(load);
    r.load_cpu_ms = median(load_cpu);
    r.tree_load_ms = median(tree_load);
    // Fresh processes: memory from the first of each, times the median of a few, alternating the two.
    std::vector<double> fresh_load, fresh_parse;
    for (int i = 0; i < std::max(3, runs / 3); ++i) {
        const MemoryUse load_use = measure_memory("load", path);
        const MemoryUse parse_use = measure_memory("parse", path);
        if (i == 0) {
            r.load_memory = load_use;
            r.parse_memory = parse_use;
        }
        fresh_load.push_back(load_use.ms);
        fresh_parse.push_back(parse_use.ms);
    }
    r.fresh_load_ms = median(fresh_load);
    r.fresh_parse_ms = median(fresh_parse);
    return r;
}

// --- search as you type ------------------------------------------------------------------------------

struct SearchResult {
    std::string query;
    std::size_t keystrokes = 0;
    std::size_t hits = 0;
    std::vector<double> filter_ms;  // filter() on every prefix
    std::vector<double> typing_ms;  // what the GUI does: filter() first, then filter_within() the last result
};

// Prefixes of `text` ending on whole UTF-8 characters, as a user types them.
std::vector<std::string> typed_prefixes(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t i = 1; i <= text.size(); ++i)
        if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(text.substr(0, i));
    return out;
}

SearchResult bench_search(const ikit::QuestionBank& bank, const std::string& query, int reps) {
    SearchResult r;
    r.query = query;
    const auto prefixes = typed_prefixes(query);
    r.keystrokes = prefixes.size();
    std::vector<std::size_t> previous;
    for (std::size_t k = 0; k < prefixes.size(); ++k) {
        ikit::BankFilter filter;
        filter.search = prefixes[k];
        std::vector<double> full, typing;
        std::vector<std::size_t> result;
        for (int i = 0; i < reps; ++i) {
            auto start = Clock::now();
            result = bank.filter(filter);
            full.push_back(ms_since(start));
            start = Clock::now();
            const auto narrowed = k == 0 ? bank.filter(filter) : bank.filter_within(filter, previous);
            typing.push_back(ms_since(start));
            if (narrowed != result) throw ikit::Error("filter_within() and filter() disagree on \"" + prefixes[k] + "\"");
        }
        r.filter_ms.push_back(median(full));
        r.typing_ms.push_back(median(typing));
        previous = std::move(result);
    }
    r.hits = previous.size();
    return r;
}

double bench_facets(const ikit::QuestionBank& bank, int reps, std::size_t* hits) {
    ikit::BankFilter filter;
    filter.role_id = "cs-manager";
    filter.competency_ids = {"operations", "crisis-pressure"};
    filter.type = ikit::QuestionType::Situational;
    std::vector<double> times;
    for (int i = 0; i < reps; ++i) {
        const auto start = Clock::now();
        *hits = bank.filter(filter).size();
        times.push_back(ms_since(start));
    }
    return median(times);
}

// --- kits ----------------------------------------------------------------------------------------------

double bench_assemble(const ikit::QuestionBank& bank, const ikit::RubricLibrary& rubrics, bool named, int runs,
                      std::size_t* questions) {
    ikit::KitRequest request;
    request.role = "cs-manager";
    if (named) request.competencies = {"kpis-metrics", "crisis-pressure", "team-management"};
    request.minutes = 60;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const ikit::Kit kit = ikit::assemble_kit(bank, rubrics, request);
        times.push_back(ms_since(start));
        *questions = kit.question_count();
    }
    return median(times);
}

struct KitResult {
    std::size_t questions = 0;
    double bytes = 0;
    double write_ms = 0;
    double parse_ms = 0;
};

KitResult bench_kit(const ikit::Kit& kit, int runs) {
    KitResult r;
    r.questions = kit.question_count();
    std::vector<double> write, parse;
    std::string xml;
    for (int i = 0; i < runs; ++i) {
        auto start = Clock::now();
        xml = ikit::write_kit(kit);
        write.push_back(ms_since(start));
        start = Clock::now();
        const ikit::Kit back = ikit::parse_kit(xml, "bench.ikit");
        parse.push_back(ms_since(start));
        if (back != kit) throw ikit::Error("the kit did not survive write_kit/parse_kit");
    }
    r.bytes = static_cast<double>(xml.size());
    r.write_ms = median(write);
    r.parse_ms = median(parse);
    return r;
}

// --- the program -----------------------------------------------------------------------------------------

struct Options {
    bool quick = false;
    std::vector<std::size_t> sizes{1000, 10000, 100000};
    int runs = 0;  // 0 = by size
    std::uint32_t seed = ikit::bench::kDefaultSeed;
    std::string keep;
};

int runs_for(const Options& o, std::size_t size) {
    if (o.runs > 0) return o.runs;
    if (o.quick) return 3;
    return size >= 100000 ? 7 : size >= 10000 ? 11 : 21;
}

std::string cpu_model() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, 10, "model name") == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    return "unknown CPU";
}

std::string make_temp_dir() {
    std::string pattern = (fs::temp_directory_path() / "ikit-bench-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw ikit::Error("cannot create a temporary folder in " + fs::temp_directory_path().string());
    return pattern;
}

std::vector<std::size_t> parse_sizes(const std::string& list) {
    std::vector<std::size_t> sizes;
    std::stringstream in(list);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty()) sizes.push_back(static_cast<std::size_t>(std::stoull(item)));
    return sizes;
}

const char* verdict(bool met) { return met ? "met" : "**missed**"; }

int run(const Options& o) {
    const std::string dir = o.keep.empty() ? make_temp_dir() : o.keep;
    fs::create_directories(dir);
    std::printf("# ikit-bench%s\n\n", o.quick ? " --quick" : "");
    std::printf("Machine: %s, %u hardware threads. Build: %s, %s. Seed %u.\n\n", cpu_model().c_str(),
                std::thread::hardware_concurrency(),
#ifdef NDEBUG
                "optimised (NDEBUG)",
#else
                "with assertions (not a release build: figures are pessimistic)",
#endif
                __VERSION__, o.seed);

    std::vector<LoadResult> loads;
    std::vector<std::pair<std::size_t, std::vector<SearchResult>>> searches;
    std::vector<std::pair<std::size_t, std::pair<double, std::size_t>>> facets;
    double assemble_default = 0, assemble_named = 0;
    std::size_t assembled_default = 0, assembled_named = 0, assembled_bank = 0;
    const std::vector<std::string> queries{"escalation", "coach", "ελένη", "sla breach"};
    const auto rubric_list = ikit::bench::generate_rubrics(o.seed);
    ikit::RubricLibrary rubrics;
    for (const auto& r : rubric_list) rubrics.add(r);

    for (std::size_t size : o.sizes) {
        const std::string path = (fs::path(dir) / ikit::bench::bank_file_name(size)).string();
        ikit::write_file_atomically(path, ikit::write_bank(ikit::bench::generate_bank(size, o.seed)));
        std::fprintf(stderr, "ikit-bench: %s questions…\n", count(size).c_str());
        const int runs = runs_for(o, size);
        loads.push_back(bench_load(path, size, runs));

        ikit::QuestionBank bank;
        bank.add(ikit::read_bank_file(path));
        std::vector<SearchResult> results;
        for (const auto& q : queries) results.push_back(bench_search(bank, q, o.quick ? 1 : 5));
        searches.emplace_back(size, std::move(results));
        std::size_t facet_hits = 0;
        const double facet_ms = bench_facets(bank, o.quick ? 1 : 9, &facet_hits);
        facets.emplace_back(size, std::make_pair(facet_ms, facet_hits));
        if (size == o.sizes.back()) {
            assembled_bank = size;
            assemble_default = bench_assemble(bank, rubrics, false, runs, &assembled_default);
            assemble_named = bench_assemble(bank, rubrics, true, runs, &assembled_named);
        }
        if (o.keep.empty()) fs::remove(path);
    }

    std::printf("## Loading a bank (median of the runs)\n\n");
    std::printf("Load = `read_bank_file` (read, safety checks, parse, build the questions) + `QuestionBank::add` "
                "(validate, index), wall-clock time; load CPU = the processor time it used on all threads (the checks "
                "and the index run on two threads for large banks). Tree reader = `parse_bank_with_tree` + `add` on "
                "the bytes already in memory: the way files that the streaming fast path declines are read. Parse = tinyxml2 `XMLDocument::Parse` alone on the same bytes already in memory; "
                "parse + read values = the same, then reading every text and attribute once (tinyxml2 decodes them "
                "only when read). Target: load ≤ %.1f× parse. "
                "Memory is measured in a fresh child process: peak = VmHWM − VmRSS at start; kept = resident after, "
                "with the bank (or document) still alive.\n\n", kLoadParseRatio);
    std::printf("| Questions | File | Runs | tinyxml2 parse | parse + read values | read_bank_file | add | Load "
                "| Load / parse | Load CPU | Tree reader | Peak memory (load) | Kept (load) | Peak memory (tinyxml2 only) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& r : loads) {
        const double ratio = r.parse_ms > 0 ? r.load_ms / r.parse_ms : 0;
        std::printf("| %s | %s | %d | %s | %s | %s | %s | %s | %.2f× (%s) | %s | %s | %s | %s | %s |\n",
                    count(r.questions).c_str(), mb(r.file_bytes).c_str(), runs_for(o, r.questions), ms(r.parse_ms).c_str(),
                    ms(r.parse_read_ms).c_str(), ms(r.read_ms).c_str(),
                    ms(r.add_ms).c_str(), ms(r.load_ms).c_str(), ratio, verdict(ratio <= kLoadParseRatio),
                    ms(r.load_cpu_ms).c_str(), ms(r.tree_load_ms).c_str(),
                    mb(r.load_memory.peak_delta_bytes()).c_str(), mb(r.load_memory.kept_delta_bytes()).c_str(),
                    mb(r.parse_memory.peak_delta_bytes()).c_str());
    }

    std::printf("\nThe first load in a fresh process also pays for the pages the heap touches for the first time, as "
                "the app and `ikit` do when they start; so does tinyxml2's first parse there (median of a few fresh "
                "processes each, the two alternating).\n\n");
    std::printf("| Questions | tinyxml2 parse, fresh process | Load, fresh process | Load / parse |\n|---:|---:|---:|---|\n");
    for (const auto& r : loads) {
        const double ratio = r.fresh_parse_ms > 0 ? r.fresh_load_ms / r.fresh_parse_ms : 0;
        std::printf("| %s | %s | %s | %.2f× (%s) |\n", count(r.questions).c_str(), ms(r.fresh_parse_ms).c_str(),
                    ms(r.fresh_load_ms).c_str(), ratio, verdict(ratio <= kLoadParseRatio));
    }

    std::printf("\n## Search as you type (per keystroke; median of %d repetitions each)\n\n", o.quick ? 1 : 5);
    std::printf("`filter` = `QuestionBank::filter` on every prefix from scratch. Typing = what the GUI does: "
                "`filter` on the first letter, then `filter_within` the previous result. Target: worst keystroke "
                "< %.0f ms.\n\n", kFrameMs);
    std::printf("| Questions | Query | Keystrokes | Hits | filter median | filter worst | typing median | typing worst "
                "| Target |\n");
    std::printf("|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (const auto& [size, results] : searches)
        for (const auto& r : results)
            std::printf("| %s | %s | %zu | %s | %s | %s | %s | %s | %s |\n", count(size).c_str(), r.query.c_str(),
                        r.keystrokes, count(r.hits).c_str(), ms(median(r.filter_ms)).c_str(),
                        ms(worst(r.filter_ms)).c_str(), ms(median(r.typing_ms)).c_str(), ms(worst(r.typing_ms)).c_str(),
                        verdict(worst(r.filter_ms) < kFrameMs && worst(r.typing_ms) < kFrameMs));
    std::printf("\nFacets only (role cs-manager, competency operations or crisis-pressure, situational): ");
    for (std::size_t i = 0; i < facets.size(); ++i)
        std::printf("%s%s questions: %s (%s hits)", i ? "; " : "", count(facets[i].first).c_str(),
                    ms(facets[i].second.first).c_str(), count(facets[i].second.second).c_str());
    std::printf(".\n");

    std::printf("\n## Kits\n\n| Operation | Size | Median |\n|---|---:|---:|\n");
    std::printf("| `assemble_kit` (role cs-manager, 60 min, the role's top competencies) | %s-question bank → %zu questions | %s |\n",
                count(assembled_bank).c_str(), assembled_default, ms(assemble_default).c_str());
    std::printf("| `assemble_kit` (role cs-manager, 60 min, 3 named competencies) | %s-question bank → %zu questions | %s |\n",
                count(assembled_bank).c_str(), assembled_named, ms(assemble_named).c_str());
    const auto kit_bank = ikit::bench::generate_bank(1000, o.seed);
    for (std::size_t n : {std::size_t(30), std::size_t(200)}) {
        const auto kit = ikit::bench::generate_kit(kit_bank, rubric_list, n, o.seed);
        const KitResult k = bench_kit(kit, o.quick ? 3 : 51);
        std::printf("| `write_kit` | %zu questions, %s | %s |\n", k.questions, fmt("%.0f kB", k.bytes / 1e3).c_str(),
                    ms(k.write_ms).c_str());
        std::printf("| `parse_kit` | %zu questions, %s | %s |\n", k.questions, fmt("%.0f kB", k.bytes / 1e3).c_str(),
                    ms(k.parse_ms).c_str());
    }
    if (o.keep.empty()) fs::remove_all(dir);
    else std::printf("\nBank files kept in %s.\n", dir.c_str());
    return 0;
}

void usage() {
    std::cout << "usage: ikit-bench [--quick] [--sizes 1000,10000,100000] [--runs N] [--seed N] [--keep DIR]\n"
                 "Measures bank loading, memory, search-as-you-type and kit files; prints Markdown tables.\n";
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 4 && std::string(argv[1]) == "--child-memory") return child_memory(argv[2], argv[3]);
        Options o;
        bool sizes_given = false;
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw ikit::Error(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--quick") o.quick = true;
            else if (arg == "--sizes") { o.sizes = parse_sizes(value()); sizes_given = true; }
            else if (arg == "--runs") o.runs = std::atoi(value().c_str());
            else if (arg == "--seed") o.seed = static_cast<std::uint32_t>(std::strtoul(value().c_str(), nullptr, 10));
            else if (arg == "--keep") o.keep = value();
            else if (arg == "--help" || arg == "-h") { usage(); return 0; }
            else throw ikit::Error("unknown option " + arg + " (try --help)");
        }
        if (o.quick && !sizes_given) o.sizes = {1000, 10000};
        if (o.sizes.empty()) throw ikit::Error("--sizes names no size");
        return run(o);
    } catch (const std::exception& e) {
        std::cerr << "ikit-bench: " << e.what() << "\n";
        return 1;
    }
}
