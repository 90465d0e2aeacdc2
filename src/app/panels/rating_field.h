#pragma once
/// \file rating_field.h
/// A one-digit rating box for fast keyboard entry: a digit on the item's scale types the rating at
/// once, 0 means "no evidence" (or "left empty" where there is no such thing), Backspace or Delete
/// clears it, Tab goes on to the next field. Beside it the meaning of the typed value is shown.

#include "panels/scorecard_layout.h"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxStaticText;
class wxTextCtrl;

namespace ikit {

/// A rating box with the meaning of its value beside it.
class RatingField : public wxPanel {
public:
    /// A box for the scores of `levels` (each with its label); `zero_label` names 0 ("" = 0 clears the
    /// box instead).
    RatingField(wxWindow* parent, ScaleLevels levels, std::string zero_label);

    /// The value: nullopt = empty, 0 = no evidence, else the rating.
    std::optional<int> value() const { return value_; }
    /// Shows `value` (nullopt = empty) without calling the change handler.
    void set_value(std::optional<int> value);
    /// True when the box takes `rating` (a score of its scale, or 0 where 0 means something).
    bool takes(int rating) const;
    /// Called after the user changed the value.
    void set_change_handler(std::function<void()> handler) { changed_ = std::move(handler); }
    /// Makes the box read-only (digits do nothing).
    void set_read_only(bool read_only);
    /// The text box, e.g. to give it the focus.
    wxTextCtrl* box() const { return box_; }
    /// What the value means, as shown beside the box ("4 Strong", "No evidence", …).
    std::string meaning() const;

private:
    void on_char(wxKeyEvent& event);
    void show();

    ScaleLevels levels_;
    std::string zero_label_;
    std::optional<int> value_;
    bool read_only_ = false;
    wxTextCtrl* box_ = nullptr;
    wxStaticText* meaning_ = nullptr;
    std::function<void()> changed_;
};

}  // namespace ikit
