// Printing per interview: each scorecard holds its interview's questions and no other (read back with
// pdftotext), the focus box, the loop guide, the candidate's agenda and file names.
#include "../export/pdf_test_tools.h"
#include "model/coverage_matrix.h"
#include "print/interview_print.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

// The first words of a question as pdftotext gives them back (one space for each run of white space).
std::string start_of(const KitQuestion& q) { return q.text.substr(0, 40); }

// The text of page `page` only, white space folded as pdf_text does.
std::string page_text(const std::string& path, int page) {
    const std::string raw = test::run_command("pdftotext -enc UTF-8 -f " + std::to_string(page) + " -l " +
                                              std::to_string(page) + " " + test::shell_quote(path) + " -")
                                .output;
    std::string out;
    for (char c : raw) {
        const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (blank && (out.empty() || out.back() == ' ')) continue;
        out += blank ? ' ' : c;
    }
    return out;
}

PrintContext context() {
    PrintContext c;
    c.today = "2026-12-01";
    return c;
}

}  // namespace

TEST_CASE("each interview's scorecard holds its questions and no other", "[print][plan][pdf]") {
    const Kit kit = test::loop_kit();
    const auto assignment = interview_index_of_questions(kit);
    for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i) {
        INFO("interview " << i + 1);
        const PdfOptions options = interview_print_options(kit, i, PdfKind::Scorecard, context());
        CHECK(options.interviewers.size() == kit.plan.interviews[i].interviewers.size());
        const std::string text =
            test::pdf_text(test::save_pdf(render_interview_pdf(kit, i, options).bytes, "interview-" + std::to_string(i)));
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions) {
                INFO(q.id);
                CHECK((text.find(start_of(q)) != std::string::npos) == (assignment.at(q.id) == i));
            }
        CHECK(text.find("Interview " + std::to_string(i + 1) + " of 3: " + kit.plan.interviews[i].name) !=
              std::string::npos);
    }
}

TEST_CASE("an interview's scorecard names its focus and leaves the rest to other interviews", "[print][plan][pdf]") {
    const Kit kit = test::loop_kit();
    const PdfOptions options = interview_print_options(kit, 1, PdfKind::Scorecard, context());
    CHECK(options.interviewers == std::vector<std::string>{"Kim Lee", ""});  // the peer manager writes their name
    CHECK(options.interview.focus == std::vector<std::string>{"Customer experience (1 question)", "KPIs & metrics (1 question)"});
    CHECK(options.interview.elsewhere == std::vector<std::string>{"Leading the team"});
    CHECK(options.interview.panel == std::vector<std::string>{"Kim Lee (Support manager)", "Peer manager"});
    const std::string text = test::pdf_text(test::save_pdf(render_interview_pdf(kit, 1, options).bytes, "focus"));
    CHECK(text.find("Your focus: Customer experience (1 question), KPIs & metrics (1 question)") != std::string::npos);
    CHECK(text.find("Other interviews assess: Leading the team.") != std::string::npos);
    CHECK(text.find("Panel: Kim Lee (Support manager), Peer manager") != std::string::npos);
    // The summary rates only the interview's competencies.
    const Kit part = kit_of_interview(kit, kit.plan.interviews[1]);
    REQUIRE(part.competencies.size() == 2);
    CHECK(part.competencies[1].id == "kpi");
    CHECK(part.properties.length_minutes == 30);
    CHECK(part.plan.empty());
}

TEST_CASE("the guide of a kit with a plan covers the loop, then each interview", "[print][plan][pdf]") {
    const Kit kit = test::loop_kit();
    PdfOptions options = print_options_for(kit, PdfKind::Guide, context());
    const std::string path = test::save_pdf(render_pdf(kit, options).bytes, "loop-guide");
    const std::string first = page_text(path, 1);
    CHECK(first.find("The loop") != std::string::npos);
    CHECK(first.find("Coverage") != std::string::npos);
    CHECK(first.find("RATED BY") != std::string::npos);
    for (const auto& interview : kit.plan.interviews) CHECK(first.find(interview.name) != std::string::npos);
    CHECK(first.find(start_of(kit.sections[0].questions[0])) == std::string::npos);  // questions come later
    const std::string all = test::pdf_text(path);
    std::size_t at = 0;
    for (const auto& interview : kit.plan.interviews) {  // each interview's guide, in order, with its questions
        const std::size_t found = all.find("Interview " + std::to_string(&interview - &kit.plan.interviews[0] + 1) +
                                           " of 3: " + interview.name, at);
        REQUIRE(found != std::string::npos);
        at = found;
        for (const KitQuestion* q : questions_of_interview(kit, interview))
            CHECK(all.find(start_of(*q), at) != std::string::npos);
    }
}

