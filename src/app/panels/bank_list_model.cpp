#include "panels/bank_list_model.h"

#include "panels/display_text.h"
#include "panels/ui_style.h"
#include "wx_text.h"

namespace ikit {

BankListModel::BankListModel(const QuestionBank& bank) : wxDataViewVirtualListModel(0), bank_(bank) {}

void BankListModel::set_rows(std::vector<std::size_t> rows) {
    rows_ = std::move(rows);
    Reset(static_cast<unsigned>(rows_.size()));
}

const Question* BankListModel::question_at(unsigned row) const {
    if (row >= rows_.size()) return nullptr;
    return &bank_.questions()[rows_[row]];
}

bool BankListModel::row_in_kit(unsigned row) const {
    const Question* q = question_at(row);
    return q && in_kit_.count(q->id) > 0;
}

bool BankListModel::GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const {
    if (!row_in_kit(row)) return false;
    attr.SetColour(muted_text_colour());
    attr.SetItalic(true);
    return true;
}

void BankListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const {
    const Question* q = question_at(row);
    if (!q) {
        value = wxString();
        return;
    }
    switch (column) {
        case kBankColText: value = wx((in_kit_.count(q->id) ? std::string(kInKitMark) : std::string()) + q->text); break;
        case kBankColCompetencies: value = wx(competencies_cell(bank_, *q)); break;
        case kBankColType: value = wx(std::string(short_type_label(q->type))); break;
        case kBankColMinutes: value = wx(minutes_text(q->minutes)); break;
        default: value = wxString();
    }
}

}  // namespace ikit
