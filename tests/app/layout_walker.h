#pragma once
/// \file layout_walker.h
/// Walks a window's visible controls and reports what a person would see as broken after translation:
/// a label cut (a control smaller than its best size, a list or data view column narrower than its
/// header), two sibling controls overlapping, and a label left untranslated (no pseudo-translation
/// marker, for tests run in the pseudo-language "qps"). Reusable by every pane's and dialog's tests.

#include <functional>
#include <string>
#include <vector>

class wxMenuBar;
class wxToolBar;
class wxWindow;

namespace ikit::test {

/// What to check and what to leave alone.
struct LayoutCheck {
    /// Report labels without the pseudo-translation marker (run under LANGUAGE=qps).
    bool untranslated = true;
    /// Report labels, buttons and columns cut, and sibling controls overlapping.
    bool geometry = true;
    /// True for a control whose text is the user's content (a kit title, a question) rather than the app's:
    /// its text is not required to be translated. Text fields, choices' items and lists' rows are never
    /// checked for translation anyway.
    std::function<bool(wxWindow&)> user_content;
};

/// True when `text` is pseudo-translated: a "[" … "·]" span (see i18n/pseudo_translation.h), or holds no
/// letter at all (a number, a dash).
bool looks_translated(const std::string& text);

/// The problems of `root` and its visible descendants, one line each: "what: control 'name' (class)
/// \"text\" detail".
std::vector<std::string> layout_problems(wxWindow& root, const LayoutCheck& check = {});

/// The menu titles and items (Open Recent's files excepted) without the pseudo-translation marker.
std::vector<std::string> menu_problems(wxMenuBar& bar);

/// The toolbar's labels without the marker, and the toolbar cut when its tools need more width than it has.
std::vector<std::string> toolbar_problems(wxToolBar& toolbar);

/// The problems joined one per line, for a test's failure message.
std::string problem_report(const std::vector<std::string>& problems);

}  // namespace ikit::test