TEST_CASE("the candidate's agenda names people, order, length and topics, never the questions", "[print][plan][pdf]") {
    const Kit kit = test::loop_kit();
    const CandidateAgenda agenda = candidate_agenda(kit, u8"Zoë Łukasiewicz", "2026-03-12");
    REQUIRE(agenda.meetings.size() == 3);
    CHECK(agenda.title == "Head of Customer Support");
    CHECK(agenda.meetings[1].people == std::vector<std::string>{"Kim Lee, Support manager", "Peer manager"});
    CHECK(agenda.meetings[1].topics == std::vector<std::string>{"Customer experience", "KPIs & metrics"});
    const std::string path = test::save_pdf(render_agenda_pdf(agenda, Paper::A4, "").bytes, "agenda");
    CHECK(test::pdf_info(path).pages == 1);
    const std::string text = test::pdf_text(path);
    CHECK(text.find(u8"Zoë Łukasiewicz") != std::string::npos);
    CHECK(text.find("12 March 2026") != std::string::npos);  // printed in the form's language
    CHECK(text.find("Phone screen 20 min") != std::string::npos);
    CHECK(text.find("With Ana Ruiz, Recruiter") != std::string::npos);
    CHECK(text.find("About Customer experience, KPIs & metrics") != std::string::npos);
    CHECK(text.find("1 h 20 min") != std::string::npos);
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) CHECK(text.find(start_of(q)) == std::string::npos);
}

TEST_CASE("one file per interview and interviewer, safely and uniquely named", "[print][plan]") {
    Kit kit = test::loop_kit();
    kit.plan.interviews[2].name = "Panel: team/leads";
    kit.plan.interviews[2].interviewers = {{"Li Wei", ""}, {"li wei", ""}, {"", ""}};
    const auto files = all_interview_files(kit, "kit");
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(f.file_name);
    CHECK(names == std::vector<std::string>{"kit-1-Phone screen-Ana Ruiz.pdf", "kit-2-Panel-customers-Kim Lee.pdf",
                                            "kit-2-Panel-customers-Peer manager.pdf", "kit-3-Panel-team-leads-Li Wei.pdf",
                                            "kit-3-Panel-team-leads-li wei-2.pdf", "kit-3-Panel-team-leads-Interviewer.pdf"});
    kit.plan.interviews[0].interviewers.clear();
    CHECK(all_interview_files(kit, "kit").front().file_name == "kit-1-Phone screen-scorecard.pdf");
}

TEST_CASE("a bundle holds an agenda and scorecards with their own page numbers", "[print][plan][pdf]") {
    const Kit kit = test::loop_kit();
    const CandidateAgenda agenda = candidate_agenda(kit, "Jane Doe", "");
    const Kit part = kit_of_interview(kit, kit.plan.interviews[0]);
    PdfOptions options = interview_print_options(kit, 0, PdfKind::Scorecard, context());
    options.candidate = "Jane Doe";
    PdfPiece first;
    first.agenda = &agenda;
    const PdfResult bundle = render_pdf_bundle({first, {&part, options, nullptr}}, Paper::Letter, "");
    const PdfResult alone = render_pdf(part, options);
    CHECK(bundle.pages == 1 + alone.pages);
    const std::string path = test::save_pdf(bundle.bytes, "bundle");
    CHECK(test::pdf_info(path).page_size.find("612 x 792") != std::string::npos);
    const std::string text = test::pdf_text(path);
    CHECK(text.find("Page 1 of 1") != std::string::npos);
    CHECK(text.find("Page 1 of " + std::to_string(alone.pages)) != std::string::npos);
}
