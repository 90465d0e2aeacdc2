#pragma once
/// \file kit_clipboard.h
/// Cut, copy and paste of kit questions: kept here as KitQuestion copies, and put on the system
/// clipboard as a tiny kit file (so the text can be pasted into a mail or editor too).

#include "model/kit.h"

#include <vector>

namespace ikit {

/// The app's clipboard of kit questions.
class KitClipboard {
public:
    /// Remembers copies of these questions (and offers them as kit XML text to other programs).
    void copy(const std::vector<KitQuestion>& questions);
    /// True when there is something to paste.
    bool has_content() const { return !questions_.empty(); }
    /// The questions to paste.
    const std::vector<KitQuestion>& questions() const { return questions_; }
    /// The kit XML offered to other programs for these questions.
    static std::string to_text(const std::vector<KitQuestion>& questions);

private:
    std::vector<KitQuestion> questions_;
};

}  // namespace ikit
