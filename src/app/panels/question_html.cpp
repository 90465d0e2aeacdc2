#include "panels/question_html.h"

#include "panels/display_text.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/string.h>
#include <wx/translation.h>

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

void add_list(std::string& html, const std::string& heading, const char* colour, const std::vector<std::string>& items) {
    if (items.empty()) return;
    html += "<p><font color=\"";
    html += colour;
    html += "\"><b>";
    html += html_escape(heading);
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
    html += "<p><font color=\"#555555\">" + html_escape(utf8(wxGetTranslation(wx(std::string(to_label(question.type)))))) + " &middot; " +
            html_escape(minutes_text(question.minutes)) + " &middot; " + html_escape(join(competencies, ", ")) +
            (question.scored ? "" : " &middot; <b>" + html_escape(utf8(_("not scored"))) + "</b>") + "</font></p>";

    add_list(html, utf8(_("Listen for")), "#1b6e3a", question.listen_for);
    add_list(html, utf8(_("Probes")), "#1f4e8c", question.probes);
    add_list(html, utf8(_("Red flags")), "#a4262c", question.red_flags);

    std::vector<std::string> roles;
    for (const auto& id : question.role_ids) {
        const Role* role = bank.role(id);
        roles.push_back(role ? role->name : id);
    }
    // The roles the question suits (what the role filter uses), apart from where it came from.
    if (!roles.empty())
        // TRANSLATORS: in a question's details: the roles the question suits.
        html += "<p><font color=\"#555555\" size=\"-1\"><b>" + html_escape(utf8(_("Suits:"))) + "</b> " +
                html_escape(join(roles, ", ")) + "</font></p>";
    std::vector<std::string> sources;
    // TRANSLATORS: where a bank question comes from: a guide's id and the question's number in it.
    for (const auto& s : question.sources) sources.push_back(utf8(wxString::Format(_("guide %1$s #%2$s"), wx(s.guide), wx(s.number))));
    const std::string from = sources.empty() ? utf8(_("written for Interview Kit Builder")) : join(sources, "; ");
    html += "<p><font color=\"#555555\" size=\"-1\"><b>" + html_escape(utf8(_("From:"))) + "</b> " + html_escape(from) + " &middot; " +
            html_escape(question.id) + "</font></p>";
    html += "</body></html>";
    return html;
}

std::string empty_detail_html(const std::string& hint) {
    return "<html><body><br><center><font color=\"#777777\">" + html_escape(hint) +
           "</font></center></body></html>";
}

}  // namespace ikit
