#include "export/pdf_forms.h"

namespace ikit {

using namespace form_style;

std::u32string joined(const std::vector<std::u32string>& parts) {
    std::u32string out;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += U"  \u00B7  ";
        out += part;
    }
    return out;
}

std::u32string question_count_text(const PrintLabels& labels, int n) {
    return fill32(labels.trn("{1} question", "{1} questions", static_cast<unsigned long>(n)), {digits(n)});
}

std::u32string kit_summary(const PrintModel& m) {
    const PrintLabels& L = m.labels;
    return joined({m.role, m.stage,
                   m.length_minutes > 0 ? fill32(L.tr("{1}-minute interview"), {digits(m.length_minutes)}) : U"",
                   question_count_text(L, m.question_count)});
}

std::u32string section_note(const PrintLabels& L, const PrintSection& section) {
    const int questions = static_cast<int>(section.questions.size());
    return joined({questions > 0 || section.candidate_minutes == 0 ? question_count_text(L, questions) : U"",
                   section.candidate_minutes > 0 ? fill32(L.tr("{1} min reserved"), {digits(section.candidate_minutes)})
                                                 : U"",
                   section.minutes > section.candidate_minutes ? fill32(L.tr("{1} min"), {digits(section.minutes)})
                                                               : U""});
}

namespace {

// The close's reserved time, said where the interviewer reaches it.
void add_reserved_note(FormBuilder& b, const PrintSection& section) {
    if (section.candidate_minutes <= 0) return;
    b.space(section.questions.empty() ? 8 : 14);
    const unsigned long minutes = static_cast<unsigned long>(section.candidate_minutes);
    b.paragraphs({fill32(b.labels().trn("Keep {1} minute for the candidate\u2019s own questions, and note what they ask.",
                                        "Keep {1} minutes for the candidate\u2019s own questions, and note what they ask.",
                                        minutes),
                         {digits(section.candidate_minutes)})},
                 kNoteStyle, kGutter, 12);
}

}  // namespace

void add_sections(FormBuilder& b, const PrintModel& m, float space_before, AddQuestionFn add_question) {
    for (const auto& section : m.sections) {
        b.continued_label({});
        b.space(space_before);
        b.section_band(section.title, section_note(b.labels(), section));
        for (std::size_t i = 0; i < section.questions.size(); ++i)
            add_question(b, section.questions[i], section.title, i == 0);
        add_reserved_note(b, section);
    }
}

void add_question_header(FormBuilder& b, const PrintQuestion& q, const std::u32string& section_title) {
    b.continued_label({});
    const PrintLabels& L = b.labels();
    const float x = b.left() + kGutter;
    const std::u32string meta = b.typesetter().fit(
        joined({section_title, q.competency == section_title ? U"" : q.competency, L.tr(to_utf8(q.type)),
                q.minutes > 0 ? fill32(L.tr("{1} min"), {digits(q.minutes)}) : U"", q.scored ? U"" : L.tr("Not scored")}),
        kQuestionMetaStyle, b.right() - x);
    b.add(12, Glue::Hard, [=](Painter& p, float top) {
        p.text(x, p.typesetter().baseline(top, 12, kQuestionMetaStyle), meta, kQuestionMetaStyle);
    });
    b.space(1.5f);
    const std::u32string number = digits(q.number);
    b.continued_label(fill32(L.tr("Question {1} (continued)"), {number}));

    const float number_width = b.typesetter().width(number, kQuestionNumberStyle);
    const float left = b.left();
    const DrawFn pill = [=](Painter& p, float top) {
        const float base = p.typesetter().baseline(top, 14.5f, kQuestionTextStyle);
        const float h = 14.5f, w = std::max(h, number_width + 9);
        const float y = base - 3.6f;
        p.pill(left, y, w, h, kAccent);
        p.text_centered(left + w / 2, y + 4.3f, number, kQuestionNumberStyle);
    };
    const std::vector<std::u32string> text =
        q.text.empty() ? std::vector<std::u32string>{L.tr("(no question text)")} : q.text;
    b.paragraphs(text, kQuestionTextStyle, kGutter, 14.5f, 4, pill);
    b.glue_last(Glue::Hard);
}

}  // namespace ikit
