// Builtin functions, the methods of the builtin types, and the helpers they share.
//
//   builtins.cpp      install_builtins(): print, len, range, int(), sorted, ... and the builtin names
//   methods_str.cpp   str methods, str.format, '%' formatting, format()
//   methods_list.cpp  list / tuple / range methods, list.sort (CPython's timsort)
//   methods_dict.cpp  dict / set / frozenset methods
//   methods_num.cpp   int / float / bool constructors and methods
//   modules.cpp       the `time` and `random` modules
//
// Error messages are CPython 3.11.7's, word for word.
#pragma once
#include <fmt/format.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/object.h"
#include "core/runtime.h"

namespace looplab {

class VM;
struct FormatError;

// Iterators implemented in C++ (enumerate, zip, map, filter, reversed, and the runtime's own
// list/tuple/str/range/dict/set iterators). iter_next() dispatches K_Iterator objects here.
struct NativeIterator : Object {
  NativeIterator() { kind = K_Iterator; }
  // Produces the next item; false when exhausted (may raise).
  virtual bool next(VM& vm, Value& out) = 0;
  virtual const char* type_name() const = 0;
  // The Python class of the iterator (enumerate, zip, ...), for type(); null means T.iterator.
  virtual Class* py_class() const { return nullptr; }
};

// Each file's entry point; install_builtins() (vm.h) calls them once per process.
void install_str_methods();
void install_list_methods();
void install_dict_methods();
void install_num_methods();

// ----- helpers other parts of the interpreter may use ------------------------------------
// The coroutine behind a coro.__await__() iterator, or None for anything else.
Value awaited_coroutine(const Value& v);
// format(v, spec): int/float/str/bool formatting, a user __format__, or object.__format__.
Value format_value(VM& vm, const Value& v, std::string_view spec);
// fmt % args for a str fmt (str.__mod__).
Value str_percent_format(VM& vm, const Str* fmt, const Value& args);
// str.format(*args, **kwargs) / str.format_map(mapping): args may be null (format_map).
std::string str_format_impl(VM& vm, const Str* fmt, const std::vector<Value>* args, const Value& kwargs);
// list.sort / sorted: CPython's timsort (same comparisons in the same order), key called once per
// item in order, reverse keeps stability. Raises "list modified during sort" if `watch` changed.
void sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse);
// A pyformat.h error as a Python exception.
[[noreturn]] void raise_format_error(const FormatError& e);
// Runs a pyformat call, converting its FormatError.
template <class F>
auto pyf(F&& f) -> decltype(f());

// The builtin classes this layer adds (they are not part of T): enumerate, zip, map, filter,
// reversed. Created by install_builtins().
struct ExtraTypes {
  Class *enumerate = nullptr, *zip = nullptr, *map = nullptr, *filter = nullptr, *reversed = nullptr,
        *callable_iterator = nullptr;
};
extern ExtraTypes XT;

// Creates an (immortal) builtin class deriving from object.
Class* make_builtin_class(const char* name, ObjKind instance_kind);

// ----- argument checking with CPython's messages ------------------------------------------
template <class... A>
[[noreturn]] void raisef(Class* type, fmt::format_string<A...> f, A&&... args) {
  raise(type, fmt::format(f, std::forward<A>(args)...));
}
// "len() takes no keyword arguments"
void no_kw(CallArgs& a, std::string_view fname);
// PyArg_UnpackTuple: "range expected at least 1 argument, got 0" (counts exclude `skip`, which is
// 1 for methods so self is not counted).
void unpack_args(CallArgs& a, std::string_view fname, size_t min, size_t max, size_t skip = 0);
// METH_O: "len() takes exactly one argument (2 given)"; also rejects keywords.
void one_arg(CallArgs& a, std::string_view fname, size_t skip = 0);
// METH_NOARGS: "str.upper() takes no arguments (1 given)"; also rejects keywords.
void no_args(CallArgs& a, std::string_view fname, size_t skip = 0);
// Rejects keyword names not in `allowed`: "'foo' is an invalid keyword argument for print()".
void allow_kw(CallArgs& a, std::string_view fname, std::initializer_list<std::string_view> allowed);
// Argument Clinic style: "NAME() got an unexpected keyword argument 'foo'".
void allow_kw_clinic(CallArgs& a, std::string_view fname, std::initializer_list<std::string_view> allowed);
// Argument Clinic "takes at most N arguments (M given)" / "takes at least" / "takes exactly".
void clinic_count(CallArgs& a, std::string_view fname, size_t min, size_t max, size_t skip = 0);
// The keyword value, or null.
Value* kw(CallArgs& a, std::string_view name);
// Positional i (after skip) or keyword `name`, or null when absent. "argument given by name ('x')
// and position (1)" is raised when both are present.
Value* arg_or_kw(CallArgs& a, size_t i, std::string_view name, std::string_view fname);

// An index-sized int: TypeError "'str' object cannot be interpreted as an integer",
// OverflowError "Python int too large to convert to C ssize_t". Calls __index__ on instances.
int64_t as_index(VM& vm, const Value& v);
// An int (small or big) from an index-like value (int, bool, __index__), else the TypeError.
Value as_int_value(VM& vm, const Value& v);
// The method's self, type-checked: "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object".
Value& self_of(CallArgs& a, Class* cls, const char* method);
// `a is b or a == b` (PyObject_RichCompareBool).
bool same_or_equal(VM& vm, const Value& a, const Value& b);
// Hidden helpers for str: code points of a Str.
std::u32string str_cps(const Str* s);
Value str_from_cps(std::u32string_view cps);
// Unicode classification (CPython 3.11 / Unicode 14).
bool uc_isspace(char32_t c);
bool uc_isdecimal(char32_t c);
int uc_decimal_value(char32_t c);  // -1 when not a decimal digit
// The name shown in "can't use ... for 'X' objects"-style messages.
inline std::string tn(const Value& v) { return type_name(v); }

// Sets: helpers with CPython's algorithms (result order matches CPython's table order).
Value set_copy_of(VM& vm, const Value& s, bool frozen);
Value set_from_iterable(VM& vm, const Value& iterable, bool frozen);
void set_update_from(VM& vm, Set* s, const Value& other);
void set_clear_table(Set* s);

// ----- inline template definitions -------------------------------------------------------
}  // namespace looplab

#include "core/pyformat.h"

namespace looplab {
template <class F>
auto pyf(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const FormatError& e) {
    raise_format_error(e);
  }
}
}  // namespace looplab
