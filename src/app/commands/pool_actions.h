#pragma once
/// \file pool_actions.h
/// What the Kit menu's pool commands ask of the question editor's Variants tab: the pool of the question
/// shown and the member selected there — without knowing its controls. Each action is one undo step.

namespace ikit {

/// The Variants tab as commands see it.
class PoolActions {
public:
    /// Nothing to release.
    virtual ~PoolActions() = default;
    /// True when a question is shown (a kit question is selected).
    virtual bool has_question() const = 0;
    /// True when the question shown is a pool (of one or more).
    virtual bool is_pool() const = 0;
    /// True when another member fits in the pool.
    virtual bool can_add_variant() const = 0;
    /// True when a variant (not the question itself) is selected.
    virtual bool can_remove_variant() const = 0;
    /// True when the selected variant can become the question (see can_make_first in pool_edits.h).
    virtual bool can_make_first() const = 0;
    /// Adds what the tab's Add list offers (the next bank variant, else a new wording) and selects it.
    virtual void add_variant() = 0;
    /// Removes the selected variant.
    virtual void remove_variant() = 0;
    /// Makes the selected variant the question's own wording.
    virtual void make_first() = 0;
    /// Makes the question a pool of one.
    virtual void turn_into_pool() = 0;
    /// Makes the pool an ordinary question again.
    virtual void dissolve_pool() = 0;
    /// Shows the Variants tab with the keyboard focus in its list of members.
    virtual void show_variants() = 0;
};

}  // namespace ikit
