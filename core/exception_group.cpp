// Exception groups, after CPython 3.11's Objects/exceptions.c (BaseExceptionGroup_new, split,
// subgroup, derive, _PyExc_PrepReraiseStar) and Python/ceval.c (exception_group_match).
#include "core/exception_group.h"

#include <unordered_set>

#include "core/builtins.h"
#include "core/vm.h"

namespace looplab {
namespace {

ExceptionObj* group_of(const Value& v) { return v.as<ExceptionObj>(); }

const std::vector<Value>& members(const Value& group) {
  return group_of(group)->group_exceptions.as<Tuple>()->items;
}

// PySequence_Check: what BaseExceptionGroup accepts as its exceptions (not sets, dicts or iterators).
bool is_sequence(const Value& v) {
  if (v.is(K_List) || v.is(K_Tuple) || v.is(K_Str) || v.is(K_Range)) return true;
  Value getitem_method;
  return (v.is(K_Instance) || v.is(K_Exception)) &&
         class_lookup(type_of(v), intern("__getitem__"), getitem_method);
}

// How split() and subgroup() decide what matches (CPython's _exceptiongroup_split_matcher_type).
struct Matcher {
  enum class Kind { ByType, Predicate, InstanceIds };
  Kind kind;
  Value value;                                // the type, the tuple of types, or the function
  std::unordered_set<const Object*> leaves;  // InstanceIds: the leaf exceptions to keep
};

Matcher matcher_for(const Value& v) {
  // Only a Python function is a predicate: a builtin or a bound method is rejected, as in CPython.
  if (v.is(K_Function)) return Matcher{Matcher::Kind::Predicate, v, {}};
  bool types = is_exception_class(v);
  if (v.is(K_Tuple)) {
    types = true;
    for (const Value& t : v.as<Tuple>()->items) types = types && is_exception_class(t);
  }
  if (!types) raise(T.TypeError, "expected a function, exception type or tuple of exception types");
  return Matcher{Matcher::Kind::ByType, v, {}};
}

bool exception_is_instance(const Value& exc, const Value& type_or_tuple) {
  if (type_or_tuple.is(K_Tuple)) {
    for (const Value& t : type_or_tuple.as<Tuple>()->items)
      if (isinstance(exc, t.as<Class>())) return true;
    return false;
  }
  return isinstance(exc, type_or_tuple.as<Class>());
}

bool matches(VM& vm, const Value& exc, const Matcher& m) {
  switch (m.kind) {
    case Matcher::Kind::ByType:
      return exception_is_instance(exc, m.value);
    case Matcher::Kind::Predicate:
      return truthy(vm, vm.call1(m.value, exc));
    case Matcher::Kind::InstanceIds:
      return !is_exception_group(exc) && m.leaves.count(exc.obj()) > 0;
  }
  return false;
}

// A group like `orig` holding `excs` (a non-empty list): orig.derive(excs), carrying orig's
// traceback, cause and context (CPython's exceptiongroup_subset).
Value subset(VM& vm, const Value& orig, std::vector<Value> excs) {
  Value derived = vm.call_method(orig, "derive", {new_list(std::move(excs))});
  if (!is_exception_group(derived))
    raise(T.TypeError, "derive must return an instance of BaseExceptionGroup");
  auto* from = group_of(orig);
  auto* to = group_of(derived);
  to->traceback = from->traceback;
  to->context = from->context;
  to->cause = from->cause;
  // PyException_SetCause always sets __suppress_context__, even to a None cause.
  to->suppress_context = true;
  return derived;
}

struct SplitResult {
  Value match, rest;  // None when empty
};

// Groups nested deeper than Python calls may go are refused, as CPython's recursion check does.
constexpr int kMaxNesting = 1000;

SplitResult split_recursive(VM& vm, const Value& exc, const Matcher& m, bool construct_rest, int depth) {
  if (depth > kMaxNesting)
    raise(T.RecursionError, "maximum recursion depth exceeded in exceptiongroup_split_recursive");
  if (matches(vm, exc, m)) return {exc, Value::none()};
  if (!is_exception_group(exc)) return {Value::none(), construct_rest ? exc : Value::none()};
  std::vector<Value> match_list, rest_list;
  for (const Value& e : members(exc)) {
    SplitResult part = split_recursive(vm, e, m, construct_rest, depth + 1);
    if (!part.match.is_none()) match_list.push_back(part.match);
    if (!part.rest.is_none()) rest_list.push_back(part.rest);
  }
  SplitResult result{Value::none(), Value::none()};
  if (!match_list.empty()) result.match = subset(vm, exc, std::move(match_list));
  if (!rest_list.empty()) result.rest = subset(vm, exc, std::move(rest_list));
  return result;
}

ExceptionObj* self_group(CallArgs& a, const char* method) {
  if (a.nargs < 1 || !is_exception_group(a.args[0]))
    raisef(T.TypeError, "descriptor '{}' requires a 'BaseExceptionGroup' object", method);
  return group_of(a.args[0]);
}

Value group_split(VM& vm, CallArgs& a) {
  self_group(a, "split");
  no_kw(a, "BaseExceptionGroup.split");
  unpack_args(a, "split", 1, 1, 1);
  SplitResult r = split_recursive(vm, a.args[0], matcher_for(a.args[1]), true, 0);
  return new_tuple({r.match, r.rest});
}

Value group_subgroup(VM& vm, CallArgs& a) {
  self_group(a, "subgroup");
  no_kw(a, "BaseExceptionGroup.subgroup");
  unpack_args(a, "subgroup", 1, 1, 1);
  return split_recursive(vm, a.args[0], matcher_for(a.args[1]), false, 0).match;
}

Value group_derive(VM& vm, CallArgs& a) {
  ExceptionObj* self = self_group(a, "derive");
  no_kw(a, "BaseExceptionGroup.derive");
  if (a.nargs != 2) raisef(T.TypeError, "function takes exactly 1 argument ({} given)", a.nargs - 1);
  // Always a plain (Base)ExceptionGroup: a subclass overrides derive() to keep its own type.
  return vm.call2(Value(static_cast<Object*>(T.BaseExceptionGroup)), self->group_message, a.args[1]);
}

Value group_message(VM&, CallArgs& a) { return self_group(a, "message")->group_message; }
Value group_exceptions(VM&, CallArgs& a) { return self_group(a, "exceptions")->group_exceptions; }
Value readonly_attribute(VM&, CallArgs&) { raise(T.AttributeError, "readonly attribute"); }

void add_readonly_property(Class* cls, const char* name, NativeFn getter) {
  auto* p = new Property();
  Value property(p);
  p->fget = make_native(name, getter);
  p->fset = make_native(name, readonly_attribute);
  dict_set_str(cls->attrs(), intern(name), property);
}

void collect_leaves(const Value& exc, std::unordered_set<const Object*>& leaves, int depth) {
  if (depth > kMaxNesting)
    raise(T.RecursionError, "maximum recursion depth exceeded in collect_exception_group_leaf_ids");
  if (exc.is_none()) return;
  if (!is_exception_group(exc)) {
    leaves.insert(exc.obj());
    return;
  }
  for (const Value& e : members(exc)) collect_leaves(e, leaves, depth + 1);
}

bool same_traceback(const ExceptionObj* a, const ExceptionObj* b) {
  if (a->traceback.size() != b->traceback.size()) return false;
  for (size_t i = 0; i < a->traceback.size(); ++i) {
    const TracebackEntry& x = a->traceback[i];
    const TracebackEntry& y = b->traceback[i];
    if (!x.code.identical(y.code) || x.line != y.line || x.col != y.col || x.end_line != y.end_line ||
        x.end_col != y.end_col)
      return false;
  }
  return true;
}

// A clause re-raised (part of) the original exception, rather than raising a new one, when the
// exception still carries the original's traceback, cause and context (CPython compares the
// traceback objects; a traceback here is a list of entries, equal exactly when CPython's would be
// the same object: a new raise always adds an entry).
bool same_metadata(const Value& a, const Value& b) {
  auto* x = group_of(a);
  auto* y = group_of(b);
  return same_traceback(x, y) && x->cause.identical(y->cause) && x->context.identical(y->context);
}

}  // namespace

bool is_exception_group(const Value& v) {
  // The exceptions are set when the group is created (only object.__new__ could skip that).
  return v.is(K_Exception) && v.as<ExceptionObj>()->group_exceptions.is(K_Tuple);
}

void init_exception_group(VM& vm, ExceptionObj* e, CallArgs& a) {
  if (a.nargs != 2)
    raisef(T.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", a.nargs);
  const Value& message = a.args[0];
  const Value& exceptions = a.args[1];
  if (!message.is(K_Str))
    raisef(T.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not {}", type_name(message));
  if (!is_sequence(exceptions)) raise(T.TypeError, "second argument (exceptions) must be a sequence");
  std::vector<Value> excs = to_vector(vm, exceptions);
  if (excs.empty()) raise(T.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base_exceptions = false;
  for (size_t i = 0; i < excs.size(); ++i) {
    if (!excs[i].is(K_Exception))
      raisef(T.ValueError, "Item {} of second argument (exceptions) is not an exception", i);
    nested_base_exceptions = nested_base_exceptions || !isinstance(excs[i], T.Exception);
  }
  Class* cls = e->klass();
  if (cls == T.ExceptionGroup) {
    if (nested_base_exceptions) raise(T.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == T.BaseExceptionGroup) {
    if (!nested_base_exceptions) e->cls = Value(static_cast<Object*>(T.ExceptionGroup));
  } else if (nested_base_exceptions && cls->is_subclass_of(T.Exception)) {
    raisef(T.TypeError, "Cannot nest BaseExceptions in '{}'", cls->name);
  }
  if (a.nkw() > 0) {
    Value init;
    // BaseExceptionGroup.__init__ takes no keywords; a subclass's own __init__ may.
    if (!class_lookup(cls, intern("__init__"), init) || init.is(K_Native))
      raisef(T.TypeError, "{}() takes no keyword arguments", e->klass()->name);
  }
  e->group_message = message;
  e->group_exceptions = new_tuple(std::move(excs));
}

std::string exception_group_str(const ExceptionObj* e) {
  size_t n = e->group_exceptions.as<Tuple>()->items.size();
  return e->group_message.as<Str>()->s + " (" + std::to_string(n) + " sub-exception" +
         (n > 1 ? "s" : "") + ")";
}

void exception_group_match(VM& vm, const Value& exc, const Value& type, Value& match, Value& rest) {
  match = rest = Value::none();
  if (exc.is_none()) return;
  if (exception_is_instance(exc, type)) {
    if (is_exception_group(exc)) {
      match = exc;
    } else {
      // A lone exception is handed to the clause wrapped in a group (without its traceback).
      match = vm.call2(Value(static_cast<Object*>(T.BaseExceptionGroup)), intern(""), new_tuple({exc}));
    }
    return;
  }
  if (is_exception_group(exc)) {
    Value pair = vm.call_method(exc, "split", {type});
    if (!pair.is(K_Tuple) || pair.as<Tuple>()->items.size() != 2)
      raise(T.TypeError, "split() of an exception group must return a pair");
    match = pair.as<Tuple>()->items[0];
    rest = pair.as<Tuple>()->items[1];
  }
}

Value prepare_reraise_star(VM& vm, const Value& orig, const Value& raised) {
  const std::vector<Value>& excs = raised.as<List>()->items;
  if (excs.empty()) return Value::none();
  // A lone exception was wrapped for the one clause that matched it: only that clause ran.
  if (!is_exception_group(orig)) return excs[0];
  std::vector<Value> raised_list, reraised_list;
  for (const Value& e : excs) {
    if (e.is_none()) continue;
    (same_metadata(e, orig) ? reraised_list : raised_list).push_back(e);
  }
  // The part of the original group whose leaves were re-raised, in the original nesting.
  Matcher keep{Matcher::Kind::InstanceIds, Value::none(), {}};
  for (const Value& e : reraised_list) collect_leaves(e, keep.leaves, 0);
  Value reraised = split_recursive(vm, orig, keep, false, 0).match;
  if (raised_list.empty()) return reraised;
  if (!reraised.is_none()) raised_list.push_back(reraised);
  if (raised_list.size() == 1) return raised_list[0];
  return vm.call2(Value(static_cast<Object*>(T.BaseExceptionGroup)), intern(""),
                  new_list(std::move(raised_list)));
}

void install_exception_group() {
  // ExceptionGroup(BaseExceptionGroup, Exception): CPython's MRO.
  Class* eg = T.ExceptionGroup;
  eg->base = T.BaseExceptionGroup;
  eg->mro = {eg, T.BaseExceptionGroup, T.Exception, T.BaseException, T.object};
  Class* beg = T.BaseExceptionGroup;
  add_readonly_property(beg, "message", group_message);
  add_readonly_property(beg, "exceptions", group_exceptions);
  add_method(beg, "split", group_split);
  add_method(beg, "subgroup", group_subgroup);
  add_method(beg, "derive", group_derive);
}

}  // namespace looplab
