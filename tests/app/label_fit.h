#pragma once
/// \file label_fit.h
/// What a person would see wrong in a window's labels, for layout tests under a pseudo-translation:
/// a label or button smaller than its text, a list or grid column narrower than its header, controls
/// of one parent overlapping, and a label left untranslated (without the pseudo language's marker).

#include <wx/string.h>

#include <functional>
#include <string>
#include <vector>

class wxWindow;

namespace ikit::test {

/// One problem found: the control (its name or class and label) and what is wrong.
struct LabelProblem {
    std::string where;  ///< e.g. "wxStaticText 'Interviewers'"
    std::string what;   ///< e.g. "cut: 80 px wide, its text needs 96"
};

/// Walks the shown controls under `root`. `marker` (e.g. "[") is what every translated label carries;
/// "" skips that check. Controls for which `skip` says true are not checked (nor their children).
std::vector<LabelProblem> label_problems(wxWindow* root, const wxString& marker = wxString(),
                                         const std::function<bool(wxWindow*)>& skip = {});

/// The problems as lines of text, for a test's message.
std::string describe(const std::vector<LabelProblem>& problems);

/// The pseudo-translation of `text`: letters accented, about 40 % longer, in "[…]"; places (%s, %1$d),
/// mnemonics (&) and line breaks kept.
std::string pseudo_translation(const std::string& text);

/// Makes wxWidgets translate into the pseudo language "qps", with every message of the template `pot_file`
/// pseudo-translated (English again when the returned guard goes).
class PseudoLanguage {
public:
    /// Installs the pseudo language.
    explicit PseudoLanguage(const std::string& pot_file);
    /// Puts English back.
    ~PseudoLanguage();
    /// How many messages the catalog holds.
    size_t messages() const { return messages_; }

private:
    size_t messages_ = 0;
};

}  // namespace ikit::test
