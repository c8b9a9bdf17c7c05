// The one list of instructions: OP(NAME) with a comment saying what it does to the stack.
// It generates the enum, the names for the disassembler and the dispatch table.
// Instructions are 32-bit words: 8-bit opcode, 24-bit argument. Jump arguments are absolute
// instruction indices.
#pragma once
#include <cstdint>

#define LOOPLAB_OPCODES(OP)                                                                  \
  OP(NOP)              /* -                                                              */ \
  OP(POP_TOP)          /* x ->                                                           */ \
  OP(COPY)             /* copy the arg-th item (1 = top) to the top                      */ \
  OP(SWAP)             /* swap top with the arg-th item                                  */ \
  OP(PUSH_NULL)        /* -> NULL (marks "no self" below a callable)                     */ \
  OP(LOAD_CONST)       /* -> consts[arg]                                                 */ \
  OP(LOAD_FAST)        /* -> locals[arg]; UnboundLocalError if unset                     */ \
  OP(STORE_FAST)       /* x -> ; locals[arg] = x                                         */ \
  OP(DELETE_FAST)      /* locals[arg] = unset                                            */ \
  OP(LOAD_DEREF)       /* -> cells[arg].value                                            */ \
  OP(STORE_DEREF)      /* x -> ; cells[arg].value = x                                    */ \
  OP(DELETE_DEREF)     /*                                                                */ \
  OP(LOAD_CLOSURE)     /* -> cells[arg] (the cell itself, for MAKE_FUNCTION)             */ \
  OP(LOAD_GLOBAL)      /* -> globals/builtins[names[arg]]                                */ \
  OP(STORE_GLOBAL)     /* x -> ; globals[names[arg]] = x                                 */ \
  OP(DELETE_GLOBAL)    /*                                                                */ \
  OP(LOAD_NAME)        /* -> locals-dict/globals/builtins[names[arg]] (module, class)    */ \
  OP(STORE_NAME)       /* x -> ; locals-dict[names[arg]] = x                             */ \
  OP(DELETE_NAME)      /*                                                                */ \
  OP(LOAD_CLASSDEREF)  /* class body reading an enclosing function's variable            */ \
  OP(LOAD_ATTR)        /* obj -> obj.names[arg]                                          */ \
  OP(STORE_ATTR)       /* value obj -> ; obj.names[arg] = value                          */ \
  OP(DELETE_ATTR)      /* obj ->                                                         */ \
  OP(LOAD_METHOD)      /* obj -> meth self | NULL attr                                   */ \
  OP(CALL)             /* callable-or-NULL self-or-callable args... -> result            */ \
  OP(CALL_KW)          /* like CALL; kwnames tuple on top; arg = total argument count    */ \
  OP(CALL_EX)          /* NULL callable args-tuple [kwargs-dict if arg&1] -> result      */ \
  OP(BINARY_OP)        /* a b -> a op b   (arg: BinOpKind, +16 for in-place)             */ \
  OP(UNARY_NEGATIVE)   /* x -> -x                                                        */ \
  OP(UNARY_POSITIVE)   /* x -> +x                                                        */ \
  OP(UNARY_NOT)        /* x -> not x                                                     */ \
  OP(UNARY_INVERT)     /* x -> ~x                                                        */ \
  OP(COMPARE_OP)       /* a b -> a cmp b (arg: CmpOpKind Eq..GtE)                        */ \
  OP(IS_OP)            /* a b -> a is b (arg 1: is not)                                  */ \
  OP(CONTAINS_OP)      /* a b -> a in b (arg 1: not in)                                  */ \
  OP(BINARY_SUBSCR)    /* container key -> container[key]                                */ \
  OP(STORE_SUBSCR)     /* value container key -> ; container[key] = value                */ \
  OP(DELETE_SUBSCR)    /* container key ->                                               */ \
  OP(BUILD_SLICE)      /* start stop [step] -> slice (arg = 2 or 3)                      */ \
  OP(BUILD_TUPLE)      /* arg items -> tuple                                             */ \
  OP(BUILD_LIST)       /* arg items -> list                                              */ \
  OP(BUILD_SET)        /* arg items -> set                                               */ \
  OP(BUILD_MAP)        /* arg key/value pairs -> dict                                    */ \
  OP(BUILD_STRING)     /* arg strings -> concatenation                                   */ \
  OP(LIST_APPEND)      /* x -> ; stack[-arg].append(x)  (comprehensions)                 */ \
  OP(SET_ADD)          /* x -> ; stack[-arg].add(x)                                      */ \
  OP(MAP_ADD)          /* k v -> ; stack[-arg][k] = v                                    */ \
  OP(LIST_EXTEND)      /* iterable -> ; stack[-arg].extend(iterable)                     */ \
  OP(SET_UPDATE)       /* iterable -> ; stack[-arg].update(iterable)                     */ \
  OP(DICT_UPDATE)      /* mapping -> ; stack[-arg].update(mapping)                       */ \
  OP(DICT_MERGE)       /* mapping -> ; like DICT_UPDATE but duplicate keys are errors    */ \
  OP(LIST_TO_TUPLE)    /* list -> tuple                                                  */ \
  OP(UNPACK_SEQUENCE)  /* seq -> item[arg-1] ... item[0]                                 */ \
  OP(UNPACK_EX)        /* seq -> (arg & 0xff before, a list, arg >> 8 after), reversed   */ \
  OP(JUMP)             /* ip = arg (forward, or the await loop's jump back to SEND)      */ \
  OP(JUMP_BACKWARD)    /* ip = arg; a backward edge: the next line always gets a line event */ \
  OP(POP_JUMP_IF_FALSE)/* x -> ; if not x: ip = arg                                      */ \
  OP(POP_JUMP_IF_TRUE) /* x -> ; if x: ip = arg                                          */ \
  OP(POP_JUMP_BACKWARD_IF_TRUE) /* while loops test again at the bottom, as CPython 3.11 does */ \
  OP(JUMP_IF_FALSE_OR_POP) /* x -> x (jump) | -> (fall through)                          */ \
  OP(JUMP_IF_TRUE_OR_POP)  /*                                                            */ \
  OP(POP_JUMP_IF_NONE)     /* x -> ; if x is None: ip = arg                              */ \
  OP(POP_JUMP_IF_NOT_NONE) /*                                                            */ \
  OP(GET_ITER)         /* x -> iter(x)                                                   */ \
  OP(FOR_ITER)         /* it -> it next | (exhausted: pop it, ip = arg)                  */ \
  OP(RETURN_VALUE)     /* x -> (frame returns x)                                         */ \
  OP(YIELD_VALUE)      /* x -> sent (the frame suspends, yielding x)                     */ \
  OP(GET_AWAITABLE)    /* x -> awaitable iterator (arg: 0 await, 1 async with enter, 2 exit) */ \
  OP(GET_YIELD_FROM_ITER) /* x -> iterator for `yield from`                              */ \
  OP(SEND)             /* it v -> it yielded (continue at ip+1) | -> result (ip = arg)   */ \
  OP(MAKE_FUNCTION)    /* [defaults] [kwdefaults] [closure] code -> function (arg flags) */ \
  OP(MAKE_CLASS)       /* body-function name bases-tuple [kwargs] -> class               */ \
  OP(FORMAT_VALUE)     /* x [spec] -> str (arg: conversion | 4 if spec present)          */ \
  OP(RAISE_VARARGS)    /* [exc [cause]] -> raise (arg = 0 re-raise, 1, 2)                */ \
  OP(RERAISE)          /* exc -> raise exc again, keeping its traceback                  */ \
  OP(PUSH_EXC_INFO)    /* exc -> prev_exc exc ; the frame now handles exc                */ \
  OP(POP_EXCEPT)       /* prev_exc -> ; the frame handles prev_exc again                 */ \
  OP(CLEANUP_RERAISE)  /* prev_exc exc -> ; POP_EXCEPT then re-raise exc                 */ \
  OP(CHECK_EXC_MATCH)  /* exc type -> exc bool                                           */ \
  OP(BEFORE_WITH)      /* mgr -> exit enter_result                                       */ \
  OP(BEFORE_ASYNC_WITH)/* mgr -> aexit aenter_awaitable                                  */ \
  OP(WITH_EXCEPT_START)/* exit prev_exc exc -> exit prev_exc exc exit(type, exc, tb)     */ \
  OP(IMPORT_NAME)      /* -> module names[arg]                                           */ \
  OP(IMPORT_FROM)      /* module -> module module.names[arg]                             */ \
  OP(LOAD_ASSERTION_ERROR) /* -> AssertionError                                          */ \
  OP(SETUP_ANNOTATIONS)/* module/class: create __annotations__                           */ \
  OP(END_ASYNC_FOR)    /* it exc -> ; StopAsyncIteration ends the loop, else re-raise    */ \
  OP(GET_AITER)        /* x -> x.__aiter__()                                             */ \
  OP(GET_ANEXT)        /* it -> it awaitable                                             */ \
  OP(CHECK_EG_MATCH)   /* exc type -> rest match | exc None  (except*; exc may be None)  */ \
  OP(PREP_RERAISE_STAR)/* orig raised-list -> what except* leaves to raise, or None      */

namespace looplab {

enum Opcode : uint8_t {
#define LOOPLAB_OPCODE_ENUM(name) OP_##name,
  LOOPLAB_OPCODES(LOOPLAB_OPCODE_ENUM)
#undef LOOPLAB_OPCODE_ENUM
  OP__COUNT
};

const char* opcode_name(uint8_t op);

inline uint32_t make_instr(Opcode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Opcode instr_op(uint32_t word) { return Opcode(word & 0xff); }
inline uint32_t instr_arg(uint32_t word) { return word >> 8; }

// MAKE_FUNCTION flags
enum : uint32_t { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_CLOSURE = 8 };

}  // namespace looplab
