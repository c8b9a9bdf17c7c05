// The line CPython 3.11 prints under a traceback's source line to point at the failing
// expression: `~~^~~` for a binary operation, `~~~^^^` for a subscript, `^^^^` otherwise.
#pragma once

#include <string>
#include <string_view>

namespace looplab {

// `source_line` is the whole line (indentation included); the expression starts at column
// `col` (in code points) and ends at `end_col`, or goes on past the line when `multi_line`.
// Returns the line to print, margin included, or "" when CPython prints none (the expression
// is the whole line and has no operator or subscript to point at).
std::string caret_line(std::string_view source_line, int col, int end_col, bool multi_line);

}  // namespace looplab
