#include "document/kit_document.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/native_path.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>
#include <filesystem>

namespace ikit {

KitDocument::KitDocument() : KitDocument(new_empty_kit(), "") {}

KitDocument::KitDocument(Kit kit, std::string path) : kit_(std::move(kit)), saved_(kit_), path_(std::move(path)) {}

std::string KitDocument::display_name() const {
    if (!trim(kit_.properties.title).empty()) return trim(kit_.properties.title);
    if (!path_.empty()) return path_to_utf8(path_from_utf8(path_).filename());
    return kUntitledKitTitle;
}

void KitDocument::open(const std::string& path) {
    Kit loaded = read_kit_file(path);  // throws before anything changes
    reset(std::move(loaded), path, false);
}

void KitDocument::save(const std::string& path) {
    const std::string target = path.empty() ? path_ : path;
    if (target.empty()) throw Error(tr("the kit has no file name yet: choose Save As"));
    Kit to_save = kit_;
    // The modified date changes only when the content did, so saving an unchanged kit gives the same bytes.
    if (modified() || to_save.properties.modified.empty()) to_save.properties.modified = today_iso_date();
    save_kit_file(to_save, target);
    kit_.properties.modified = to_save.properties.modified;
    saved_ = kit_;
    force_modified_ = false;
    path_ = target;
    changed();
    if (file_listener_) file_listener_(FileEvent::Saved);
}

void KitDocument::reset(Kit kit, std::string path, bool mark_modified) {
    kit_ = std::move(kit);
    path_ = std::move(path);
    saved_ = kit_;
    force_modified_ = mark_modified;
    history_.clear();
    changed();
    if (file_listener_) file_listener_(FileEvent::Reset);
}

void KitDocument::changed() {
    ++revision_;
    if (listener_) listener_();
}

void KitDocument::apply(const std::string& description, const std::function<void(Kit&)>& edit) {
    Kit next = kit_;
    edit(next);  // may throw: nothing has changed yet
    if (next == kit_) return;
    history_.record(description, std::move(kit_));
    kit_ = std::move(next);
    changed();
}

bool KitDocument::undo() {
    if (!history_.can_undo()) return false;
    kit_ = history_.undo(std::move(kit_));
    changed();
    return true;
}

bool KitDocument::redo() {
    if (!history_.can_redo()) return false;
    kit_ = history_.redo(std::move(kit_));
    changed();
    return true;
}

QuestionPosition KitDocument::position_of(const std::string& question_id) const {
    for (std::size_t s = 0; s < kit_.sections.size(); ++s) {
        const auto& qs = kit_.sections[s].questions;
        for (std::size_t i = 0; i < qs.size(); ++i)
            if (qs[i].id == question_id) return {s, i};
    }
    throw Error(fill(tr("question \"{1}\" is not in the kit"), {question_id}));
}

std::size_t KitDocument::section_index(const std::string& section_id) const {
    for (std::size_t s = 0; s < kit_.sections.size(); ++s)
        if (kit_.sections[s].id == section_id) return s;
    throw Error(fill(tr("section \"{1}\" is not in the kit"), {section_id}));
}

namespace {
void check_insert_position(const Kit& kit, const QuestionPosition& p) {
    if (p.section >= kit.sections.size())
        throw Error(fill(tr("there is no section {1}"), {std::to_string(p.section + 1)}));
    if (p.index > kit.sections[p.section].questions.size())
        throw Error(tr("the position is past the end of the section"));
}
}  // namespace

void KitDocument::set_properties(const KitProperties& properties) {
    apply(tr("Change kit properties"), [&](Kit& k) { k.properties = properties; });
}

void KitDocument::set_settings(const KitSettings& settings) {
    std::vector<std::string> labels;
    for (const auto& label : settings.recommendation_labels)
        if (!trim(label).empty()) labels.push_back(trim(label));
    if (labels.size() < 2 || labels.size() > 10)
        throw Error(tr("the overall recommendation needs 2 to 10 labels, one per line (for example Strong no, No, Yes, "
                       "Strong yes)"));
    apply(tr("Change kit properties"), [&](Kit& k) {
        k.properties = settings.properties;
        k.competencies = settings.competencies;
        k.recommendation_labels = labels;
    });
}

void KitDocument::set_competencies(const std::vector<Competency>& competencies) {
    apply(tr("Change competencies"), [&](Kit& k) { k.competencies = competencies; });
}

std::string KitDocument::add_bank_question(const Question& question, const Rubric& rubric, QuestionPosition position) {
    return add_question(make_kit_question(question, rubric), position, tr("Add question"));
}

std::string KitDocument::add_question(KitQuestion question, QuestionPosition position, const std::string& description) {
    question.id = kit_.next_question_id();
    const std::string id = question.id;
    apply(description, [&](Kit& k) {
        check_insert_position(k, position);
        auto& qs = k.sections[position.section].questions;
        qs.insert(qs.begin() + static_cast<std::ptrdiff_t>(position.index), question);
    });
    return id;
}

void KitDocument::edit_question(const KitQuestion& question, const std::string& description) {
    const QuestionPosition p = position_of(question.id);
    apply(description, [&](Kit& k) { k.sections[p.section].questions[p.index] = question; });
}

void KitDocument::remove_question(const std::string& question_id) {
    const QuestionPosition p = position_of(question_id);
    apply(tr("Remove question"), [&](Kit& k) {
        auto& qs = k.sections[p.section].questions;
        qs.erase(qs.begin() + static_cast<std::ptrdiff_t>(p.index));
    });
}

std::string KitDocument::duplicate_question(const std::string& question_id) {
    const QuestionPosition p = position_of(question_id);
    KitQuestion copy = kit_.sections[p.section].questions[p.index];
    return add_question(std::move(copy), {p.section, p.index + 1}, tr("Duplicate question"));
}

void KitDocument::move_question(const std::string& question_id, QuestionPosition to) {
    const QuestionPosition from = position_of(question_id);
    apply(tr("Move question"), [&](Kit& k) {
        auto& source = k.sections[from.section].questions;
        KitQuestion q = std::move(source[from.index]);
        source.erase(source.begin() + static_cast<std::ptrdiff_t>(from.index));
        check_insert_position(k, to);
        auto& target = k.sections[to.section].questions;
        target.insert(target.begin() + static_cast<std::ptrdiff_t>(to.index), std::move(q));
    });
}

bool KitDocument::move_question_up(const std::string& question_id) {
    const QuestionPosition p = position_of(question_id);
    if (p.index > 0) {
        move_question(question_id, {p.section, p.index - 1});
        return true;
    }
    if (p.section == 0) return false;
    move_question(question_id, {p.section - 1, kit_.sections[p.section - 1].questions.size()});
    return true;
}

bool KitDocument::move_question_down(const std::string& question_id) {
    const QuestionPosition p = position_of(question_id);
    if (p.index + 1 < kit_.sections[p.section].questions.size()) {
        move_question(question_id, {p.section, p.index + 1});
        return true;
    }
    if (p.section + 1 >= kit_.sections.size()) return false;
    move_question(question_id, {p.section + 1, 0});
    return true;
}

std::string KitDocument::add_section(const std::string& title, std::size_t index, const std::string& competency_id) {
    const std::string id = kit_.next_section_id();
    apply(tr("Add section"), [&](Kit& k) {
        KitSection s;
        s.id = id;
        s.title = title;
        s.competency_id = competency_id;
        k.sections.insert(k.sections.begin() + static_cast<std::ptrdiff_t>(std::min(index, k.sections.size())), s);
    });
    return id;
}

void KitDocument::rename_section(const std::string& section_id, const std::string& title) {
    const std::size_t s = section_index(section_id);
    apply(tr("Rename section"), [&](Kit& k) { k.sections[s].title = title; });
}

void KitDocument::remove_section(const std::string& section_id) {
    const std::size_t s = section_index(section_id);
    apply(tr("Remove section"), [&](Kit& k) { k.sections.erase(k.sections.begin() + static_cast<std::ptrdiff_t>(s)); });
}

void KitDocument::move_section(const std::string& section_id, std::size_t index) {
    const std::size_t s = section_index(section_id);
    apply(tr("Move section"), [&](Kit& k) {
        KitSection section = std::move(k.sections[s]);
        k.sections.erase(k.sections.begin() + static_cast<std::ptrdiff_t>(s));
        k.sections.insert(k.sections.begin() + static_cast<std::ptrdiff_t>(std::min(index, k.sections.size())),
                          std::move(section));
    });
}

void KitDocument::set_plan(InterviewPlan plan, const std::string& description) {
    apply(description, [&](Kit& k) { k.plan = std::move(plan); });
}

}  // namespace ikit
