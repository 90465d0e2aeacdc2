#pragma once
/// \file taxonomy.h
/// Roles and competencies: the two axes a bank and a kit are organised by.

#include <string>
#include <vector>

namespace ikit {

/// A job role questions are asked for, e.g. "Director of Customer Support".
struct Role {
    std::string id;     ///< stable id, e.g. "director-support"
    std::string name;   ///< display name
    std::string level;  ///< "manager", "director" or "head"; may be empty
    bool operator==(const Role& other) const;
    bool operator!=(const Role& other) const { return !(*this == other); }
};

/// A competency a question gives evidence of, e.g. "KPIs & metrics".
struct Competency {
    std::string id;           ///< stable id, e.g. "kpis-metrics"
    std::string name;         ///< display name
    std::string description;  ///< one sentence; may be empty
    double weight = 1.0;      ///< weight in a kit's composite score (0–100, two decimals at most); banks leave it 1
    bool operator==(const Competency& other) const;
    bool operator!=(const Competency& other) const { return !(*this == other); }
};

/// Finds an entry whose id or name equals `key`, ignoring ASCII case; nullptr when none.
const Role* find_role(const std::vector<Role>& roles, const std::string& key);
/// Finds an entry whose id or name equals `key`, ignoring ASCII case; nullptr when none.
const Competency* find_competency(const std::vector<Competency>& competencies, const std::string& key);

}  // namespace ikit
