// Code objects (what the compiler produces) and frames (one activation of a code object).
// Frames live on the heap and link to their caller, so a generator or coroutine can keep its
// frame while suspended and the VM never needs the C++ stack to remember Python calls.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/ast.h"
#include "core/object.h"
#include "core/opcodes.h"

namespace looplab {

enum CodeFlags : uint32_t {
  CO_VARARGS = 1,
  CO_VARKEYWORDS = 2,
  CO_GENERATOR = 4,
  CO_COROUTINE = 8,
  CO_ASYNC_GENERATOR = 16,
  CO_NEWLOCALS = 32,   // function bodies (fast locals); module and class bodies use a dict
  CO_CLASS_BODY = 64,
  CO_COMPREHENSION = 128,
};

// One row of the exception table: instructions [start, end) jump to `target` when an exception
// is raised, after the value stack is cut back to `depth` items (CPython 3.11's design).
struct ExceptionTableEntry {
  uint32_t start, end, target;
  uint32_t depth;
  bool push_lasti;
};

struct Code : Object {
  std::string name;
  std::string qualname;
  std::string filename;
  int firstlineno = 0;
  uint32_t flags = 0;
  int argcount = 0;           // positional parameters, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  std::vector<uint32_t> instructions;
  // Where each instruction comes from: the node it evaluates. line == 0: no line of its own
  // (it never starts a line event, like CPython's artificial instructions).
  std::vector<ast::Span> spans;
  std::vector<Value> consts;
  std::vector<Value> names;        // interned Str: attribute, global and module-level names
  std::vector<std::string> varnames;   // fast locals: parameters first
  std::vector<std::string> cellvars;   // locals captured by inner functions
  std::vector<std::string> freevars;   // variables captured from enclosing functions
  // For each cellvar that is also a parameter: its index in varnames (else -1), so the
  // argument is moved into the cell on entry.
  std::vector<int> cell_param;
  std::vector<ExceptionTableEntry> exception_table;
  int stacksize = 0;
  bool user_code = true;  // false for looplab's own library code: invisible in traces
  Value doc;  // a function's docstring (Str) or None: copied into Function::doc by MAKE_FUNCTION

  Code() { kind = K_Code; }
  int nlocalsplus() const { return int(varnames.size() + cellvars.size() + freevars.size()); }
  int line_of(uint32_t ip) const { return ip < spans.size() ? spans[ip].line : 0; }
  const ExceptionTableEntry* handler_for(uint32_t ip) const;
};

struct Frame {
  Value code_ref;      // keeps the Code alive
  Code* code = nullptr;
  Value func;          // Function being executed (None for module code)
  Value globals;       // Dict
  Value locals_dict;   // Dict for module and class bodies, else None
  Value builtins;      // Dict
  std::unique_ptr<Value[]> slots;  // fast locals, cells, free vars, then the value stack
  Value* stack_base = nullptr;
  Value* sp = nullptr;
  uint32_t ip = 0;              // next instruction
  uint32_t prev_ip = UINT32_MAX;  // last executed instruction, for line events
  int last_line = -1;           // line of the last line event in this frame
  bool jumped_back = false;     // a backward jump was taken: the next line always fires
  Frame* back = nullptr;        // the frame that called or resumed this one
  Object* generator = nullptr;  // the generator/coroutine owning this frame (not a reference)
  Value exc_info;               // the exception being handled (for bare `raise`, chaining)
  bool entry = false;           // a native caller waits for this frame: return to it
  int depth = 0;                // Python recursion depth of this frame

  Frame() = default;
  Frame(const Frame&) = delete;
  Frame& operator=(const Frame&) = delete;
  ~Frame();

  Value* locals() { return slots.get(); }
  Value& cell(int i) { return slots[code->varnames.size() + i]; }
  int current_line() const {
    uint32_t at = prev_ip == UINT32_MAX ? ip : prev_ip;
    return code->line_of(at);
  }
};

struct Function;
// A frame for `code_ref` (a Code) with its locals unbound and an empty value stack.
Frame* allocate_frame(const Value& code_ref);
// Creates the frame's cells (moving parameters that are captured into theirs) and installs the
// function's closure cells.
void setup_frame_cells(Frame* f, Function* fn);

// A readable listing of the instructions (for debugging the compiler).
std::string disassemble(const Code& code);

// Generators, coroutines and async generators share one layout: a suspended frame.
struct Generator : Object {
  enum class Type : uint8_t { Generator, Coroutine, AsyncGenerator };
  enum class State : uint8_t { Created, Suspended, Running, Closed };
  Type type = Type::Generator;
  State state = State::Created;
  std::unique_ptr<Frame> frame;
  Value name;      // Str
  Value qualname;  // Str
  Value yield_from;  // the iterator this generator delegates to (await / yield from), or None
  bool awaited = false;  // coroutine: was it ever awaited/started (for the never-awaited warning)
  Value task;            // coroutine: the Task running it, if any
  uint64_t serial = next_creation_serial();
  LiveLink live;  // linked while kLinked: a generator dropped unfinished is closed
  Generator() { kind = K_Generator; }
  ~Generator() override;
};

}  // namespace looplab
