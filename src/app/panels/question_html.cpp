#include "panels/question_html.h"

#include "util/text.h"

namespace ikit {

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

void add_list(std::string& html, const char* heading, const char* colour, const std::vector<std::string>& items) {
    if (items.empty()) return;
    html += "<p><font color=\"";
    html += colour;
    html += "\"><b>";
    html += heading;
    html += "</b></font></p><ul>";
    for (const auto& item : items) html += "<li>" + html_escape(item) + "</li>";
    html += "</ul>";
}

}  // namespace

std::string question_detail_html(const QuestionBank& bank, const Question& question) {
    std::string html = "<html><body>";
    html += "<p><font size=\"+1\"><b>" + html_escape(question.text) + "</b></font></p>";

    std::vector<std::string> competencies;
    for (const auto& id : question.competency_ids) competencies.push_back(bank.competency_name(id));
    html += "<p><font color=\"#555555\">" + html_escape(std::string(to_label(question.type))) + " &middot; " +
            std::to_string(question.minutes) + " min &middot; " + html_escape(join(competencies, ", ")) +
            (question.scored ? "" : " &middot; <b>not scored</b>") + "</font></p>";

    add_list(html, "Listen for", "#1b6e3a", question.listen_for);
    add_list(html, "Probes", "#1f4e8c", question.probes);
    add_list(html, "Red flags", "#a4262c", question.red_flags);

    std::vector<std::string> roles;
    for (const auto& id : question.role_ids) {
        const Role* role = bank.role(id);
        roles.push_back(role ? role->name : id);
    }
    // The roles the question suits (what the role filter uses), apart from where it came from.
    if (!roles.empty())
        html += "<p><font color=\"#555555\" size=\"-1\"><b>Suits:</b> " + html_escape(join(roles, ", ")) + "</font></p>";
    std::vector<std::string> sources;
    for (const auto& s : question.sources) sources.push_back("guide " + s.guide + " #" + s.number);
    const std::string from = sources.empty() ? "written for Interview Kit Builder" : join(sources, "; ");
    html += "<p><font color=\"#555555\" size=\"-1\"><b>From:</b> " + html_escape(from) + " &middot; " +
            html_escape(question.id) + "</font></p>";
    html += "</body></html>";
    return html;
}

std::string empty_detail_html(const std::string& hint) {
    return "<html><body><br><center><font color=\"#777777\">" + html_escape(hint) +
           "</font></center></body></html>";
}

}  // namespace ikit
