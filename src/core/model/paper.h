#pragma once
/// \file paper.h
/// Paper sizes a kit prints on, their ids in files and on the command line, and the user's default.

#include <optional>
#include <string>

namespace ikit {

/// Paper sizes.
enum class Paper { A4, Letter };

/// The id of a paper size in kit files and options: "a4" or "letter".
const char* paper_id(Paper paper);
/// Parses "a4"/"letter" (case-insensitive, surrounding spaces ignored); nullopt for anything else.
std::optional<Paper> parse_paper_id(const std::string& id);
/// Parses "a4"/"letter" like parse_paper_id; throws Error naming the valid ids otherwise.
Paper paper_from_id(const std::string& id);
/// The paper of the user's locale (Letter for US/CA/MX/PH…, A4 elsewhere), from LC_ALL/LC_PAPER/LANG.
Paper default_paper_for_locale();
/// The paper a kit prints on: its own setting, else the user's locale's.
inline Paper effective_paper(std::optional<Paper> kit_setting) {
    return kit_setting ? *kit_setting : default_paper_for_locale();
}

}  // namespace ikit
