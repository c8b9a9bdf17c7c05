// After CPython 3.11's tb_displayline (Python/traceback.c) and, for the anchors, its Lib/traceback.py
// twin _extract_caret_anchors_from_line_segment: the failing expression's text is parsed on its own,
// and a binary operation or a subscript gets its operator or brackets marked.
#include "core/traceback_carets.h"

#include <optional>

#include "core/ast.h"
#include "core/parser.h"
#include "core/pyformat.h"
#include "core/unicode.h"

namespace looplab {
namespace {

// Columns within the expression's text: [left, right) gets '^', the rest '~'.
struct Anchors {
  size_t left, right;
};

std::optional<Anchors> binop_anchors(const std::u32string& segment, const ast::BinOp& binop) {
  size_t operator_start = size_t(binop.left->span.end_col), operator_end = size_t(binop.right->span.col);
  if (operator_start > operator_end || operator_end > segment.size()) return std::nullopt;
  size_t offset = 0;  // leading whitespace between the left operand and the operator
  while (operator_start + offset < operator_end && unicode::is_space(segment[operator_start + offset])) ++offset;
  size_t left = operator_start + offset, right = left + 1;
  if (left + 1 < operator_end && !unicode::is_space(segment[left + 1])) ++right;  // `//`, `**`, `<<`...
  // A closing parenthesis or a comment of the left operand is not the operator.
  while (left < segment.size() && (unicode::is_space(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
    ++left;
    ++right;
  }
  return Anchors{left, right};
}

std::optional<Anchors> subscript_anchors(const std::u32string& segment, const ast::Subscript& subscript) {
  size_t left = size_t(subscript.value->span.end_col), right = size_t(subscript.index->span.end_col) + 1;
  while (left < segment.size() && segment[left] != '[') ++left;
  while (right < segment.size() && segment[right] != ']') ++right;
  if (right < segment.size()) ++right;
  return Anchors{left, right};
}

std::optional<Anchors> find_anchors(const std::u32string& segment) {
  ParseResult parsed = parse_module(pyformat::utf8_encode(segment) + "\n", "<segment>");
  if (!parsed.module || parsed.module->body.size() != 1) return std::nullopt;
  const ast::Stmt& statement = *parsed.module->body[0];
  if (statement.kind != ast::StmtKind::ExprStmt) return std::nullopt;
  const ast::Expr& expr = *static_cast<const ast::ExprStmt&>(statement).value;
  if (expr.kind == ast::ExprKind::BinOp) return binop_anchors(segment, static_cast<const ast::BinOp&>(expr));
  if (expr.kind == ast::ExprKind::Subscript)
    return subscript_anchors(segment, static_cast<const ast::Subscript&>(expr));
  return std::nullopt;
}

// Columns a terminal gives the character: East Asian wide ones take two.
size_t width_of(std::u32string_view text) {
  size_t width = 0;
  for (char32_t c : text) width += size_t(unicode::display_width(c));
  return width;
}

bool is_indent(char32_t c) { return c == ' ' || c == '\t' || c == '\f'; }

}  // namespace

std::string caret_line(std::string_view source_line, int col, int end_col, bool multi_line) {
  std::u32string line = pyformat::utf8_decode(source_line);
  size_t indent = 0;
  while (indent < line.size() && is_indent(line[indent])) ++indent;
  size_t last = line.size();  // just after the last non-whitespace character
  while (last > indent && unicode::is_space(line[last - 1])) --last;
  if (col < 0 || size_t(col) < indent || size_t(col) > last) return "";
  size_t start = size_t(col);
  size_t end = multi_line ? last : std::min(size_t(std::max(end_col, 0)), line.size());
  if (end <= start) return "";
  std::u32string segment = line.substr(start, end - start);
  std::optional<Anchors> anchors = multi_line ? std::nullopt : find_anchors(segment);
  bool whole_line = end - start >= last - indent;
  if (whole_line && !(anchors && anchors->right > anchors->left)) return "";
  std::string out = "    " + std::string(width_of(std::u32string_view(line).substr(indent, start - indent)), ' ');
  for (size_t i = 0; i < segment.size(); ++i) {
    char mark = anchors ? (i >= anchors->left && i < anchors->right ? '^' : '~') : '^';
    out.append(size_t(unicode::display_width(segment[i])), mark);
  }
  return out;
}

}  // namespace looplab
