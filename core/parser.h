// The parser: a scenario file to an ast::Module, with CPython 3.11's grammar and, for the
// mistakes students make, CPython 3.11's messages and positions (see parse_internal.h for
// how the two passes of CPython's parser are reproduced in one).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/ast.h"
#include "core/engine.h"

namespace looplab {

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null when there is an error
  std::optional<Diagnostic> error;
};

// Parses a whole file. On the first error returns it (one mistake -> one message, never a
// cascade). Diagnostic kinds: "SyntaxError", "IndentationError", "TabError", "RecursionError"
// (an expression nested too deeply, like CPython's compiler), and "error" for valid Python
// that looplab does not support (complex numbers, match, except*, \N{...} escapes).
ParseResult parse_module(std::string_view source, const std::string& path);

}  // namespace looplab
