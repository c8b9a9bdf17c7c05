// The heap objects behind Values: strings, big ints, containers, functions, classes, instances,
// exceptions, generators. Layouts only; behaviour lives in the runtime (runtime.h) and the VM.
#pragma once
#include <gmpxx.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/value.h"

namespace looplab {

enum ObjKind : uint8_t {
  K_Str, K_BigInt, K_List, K_Tuple, K_Dict, K_Set, K_FrozenSet, K_Range, K_Slice,
  K_Function, K_Native, K_BoundMethod, K_Class, K_Instance, K_Exception, K_Module, K_Cell,
  K_Code, K_Generator, K_Iterator, K_Property, K_StaticMethod, K_ClassMethod, K_Super,
  K_Ellipsis, K_NotImplemented, K_DictView,
  // asyncio objects (event_loop.h)
  K_Future, K_Task, K_Handle, K_Loop,
  K_Count
};

struct Class;
struct Dict;
struct Code;
class VM;

// Creation order of the objects CPython's cycle collector tracks (containers, instances,
// generators): at the end of the program CPython runs finalizers in the order of its collector's
// list, which starts as creation order (see core/lifetime.cpp).
inline uint64_t g_creation_serial = 0;
inline uint64_t next_creation_serial() { return ++g_creation_serial; }

// Links the live objects that may need a finalizer, oldest first, so that the end of the
// program (and gc.collect()) can find them even when a reference cycle keeps them alive.
struct LiveLink {
  Object* prev = nullptr;
  Object* next = nullptr;
};

// ---------------------------------------------------------------------------------------
struct Str : Object {
  std::string s;           // UTF-8
  int64_t length = 0;      // in code points
  bool ascii = true;
  mutable int64_t hash = -1;
  explicit Str(std::string text);
  // Code point index -> byte offset (O(1) for ASCII strings).
  size_t byte_offset(int64_t index) const;
};

struct BigInt : Object {
  mpz_class v;
  explicit BigInt(mpz_class value) : v(std::move(value)) { kind = K_BigInt; }
};

struct List : Object {
  std::vector<Value> items;
  uint64_t serial = next_creation_serial();
  List() { kind = K_List; }
  explicit List(std::vector<Value> v) : items(std::move(v)) { kind = K_List; }
  // Last item first, as CPython frees them: visible when the items have __del__.
  ~List() override {
    while (!items.empty()) items.pop_back();
  }
};

struct Tuple : Object {
  std::vector<Value> items;
  uint64_t serial = next_creation_serial();
  Tuple() { kind = K_Tuple; }
  explicit Tuple(std::vector<Value> v) : items(std::move(v)) { kind = K_Tuple; }
  ~Tuple() override {
    while (!items.empty()) items.pop_back();
  }
};

// Insertion-ordered hash map (CPython's compact dict layout: entries + index table).
struct Dict : Object {
  struct Entry {
    Value key;
    Value value;
    int64_t hash = 0;
    bool live = false;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // -1 empty, -2 deleted, else entry position
  int64_t used = 0;
  uint64_t serial = next_creation_serial();
  Dict() { kind = K_Dict; }
};

// CPython's set table (open addressing, linear probes + perturbation) so that iteration order
// over small ints matches CPython exactly: print({3, 1, 2}) shows {1, 2, 3}.
struct Set : Object {
  struct Slot {
    Value key;
    int64_t hash = 0;
    uint8_t state = 0;  // 0 empty, 1 live, 2 dummy (deleted)
  };
  std::vector<Slot> table;  // size is a power of two, at least 8
  int64_t used = 0;         // live entries
  int64_t fill = 0;         // live + dummy
  int64_t finger = 0;       // for pop()
  uint64_t serial = next_creation_serial();
  explicit Set(bool frozen = false);
};

// range(): the fast path keeps the bounds in 64 bits; when a bound or the length does not fit,
// `big` holds all four and start/stop/step are unused (core/range.h has the operations).
struct Range : Object {
  struct Big {
    mpz_class start, stop, step, length;
  };
  int64_t start, stop, step;
  std::unique_ptr<Big> big;
  Range(int64_t a, int64_t b, int64_t c) : start(a), stop(b), step(c) { kind = K_Range; }
  int64_t length() const;  // of the fast path
};

struct Slice : Object {
  Value start, stop, step;
  Slice() { kind = K_Slice; }
};

struct Cell : Object {
  Value value;
  bool empty = true;
  Cell() { kind = K_Cell; }
};

struct Function : Object {
  Value code;        // Code
  Value globals;     // Dict
  Value defaults;    // Tuple or None
  Value kwdefaults;  // Dict or None
  Value closure;     // Tuple of Cells or None
  Value name;        // Str
  Value qualname;    // Str
  Value doc;
  Value dict;        // Dict of attributes, created on demand
  Function() { kind = K_Function; }
};

struct CallArgs;
using NativeFn = Value (*)(VM& vm, CallArgs& args);

// A builtin function or a method of a builtin type (self is args[0] for methods).
struct Native : Object {
  const char* name;
  NativeFn fn;
  Value bound_self;  // for builtin methods bound to an object (e.g. [].append)
  Value data;        // extra data some natives carry
  Native(const char* n, NativeFn f) : name(n), fn(f) { kind = K_Native; }
};

struct BoundMethod : Object {
  Value self;
  Value func;
  BoundMethod(Value s, Value f) : self(std::move(s)), func(std::move(f)) { kind = K_BoundMethod; }
};

struct Class : Object {
  std::string name;
  std::string qualname;
  std::string module = "builtins";
  Class* base = nullptr;       // single inheritance; null only for `object`
  Value base_ref;              // keeps `base` alive (user classes)
  std::vector<Class*> mro;     // this class first, `object` last
  Value dict;                  // Dict of attributes
  ObjKind instance_kind = K_Instance;  // layout of instances
  bool builtin = false;
  bool is_exception = false;   // subclass of BaseException
  Class() { kind = K_Class; }
  Dict* attrs() const { return dict.as<Dict>(); }
  bool is_subclass_of(const Class* other) const {
    for (const Class* c : mro)
      if (c == other) return true;
    return false;
  }
};

struct Instance : Object {
  Value cls;   // Class
  Value dict;  // Dict of attributes (created on demand)
  uint64_t serial = next_creation_serial();
  LiveLink live;  // linked while kLinked (instances made by a class call)
  Instance() { kind = K_Instance; }
  ~Instance() override;
  Class* klass() const { return cls.as<Class>(); }
};

struct TracebackEntry {
  Value code;  // Code
  int line;
  int col, end_line, end_col;  // for the caret line under the source
};

struct ExceptionObj : Instance {
  Value args;  // Tuple
  std::vector<TracebackEntry> traceback;  // innermost last, as printed
  Value cause;
  Value context;
  bool suppress_context = false;
  Value value;     // StopIteration.value
  bool retrieved = false;
  // For the traceback's "Did you mean" hint (CPython's NameError.name / AttributeError.name and
  // .obj): the missing name (Str) and, for a NameError the frame's globals dict, for an
  // AttributeError the object. None unless the interpreter itself raised the error.
  Value hint_name, hint_where;
  // A BaseExceptionGroup's .message (Str) and .exceptions (Tuple), fixed when it is created.
  Value group_message, group_exceptions;
  // The locals of the functions it left, innermost first: a CPython traceback keeps those frames
  // alive, so their objects go (and __del__ runs) when the exception goes, usually at the end of
  // the `except` block that caught it.
  std::vector<Value> frame_locals;
  ExceptionObj() { kind = K_Exception; }
  ~ExceptionObj() override {
    for (Value& v : frame_locals) v = Value();  // first frame, first local first
  }
};

struct Module : Object {
  std::string name;
  Value dict;
  Module() { kind = K_Module; }
};

struct Property : Object {
  Value fget, fset, fdel, doc;
  Property() { kind = K_Property; }
};

struct StaticMethod : Object {
  Value func;
  StaticMethod() { kind = K_StaticMethod; }
};

struct ClassMethod : Object {
  Value func;
  ClassMethod() { kind = K_ClassMethod; }
};

struct Super : Object {
  Value start_after;  // Class whose successors in the MRO are searched
  Value self;         // instance or class
  Super() { kind = K_Super; }
};

struct Singleton : Object {
  explicit Singleton(ObjKind k) { kind = k; }
};

// keys() / values() / items() of a dict
struct DictView : Object {
  enum class Which : uint8_t { Keys, Values, Items };
  Value dict;
  Which which;
  DictView(Value d, Which w) : dict(std::move(d)), which(w) { kind = K_DictView; }
};

// Arguments of a call as the callee sees them: positional values, then keyword values named by
// `kwnames` (a Tuple of Str), CPython's vectorcall layout.
struct CallArgs {
  Value* args;
  size_t nargs;      // positional count
  Value* kwvalues;   // nkw values follow the positionals
  Tuple* kwnames;    // may be null
  size_t nkw() const { return kwnames ? kwnames->items.size() : 0; }
  Value& operator[](size_t i) { return args[i]; }
};

}  // namespace looplab
