#include "commands/suggested_wording.h"

#include "commands/command_context.h"
#include "edit_path.h"
#include "kit_selection.h"
#include "wx_text.h"

namespace ikit {

bool use_suggested_wording(const CommandContext& context, const Finding& finding) {
    if (finding.question_id.empty() || finding.suggestion.empty()) return false;
    context.edits.flush();  // the question is read once what is being typed is in
    const KitQuestion* current = context.document.kit().find_question(finding.question_id);
    if (!current || current->text == finding.suggestion) return false;
    KitQuestion changed = *current;
    changed.text = finding.suggestion;
    context.edits.apply([&](KitDocument& doc) { doc.edit_question(changed, utf8(_("Use suggested wording"))); });
    context.selection.select_question(finding.question_id);
    return true;
}

}  // namespace ikit
