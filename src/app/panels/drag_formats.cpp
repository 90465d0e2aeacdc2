#include "panels/drag_formats.h"

#include "util/text.h"

namespace ikit {

const wxDataFormat& bank_question_format() {
    static const wxDataFormat format("application/x-interview-kit-bank-question");
    return format;
}

BankQuestionData::BankQuestionData() : wxCustomDataObject(bank_question_format()) {}

BankQuestionData::BankQuestionData(const std::vector<std::string>& ids) : wxCustomDataObject(bank_question_format()) {
    const std::string text = join(ids, "\n");
    SetData(text.size(), text.data());
}

std::vector<std::string> BankQuestionData::ids() const {
    const std::string text(static_cast<const char*>(GetData()), GetSize());
    return split_words(text);
}

}  // namespace ikit
