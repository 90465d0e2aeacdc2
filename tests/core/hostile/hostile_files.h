#pragma once
/// \file hostile_files.h
/// A generated corpus of hostile files (issue 15), one per class of attack and per file kind: the core's
/// readers must refuse each one with an Error naming the file (and the line, where there is one) in time
/// linear in its size. Generated, never committed: the largest are 16 MiB.

#include <cstddef>
#include <string>
#include <vector>

namespace ikit::test {

/// The kinds of file the core reads.
enum class HostileKind { Kit, Bank, Rubric, Rules, Scores };

/// Every kind, in a fixed order.
std::vector<HostileKind> hostile_kinds();

/// "kit", "bank", "rubric", "rules" or "scores".
std::string kind_name(HostileKind kind);

/// The largest file of a kind its reader reads (16 MiB for kits and, here, banks; 8 MiB for score files; 1 MiB
/// for rubrics and rules).
std::size_t hostile_budget(HostileKind kind);

/// One hostile file: its name, its bytes and what the refusal must say.
struct HostileFile {
    std::string name;      ///< file name, e.g. "kit-attributes.ikit"
    std::string bytes;     ///< the content
    int line = 0;          ///< the line the refusal must name, or 0 for none
    std::string expected;  ///< a part of the refusal's message
};

/// The hostile files of `kind`; the ones whose size is free (attributes, element flood) are about `bytes` long.
std::vector<HostileFile> hostile_files(HostileKind kind, std::size_t bytes);

/// Reads `path` with the core's reader of `kind` (read_kit_file, read_bank_file, read_rubric_file,
/// read_question_rules_file, read_score_file); returns the Error's what(), or "" when the file was read without one.
std::string refusal_of(HostileKind kind, const std::string& path);

/// Writes `bytes` to `path` (binary); throws std::runtime_error on failure.
void write_hostile_file(const std::string& path, const std::string& bytes);

}  // namespace ikit::test
