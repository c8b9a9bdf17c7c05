// Expressions: names and constants, operators, displays, comparisons, calls, `await` and
// `yield`.
#include <algorithm>

#include "core/compiler_internal.h"

namespace looplab::codegen {

void Compiler::expr(const ast::Expr& e) {
  LocGuard guard(this, e.span);
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Name:
      name_op(static_cast<const ast::Name&>(e).id, Access::Load, e.span);
      break;
    case K::Constant:
      emit(OP_LOAD_CONST, constant(static_cast<const ast::Constant&>(e)));
      break;
    case K::JoinedStr: {
      auto& j = static_cast<const ast::JoinedStr&>(e);
      if (j.values.empty()) {
        emit(OP_LOAD_CONST, const_str(""));
        break;
      }
      for (auto& v : j.values) expr(*v);
      if (j.values.size() > 1) emit(OP_BUILD_STRING, uint32_t(j.values.size()));
      else if (j.values[0]->kind == K::Constant) break;
      break;
    }
    case K::FormattedValue: {
      auto& f = static_cast<const ast::FormattedValue&>(e);
      expr(*f.value);
      uint32_t flags = f.conversion == 's' ? 1 : f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : 0;
      if (f.format_spec) {
        expr(*f.format_spec);
        flags |= 4;
      }
      emit(OP_FORMAT_VALUE, flags);
      break;
    }
    case K::BinOp: {
      auto& b = static_cast<const ast::BinOp&>(e);
      if (b.op == ast::BinOpKind::MatMult) fail(e.span, "error", "the '@' operator is not supported by looplab");
      expr(*b.left);
      expr(*b.right);
      emit(OP_BINARY_OP, uint32_t(b.op));
      break;
    }
    case K::UnaryOp: {
      auto& u = static_cast<const ast::UnaryOp&>(e);
      expr(*u.operand);
      switch (u.op) {
        case ast::UnaryOpKind::Invert: emit(OP_UNARY_INVERT, 0); break;
        case ast::UnaryOpKind::Not: emit(OP_UNARY_NOT, 0); break;
        case ast::UnaryOpKind::UAdd: emit(OP_UNARY_POSITIVE, 0); break;
        case ast::UnaryOpKind::USub: emit(OP_UNARY_NEGATIVE, 0); break;
      }
      break;
    }
    case K::BoolOp: {
      auto& b = static_cast<const ast::BoolOp&>(e);
      int end = new_label();
      for (size_t i = 0; i < b.values.size(); ++i) {
        expr(*b.values[i]);
        if (i + 1 < b.values.size())
          emit(b.op == ast::BoolOpKind::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP,
               uint32_t(end));
      }
      bind(end);
      break;
    }
    case K::Compare: compare(static_cast<const ast::Compare&>(e)); break;
    case K::Call: call(static_cast<const ast::Call&>(e)); break;
    case K::Attribute: {
      auto& a = static_cast<const ast::Attribute&>(e);
      expr(*a.value);
      emit(OP_LOAD_ATTR, attr_index(a.attr));
      break;
    }
    case K::Subscript: {
      auto& s = static_cast<const ast::Subscript&>(e);
      expr(*s.value);
      expr(*s.index);
      emit(OP_BINARY_SUBSCR, 0);
      break;
    }
    case K::Slice: {
      auto& s = static_cast<const ast::Slice&>(e);
      if (s.lower) expr(*s.lower); else emit(OP_LOAD_CONST, const_none());
      if (s.upper) expr(*s.upper); else emit(OP_LOAD_CONST, const_none());
      if (s.step) {
        expr(*s.step);
        emit(OP_BUILD_SLICE, 3);
      } else {
        emit(OP_BUILD_SLICE, 2);
      }
      break;
    }
    case K::Starred:
      fail(e.span, "SyntaxError", "can't use starred expression here");
    case K::List: sequence(static_cast<const ast::List&>(e).elts, OP_BUILD_LIST); break;
    case K::Tuple: sequence(static_cast<const ast::Tuple&>(e).elts, OP_BUILD_TUPLE); break;
    case K::Set: sequence(static_cast<const ast::Set&>(e).elts, OP_BUILD_SET); break;
    case K::Dict: dict_display(static_cast<const ast::Dict&>(e)); break;
    case K::IfExp: {
      auto& i = static_cast<const ast::IfExp&>(e);
      int orelse = new_label();
      int end = new_label();
      jump_if(*i.test, orelse, false);
      expr(*i.body);
      {
        LocGuard g2(this, kNoLine);
        emit(OP_JUMP, uint32_t(end));
      }
      bind(orelse);
      expr(*i.orelse);
      bind(end);
      break;
    }
    case K::Lambda: {
      auto& l = static_cast<const ast::Lambda&>(e);
      Scope* scope = table_.scope_for(&l);
      make_function(scope, "<lambda>", l.args, e.span.line, e.span, [&] {
        expr(*l.body);
        LocGuard g2(this, kNoLine);
        emit(OP_RETURN_VALUE, 0);
      });
      break;
    }
    case K::NamedExpr: {
      auto& n = static_cast<const ast::NamedExpr&>(e);
      expr(*n.value);
      emit(OP_COPY, 1);
      auto& target = static_cast<const ast::Name&>(*n.target);
      name_op(target.id, Access::Store, target.span);
      break;
    }
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp:
      comprehension(static_cast<const ast::Comp&>(e));
      break;
    case K::Await: {
      Scope* scope = unit().scope;
      if (scope->type == Scope::Type::Module || scope->type == Scope::Type::Class)
        fail(e.span, "SyntaxError", "'await' outside function");
      if (!scope->is_async) {
        if (scope->type == Scope::Type::Comprehension)
          fail(e.span, "SyntaxError", "asynchronous comprehension outside of an asynchronous function");
        fail(e.span, "SyntaxError", "'await' outside async function");
      }
      expr(*static_cast<const ast::Await&>(e).value);
      emit(OP_GET_AWAITABLE, 0);
      emit(OP_LOAD_CONST, const_none());
      yield_from_loop();
      break;
    }
    case K::Yield: {
      if (!unit().scope->is_function_like()) fail(e.span, "SyntaxError", "'yield' outside function");
      auto& y = static_cast<const ast::Yield&>(e);
      if (y.value) expr(*y.value);
      else emit(OP_LOAD_CONST, const_none());
      emit(OP_YIELD_VALUE, 0);
      break;
    }
    case K::YieldFrom: {
      if (!unit().scope->is_function_like()) fail(e.span, "SyntaxError", "'yield' outside function");
      if (unit().scope->is_async) fail(e.span, "SyntaxError", "'yield from' inside async function");
      expr(*static_cast<const ast::YieldFrom&>(e).value);
      emit(OP_GET_YIELD_FROM_ITER, 0);
      emit(OP_LOAD_CONST, const_none());
      yield_from_loop();
      break;
    }
  }
}

