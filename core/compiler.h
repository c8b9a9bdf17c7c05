// AST -> bytecode. Follows CPython 3.11's compiler closely where it shows: the order in which
// expressions are evaluated, the line each instruction belongs to (so line events match
// CPython's), comprehensions as separate frames, `finally` bodies copied onto each exit path.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/ast.h"
#include "core/engine.h"
#include "core/value.h"

namespace looplab {

struct CompileResult {
  Value code;  // Code of the module, when there is no error
  std::optional<Diagnostic> error;
};

// `source` is only used to quote the offending line in diagnostics.
// `library`: looplab's own library code (asyncio): invisible in traces and tracebacks, and free
// to import the interpreter's native modules.
CompileResult compile_module(const ast::Module& module, const std::string& path,
                             std::string_view source, bool library = false);

// The modules a scenario may import.
bool is_importable_module(const std::string& name);

}  // namespace looplab
