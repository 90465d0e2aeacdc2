#include "print/candidate_batch.h"

#include "io/file_read.h"
#include "io/native_path.h"
#include "print/interview_print.h"
#include "print/print_language.h"
#include "serialize/plan_xml.h"
#include "io/csv_table.h"
#include "util/error.h"
#include "util/file_name.h"
#include "util/text.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace ikit {

namespace {

constexpr std::size_t kMaxNameCodePoints = 200;
constexpr const char* kInterviewerPrefix = "interviewer:";

// Throws unless `text` is a name one can print: at most 200 characters, no control characters.
void check_name(const std::string& text, const std::string& what, const std::string& file, int line) {
    const std::vector<char32_t> code_points = decode_utf8(text);
    if (code_points.size() > kMaxNameCodePoints)
        throw Error(file, line, what + " is longer than " + std::to_string(kMaxNameCodePoints) + " characters");
    for (char32_t c : code_points)
        if (c < 0x20 || c == 0x7F)
            throw Error(file, line, what + " \"" + utf8_prefix(text, 60) + "\" holds a control character");
}

bool valid_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The names in an `interviewer:` cell: separated by semicolons or line breaks, trimmed, blanks skipped.
std::vector<std::string> names_in_cell(const std::string& cell) {
    std::vector<std::string> names;
    std::string current;
    const auto flush = [&] {
        std::string name = trim(current);
        if (!name.empty()) names.push_back(std::move(name));
        current.clear();
    };
    for (char c : cell) {
        if (c == ';' || c == '\n' || c == '\r')
            flush();
        else
            current += c;
    }
    flush();
    return names;
}

// Writes a staged file (the staging folder is private; the rename of the whole folder makes it appear). The
// data reaches the disk with sync_staged_files, once for the whole batch: a sync per file costs more than
// rendering it on a busy disk.
void write_staged_file(const fs::path& path, const std::string& bytes) {
    const std::string name = path_to_utf8(path);
    std::FILE* f = open_file_utf8(name, "wb");
    if (!f) throw Error(name, 0, "cannot write the file");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() && std::fflush(f) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!written || !closed) throw Error(name, 0, "cannot write the file (is the disk full?)");
}

// Puts every staged file on the disk before the sets are moved into place (so that a crash never leaves a
// candidate's folder whose files are empty): one syncfs on Linux, a sync of each file elsewhere.
void sync_staged_files(const fs::path& staging) {
#if defined(__linux__)
    const int fd = ::open(path_to_utf8(staging).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) throw Error(path_to_utf8(staging), 0, "cannot open the staging folder");
    const int result = ::syncfs(fd);
    ::close(fd);
    if (result != 0) throw Error(path_to_utf8(staging), 0, "cannot write the files to the disk (is it full?)");
#elif !defined(_WIN32)
    for (const auto& e : fs::recursive_directory_iterator(staging)) {
        if (!e.is_regular_file()) continue;
        const int fd = ::open(path_to_utf8(e.path()).c_str(), O_RDONLY | O_CLOEXEC);
        const bool synced = fd >= 0 && ::fsync(fd) == 0;
        if (fd >= 0) ::close(fd);
        if (!synced) throw Error(path_to_utf8(e.path()), 0, "cannot write the file to the disk (is it full?)");
    }
#else
    (void)staging;  // Windows: MoveFileEx of a folder keeps its files; FlushFileBuffers per file is not needed here
#endif
}

// A private folder inside `folder` for the files of one batch.
fs::path make_staging_folder(const fs::path& folder) {
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path candidate = folder / (".ikit-candidates-" + std::to_string(random() % 1000000000u));
        std::error_code ec;
        if (fs::create_directory(candidate, ec)) return candidate;
        if (ec) throw Error(path_to_utf8(folder), 0, "cannot write in the folder: " + ec.message());
    }
    throw Error(path_to_utf8(folder), 0, "cannot make a staging folder in it");
}