uint32_t Compiler::constant(const ast::Constant& c) {
  using T = ast::Constant::Type;
  switch (c.type) {
    case T::None: return const_none();
    case T::True: return add_const(Value::boolean(true));
    case T::False: return add_const(Value::boolean(false));
    case T::Ellipsis: return add_const(ellipsis_value());
    case T::Int: return add_const(Value::integer(c.int_value));
    case T::BigInt: {
      mpz_class v;
      std::string digits = c.big_digits;
      digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
      v.set_str(digits, 0);  // base 0: accepts 0x / 0o / 0b prefixes
      return add_const(new_int(v));
    }
    case T::Float: {
      auto& consts = unit().code->consts;
      consts.push_back(Value::real(c.float_value));
      return uint32_t(consts.size() - 1);
    }
    case T::Str: return add_const(new_str(c.str_value));
    case T::Bytes: fail(c.span, "error", "bytes literals are not supported by looplab");
  }
  return const_none();
}

void Compiler::sequence(const ast::ExprList& elts, Opcode build) {
  bool starred = false;
  for (auto& e : elts) starred = starred || e->kind == ast::ExprKind::Starred;
  if (!starred) {
    for (auto& e : elts) expr(*e);
    emit(build, uint32_t(elts.size()));
    return;
  }
  // With *unpacking: build a list (or set) incrementally.
  Opcode container = build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
  Opcode append = build == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND;
  Opcode extend = build == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
  emit(container, 0);
  for (auto& e : elts) {
    if (e->kind == ast::ExprKind::Starred) {
      expr(*static_cast<const ast::Starred&>(*e).value);
      emit(extend, 1);
    } else {
      expr(*e);
      emit(append, 1);
    }
  }
  if (build == OP_BUILD_TUPLE) emit(OP_LIST_TO_TUPLE, 0);
}

void Compiler::dict_display(const ast::Dict& d) {
  bool unpack = false;
  for (auto& k : d.keys) unpack = unpack || !k;
  if (!unpack) {
    for (size_t i = 0; i < d.keys.size(); ++i) {
      expr(*d.keys[i]);
      expr(*d.values[i]);
    }
    emit(OP_BUILD_MAP, uint32_t(d.keys.size()));
    return;
  }
  emit(OP_BUILD_MAP, 0);
  for (size_t i = 0; i < d.keys.size(); ++i) {
    if (!d.keys[i]) {
      expr(*d.values[i]);
      emit(OP_DICT_UPDATE, 1);
    } else {
      expr(*d.keys[i]);
      expr(*d.values[i]);
      emit(OP_MAP_ADD, 1);
    }
  }
}

