#pragma once
/// \file plan_drag.h
/// The drag-and-drop format of the plan workspace: kit sections and questions dragged onto an
/// interview ("s:<id>" and "q:<id>", one per line).

#include "commands/plan_edits.h"

#include <wx/dataobj.h>

#include <vector>

namespace ikit {

/// The format id of dragged plan items.
const wxDataFormat& plan_item_format();

/// Drag data carrying sections and questions of the kit.
class PlanItemData : public wxCustomDataObject {
public:
    /// Empty data (for receiving).
    PlanItemData();
    /// Data carrying these items.
    explicit PlanItemData(const std::vector<PlanItem>& items);
    /// The items carried.
    std::vector<PlanItem> items() const;
};

}  // namespace ikit
