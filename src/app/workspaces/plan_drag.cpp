#include "workspaces/plan_drag.h"

#include "util/text.h"

namespace ikit {

const wxDataFormat& plan_item_format() {
    static const wxDataFormat format("application/x-interview-kit-plan-item");
    return format;
}

PlanItemData::PlanItemData() : wxCustomDataObject(plan_item_format()) {}

PlanItemData::PlanItemData(const std::vector<PlanItem>& items) : wxCustomDataObject(plan_item_format()) {
    std::string text;
    for (const PlanItem& item : items)
        text += item.section_id.empty() ? "q:" + item.question_id + "\n" : "s:" + item.section_id + "\n";
    SetData(text.size(), text.data());
}

std::vector<PlanItem> PlanItemData::items() const {
    std::vector<PlanItem> items;
    const std::string text(static_cast<const char*>(GetData()), GetSize());
    for (const std::string& word : split_words(text)) {
        if (word.rfind("s:", 0) == 0) items.push_back({word.substr(2), ""});
        else if (word.rfind("q:", 0) == 0) items.push_back({"", word.substr(2)});
    }
    return items;
}

}  // namespace ikit