void Compiler::compare(const ast::Compare& c) {
  expr(*c.left);
  auto emit_cmp = [&](ast::CmpOpKind op) {
    switch (op) {
      case ast::CmpOpKind::Is: emit(OP_IS_OP, 0); break;
      case ast::CmpOpKind::IsNot: emit(OP_IS_OP, 1); break;
      case ast::CmpOpKind::In: emit(OP_CONTAINS_OP, 0); break;
      case ast::CmpOpKind::NotIn: emit(OP_CONTAINS_OP, 1); break;
      default: emit(OP_COMPARE_OP, uint32_t(op)); break;
    }
  };
  if (c.ops.size() == 1) {
    expr(*c.comparators[0]);
    emit_cmp(c.ops[0]);
    return;
  }
  int cleanup = new_label();
  int end = new_label();
  for (size_t i = 0; i + 1 < c.ops.size(); ++i) {
    expr(*c.comparators[i]);
    emit(OP_SWAP, 2);
    emit(OP_COPY, 2);
    emit_cmp(c.ops[i]);
    emit(OP_JUMP_IF_FALSE_OR_POP, uint32_t(cleanup));
  }
  expr(*c.comparators.back());
  emit_cmp(c.ops.back());
  {
    LocGuard guard(this, kNoLine);
    emit(OP_JUMP, uint32_t(end));
  }
  bind(cleanup);
  {
    LocGuard guard(this, kNoLine);
    emit(OP_SWAP, 2);
    emit(OP_POP_TOP, 0);
  }
  bind(end);
}

void Compiler::call(const ast::Call& c) {
  bool complex_args = false;
  for (auto& a : c.args) complex_args = complex_args || a->kind == ast::ExprKind::Starred;
  for (auto& k : c.keywords) complex_args = complex_args || k.name.empty();
  if (complex_args) return call_ex(c);
  if (c.func->kind == ast::ExprKind::Attribute) {
    auto& a = static_cast<const ast::Attribute&>(*c.func);
    expr(*a.value);
    LocGuard guard(this, c.func->span);
    emit(OP_LOAD_METHOD, attr_index(a.attr));
  } else {
    emit(OP_PUSH_NULL, 0);
    expr(*c.func);
  }
  for (auto& a : c.args) expr(*a);
  if (c.keywords.empty()) {
    emit(OP_CALL, uint32_t(c.args.size()));
    return;
  }
  std::vector<Value> names;
  for (auto& k : c.keywords) {
    for (auto& seen : names)
      if (seen.as<Str>()->s == k.name) fail(k.span, "SyntaxError", "keyword argument repeated: " + k.name);
    expr(*k.value);
    names.push_back(intern(k.name));
  }
  emit(OP_LOAD_CONST, add_const(new_tuple(std::move(names))));
  emit(OP_CALL_KW, uint32_t(c.args.size() + c.keywords.size()));
}

void Compiler::call_ex(const ast::Call& c) {
  emit(OP_PUSH_NULL, 0);
  expr(*c.func);
  sequence(c.args, OP_BUILD_TUPLE);
  uint32_t flags = 0;
  if (!c.keywords.empty()) {
    emit(OP_BUILD_MAP, 0);
    for (auto& k : c.keywords) {
      if (k.name.empty()) {
        expr(*k.value);
        emit(OP_DICT_MERGE, 1);
      } else {
        emit(OP_LOAD_CONST, const_str(k.name));
        expr(*k.value);
        emit(OP_MAP_ADD, 1);
      }
    }
    flags = 1;
  }
  LocGuard guard(this, c.span);
  emit(OP_CALL_EX, flags);
}

void Compiler::await_top() {
  emit(OP_GET_AWAITABLE, 2);
  emit(OP_LOAD_CONST, const_none());
  yield_from_loop();
}

// it v -> result: the SEND / YIELD_VALUE loop behind `await` and `yield from`.
void Compiler::yield_from_loop() {
  int send = new_label();
  int exit = new_label();
  bind(send);
  emit(OP_SEND, uint32_t(exit));
  emit(OP_YIELD_VALUE, 0);
  emit(OP_JUMP, uint32_t(send));  // not a backward edge for line events (CPython: NO_INTERRUPT)
  bind(exit);
}

}  // namespace looplab::codegen
