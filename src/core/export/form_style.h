#pragma once
/// \file form_style.h
/// The printed forms' visual vocabulary in one place: the palette, the gutter and every named text style.

#include "export/page_painter.h"

namespace ikit {

/// The forms' palette, spacing and text styles.
namespace form_style {

constexpr Rgb kInk{0.10f, 0.11f, 0.13f};        ///< main text
constexpr Rgb kMuted{0.30f, 0.32f, 0.36f};      ///< probes, anchors, secondary text
constexpr Rgb kFaint{0.50f, 0.52f, 0.56f};      ///< small labels
constexpr Rgb kRule{0.72f, 0.74f, 0.78f};       ///< writing lines, box outlines
constexpr Rgb kHairline{0.85f, 0.86f, 0.88f};   ///< separators
constexpr Rgb kAccent{0.11f, 0.27f, 0.46f};     ///< headings, numbers
constexpr Rgb kTint{0.925f, 0.945f, 0.972f};    ///< section bands
constexpr Rgb kZebra{0.962f, 0.968f, 0.978f};   ///< alternate table rows
constexpr Rgb kWarn{0.68f, 0.16f, 0.12f};       ///< red flags, over-time
constexpr Rgb kWarnTint{0.985f, 0.93f, 0.92f};  ///< over-time note
constexpr Rgb kWhite{1.0f, 1.0f, 1.0f};         ///< text on accent

constexpr float kGutter = 26;  ///< space left of question text for its number

/// Small letter-spaced label text such as "PROBES" or "CANDIDATE" (ASCII labels are given in capitals).
constexpr TextStyle label_style(Rgb color = kFaint) { return TextStyle{6.8f, Weight::Bold, color, 0.7f}; }

// Parts both documents share.
constexpr TextStyle kOverlineStyle{7.5f, Weight::Bold, kAccent, 1.4f};        ///< the overline above the title
constexpr TextStyle kTitleStyle{17.5f, Weight::Bold, kInk, 0};                ///< the document title
constexpr TextStyle kSubtitleStyle{9.5f, Weight::Regular, kMuted, 0};         ///< role, stage, length under the title
constexpr TextStyle kFieldValueStyle{10.5f, Weight::Regular, kInk, 0};        ///< a filled-in field (candidate, date)
constexpr TextStyle kSectionTitleStyle{10.5f, Weight::Bold, kAccent, 0};      ///< title in a section band
constexpr TextStyle kSectionNoteStyle{7.8f, Weight::Regular, kMuted, 0};      ///< "3 questions · 18 min" in a band
constexpr TextStyle kHeadingStyle{11.5f, Weight::Bold, kAccent, 0};           ///< a ruled heading ("Instructions")
constexpr TextStyle kPageNoteStyle{7.5f, Weight::Regular, kFaint, 0};         ///< page footer, "(continued)" lines
constexpr TextStyle kBodyStyle{9.5f, Weight::Regular, kInk, 0};               ///< running text (instructions)
constexpr TextStyle kNoteStyle{8.5f, Weight::Regular, kMuted, 0};             ///< explanations, notes, scorecard probes
constexpr TextStyle kWarningStyle{8.8f, Weight::Bold, kWarn, 0};              ///< a warning in a note box
constexpr TextStyle kQuestionMetaStyle{7.6f, Weight::Regular, kMuted, 0.2f};  ///< section, competency, type, minutes
constexpr TextStyle kQuestionTextStyle{10.5f, Weight::Regular, kInk, 0};      ///< the question as asked
constexpr TextStyle kQuestionNumberStyle{8.2f, Weight::Bold, kWhite, 0};      ///< the number in its pill

// The scorecard.
constexpr TextStyle kScoreStyle{9, Weight::Bold, kInk, 0};                    ///< a level's score next to its box
constexpr TextStyle kRatingLabelStyle{8.0f, Weight::Regular, kMuted, 0};      ///< a level's label next to its box
constexpr TextStyle kAnchorLevelStyle{8.0f, Weight::Bold, kMuted, 0};         ///< "3 Meets the bar" before an anchor
constexpr TextStyle kAnchorStyle{8.0f, Weight::Regular, kMuted, 0};           ///< an anchor under the rating row
constexpr TextStyle kScaleLabelStyle{6.6f, Weight::Regular, kFaint, 0};       ///< a level's label over a column
constexpr TextStyle kCompetencyNameStyle{9.5f, Weight::Regular, kInk, 0};     ///< a summary row's competency
constexpr TextStyle kRecommendationStyle{10, Weight::Bold, kInk, 0};          ///< an overall recommendation label

// The guide.
constexpr TextStyle kListStyle{9, Weight::Regular, kInk, 0};                  ///< listen-for, red flags, probes
constexpr TextStyle kRubricScoreStyle{9, Weight::Bold, kAccent, 0};           ///< a rubric level's score
constexpr TextStyle kRubricLabelStyle{8.4f, Weight::Bold, kInk, 0};           ///< a rubric level's label
constexpr TextStyle kRubricAnchorStyle{8.4f, Weight::Regular, kMuted, 0};     ///< a rubric level's anchor
constexpr TextStyle kPlanCellStyle{8.6f, Weight::Regular, kInk, 0};           ///< a timing plan cell
constexpr TextStyle kPlanSecondaryStyle{8.6f, Weight::Regular, kMuted, 0};    ///< question number, running total
constexpr TextStyle kPlanLateStyle{8.6f, Weight::Bold, kWarn, 0};             ///< a time past the interview's end
constexpr TextStyle kPlanSectionStyle{7.8f, Weight::Bold, kAccent, 0.3f};     ///< a section's title in the plan
constexpr TextStyle kPlanTotalStyle{8.8f, Weight::Bold, kInk, 0};             ///< the plan's total line

}  // namespace form_style

}  // namespace ikit
