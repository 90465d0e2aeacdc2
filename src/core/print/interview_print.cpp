#include "print/interview_print.h"

#include "model/coverage_matrix.h"
#include "print/print_language.h"
#include "util/file_name.h"

namespace ikit {

PdfOptions interview_print_options(const Kit& kit, std::size_t index, PdfKind kind, const PrintContext& context) {
    const Interview& interview = kit.plan.interviews.at(index);
    PdfOptions options = print_options_for(kit_of_interview(kit, interview), kind, context);
    options.interview = pdf_interview(kit, index, options.labels);
    for (const auto& slot : interview.interviewers) options.interviewers.push_back(scorecard_interviewer(slot));
    return options;
}

PdfResult render_interview_pdf(const Kit& kit, std::size_t index, const PdfOptions& options) {
    return render_pdf(kit_of_interview(kit, kit.plan.interviews.at(index)), options);
}

std::string scorecard_interviewer(const InterviewerSlot& slot) { return slot.name; }

std::string interview_file_name(const std::string& stem, const Kit& kit, std::size_t index, PdfKind kind,
                                const std::string& interviewer, std::set<std::string>& taken) {
    const Interview& interview = kit.plan.interviews.at(index);
    std::string name = stem + "-" + std::to_string(index + 1) + "-" +
                       safe_file_stem(interview.name, "interview", 60);
    if (kind == PdfKind::Guide)
        name += "-guide";
    else if (interviewer.empty())
        name += "-scorecard";
    else
        name += "-" + safe_file_stem(interviewer, "interviewer", 60);
    return unique_file_stem(name, taken) + ".pdf";
}

std::vector<InterviewPrintFile> all_interview_files(const Kit& kit, const std::string& stem) {
    std::vector<InterviewPrintFile> files;
    std::set<std::string> taken;
    for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i) {
        const auto& slots = kit.plan.interviews[i].interviewers;
        if (slots.empty()) files.push_back({i, 0, interview_file_name(stem, kit, i, PdfKind::Scorecard, "", taken)});
        for (std::size_t k = 0; k < slots.size(); ++k)
            files.push_back({i, k, interview_file_name(stem, kit, i, PdfKind::Scorecard, slots[k].display_name(), taken)});
    }
    return files;
}

CandidateAgenda candidate_agenda(const Kit& kit, const std::string& candidate, const std::string& date,
                                 const std::vector<std::vector<InterviewerSlot>>* slots) {
    CandidateAgenda agenda;
    agenda.title = kit.properties.role_name.empty() ? kit.properties.title : kit.properties.role_name;
    agenda.organiser = kit.properties.author;
    agenda.candidate = candidate;
    agenda.date = date;
    agenda.labels = print_translator(kit, "");
    const CoverageMatrix m = coverage_matrix(kit);
    for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i) {
        const Interview& interview = kit.plan.interviews[i];
        AgendaMeeting meeting;
        meeting.interview = m.interviews[i].name;
        meeting.minutes = interview.minutes;
        const auto& people = slots && i < slots->size() ? (*slots)[i] : interview.interviewers;
        for (const auto& slot : people)
            meeting.people.push_back(!slot.name.empty() && !slot.role.empty() ? slot.name + ", " + slot.role
                                                                              : slot.display_name());
        for (const CoverageRow* row : focus_rows(m, i)) meeting.topics.push_back(row->name);
        agenda.meetings.push_back(std::move(meeting));
    }
    return agenda;
}

PdfResult render_loop_scorecards_pdf(const Kit& kit, const PrintContext& context, const std::string& candidate,
                                     const std::string& date, Paper paper) {
    std::vector<Kit> parts;
    for (const auto& interview : kit.plan.interviews) parts.push_back(kit_of_interview(kit, interview));
    std::vector<PdfPiece> pieces;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        PdfOptions options = interview_print_options(kit, i, PdfKind::Scorecard, context);
        options.candidate = candidate;
        options.date = date;
        if (options.interviewers.empty()) options.interviewers.emplace_back();
        pieces.push_back({&parts[i], options, nullptr});
    }
    return render_pdf_bundle(pieces, paper, context.font_file);
}

}  // namespace ikit