// Everything a batch prints that does not depend on the candidate, prepared once.
class CandidatePrinter {
public:
    CandidatePrinter(const Kit& kit, const PrintContext& context, const std::optional<Paper>& paper, Rotation rotation)
        : kit_(kit), rotation_(rotation), pooled_(has_variants(kit)) {
        for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i) {
            parts_.push_back(kit_of_interview(kit, kit.plan.interviews[i]));
            options_.push_back(interview_print_options(kit, i, PdfKind::Scorecard, context));
            if (paper) options_.back().paper = *paper;
        }
        paper_ = paper ? *paper : effective_paper(kit.properties.paper);
        font_file_ = context.font_file;
        labels_ = print_translator(kit, context.language);
    }

    std::vector<CandidateFile> files(const CandidateEntry& candidate, bool merge, std::vector<std::string>* warnings) const {
        std::vector<std::vector<InterviewerSlot>> slots;
        for (const auto& interview : kit_.plan.interviews) slots.push_back(interviewers_for_candidate(interview, candidate));
        CandidateAgenda agenda = candidate_agenda(kit_, candidate.name, candidate.date, &slots);
        agenda.labels = labels_;
        std::vector<CandidateFile> out;
        const auto keep = [&](std::string name, PdfResult r) {
            if (warnings)
                for (auto& w : r.warnings)
                    if (std::find(warnings->begin(), warnings->end(), w) == warnings->end()) warnings->push_back(std::move(w));
            out.push_back({std::move(name), std::move(r.bytes), r.pages});
        };
        // The candidate's member of each question pool (issue 19): the interviews' parts of the kit as asked.
        std::vector<Kit> own_parts;
        if (pooled_) {
            const Kit asked = kit_for_candidate(kit_, candidate.name, rotation_);
            for (const auto& interview : asked.plan.interviews) own_parts.push_back(kit_of_interview(asked, interview));
        }
        const std::vector<Kit>& parts = pooled_ ? own_parts : parts_;
        std::vector<PdfOptions> per_interview;
        for (std::size_t i = 0; i < parts_.size(); ++i) {
            PdfOptions o = options_[i];
            o.candidate = candidate.name;
            o.date = candidate.date;
            o.interviewers.clear();
            o.interview.panel.clear();
            for (const auto& slot : slots[i]) {
                o.interviewers.push_back(scorecard_interviewer(slot));
                o.interview.panel.push_back(!slot.name.empty() && !slot.role.empty() ? slot.name + " (" + slot.role + ")"
                                                                                     : slot.display_name());
            }
            per_interview.push_back(std::move(o));
        }
        if (merge) {
            std::vector<PdfPiece> pieces;
            PdfPiece first;
            first.agenda = &agenda;
            pieces.push_back(first);
            for (std::size_t i = 0; i < parts_.size(); ++i) pieces.push_back({&parts[i], per_interview[i], nullptr});
            keep(safe_file_stem(candidate.name, "candidate") + ".pdf", render_pdf_bundle(pieces, paper_, font_file_));
            return out;
        }
        keep("agenda.pdf", render_agenda_pdf(agenda, paper_, font_file_));
        std::set<std::string> taken{"agenda"};
        for (std::size_t i = 0; i < parts_.size(); ++i) {
            const std::string prefix = std::to_string(i + 1) + "-" + safe_file_stem(kit_.plan.interviews[i].name, "interview", 60);
            const std::vector<InterviewerSlot> one_blank{InterviewerSlot{}};
            const auto& people = slots[i].empty() ? one_blank : slots[i];
            for (const auto& slot : people) {
                PdfOptions o = per_interview[i];
                o.interviewers = {scorecard_interviewer(slot)};
                const std::string stem =
                    unique_file_stem(prefix + "-" + safe_file_stem(slot.display_name(), "interviewer", 60), taken);
                keep(stem + ".pdf", render_pdf(parts[i], o));
            }
        }
        return out;
    }

private:
    const Kit& kit_;
    Rotation rotation_;
    bool pooled_;
    std::vector<Kit> parts_;
    std::vector<PdfOptions> options_;
    Translator labels_;
    Paper paper_ = Paper::A4;
    std::string font_file_;
};

}  // namespace

