// The runtime: creating values and the operations Python defines on them (repr, hashing,
// equality, arithmetic, attributes, items, iteration). Operations that may run user code
// (a __repr__, an __eq__, a key function) take the VM so they can call back into it.
//
// Errors are raised as C++ exceptions of type PyException carrying the Python exception
// object; the VM turns them into Python-level unwinding.
#pragma once
#include <gmpxx.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/ast.h"
#include "core/object.h"

namespace looplab {

class VM;

// A Python exception travelling through C++ code.
struct PyException {
  Value exc;  // ExceptionObj
};

// ----- the builtin classes ---------------------------------------------------------------
struct BuiltinTypes {
  Class *object, *type, *int_, *bool_, *float_, *str, *list, *tuple, *dict, *set, *frozenset,
      *range, *slice, *NoneType, *function, *builtin_function, *method, *module, *cell, *code,
      *generator, *coroutine, *async_generator, *property, *staticmethod, *classmethod, *super,
      *ellipsis, *NotImplementedType, *dict_keys, *dict_values, *dict_items, *iterator;
  // Exceptions
  Class *BaseException, *Exception, *ArithmeticError, *ZeroDivisionError, *OverflowError,
      *AssertionError, *AttributeError, *LookupError, *IndexError, *KeyError, *NameError,
      *UnboundLocalError, *RuntimeError, *RecursionError, *NotImplementedError, *StopIteration,
      *StopAsyncIteration, *TypeError, *ValueError, *UnicodeError, *GeneratorExit,
      *KeyboardInterrupt, *SystemExit, *ImportError, *ModuleNotFoundError, *MemoryError,
      *OSError, *TimeoutError, *ConnectionError, *FileNotFoundError, *PermissionError,
      *EOFError, *SyntaxError, *Warning, *RuntimeWarning, *DeprecationWarning, *UserWarning,
      *BaseExceptionGroup, *ExceptionGroup,
      // asyncio's (asyncio.CancelledError is a BaseException in 3.11)
      *CancelledError, *InvalidStateError, *QueueEmpty, *QueueFull, *LimitOverrunError;
};
extern BuiltinTypes T;

// Creates the builtin classes once per process (idempotent).
void init_runtime();
void install_object_methods();  // object_methods.cpp

// ----- making values ---------------------------------------------------------------------
Value new_str(std::string s);
Value intern(std::string_view s);  // the same object for equal text; immortal
Value new_int(const mpz_class& v);  // a small int when it fits in 64 bits
Value new_tuple(std::vector<Value> items);
Value new_list(std::vector<Value> items);
Value new_dict();
Value new_set(bool frozen = false);
Value ellipsis_value();
Value not_implemented_value();
Value empty_tuple();

// ----- errors ----------------------------------------------------------------------------
Value new_exception(Class* type, std::vector<Value> args);
[[noreturn]] void raise(Class* type, const std::string& message);
[[noreturn]] void raise_value(Value exc);
// "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
std::string type_name(const Value& v);

// ----- types and basic protocols ---------------------------------------------------------
Class* type_of(const Value& v);
bool isinstance(const Value& v, const Class* cls);
bool is_str(const Value& v);
Str* as_str(const Value& v);  // null when not a str
bool is_exception_class(const Value& v);

bool truthy(VM& vm, const Value& v);
Value repr(VM& vm, const Value& v);  // a Str
Value str(VM& vm, const Value& v);   // a Str
std::string repr_text(VM& vm, const Value& v);
std::string str_text(VM& vm, const Value& v);
int64_t hash_value(VM& vm, const Value& v);
bool equals(VM& vm, const Value& a, const Value& b);

Value binary_op(VM& vm, ast::BinOpKind op, const Value& a, const Value& b, bool inplace);
Value compare(VM& vm, ast::CmpOpKind op, const Value& a, const Value& b);
bool less_than(VM& vm, const Value& a, const Value& b);  // for sorting, min, max
Value unary_negative(VM& vm, const Value& v);
Value unary_positive(VM& vm, const Value& v);
Value unary_invert(VM& vm, const Value& v);
bool contains(VM& vm, const Value& container, const Value& item);
// format(value, spec): f-strings, str.format and the format() builtin all come here.
std::string format_with_spec(VM& vm, const Value& v, std::string_view spec);

// Integers: small or big, bool included.
bool is_int(const Value& v);  // int or bool (not float)
mpz_class to_mpz(const Value& v);
// The value of an index argument (list[i], range(n)...): TypeError for non-integers,
// OverflowError when it does not fit.
int64_t index_value(VM& vm, const Value& v, const char* what);
double to_double(const Value& v);  // int or float; raises TypeError otherwise

// ----- attributes ------------------------------------------------------------------------
Value getattr(VM& vm, const Value& obj, const Value& name);  // name: interned Str
bool getattr_opt(VM& vm, const Value& obj, const Value& name, Value& out);
void setattr(VM& vm, const Value& obj, const Value& name, const Value& value);
void delattr(VM& vm, const Value& obj, const Value& name);
// Looks `name` up along the class's MRO (no descriptors applied).
bool class_lookup(const Class* cls, const Value& name, Value& out);
// For LOAD_METHOD: returns true and sets `method` when obj.name is a plain function found on the
// class (so the call can pass obj as self without creating a bound method).
bool get_method(VM& vm, const Value& obj, const Value& name, Value& method, Value& attr);

// ----- items and iteration ---------------------------------------------------------------
Value getitem(VM& vm, const Value& obj, const Value& key);
void setitem(VM& vm, const Value& obj, const Value& key, const Value& value);
void delitem(VM& vm, const Value& obj, const Value& key);
Value get_iter(VM& vm, const Value& obj);
// Advances an iterator; false when exhausted.
bool iter_next(VM& vm, const Value& it, Value& out);
// list(iterable); with_length_hint: also call a class's __len__ first, like CPython's list().
std::vector<Value> to_vector(VM& vm, const Value& iterable, bool with_length_hint = false);
void length_hint(VM& vm, const Value& iterable);
int64_t length(VM& vm, const Value& v);

// ----- dicts (insertion ordered) ---------------------------------------------------------
bool dict_get(VM& vm, Dict* d, const Value& key, Value& out);
void dict_set(VM& vm, Dict* d, const Value& key, Value value);
bool dict_del(VM& vm, Dict* d, const Value& key);  // false when missing
// Fast paths for interned-string keys (names); no user code can run.
bool dict_get_str(Dict* d, const Value& key, Value& out);
void dict_set_str(Dict* d, const Value& key, Value value);
Value* dict_slot_str(Dict* d, const Value& key);  // null when missing
void dict_clear(Dict* d);

// ----- sets (CPython's table, so small-int iteration order matches) ----------------------
bool set_contains(VM& vm, Set* s, const Value& key);
void set_add(VM& vm, Set* s, const Value& key);
bool set_discard(VM& vm, Set* s, const Value& key);  // false when missing
void set_merge(VM& vm, Set* target, Set* other);       // target |= other, CPython's order
Value set_pop(VM& vm, Set* s);                         // KeyError when empty

// ----- strings ---------------------------------------------------------------------------
int64_t str_hash(Str* s);  // cached; equal strings hash equal
Value str_concat(const Str* a, const Str* b);
Value str_slice_cp(const Str* s, int64_t start, int64_t stop);  // code point indices
Value str_char_at(const Str* s, int64_t index);                // index already normalised

// ----- calling -------------------------------------------------------------------------
// Builds a builtin function object (immortal).
Value make_native(const char* name, NativeFn fn);
// Adds a builtin method to a builtin class.
void add_method(Class* cls, const char* name, NativeFn fn);

// Argument checking helpers for natives: "len() takes exactly one argument (2 given)".
void expect_args(CallArgs& a, const char* fname, size_t min, size_t max);
void no_kwargs(CallArgs& a, const char* fname);
// Finds a keyword argument by name; returns null when absent.
Value* kwarg(CallArgs& a, std::string_view name);

}  // namespace looplab
