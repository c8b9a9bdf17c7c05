// The methods every class inherits from `object` and `BaseException`, reachable through
// super() (super().__init__(msg), super().__str__()).
#include "core/builtins.h"
#include "core/exception_group.h"
#include "core/runtime.h"
#include "core/vm.h"

namespace looplab {
namespace {

Value object_init(VM&, CallArgs&) { return Value::none(); }

Value object_repr(VM& vm, CallArgs& a) {
  if (a.nargs < 1) raise(T.TypeError, "descriptor '__repr__' of 'object' object needs an argument");
  // The default repr, even when the class overrides __repr__.
  Class* cls = type_of(a.args[0]);
  if (a.args[0].is(K_Exception) || cls->builtin) return repr(vm, a.args[0]);
  std::string text = repr_text(vm, Value(static_cast<Object*>(cls)));
  return new_str("<" + text.substr(8, text.size() - 10) + " object>");
}

Value object_str(VM& vm, CallArgs& a) {
  if (a.nargs < 1) raise(T.TypeError, "descriptor '__str__' of 'object' object needs an argument");
  return repr(vm, a.args[0]);
}

Value object_eq(VM&, CallArgs& a) {
  if (a.nargs != 2) raise(T.TypeError, "expected 1 argument");
  return a.args[0].identical(a.args[1]) ? Value::boolean(true) : not_implemented_value();
}

Value object_ne(VM&, CallArgs& a) {
  if (a.nargs != 2) raise(T.TypeError, "expected 1 argument");
  return a.args[0].identical(a.args[1]) ? Value::boolean(false) : not_implemented_value();
}

Value object_hash(VM& vm, CallArgs& a) {
  if (a.nargs != 1) raise(T.TypeError, "expected 0 arguments");
  return Value::integer(hash_value(vm, a.args[0]));
}

Value exception_init(VM&, CallArgs& a) {
  if (a.nargs < 1 || !a.args[0].is(K_Exception)) raise(T.TypeError, "BaseException.__init__ needs an exception");
  if (a.nkw() > 0) raise(T.TypeError, type_name(a.args[0]) + "() takes no keyword arguments");
  std::vector<Value> args(a.args + 1, a.args + a.nargs);
  a.args[0].as<ExceptionObj>()->args = new_tuple(std::move(args));
  return Value::none();
}

Value exception_str(VM& vm, CallArgs& a) {
  if (a.nargs < 1 || !a.args[0].is(K_Exception)) raise(T.TypeError, "BaseException.__str__ needs an exception");
  const auto& args = a.args[0].as<ExceptionObj>()->args.as<Tuple>()->items;
  if (args.empty()) return intern("");
  if (args.size() == 1) return str(vm, args[0]);
  return repr(vm, a.args[0].as<ExceptionObj>()->args);
}

Value exception_with_traceback(VM&, CallArgs& a) {
  if (a.nargs < 1) raise(T.TypeError, "with_traceback needs an exception");
  return a.args[0];
}

Generator* generator_arg(CallArgs& a, const char* method) {
  if (a.nargs < 1 || !a.args[0].is(K_Generator))
    raise(T.TypeError, std::string("descriptor '") + method + "' requires a generator");
  return a.args[0].as<Generator>();
}

// gen.send(v) / next(gen): the yielded value, or StopIteration carrying the return value.
Value generator_send(VM& vm, CallArgs& a) {
  Generator* g = generator_arg(a, "send");
  if (a.nargs != 2) raise(T.TypeError, "send() takes exactly one argument (" + std::to_string(a.nargs - 1) + " given)");
  Value out;
  if (vm.gen_send(g, a.args[1], out)) return out;
  Value stop = new_exception(T.StopIteration, out.is_none() ? std::vector<Value>{} : std::vector<Value>{out});
  stop.as<ExceptionObj>()->value = out;
  raise_value(stop);
}

Value generator_next(VM& vm, CallArgs& a) {
  Generator* g = generator_arg(a, "__next__");
  Value out;
  if (vm.gen_send(g, Value::none(), out)) return out;
  Value stop = new_exception(T.StopIteration, out.is_none() ? std::vector<Value>{} : std::vector<Value>{out});
  stop.as<ExceptionObj>()->value = out;
  raise_value(stop);
}

Value generator_throw(VM& vm, CallArgs& a) {
  Generator* g = generator_arg(a, "throw");
  if (a.nargs < 2) raise(T.TypeError, "throw expected at least 1 argument, got 0");
  Value exc = a.args[1];
  if (is_exception_class(exc)) exc = vm.call0(exc);
  if (!exc.is(K_Exception)) raise(T.TypeError, "exceptions must be classes or instances deriving from BaseException, not " + type_name(exc));
  Value out;
  if (vm.gen_throw(g, exc, out)) return out;
  Value stop = new_exception(T.StopIteration, out.is_none() ? std::vector<Value>{} : std::vector<Value>{out});
  stop.as<ExceptionObj>()->value = out;
  raise_value(stop);
}

Value generator_close(VM& vm, CallArgs& a) {
  vm.gen_close(generator_arg(a, "close"));
  return Value::none();
}

Value generator_iter(VM&, CallArgs& a) { return a.args[0]; }

// What coro.__await__() returns (CPython's coroutine_wrapper): an iterator over the coroutine. It
// exists so that a plain generator may `yield from` it (a bare coroutine is refused there);
// `yield from` and `await` unwrap it and drive the coroutine itself, throw() and all.
struct CoroutineWrapper : NativeIterator {
  Value coro;
  bool next(VM& vm, Value& out) override { return vm.gen_send(coro.as<Generator>(), Value::none(), out); }
  const char* type_name() const override { return "coroutine_wrapper"; }
};

Value coroutine_await(VM&, CallArgs& a) {
  generator_arg(a, "__await__");
  auto* wrapper = new CoroutineWrapper();
  wrapper->coro = a.args[0];
  return Value(static_cast<Object*>(wrapper));
}

}  // namespace

void install_object_methods() {
  for (Class* c : {T.generator, T.coroutine}) {
    add_method(c, "send", generator_send);
    add_method(c, "throw", generator_throw);
    add_method(c, "close", generator_close);
  }
  add_method(T.generator, "__next__", generator_next);
  add_method(T.generator, "__iter__", generator_iter);
  add_method(T.coroutine, "__await__", coroutine_await);
  add_method(T.object, "__init__", object_init);
  add_method(T.object, "__repr__", object_repr);
  add_method(T.object, "__str__", object_str);
  add_method(T.object, "__eq__", object_eq);
  add_method(T.object, "__ne__", object_ne);
  add_method(T.object, "__hash__", object_hash);
  add_method(T.BaseException, "__init__", exception_init);
  add_method(T.BaseException, "__str__", exception_str);
  add_method(T.BaseException, "with_traceback", exception_with_traceback);
  install_exception_group();
}

Value awaited_coroutine(const Value& v) {
  if (!v.is(K_Iterator)) return Value::none();
  auto* wrapper = dynamic_cast<CoroutineWrapper*>(static_cast<NativeIterator*>(v.obj()));
  return wrapper ? wrapper->coro : Value::none();
}

}  // namespace looplab
