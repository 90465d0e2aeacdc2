#include "arg_parser.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

namespace ikit::cli {

namespace {

/// Long spellings of short options: values are kept under the short name, so "-o a --output b" is a repeat.
std::string canonical_option_name(const std::string& name) { return name == "--output" ? "-o" : name; }

}  // namespace

Args::Args(const std::vector<std::string>& args, const std::set<std::string>& value_options,
           const std::set<std::string>& flags, const std::set<std::string>& repeatable) {
    bool only_positionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_positionals || a.size() < 2 || a[0] != '-') {
            positionals_.push_back(a);
            continue;
        }
        if (a == "--") {
            only_positionals = true;
            continue;
        }
        std::string name = a, value;
        bool inline_value = false;
        if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            inline_value = true;
        }
        name = canonical_option_name(name);
        if (flags.count(name)) {
            if (inline_value) throw UsageError(fill(tr("{1} takes no value"), {name}));
            flags_.insert(name);
        } else if (value_options.count(name)) {
            if (!inline_value) {
                if (i + 1 >= args.size()) throw UsageError(fill(tr("{1} needs a value"), {name}));
                value = args[++i];
            }
            auto& given = values_[name];
            if (!given.empty() && !repeatable.count(name))
                throw UsageError(fill(tr("{1} was given more than once; it takes one value"), {name}));
            given.push_back(value);
        } else {
            if (name == "--bank") throw UsageError(tr("unknown option --bank: it goes before the command (ikit --bank FILE …)"));
            throw UsageError(fill(tr("unknown option {1}"), {name}));
        }
    }
}

bool Args::has(const std::string& name) const { return flags_.count(name) || values_.count(name); }

std::string Args::value(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second.back();
}

const std::vector<std::string>& Args::values(const std::string& name) const {
    static const std::vector<std::string> none;
    auto it = values_.find(name);
    return it == values_.end() ? none : it->second;
}

int Args::int_value(const std::string& name, int fallback, int min, int max) const {
    if (!values_.count(name)) return fallback;
    const std::string v = value(name);
    std::size_t used = 0;
    int n = 0;
    try {
        n = std::stoi(v, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != v.size() || n < min || n > max)
        throw UsageError(fill(tr("{1} must be a whole number from {2} to {3}, not \"{4}\""),
                              {name, std::to_string(min), std::to_string(max), v}));
    return n;
}

}  // namespace ikit::cli
