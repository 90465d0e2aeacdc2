#include "panels/rating_field.h"

#include "panels/ui_style.h"
#include "wx_text.h"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

namespace ikit {

RatingField::RatingField(wxWindow* parent, ScaleLevels levels, std::string zero_label)
    : wxPanel(parent, wxID_ANY), levels_(std::move(levels)), zero_label_(std::move(zero_label)) {
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    box_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_CENTRE);
    box_->SetInitialSize(wxSize(box_->GetTextExtent("00").x + FromDIP(22), -1));
    const int lowest = levels_.empty() ? 0 : levels_.front().first, highest = levels_.empty() ? 0 : levels_.back().first;
    box_->SetToolTip(zero_label_.empty()
                         ? wxString::Format(_(L"Type %1$d\u2013%2$d for the rating, 0 or Backspace to clear it"), lowest, highest)
                         // TRANSLATORS: %3$s is what 0 means, e.g. "no evidence".
                         : wxString::Format(_(L"Type %1$d\u2013%2$d for the rating, 0 for %3$s"), lowest, highest,
                                            wx(zero_label_).Lower()));
    sizer->Add(box_, 0, wxALIGN_CENTER_VERTICAL);
    meaning_ = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END);
    meaning_->SetForegroundColour(muted_text_colour());
    int widest = meaning_->GetTextExtent(_("No evidence")).x;
    for (const auto& level : levels_) widest = std::max(widest, meaning_->GetTextExtent(label_text(level.second)).x);
    meaning_->SetInitialSize(wxSize(std::min(widest, FromDIP(150)) + FromDIP(4), -1));
    sizer->Add(meaning_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(6));
    SetSizer(sizer);
    box_->Bind(wxEVT_CHAR, &RatingField::on_char, this);
    show();
}

void RatingField::set_value(std::optional<int> value) {
    value_ = value;
    show();
}

void RatingField::set_read_only(bool read_only) {
    read_only_ = read_only;
    box_->SetEditable(!read_only);
}

bool RatingField::takes(int rating) const {
    if (rating == 0 && !zero_label_.empty()) return true;
    for (const auto& level : levels_)
        if (level.first == rating) return true;
    return false;
}

std::string RatingField::meaning() const {
    if (!value_) return std::string();
    if (*value_ == 0 && !zero_label_.empty()) return zero_label_;
    for (const auto& level : levels_)
        if (level.first == *value_) return std::to_string(*value_) + " " + level.second;
    return utf8(wxString::Format(_("%d (not on this scale)"), *value_));
}

void RatingField::show() {
    box_->ChangeValue(value_ ? wxString::Format("%d", *value_) : wxString());
    const std::string text = meaning();
    // The label after the digit: the box already shows the digit.
    const auto space = text.find(' ');
    meaning_->SetLabel(value_ && *value_ > 0 && space != std::string::npos ? label_text(text.substr(space + 1)) : label_text(text));
    meaning_->SetToolTip(label_text(text));
}

void RatingField::on_char(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if (key == WXK_TAB || key == WXK_RETURN || key == WXK_NUMPAD_ENTER || event.HasModifiers() ||
        key == WXK_LEFT || key == WXK_RIGHT || key == WXK_UP || key == WXK_DOWN || key == WXK_ESCAPE) {
        event.Skip();
        return;
    }
    if (read_only_) return;
    std::optional<int> value = value_;
    if (key >= '0' && key <= '9') {
        const int digit = key - '0';
        if (digit != 0 && !takes(digit)) {
            wxBell();
            return;
        }
        value = digit == 0 && zero_label_.empty() ? std::nullopt : std::optional<int>(digit);
    } else if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9) {
        wxKeyEvent digit(event);
        digit.m_keyCode = '0' + (key - WXK_NUMPAD0);
        on_char(digit);
        return;
    } else if (key == WXK_BACK || key == WXK_DELETE) {
        value = std::nullopt;
    } else {
        return;  // nothing else types into a rating
    }
    const bool changed = value != value_;
    value_ = value;
    show();
    if (changed && changed_) changed_();
}

}  // namespace ikit
