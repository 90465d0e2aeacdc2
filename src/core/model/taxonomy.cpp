#include "model/taxonomy.h"

#include "util/text.h"

namespace ikit {

bool Role::operator==(const Role& o) const { return id == o.id && name == o.name && level == o.level; }

bool Competency::operator==(const Competency& o) const {
    return id == o.id && name == o.name && description == o.description && weight == o.weight;
}

namespace {
template <typename T>
const T* find_by_id_or_name(const std::vector<T>& items, const std::string& key) {
    for (const T& item : items)
        if (iequals(item.id, key)) return &item;
    for (const T& item : items)
        if (iequals(item.name, key)) return &item;
    return nullptr;
}
}  // namespace

const Role* find_role(const std::vector<Role>& roles, const std::string& key) {
    return find_by_id_or_name(roles, key);
}

const Competency* find_competency(const std::vector<Competency>& competencies, const std::string& key) {
    return find_by_id_or_name(competencies, key);
}

}  // namespace ikit
