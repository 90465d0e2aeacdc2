#include "gui_fixture.h"

#include "bank/kit_assembler.h"
#include "kit_app.h"
#include "serialize/kit_file.h"
#include "wx_text.h"

#include <wx/app.h>
#include <wx/dataview.h>
#include <wx/evtloop.h>
#include <wx/stopwatch.h>
#include <wx/treectrl.h>

#include <atomic>

namespace fs = std::filesystem;

namespace ikit::test {

GuiFixture::GuiFixture() {
    static std::atomic<int> counter{0};
    dir = fs::temp_directory_path() / ("ikit-gui-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(dir);
    prompts = std::make_shared<ScriptedPrompts>();
    services = load_app_services(DataPaths("", IKIT_SOURCE_ASSETS_DIR), prompts);
    services->autosave_interval_ms = 0;  // the tests tick the autosaver themselves
    services->checks_delay_ms = 20;
    services->recovery_dir = (dir / "recovery").string();
    frame = new MainFrame(*services);
    frame->Show();
    pump();
}

GuiFixture::~GuiFixture() {
    frame->Destroy();
    pump();
    std::error_code ec;
    fs::remove_all(dir, ec);
}

void GuiFixture::menu(int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(frame);
    frame->ProcessWindowEvent(event);
}

void GuiFixture::click(wxWindow* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
}

void GuiFixture::leave(wxWindow* field) {
    wxFocusEvent event(wxEVT_KILL_FOCUS, field->GetId());
    event.SetEventObject(field);
    field->ProcessWindowEvent(event);
}

void GuiFixture::pump(int ms) {
    wxStopWatch watch;
    do {
        wxTheApp->ProcessPendingEvents();
        if (wxEventLoopBase* loop = wxEventLoopBase::GetActive()) loop->YieldFor(wxEVT_CATEGORY_ALL);
        if (ms > 0) wxMilliSleep(5);
    } while (watch.Time() < ms);
}

std::string GuiFixture::sample_kit() {
    // A kit of the tests' own whose shape they rely on (a first section of several scored questions with
    // rubrics), so that rebuilding the shipped samples does not move the ground under them.
    return IKIT_TEST_DATA_DIR "/gui_sample_kit.ikit";
}

void GuiFixture::open_sample() {
    prompts->open_path = sample_kit();
    menu(wxID_OPEN);
    pump();
}

void GuiFixture::select_bank_row(unsigned row) {
    auto* list = control<wxDataViewCtrl>(control_name::kBankList);
    auto* model = static_cast<wxDataViewVirtualListModel*>(list->GetModel());
    const wxDataViewItem item = model->GetItem(row);
    list->UnselectAll();
    list->Select(item);
    wxDataViewEvent event(wxEVT_DATAVIEW_SELECTION_CHANGED, list, item);
    list->ProcessWindowEvent(event);
}

std::vector<std::string> GuiFixture::tree_labels() const {
    std::vector<std::string> labels;
    auto* tree = control<wxTreeCtrl>(control_name::kKitOutline);
    wxTreeItemIdValue a, b;
    for (auto s = tree->GetFirstChild(tree->GetRootItem(), a); s.IsOk(); s = tree->GetNextChild(tree->GetRootItem(), a)) {
        labels.push_back(utf8(tree->GetItemText(s)));
        for (auto q = tree->GetFirstChild(s, b); q.IsOk(); q = tree->GetNextChild(s, b)) labels.push_back(utf8(tree->GetItemText(q)));
    }
    return labels;
}

}  // namespace ikit::test