CandidateList parse_candidate_csv(std::string_view text, const std::string& file_name, const Kit& kit) {
    if (kit.plan.empty())
        throw Error(file_name, 0, "the kit has no interview plan, so there is nothing to print per candidate");
    if (text.size() > kMaxCandidateListBytes)
        throw Error(file_name, 0, "refused: the candidate list is larger than 1 MiB");
    CsvLimits limits;
    limits.max_bytes = kMaxCandidateListBytes;
    limits.max_rows = kMaxCandidates;
    limits.max_columns = 2 + kMaxPlanInterviews;
    limits.max_cell_bytes = 16u << 10;
    const CsvTable table = parse_csv(text, file_name, limits);

    const std::size_t candidate_column = table.column("candidate");
    if (candidate_column == std::string::npos)
        throw Error(file_name, 1, "the list has no \"candidate\" column (the header row must name one)");
    const std::size_t date_column = table.column("date");
    std::map<std::size_t, std::string> interview_columns;  // column → interview id
    std::set<std::string> seen_interviews;
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string& name = table.header[c];
        if (ascii_lower(name.substr(0, std::min(name.size(), std::strlen(kInterviewerPrefix)))) != kInterviewerPrefix)
            continue;
        const std::string interview_name = trim(name.substr(std::strlen(kInterviewerPrefix)));
        const Interview* interview = kit.plan.find_by_name(interview_name);
        if (!interview) {
            std::vector<std::string> names;
            for (const auto& i : kit.plan.interviews) names.push_back("\"" + i.name + "\"");
            throw Error(file_name, 1, "column " + CsvTable::column_letter(c) + " names the interview \"" +
                                          interview_name + "\", which the kit does not have (it has " +
                                          join(names, ", ") + ")");
        }
        if (!seen_interviews.insert(interview->id).second)
            throw Error(file_name, 1, "column " + CsvTable::column_letter(c) + " names the interview \"" +
                                          interview_name + "\" a second time");
        interview_columns.emplace(c, interview->id);
    }

    CandidateList list;
    std::map<std::string, int> line_of;  // folded name → line
    for (const auto& row : table.rows) {
        CandidateEntry entry;
        entry.line = row.line;
        entry.name = trim(row.cell(candidate_column));
        if (entry.name.empty()) throw Error(file_name, row.line, "the row has no candidate name");
        check_name(entry.name, "the candidate's name", file_name, row.line);
        const auto [it, added] = line_of.emplace(ascii_lower(entry.name), row.line);
        if (!added)
            throw Error(file_name, row.line, "the candidate \"" + entry.name + "\" is listed twice (first on line " +
                                                 std::to_string(it->second) + ")");
        if (date_column != std::string::npos) {
            entry.date = trim(row.cell(date_column));
            if (!entry.date.empty() && !valid_date(entry.date))
                throw Error(file_name, row.line, "the date \"" + utf8_prefix(entry.date, 40) +
                                                     "\" is not a date written YYYY-MM-DD");
        }
        for (const auto& [column, interview_id] : interview_columns) {
            std::vector<std::string> names = names_in_cell(row.cell(column));
            if (names.empty()) continue;
            if (names.size() > kMaxInterviewersPerInterview)
                throw Error(file_name, row.line, "column " + CsvTable::column_letter(column) + " names more than " +
                                                     std::to_string(kMaxInterviewersPerInterview) + " interviewers");
            for (const auto& name : names) check_name(name, "the interviewer's name", file_name, row.line);
            entry.interviewers.emplace(interview_id, std::move(names));
        }
        list.candidates.push_back(std::move(entry));
    }
    if (list.candidates.empty()) throw Error(file_name, 1, "the list names no candidate (only a header row)");
    return list;
}

CandidateList read_candidate_csv_file(const std::string& path, const Kit& kit) {
    return parse_candidate_csv(read_file_limited(path, kMaxCandidateListBytes), path, kit);
}

std::vector<InterviewerSlot> interviewers_for_candidate(const Interview& interview, const CandidateEntry& candidate) {
    const auto it = candidate.interviewers.find(interview.id);
    if (it == candidate.interviewers.end() || it->second.empty()) return interview.interviewers;
    const std::vector<std::string>& names = it->second;
    std::vector<InterviewerSlot> slots = interview.interviewers;
    const auto unnamed = static_cast<std::size_t>(
        std::count_if(slots.begin(), slots.end(), [](const InterviewerSlot& s) { return s.name.empty(); }));
    if (names.size() == unnamed) {  // fill the slots that wait for a name
        std::size_t next = 0;
        for (auto& slot : slots)
            if (slot.name.empty()) slot.name = names[next++];
        return slots;
    }
    std::vector<InterviewerSlot> replaced;  // replace: the k-th name takes the k-th slot's role
    for (std::size_t k = 0; k < names.size(); ++k)
        replaced.push_back({names[k], k < slots.size() ? slots[k].role : std::string()});
    return replaced;
}

std::vector<CandidateFile> render_candidate_files(const Kit& kit, const CandidateEntry& candidate, bool merge,
                                                  const PrintContext& context, const std::optional<Paper>& paper,
                                                  std::vector<std::string>* warnings, Rotation rotation) {
    return CandidatePrinter(kit, context, paper, rotation).files(candidate, merge, warnings);
}

