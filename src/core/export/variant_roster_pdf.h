#pragma once
/// \file variant_roster_pdf.h
/// The hiring manager's sheet of who is asked what (issue 19): for each question with a pool of variants its
/// wordings, then a table of candidates × pooled questions giving the variant each candidate is asked.

#include "export/debrief_pdf.h"
#include "scoring/asked_variants.h"

namespace ikit {

/// The roster as PDF (drawn in debrief_form.cpp, beside the other score PDFs). Throws Error on a PDF failure.
ScorePdf render_variant_roster_pdf(const Kit& kit, const VariantRoster& roster, const ScorePdfOptions& options);

}  // namespace ikit
