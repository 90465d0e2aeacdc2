#pragma once
/// \file plural_rule.h
/// A catalog's plural rule: the C expression of gettext's Plural-Forms header ("nplurals=3; plural=n==1 ? 0 :
/// n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;"), parsed once and evaluated for each count.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// Which plural form a count takes. The default rule is English's: two forms, `n != 1`.
/// Parsed from the subset of C that gettext uses: n, whole numbers, ! == != < <= > >= && || ?: % + - * /
/// and parentheses. Evaluated with unsigned arithmetic as gettext does; dividing by zero gives 0.
class PluralRule {
public:
    /// English: nplurals=2; plural=(n != 1).
    PluralRule();

    /// Parses a Plural-Forms header value ("nplurals=2; plural=(n > 1);"); throws Error saying what is
    /// wrong (no nplurals, nplurals outside 1…100, a bad or too deeply nested expression, trailing text).
    static PluralRule parse(std::string_view plural_forms);

    /// The number of plural forms (1…100).
    std::size_t nplurals() const { return nplurals_; }

    /// The form index for `n`, clamped to nplurals()-1.
    std::size_t index(unsigned long n) const;

    /// One node of the parsed expression (public for the parser in plural_rule.cpp).
    struct Node {
        char op = 0;              ///< 'n' the count, '#' a number, '!' not, '?' conditional, or an operator code
        unsigned long value = 0;  ///< the number of a '#' node
        int a = -1, b = -1, c = -1;  ///< operand node indices (-1 = none)
    };

private:
    unsigned long eval(int node, unsigned long n) const;

    std::size_t nplurals_ = 2;
    std::vector<Node> nodes_;
    int root_ = -1;
};

}  // namespace ikit
