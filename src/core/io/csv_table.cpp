#include "io/csv_table.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>
#include <set>

namespace ikit {

namespace {

const std::string kEmptyCell;

std::string_view without_bom(std::string_view text) {
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);
    return text;
}

void refuse_unreadable_encoding(std::string_view text, const std::string& file_name) {
    if (text.size() >= 2 && ((unsigned char)text[0] == 0xFF && (unsigned char)text[1] == 0xFE))
        throw Error(file_name, 1, tr("the file is UTF-16; save it as CSV in UTF-8"));
    if (text.size() >= 2 && ((unsigned char)text[0] == 0xFE && (unsigned char)text[1] == 0xFF))
        throw Error(file_name, 1, tr("the file is UTF-16; save it as CSV in UTF-8"));
    const auto nul = text.find('\0');
    if (nul != std::string_view::npos) {
        const int line = 1 + (int)std::count(text.begin(), text.begin() + (std::ptrdiff_t)nul, '\n');
        throw Error(file_name, line, tr("the file holds a NUL byte: it is not a text CSV file (UTF-16 or binary?)"));
    }
    for (std::size_t i = 0; i < text.size();) {
        if ((unsigned char)text[i] < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) {
            const int line = 1 + (int)std::count(text.begin(), text.begin() + (std::ptrdiff_t)i, '\n');
            throw Error(file_name, line, tr("the file is not UTF-8 text; save it as CSV in UTF-8"));
        }
        i += n;
    }
}

char detect_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

/// Splits the whole text into records, each with the line it starts on.
class RecordReader {
public:
    RecordReader(std::string_view text, char separator, const std::string& file_name, const CsvLimits& limits)
        : text_(text), separator_(separator), file_(file_name), limits_(limits) {}

    bool next(CsvRow& row) {
        if (pos_ >= text_.size()) return false;
        row.line = line_;
        row.cells.clear();
        std::string cell;
        bool quoted_cell = false;
        for (;;) {
            if (pos_ >= text_.size()) {
                finish_cell(row, cell);
                return true;
            }
            const char c = text_[pos_];
            if (c == '"' && cell.empty() && !quoted_cell) {
                read_quoted(cell, row.line);
                quoted_cell = true;
                continue;
            }
            if (c == separator_) {
                ++pos_;
                finish_cell(row, cell);
                quoted_cell = false;
                continue;
            }
            if (c == '\r' || c == '\n') {
                ++pos_;
                if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
                ++line_;
                finish_cell(row, cell);
                return true;
            }
            if (quoted_cell) {
                if (c == ' ' || c == '\t') {  // blanks after a closing quote are tolerated
                    ++pos_;
                    continue;
                }
                throw Error(file_, line_, fill(tr("text after a closing quote in column {1} (a quote inside a field must be doubled: \"\")"),
                                                   {CsvTable::column_letter(row.cells.size())}));
            }
            cell.push_back(c);
            ++pos_;
            check_cell(cell, row);
        }
    }

private:
    void read_quoted(std::string& cell, int start_line) {
        ++pos_;  // opening quote
        for (;;) {
            if (pos_ >= text_.size())
                throw Error(file_, start_line, tr("a quoted field opened on this line is never closed"));
            const char c = text_[pos_++];
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    cell.push_back('"');
                    ++pos_;
                    continue;
                }
                return;
            }
            if (c == '\n') ++line_;
            if (c == '\r') {
                if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
                ++line_;
                cell.push_back('\n');
                continue;
            }
            cell.push_back(c);
            if (cell.size() > limits_.max_cell_bytes)
                throw Error(file_, start_line, fill(tr("a field is longer than {1} bytes"), {std::to_string(limits_.max_cell_bytes)}));
        }
    }

    void check_cell(const std::string& cell, const CsvRow& row) const {
        if (cell.size() > limits_.max_cell_bytes)
            throw Error(file_, row.line, fill(tr("a field is longer than {1} bytes"), {std::to_string(limits_.max_cell_bytes)}));
    }

    void finish_cell(CsvRow& row, std::string& cell) {
        if (row.cells.size() >= limits_.max_columns)
            throw Error(file_, row.line, fill(tr("a row has more than {1} columns"), {std::to_string(limits_.max_columns)}));
        row.cells.push_back(std::move(cell));
        cell.clear();
    }

    std::string_view text_;
    char separator_;
    const std::string& file_;
    const CsvLimits& limits_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

bool is_blank_row(const CsvRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return trim(c).empty(); });
}

}  // namespace

const std::string& CsvRow::cell(std::size_t column) const {
    return column < cells.size() ? cells[column] : kEmptyCell;
}

std::size_t CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (iequals(header[i], trim(name))) return i;
    return std::string::npos;
}

std::string CsvTable::column_letter(std::size_t index) {
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), char('A' + (n - 1) % 26));
    return letters;
}

CsvTable parse_csv(std::string_view text, const std::string& file_name, const CsvLimits& limits) {
    if (text.size() > limits.max_bytes)
        throw Error(file_name, 0, fill(tr("the file is larger than {1} MiB"), {std::to_string(limits.max_bytes >> 20)}));
    refuse_unreadable_encoding(text, file_name);
    text = without_bom(text);
    CsvTable table;
    table.separator = detect_separator(text);
    RecordReader reader(text, table.separator, file_name, limits);
    CsvRow row;
    bool have_header = false;
    while (reader.next(row)) {
        if (is_blank_row(row)) continue;
        if (!have_header) {
            std::set<std::string> seen;
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                std::string name(trim(row.cells[i]));
                if (name.empty())
                    throw Error(file_name, row.line, fill(tr("the header has no name in column {1}"), {CsvTable::column_letter(i)}));
                if (!seen.insert(ascii_lower(name)).second)
                    throw Error(file_name, row.line, fill(tr("the header names the column \"{1}\" twice"), {name}));
                table.header.push_back(std::move(name));
            }
            have_header = true;
            continue;
        }
        if (table.rows.size() >= limits.max_rows)
            throw Error(file_name, row.line, fill(tr("the file has more than {1} rows"), {std::to_string(limits.max_rows)}));
        table.rows.push_back(std::move(row));
        row = CsvRow{};
    }
    if (!have_header) throw Error(file_name, 1, tr("the file is empty: a header row naming the columns is needed"));
    return table;
}

std::string csv_record(const std::vector<std::string>& cells, char separator) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out.push_back(separator);
        const std::string& c = cells[i];
        const bool needs_quotes = c.find_first_of(std::string("\"\r\n") + separator) != std::string::npos ||
                                  (!c.empty() && (is_ascii_space(c.front()) || is_ascii_space(c.back())));
        if (!needs_quotes) {
            out += c;
            continue;
        }
        out.push_back('"');
        for (char ch : c) {
            if (ch == '"') out.push_back('"');
            out.push_back(ch);
        }
        out.push_back('"');
    }
    return out;
}

}  // namespace ikit
