#include "i18n/mo_reader.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/text.h"

#include <cstdint>

namespace ikit {

namespace {

constexpr std::uint32_t kMagic = 0x950412deU;
constexpr std::uint32_t kMagicSwapped = 0xde120495U;

class MoBytes {
public:
    MoBytes(std::string_view bytes, const std::string& file_name) : bytes_(bytes), file_(file_name) {}

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(file_, 0, fill(tr("not a usable message catalog (.mo): {1}"), {what}));
    }

    std::uint32_t word(std::uint64_t at) const {
        if (at + 4 > bytes_.size())
            fail(fill(tr("it ends inside its header or tables (at byte {1})"), {std::to_string(at)}));
        const auto* p = reinterpret_cast<const unsigned char*>(bytes_.data() + at);
        if (swapped_)
            return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
        return (std::uint32_t(p[3]) << 24) | (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0];
    }

    void read_magic() {
        if (bytes_.size() < 28) fail(fill(trn("the file is too short ({1} byte)", "the file is too short ({1} bytes)", bytes_.size()),
                                             {std::to_string(bytes_.size())}));
        const std::uint32_t magic = word(0);
        if (magic == kMagicSwapped) swapped_ = true;
        else if (magic != kMagic) fail(tr("it does not start with the .mo magic number"));
    }

    // The string the table entry at `entry` points to (entry `index` of the messages or the translations).
    std::string_view string_at(std::uint64_t entry, bool translation, std::uint32_t index) const {
        const std::uint64_t length = word(entry);
        const std::uint64_t offset = word(entry + 4);
        const std::string number = std::to_string(index);
        if (offset + length >= bytes_.size())
            fail(fill(translation ? tr("translation {1} lies outside the file (offset {2}, length {3})")
                                  : tr("message {1} lies outside the file (offset {2}, length {3})"),
                      {number, std::to_string(offset), std::to_string(length)}));
        if (bytes_[offset + length] != '\0')
            fail(fill(translation ? tr("translation {1} is not ended by a NUL byte")
                                  : tr("message {1} is not ended by a NUL byte"),
                      {number}));
        std::string_view text = bytes_.substr(offset, length);
        if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos)
            fail(fill(translation ? tr("translation {1} is not UTF-8 (byte {2})") : tr("message {1} is not UTF-8 (byte {2})"),
                      {number, std::to_string(bad + 1)}));
        return text;
    }

private:
    std::string_view bytes_;
    const std::string& file_;
    bool swapped_ = false;
};

std::vector<std::string> split_nul(std::string_view text) {
    std::vector<std::string> parts;
    for (;;) {
        std::size_t nul = text.find('\0');
        parts.emplace_back(text.substr(0, nul));
        if (nul == std::string_view::npos) return parts;
        text.remove_prefix(nul + 1);
    }
}

}  // namespace

std::string mo_header_field(std::string_view header, std::string_view name) {
    while (!header.empty()) {
        std::size_t end = header.find('\n');
        std::string_view line = header.substr(0, end);
        if (line.size() > name.size() && line.substr(0, name.size()) == name && line[name.size()] == ':') {
            std::string_view value = line.substr(name.size() + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
            return std::string(value);
        }
        if (end == std::string_view::npos) break;
        header.remove_prefix(end + 1);
    }
    return {};
}

std::vector<MoEntry> read_mo_entries(std::string_view bytes, const std::string& file_name, const MoLimits& limits) {
    MoBytes mo(bytes, file_name);
    if (bytes.size() > limits.max_bytes)
        mo.fail(fill(tr("the file is larger than the limit of {1} MiB"), {std::to_string(limits.max_bytes / (1024 * 1024))}));
    mo.read_magic();
    const std::uint32_t revision = mo.word(4);
    if ((revision >> 16) > 1) mo.fail(fill(tr("unknown format revision {1}"), {std::to_string(revision >> 16)}));
    const std::uint64_t count = mo.word(8);
    const std::uint64_t originals = mo.word(12);
    const std::uint64_t translations = mo.word(16);
    if (count > limits.max_messages)
        mo.fail(fill(trn("it claims {1} message, more than the limit of {2}",
                         "it claims {1} messages, more than the limit of {2}", static_cast<unsigned long>(count)),
                     {std::to_string(count), std::to_string(limits.max_messages)}));
    if (originals + count * 8 > bytes.size() || translations + count * 8 > bytes.size())
        mo.fail(fill(trn("its table of {1} message lies outside the file",
                         "its tables of {1} messages lie outside the file", static_cast<unsigned long>(count)),
                     {std::to_string(count)}));

    std::vector<MoEntry> entries;
    entries.reserve(static_cast<std::size_t>(count));
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string_view original = mo.string_at(originals + 8ULL * i, false, i + 1);
        std::string_view translation = mo.string_at(translations + 8ULL * i, true, i + 1);
        MoEntry entry;
        if (std::size_t eot = original.find('\x04'); eot != std::string_view::npos) {
            entry.has_context = true;
            entry.context = std::string(original.substr(0, eot));
            original.remove_prefix(eot + 1);
        }
        if (std::size_t nul = original.find('\0'); nul != std::string_view::npos) {
            entry.id = std::string(original.substr(0, nul));
            entry.id_plural = std::string(original.substr(nul + 1));
            if (entry.id_plural.find('\0') != std::string::npos)
                mo.fail(fill(tr("message {1} has more than one plural msgid"), {std::to_string(i + 1)}));
        } else {
            entry.id = std::string(original);
        }
        entry.forms = split_nul(translation);
        if (i == 0 && entry.id.empty() && !entry.has_context) {
            std::string type = mo_header_field(entry.forms.front(), "Content-Type");
            std::size_t charset = type.find("charset=");
            if (charset != std::string::npos) {
                std::string name = type.substr(charset + 8);
                for (char& c : name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
                if (name != "UTF-8" && name != "UTF8" && name != "ASCII" && name != "US-ASCII" && name != "CHARSET")
                    mo.fail(fill(tr("its charset is {1}, not UTF-8"), {type.substr(charset + 8)}));
            }
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

MessageCatalog read_mo(std::string_view bytes, const std::string& file_name, const MoLimits& limits) {
    MessageCatalog catalog;
    for (MoEntry& entry : read_mo_entries(bytes, file_name, limits)) {
        if (entry.id.empty() && !entry.has_context) {
            std::string plural_forms = mo_header_field(entry.forms.front(), "Plural-Forms");
            if (!plural_forms.empty()) {
                try {
                    catalog.set_plural_rule(PluralRule::parse(plural_forms));
                } catch (const Error&) {
                    catalog.set_plural_rule(PluralRule());  // a bad rule: English's, as gettext does
                }
            }
            continue;
        }
        std::string key = entry.has_context ? entry.context + '\x04' + entry.id : std::move(entry.id);
        catalog.add(std::move(key), std::move(entry.forms));
    }
    return catalog;
}

}  // namespace ikit
