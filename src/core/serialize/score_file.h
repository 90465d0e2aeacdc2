#pragma once
/// \file score_file.h
/// Reading and writing `.iscore` score files (format 1, see assets/schema/score-format.md): one candidate's
/// ratings for one kit. Personal data: kept apart from kits, written only where the user chooses.

#include "model/score_sheet.h"

#include <cstddef>
#include <string>

namespace ikit {

/// The score file format this build writes; readers refuse anything newer.
constexpr int kScoreFormat = 1;

/// The file name extension of score files, with its dot.
extern const char* const kScoreFileExtension;

/// What a score file may hold before it is refused (assets/schema/score-format.md, "Safety limits").
struct ScoreFileLimits {
    static constexpr std::size_t max_file_bytes = 8u << 20;      ///< whole file
    static constexpr std::size_t max_scorecards = 100;           ///< interviewers (and interviews) per candidate
    static constexpr std::size_t max_question_ratings = 2000;    ///< question ratings per scorecard
    static constexpr std::size_t max_competency_ratings = 200;   ///< competency ratings per scorecard
    static constexpr int min_rating = 1;                         ///< lowest rating any scale can have
    static constexpr int max_rating = 10;                        ///< highest rating any scale can have
    static constexpr std::size_t max_name_bytes = 500;           ///< names, ids, titles, labels, references
    static constexpr std::size_t max_evidence_bytes = 20000;     ///< one rating's evidence note
    static constexpr std::size_t max_notes_bytes = 100000;       ///< a scorecard's notes or take-aways
};

/// Serializes a score sheet: ordered, indented UTF-8, byte-for-byte stable for an equal sheet.
std::string write_score_sheet(const ScoreSheet& sheet);

/// Parses score XML; throws Error naming `file_name` and the line for anything malformed, hostile (DOCTYPE,
/// invalid UTF-8, absurd depth or counts, over-long texts, ratings outside 1–10), or made by a newer version.
ScoreSheet parse_score_sheet(const std::string& xml, const std::string& file_name);

/// Reads a score file (size-limited) and parses it; throws Error.
ScoreSheet read_score_file(const std::string& path);

/// Saves a score sheet atomically (temp file, fsync, rename), keeping the previous file as "path~"; throws Error.
void save_score_file(const ScoreSheet& sheet, const std::string& path);

}  // namespace ikit
