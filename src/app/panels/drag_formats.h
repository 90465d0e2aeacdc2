#pragma once
/// \file drag_formats.h
/// The drag-and-drop format for bank questions dragged onto the kit (their ids, one per line).

#include <wx/dataobj.h>

#include <string>
#include <vector>

namespace ikit {

/// The format id of dragged bank questions.
const wxDataFormat& bank_question_format();

/// Drag data carrying bank question ids.
class BankQuestionData : public wxCustomDataObject {
public:
    /// Empty data (for receiving).
    BankQuestionData();
    /// Data carrying these ids.
    explicit BankQuestionData(const std::vector<std::string>& ids);
    /// The ids carried.
    std::vector<std::string> ids() const;
};

}  // namespace ikit