std::vector<std::string> candidate_targets(const CandidateList& list, const CandidateBatchOptions& options) {
    const fs::path folder = path_from_utf8(options.folder);
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw Error(options.folder, 0, "cannot export: the folder does not exist");
    std::set<std::string> taken;
    std::vector<std::string> targets;
    for (const auto& c : list.candidates) {
        const std::string stem = unique_file_stem(safe_file_stem(c.name, "candidate"), taken);
        const fs::path target = folder / path_from_utf8(options.merge ? stem + ".pdf" : stem);
        if (fs::exists(fs::symlink_status(target, ec)))
            throw Error(path_to_utf8(target), 0,
                        "already exists: remove it or choose another folder (nothing was written)");
        targets.push_back(path_to_utf8(target));
    }
    return targets;
}

CandidateBatchResult export_candidate_batch(const Kit& kit, const CandidateList& list,
                                            const CandidateBatchOptions& options) {
    if (kit.plan.empty()) throw Error("the kit has no interview plan, so there is nothing to print per candidate");
    const std::vector<std::string> targets = candidate_targets(list, options);
    const CandidatePrinter printer(kit, options.context, options.paper, options.rotation);
    const fs::path staging = make_staging_folder(path_from_utf8(options.folder));
    const std::size_t total = list.candidates.size();
    std::vector<fs::path> staged(total);
    for (std::size_t i = 0; i < total; ++i) staged[i] = staging / path_from_utf8(targets[i]).filename();

    CandidateBatchResult result;
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t done = 0, next = 0;
    bool stop = false;
    std::exception_ptr failure;
    const auto work = [&] {
        std::vector<std::string> warnings;
        std::size_t files = 0;
        int pages = 0;
        for (;;) {
            std::size_t i;
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (stop || next == total) break;
                i = next++;
            }
            try {
                const auto set = printer.files(list.candidates[i], options.merge, &warnings);
                if (options.merge) {
                    write_staged_file(staged[i], set.front().bytes);
                } else {
                    fs::create_directory(staged[i]);
                    for (const auto& f : set) write_staged_file(staged[i] / path_from_utf8(f.name), f.bytes);
                }
                files += set.size();
                for (const auto& f : set) pages += f.pages;
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex);
                if (!failure) failure = std::current_exception();
                stop = true;
                changed.notify_all();
                break;
            }
            std::lock_guard<std::mutex> lock(mutex);
            ++done;
            changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(mutex);
        result.files += files;
        result.pages += pages;
        for (auto& w : warnings)
            if (std::find(result.warnings.begin(), result.warnings.end(), w) == result.warnings.end())
                result.warnings.push_back(std::move(w));
    };

    unsigned threads = options.threads ? options.threads : std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, total));
    std::vector<std::thread> pool;
    try {
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    } catch (...) {
        if (pool.empty()) {  // no thread at all: nothing was staged yet
            std::error_code ignored;
            fs::remove_all(staging, ignored);
            throw;
        }  // fewer threads than asked: carry on with those there are
    }
    // The calling thread reports progress, so that a window's progress bar and Cancel stay in its own thread.
    {
        std::unique_lock<std::mutex> lock(mutex);
        std::size_t reported = 0;
        while (!stop && reported < total) {
            changed.wait(lock, [&] { return stop || done > reported; });
            while (!stop && reported < done) {
                ++reported;
                if (!options.progress) continue;
                lock.unlock();
                bool go_on = false;
                try {
                    go_on = options.progress(reported, total);
                } catch (...) {
                    lock.lock();
                    if (!failure) failure = std::current_exception();
                    stop = true;
                    break;
                }
                lock.lock();
                if (!go_on) {
                    stop = true;
                    result.cancelled = true;
                }
            }
        }
    }
    for (auto& t : pool) t.join();

    std::error_code ec;
    if (result.cancelled || failure) {
        fs::remove_all(staging, ec);
        if (failure) std::rethrow_exception(failure);
        result.files = 0;
        result.pages = 0;
        return result;
    }
    try {
        sync_staged_files(staging);
    } catch (...) {
        fs::remove_all(staging, ec);
        throw;
    }
    // Move each candidate's complete set into place; on a failure take back what was moved.
    std::vector<fs::path> moved;
    for (std::size_t i = 0; i < total; ++i) {
        const fs::path target = path_from_utf8(targets[i]);
        fs::rename(staged[i], target, ec);
        if (ec) {
            const std::string reason = ec.message();
            for (const auto& m : moved) fs::remove_all(m, ec);
            fs::remove_all(staging, ec);
            throw Error(targets[i], 0, "cannot put the candidate's files in place: " + reason + " (nothing was written)");
        }
        moved.push_back(target);
        result.written.push_back(targets[i]);
    }
    fs::remove_all(staging, ec);
    return result;
}

}  // namespace ikit
