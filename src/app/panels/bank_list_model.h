#pragma once
/// \file bank_list_model.h
/// A virtual list over the filtered bank: rows are indices into QuestionBank::questions(), and a
/// row's text is only made when the list shows it, so 100,000 questions cost nothing until seen.

#include "bank/question_bank.h"

#include <wx/dataview.h>

#include <set>
#include <string>
#include <vector>

namespace ikit {

/// Columns of the bank list. Competencies hold "Main name\t+N" for CompetencyRenderer; type and
/// minutes are compact ("Technical", "6 min"); the row's tooltip has everything in full. A question
/// already in the kit starts with "✓ " and is greyed.
enum BankColumn : unsigned { kBankColText = 0, kBankColCompetencies, kBankColType, kBankColMinutes, kBankColCount };

/// What starts the text of a bank question already in the kit.
inline constexpr char kInKitMark[] = "\u2713 ";

/// The bank list's model.
class BankListModel : public wxDataViewVirtualListModel {
public:
    /// A model over `bank` showing no rows until set_rows.
    explicit BankListModel(const QuestionBank& bank);

    /// Shows these questions (indices into bank.questions()), in this order.
    void set_rows(std::vector<std::size_t> rows);
    /// The indices shown.
    const std::vector<std::size_t>& rows() const { return rows_; }
    /// The question shown in `row`, or nullptr when out of range.
    const Question* question_at(unsigned row) const;
    /// Notes which bank questions the kit holds: their rows read "✓ In kit" and show greyed.
    void set_in_kit(std::set<std::string> bank_ids) { in_kit_ = std::move(bank_ids); }
    /// True when the question shown in `row` is in the kit.
    bool row_in_kit(unsigned row) const;

    unsigned GetColumnCount() const override { return kBankColCount; }
    wxString GetColumnType(unsigned) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    const QuestionBank& bank_;
    std::vector<std::size_t> rows_;
    std::set<std::string> in_kit_;
};

}  // namespace ikit
