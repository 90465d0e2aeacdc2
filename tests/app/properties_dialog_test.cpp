// Kit ▸ Properties: the dialog shows a kit's settings and gives them back as edited.

#include "gui_fixture.h"

#include "dialogs/properties_dialog.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <wx/textctrl.h>

using namespace ikit;
using namespace ikit::test;

namespace {
/// The dialog's text box holding `text`, or nullptr.
wxTextCtrl* box_holding(wxWindow& dialog, const wxString& text) {
    for (wxWindow* child : dialog.GetChildren())
        if (auto* box = dynamic_cast<wxTextCtrl*>(child); box && box->GetValue() == text) return box;
    return nullptr;
}

/// The competencies' ids, sorted (the dialog lists them in the bank's order).
std::vector<std::string> ids(const std::vector<Competency>& competencies) {
    std::vector<std::string> out;
    for (const auto& c : competencies) out.push_back(c.id);
    std::sort(out.begin(), out.end());
    return out;
}
}  // namespace

TEST_CASE("the properties dialog gives back the settings it was shown, and the ones typed", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitSettings shown = f.document().kit().settings();
    REQUIRE_FALSE(shown.properties.role_id.empty());
    REQUIRE_FALSE(shown.competencies.empty());

    auto* dialog = new PropertiesDialog(f.frame, shown, *f.services);
    const KitSettings given = dialog->settings();
    CHECK(given.properties == shown.properties);
    CHECK(ids(given.competencies) == ids(shown.competencies));
    CHECK(given.recommendation_labels == shown.recommendation_labels);

    auto* title = box_holding(*dialog, wx(shown.properties.title));
    REQUIRE(title != nullptr);
    title->SetValue("  Panel for a team lead  ");
    const KitSettings edited = dialog->settings();
    CHECK(edited.properties.title == "Panel for a team lead");
    CHECK(edited.properties.role_id == shown.properties.role_id);
    dialog->Destroy();
}
