#pragma once
/// \file bank_generator.h
/// Synthetic question banks and kits for the benchmarks and the fuzz seed corpus: the real file
/// formats, the real roles and competencies, varied lengths and scripts, the same bytes for the
/// same seed on every platform and standard library.

#include "bank/question_bank.h"
#include "model/kit.h"
#include "model/rubric.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace ikit::bench {

/// The seed used when none is given.
constexpr std::uint32_t kDefaultSeed = 20240917u;

/// Random choices that are identical everywhere: std::mt19937 (its sequence is fixed by the
/// standard) with our own range arithmetic instead of the library's distributions.
class Random {
public:
    /// A source started from `seed`.
    explicit Random(std::uint32_t seed) : engine_(seed) {}
    /// A number in [0, n); n must be > 0.
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(engine_() % n); }
    /// A number in [low, high].
    std::uint32_t between(std::uint32_t low, std::uint32_t high) { return low + below(high - low + 1); }
    /// True in `percent` cases out of 100.
    bool chance(std::uint32_t percent) { return below(100) < percent; }
    /// One element of a non-empty vector.
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[below(static_cast<std::uint32_t>(items.size()))];
    }

private:
    std::mt19937 engine_;
};

/// The five roles of the shipped bank (same ids and levels).
std::vector<Role> bench_roles();

/// The twelve competencies of the shipped bank (same ids).
std::vector<Competency> bench_competencies();

/// A bank of `question_count` questions with ids "gen-000001"…: every competency is the main one
/// of about 1/12 of them; texts of 20–600 bytes, about one in seven mostly non-Latin (accents, Greek,
/// Cyrillic, CJK, emoji); 2–4 listen-for, 1–3 probes, 0–2 red flags, 1–4 tags, 1–3 sources each.
BankContent generate_bank(std::size_t question_count, std::uint32_t seed = kDefaultSeed);

/// One five-level rubric per competency (id = competency id) plus "generic".
std::vector<Rubric> generate_rubrics(std::uint32_t seed = kDefaultSeed);

/// A kit of `question_count` distinct questions of `bank` (at most its size), one section per
/// main competency, each question carrying its competency's rubric from `rubrics`.
Kit generate_kit(const BankContent& bank, const std::vector<Rubric>& rubrics, std::size_t question_count,
                 std::uint32_t seed = kDefaultSeed);

/// File name used for a bank of `question_count` questions: "bank-1k.xml", "bank-100k.xml", "bank-250.xml".
std::string bank_file_name(std::size_t question_count);

}  // namespace ikit::bench
