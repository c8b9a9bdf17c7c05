// BaseExceptionGroup and ExceptionGroup (PEP 654) as CPython 3.11 has them: construction rules,
// split() / subgroup() / derive(), and the two steps of `try ... except*`: matching one clause
// against the exception in flight, and computing what is re-raised after all clauses ran.
#pragma once
#include <string>

#include "core/object.h"

namespace looplab {

class VM;

bool is_exception_group(const Value& v);

// BaseExceptionGroup.__new__: checks (message, exceptions) and fills in the group's message and
// exceptions. Calling BaseExceptionGroup itself with only Exception instances makes an
// ExceptionGroup, so `e` may change class.
void init_exception_group(VM& vm, ExceptionObj* e, CallArgs& a);

// "message (2 sub-exceptions)"
std::string exception_group_str(const ExceptionObj* e);

// The `except* T` clause (CPython's CHECK_EG_MATCH). Sets `match` to the part of `exc` that T
// matches (a lone exception that matches is wrapped in ExceptionGroup('', [exc])) and `rest` to the
// part left over; both None when nothing matches. `exc` may be None (an earlier clause took all).
void exception_group_match(VM& vm, const Value& exc, const Value& type, Value& match, Value& rest);

// After the `except*` clauses (CPython's _PyExc_PrepReraiseStar): `raised` lists what each clause
// raised or re-raised, and what no clause matched (None entries are skipped). Returns what to
// raise, or None. Re-raised parts keep their place in the original group's nesting; exceptions
// raised anew become its siblings in a new ExceptionGroup('', [...]).
Value prepare_reraise_star(VM& vm, const Value& orig, const Value& raised);

// Installs .message, .exceptions, split(), subgroup() and derive() on BaseExceptionGroup and
// makes ExceptionGroup derive from both BaseExceptionGroup and Exception.
void install_exception_group();

}  // namespace looplab
