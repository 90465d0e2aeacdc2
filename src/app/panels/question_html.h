#pragma once
/// \file question_html.h
/// The bank question detail view as simple HTML (for wxHtmlWindow): text, listen-for, probes,
/// red flags and where the question came from ("guide 002 #14").

#include "bank/question_bank.h"

#include <string>

namespace ikit {

/// Escapes &, <, > and " for HTML.
std::string html_escape(const std::string& text);

/// The detail page of a bank question.
std::string question_detail_html(const QuestionBank& bank, const Question& question);

/// The page shown when nothing is selected, with a hint of what to do.
std::string empty_detail_html(const std::string& hint);

}  // namespace ikit
