#pragma once
/// \file csv_table.h
/// Reading a CSV file as LibreOffice and Excel write it: a header row naming the columns, then data rows.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// What a CSV file may hold before it is refused as hostile or broken.
struct CsvLimits {
    std::size_t max_bytes = 16u << 20;      ///< whole file
    std::size_t max_rows = 200000;          ///< data rows, header excluded
    std::size_t max_columns = 256;          ///< cells in one row
    std::size_t max_cell_bytes = 64u << 10; ///< one cell
};

/// One data row: its cells (quotes removed) and the line of the file it starts on (1-based).
struct CsvRow {
    int line = 0;                     ///< the line the row starts on
    std::vector<std::string> cells;   ///< as written, quotes and doubled quotes undone

    /// Cell `column`, or "" when the row is shorter.
    const std::string& cell(std::size_t column) const;
};

/// A parsed CSV file.
struct CsvTable {
    std::vector<std::string> header;  ///< column names, trimmed
    std::vector<CsvRow> rows;         ///< data rows; blank lines are skipped
    char separator = ',';             ///< ',' or ';', detected from the header line

    /// Index of the column named `name` (ASCII case and surrounding blanks ignored), or npos.
    std::size_t column(std::string_view name) const;
    /// The spreadsheet-style name of column `index` ("A", "B", … "AA") for messages.
    static std::string column_letter(std::size_t index);
};

/// Parses `text`: UTF-8 with or without a byte-order mark, comma or semicolon separated (whichever the header
/// line uses more of, outside quotes), LF or CRLF line ends, quoted fields with "" for a quote and line breaks
/// inside. Throws ikit::Error naming `file_name` and the line for: text that is not UTF-8 (UTF-16 included),
/// a NUL byte, a quote left open at the end, text after a closing quote, an empty file, a header with an empty or
/// repeated column name, and anything over `limits`.
CsvTable parse_csv(std::string_view text, const std::string& file_name, const CsvLimits& limits = {});

/// Writes one CSV record (no line end): cells separated by `separator`, quoted when they hold the separator, a
/// quote, a line break or leading/trailing blanks.
std::string csv_record(const std::vector<std::string>& cells, char separator = ',');

}  // namespace ikit
