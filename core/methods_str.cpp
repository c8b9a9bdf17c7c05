// str methods, str.format / format_map, printf-style '%' formatting and format(). The Unicode
// character classes and case mappings come from core/unicode.h.
#include <algorithm>
#include <cstring>

#include "core/builtins.h"
#include "core/unicode.h"
#include "core/vm.h"

namespace looplab {
namespace {

bool is_alnum(char32_t c) {
  return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
}

// lower() of s[i], with the Final_Sigma rule for U+03A3: a capital sigma that ends a word (a
// cased letter before it, none after it, case-ignorable characters skipped) becomes 'ς'.
void to_lower_at(const std::u32string& s, size_t i, std::u32string& out) {
  char32_t c = s[i];
  if (c != 0x3A3) {
    unicode::append_lower(c, out);
    return;
  }
  int64_t j;
  char32_t d = 0;
  for (j = int64_t(i) - 1; j >= 0; --j) {
    d = s[size_t(j)];
    if (!unicode::is_case_ignorable(d)) break;
  }
  bool final_sigma = j >= 0 && unicode::is_cased(d);
  if (final_sigma && i + 1 < s.size()) {
    size_t k;
    for (k = i + 1; k < s.size(); ++k) {
      d = s[k];
      if (!unicode::is_case_ignorable(d)) break;
    }
    final_sigma = k == s.size() || !unicode::is_cased(d);
  }
  out.push_back(final_sigma ? 0x3C2 : 0x3C3);
}

}  // namespace

// ===========================================================================================
// Shared helpers
// ===========================================================================================
bool uc_isspace(char32_t c) { return unicode::is_space(c); }
bool uc_isdecimal(char32_t c) { return unicode::is_decimal(c); }
int uc_decimal_value(char32_t c) { return unicode::decimal_value(c); }

std::u32string str_cps(const Str* s) {
  if (s->ascii) return std::u32string(s->s.begin(), s->s.end());
  return pyformat::utf8_decode(s->s);
}

Value str_from_cps(std::u32string_view cps) { return new_str(pyformat::utf8_encode(cps)); }

namespace {

Value mk(std::string_view s) { return new_str(std::string(s)); }
Value mk(std::u32string_view s) { return str_from_cps(s); }
Value mk(std::string s) { return new_str(std::move(s)); }

Str* self_str(CallArgs& a, const char* m) { return self_of(a, T.str, m).as<Str>(); }

// Runs f(text, other) on both strings as char views when both are ASCII, else as code points.
template <class F>
auto with_pair(const Str* a, const Str* b, F&& f) {
  if (a->ascii && b->ascii) return f(std::string_view(a->s), std::string_view(b->s));
  std::u32string ua = str_cps(a), ub = str_cps(b);
  return f(std::u32string_view(ua), std::u32string_view(ub));
}

template <class F>
auto with_text(const Str* a, F&& f) {
  if (a->ascii) return f(std::string_view(a->s));
  std::u32string ua = str_cps(a);
  return f(std::u32string_view(ua));
}

// ----- argument helpers ------------------------------------------------------------------
Str* str_arg(const Value& v, const char* what_prefix) {
  Str* s = as_str(v);
  if (!s) raisef(T.TypeError, "{}must be str, not {}", what_prefix, tn(v));
  return s;
}

// _PyEval_SliceIndex (None allowed)
bool slice_idx(VM& vm, const Value& v, int64_t& out) {
  if (v.is_none()) return false;
  if (v.is_small_int()) {
    out = v.as_int();
    return true;
  }
  if (v.is(K_BigInt)) {
    out = v.as<BigInt>()->v < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  if (v.is(K_Instance)) {
    Value m;
    if (class_lookup(type_of(v), intern("__index__"), m)) {
      out = as_index(vm, v);
      return true;
    }
  }
  raise(T.TypeError, "slice indices must be integers or None or have an __index__ method");
}

void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

// sub, [start, [end]] for find/count/index/startswith.
void sub_args(VM& vm, CallArgs& a, const char* name, int64_t& start, int64_t& end) {
  no_kw(a, name);
  size_t n = a.nargs - 1;
  if (n < 1) raisef(T.TypeError, "{}() takes at least 1 argument (0 given)", name);
  if (n > 3) raisef(T.TypeError, "{}() takes at most 3 arguments ({} given)", name, n);
  start = 0;
  end = INT64_MAX;
  if (n >= 2) slice_idx(vm, a.args[2], start);
  if (n >= 3) slice_idx(vm, a.args[3], end);
}

template <class C>
int64_t find_in(std::basic_string_view<C> s, std::basic_string_view<C> sub, int64_t start, int64_t end,
                bool reverse) {
  int64_t len = int64_t(s.size());
  adjust_indices(start, end, len);
  if (end - start < int64_t(sub.size())) return -1;
  auto window = s.substr(size_t(start), size_t(end - start));
  size_t pos = reverse ? window.rfind(sub) : window.find(sub);
  if (pos == std::basic_string_view<C>::npos) return -1;
  return start + int64_t(pos);
}

template <class C>
int64_t count_in(std::basic_string_view<C> s, std::basic_string_view<C> sub, int64_t start, int64_t end) {
  int64_t len = int64_t(s.size());
  adjust_indices(start, end, len);
  if (end - start < int64_t(sub.size())) return 0;
  if (sub.empty()) return end - start + 1;
  auto window = s.substr(size_t(start), size_t(end - start));
  int64_t c = 0;
  size_t pos = 0;
  while ((pos = window.find(sub, pos)) != std::basic_string_view<C>::npos) {
    ++c;
    pos += sub.size();
  }
  return c;
}

Value find_impl(VM& vm, CallArgs& a, const char* name, bool reverse, bool raise_missing) {
  Str* s = self_str(a, name);
  int64_t start, end;
  sub_args(vm, a, name, start, end);
  Str* sub = str_arg(a.args[1], "");
  int64_t r = with_pair(s, sub, [&](auto x, auto y) { return find_in(x, y, start, end, reverse); });
  if (r < 0 && raise_missing) raise(T.ValueError, "substring not found");
  return Value::integer(r);
}

Value str_find(VM& vm, CallArgs& a) { return find_impl(vm, a, "find", false, false); }
Value str_rfind(VM& vm, CallArgs& a) { return find_impl(vm, a, "rfind", true, false); }
Value str_index(VM& vm, CallArgs& a) { return find_impl(vm, a, "index", false, true); }
Value str_rindex(VM& vm, CallArgs& a) { return find_impl(vm, a, "rindex", true, true); }

Value str_count(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "count");
  int64_t start, end;
  sub_args(vm, a, "count", start, end);
  Str* sub = str_arg(a.args[1], "");
  return Value::integer(with_pair(s, sub, [&](auto x, auto y) { return count_in(x, y, start, end); }));
}

template <class C>
bool tailmatch(std::basic_string_view<C> s, std::basic_string_view<C> sub, int64_t start, int64_t end, bool suffix) {
  adjust_indices(start, end, int64_t(s.size()));
  end -= int64_t(sub.size());
  if (end < start) return false;
  if (sub.empty()) return true;
  size_t at = suffix ? size_t(end) : size_t(start);
  return s.substr(at, sub.size()) == sub;
}

Value starts_ends(VM& vm, CallArgs& a, const char* name, bool suffix) {
  Str* s = self_str(a, name);
  int64_t start, end;
  sub_args(vm, a, name, start, end);
  const Value& what = a.args[1];
  auto one = [&](Str* sub) {
    return with_pair(s, sub, [&](auto x, auto y) { return tailmatch(x, y, start, end, suffix); });
  };
  if (what.is(K_Tuple)) {
    for (const Value& item : what.as<Tuple>()->items) {
      Str* sub = as_str(item);
      if (!sub) raisef(T.TypeError, "tuple for {} must only contain str, not {}", name, tn(item));
      if (one(sub)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  Str* sub = as_str(what);
  if (!sub) raisef(T.TypeError, "{} first arg must be str or a tuple of str, not {}", name, tn(what));
  return Value::boolean(one(sub));
}

Value str_startswith(VM& vm, CallArgs& a) { return starts_ends(vm, a, "startswith", false); }
Value str_endswith(VM& vm, CallArgs& a) { return starts_ends(vm, a, "endswith", true); }

// ----- case ------------------------------------------------------------------------------
template <class F>
Value map_chars(Str* s, F&& f) {
  std::u32string cps = str_cps(s);
  std::u32string out;
  out.reserve(cps.size());
  for (size_t i = 0; i < cps.size(); ++i) f(cps, i, out);
  return str_from_cps(out);
}

Value str_upper(VM&, CallArgs& a) {
  Str* s = self_str(a, "upper");
  no_args(a, "str.upper", 1);
  if (s->ascii) {
    std::string r = s->s;
    for (char& c : r)
      if (c >= 'a' && c <= 'z') c = char(c - 32);
    return mk(std::move(r));
  }
  return map_chars(s, [](const std::u32string& t, size_t i, std::u32string& out) { unicode::append_upper(t[i], out); });
}

Value str_lower(VM&, CallArgs& a) {
  Str* s = self_str(a, "lower");
  no_args(a, "str.lower", 1);
  if (s->ascii) {
    std::string r = s->s;
    for (char& c : r)
      if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return mk(std::move(r));
  }
  return map_chars(s, [](const std::u32string& t, size_t i, std::u32string& out) { to_lower_at(t, i, out); });
}

Value str_casefold(VM&, CallArgs& a) {
  Str* s = self_str(a, "casefold");
  no_args(a, "str.casefold", 1);
  return map_chars(s, [](const std::u32string& t, size_t i, std::u32string& out) { unicode::append_casefold(t[i], out); });
}

Value str_swapcase(VM&, CallArgs& a) {
  Str* s = self_str(a, "swapcase");
  no_args(a, "str.swapcase", 1);
  return map_chars(s, [](const std::u32string& t, size_t i, std::u32string& out) {
    char32_t c = t[i];
    if (unicode::is_upper(c)) to_lower_at(t, i, out);
    else if (unicode::is_lower(c)) unicode::append_upper(c, out);
    else out.push_back(c);
  });
}

Value str_capitalize(VM&, CallArgs& a) {
  Str* s = self_str(a, "capitalize");
  no_args(a, "str.capitalize", 1);
  return map_chars(s, [](const std::u32string& t, size_t i, std::u32string& out) {
    if (i == 0) unicode::append_title(t[i], out);
    else to_lower_at(t, i, out);
  });
}

Value str_title(VM&, CallArgs& a) {
  Str* s = self_str(a, "title");
  no_args(a, "str.title", 1);
  std::u32string cps = str_cps(s);
  std::u32string out;
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (prev_cased) to_lower_at(cps, i, out);
    else unicode::append_title(c, out);
    prev_cased = unicode::is_cased(c);
  }
  return str_from_cps(out);
}

// ----- predicates ------------------------------------------------------------------------
template <class P>
Value all_chars(CallArgs& a, const char* name, bool empty_result, P&& pred) {
  Str* s = self_str(a, name);
  no_args(a, std::string("str.") + name, 1);
  if (s->length == 0) return Value::boolean(empty_result);
  if (s->ascii) {
    for (unsigned char c : s->s)
      if (!pred(char32_t(c))) return Value::boolean(false);
    return Value::boolean(true);
  }
  for (char32_t c : str_cps(s))
    if (!pred(c)) return Value::boolean(false);
  return Value::boolean(true);
}

Value str_isdigit(VM&, CallArgs& a) { return all_chars(a, "isdigit", false, unicode::is_digit); }
Value str_isnumeric(VM&, CallArgs& a) { return all_chars(a, "isnumeric", false, unicode::is_numeric); }
Value str_isdecimal(VM&, CallArgs& a) { return all_chars(a, "isdecimal", false, unicode::is_decimal); }
Value str_isalpha(VM&, CallArgs& a) { return all_chars(a, "isalpha", false, unicode::is_alpha); }
Value str_isalnum(VM&, CallArgs& a) { return all_chars(a, "isalnum", false, is_alnum); }
Value str_isspace(VM&, CallArgs& a) { return all_chars(a, "isspace", false, unicode::is_space); }
Value str_isascii(VM&, CallArgs& a) {
  return all_chars(a, "isascii", true, [](char32_t c) { return c < 0x80; });
}
Value str_isprintable(VM&, CallArgs& a) {
  return all_chars(a, "isprintable", true, [](char32_t c) { return unicode::is_printable(c); });
}

// str.isupper() / str.islower(): at least one character of the wanted case, and none of the
// opposite case nor titlecase.
Value all_cased_as(CallArgs& a, const char* name, bool (*wanted)(char32_t), bool (*opposite)(char32_t)) {
  Str* s = self_str(a, name);
  no_args(a, std::string("str.") + name, 1);
  bool cased = false;
  for (char32_t c : str_cps(s)) {
    if (opposite(c) || unicode::is_title(c)) return Value::boolean(false);
    if (!cased && wanted(c)) cased = true;
  }
  return Value::boolean(cased);
}

Value str_isupper(VM&, CallArgs& a) { return all_cased_as(a, "isupper", unicode::is_upper, unicode::is_lower); }
Value str_islower(VM&, CallArgs& a) { return all_cased_as(a, "islower", unicode::is_lower, unicode::is_upper); }

Value str_istitle(VM&, CallArgs& a) {
  Str* s = self_str(a, "istitle");
  no_args(a, "str.istitle", 1);
  bool cased = false, prev = false;
  for (char32_t c : str_cps(s)) {
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (prev) return Value::boolean(false);
      prev = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!prev) return Value::boolean(false);
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return Value::boolean(cased);
}

Value str_isidentifier(VM&, CallArgs& a) {
  Str* s = self_str(a, "isidentifier");
  no_args(a, "str.isidentifier", 1);
  std::u32string cps = str_cps(s);
  if (cps.empty() || !unicode::is_identifier_start(cps[0])) return Value::boolean(false);
  for (size_t i = 1; i < cps.size(); ++i)
    if (!unicode::is_identifier_continue(cps[i])) return Value::boolean(false);
  return Value::boolean(true);
}

// ----- strip -----------------------------------------------------------------------------
Value strip_impl(CallArgs& a, const char* name, bool left, bool right) {
  Str* s = self_str(a, name);
  unpack_args(a, name, 0, 1, 1);
  Str* chars = nullptr;
  if (a.nargs == 2 && !a.args[1].is_none()) {
    chars = as_str(a.args[1]);
    if (!chars) raisef(T.TypeError, "{} arg must be None or str", name);
  }
  std::u32string set_cps;
  if (chars) set_cps = str_cps(chars);
  auto strip_it = [&](auto t) {
    using C = typename decltype(t)::value_type;
    auto drop = [&](C c) {
      if (!chars) return unicode::is_space(char32_t(static_cast<std::make_unsigned_t<C>>(c)));
      return set_cps.find(char32_t(static_cast<std::make_unsigned_t<C>>(c))) != std::u32string::npos;
    };
    size_t b = 0, e = t.size();
    if (left)
      while (b < e && drop(t[b])) ++b;
    if (right)
      while (e > b && drop(t[e - 1])) --e;
    return mk(t.substr(b, e - b));
  };
  return with_text(s, strip_it);
}

Value str_strip(VM&, CallArgs& a) { return strip_impl(a, "strip", true, true); }
Value str_lstrip(VM&, CallArgs& a) { return strip_impl(a, "lstrip", true, false); }
Value str_rstrip(VM&, CallArgs& a) { return strip_impl(a, "rstrip", false, true); }

// ----- split -----------------------------------------------------------------------------
void split_args(VM& vm, CallArgs& a, const char* name, Str*& sep, int64_t& maxsplit) {
  allow_kw(a, name, {"sep", "maxsplit"});
  size_t n = a.nargs - 1 + a.nkw();
  if (n > 2) raisef(T.TypeError, "{}() takes at most 2 arguments ({} given)", name, n);
  Value* sepv = arg_or_kw(a, 1, "sep", name);
  Value* maxv = arg_or_kw(a, 2, "maxsplit", name);
  sep = nullptr;
  if (sepv && !sepv->is_none()) {
    sep = as_str(*sepv);
    if (!sep) raisef(T.TypeError, "must be str or None, not {}", tn(*sepv));
    if (sep->length == 0) raise(T.ValueError, "empty separator");
  }
  maxsplit = -1;
  if (maxv) maxsplit = as_index(vm, *maxv);
  if (maxsplit < 0) maxsplit = INT64_MAX;
}

template <class C>
bool is_space_c(C c) {
  return unicode::is_space(char32_t(static_cast<std::make_unsigned_t<C>>(c)));
}

template <class C>
std::vector<Value> split_ws(std::basic_string_view<C> s, int64_t maxcount) {
  std::vector<Value> out;
  size_t i = 0, n = s.size();
  while (maxcount-- > 0) {
    while (i < n && is_space_c(s[i])) ++i;
    if (i == n) break;
    size_t j = i;
    ++i;
    while (i < n && !is_space_c(s[i])) ++i;
    out.push_back(mk(s.substr(j, i - j)));
  }
  if (i < n) {
    while (i < n && is_space_c(s[i])) ++i;
    if (i != n) out.push_back(mk(s.substr(i)));
  }
  return out;
}

template <class C>
std::vector<Value> rsplit_ws(std::basic_string_view<C> s, int64_t maxcount) {
  std::vector<Value> out;
  int64_t i = int64_t(s.size()) - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && is_space_c(s[size_t(i)])) --i;
    if (i < 0) break;
    int64_t j = i;
    --i;
    while (i >= 0 && !is_space_c(s[size_t(i)])) --i;
    out.push_back(mk(s.substr(size_t(i + 1), size_t(j - i))));
  }
  if (i >= 0) {
    while (i >= 0 && is_space_c(s[size_t(i)])) --i;
    if (i >= 0) out.push_back(mk(s.substr(0, size_t(i + 1))));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

template <class C>
std::vector<Value> split_sep(std::basic_string_view<C> s, std::basic_string_view<C> sep, int64_t maxcount) {
  std::vector<Value> out;
  size_t i = 0;
  while (maxcount-- > 0) {
    size_t pos = s.find(sep, i);
    if (pos == std::basic_string_view<C>::npos) break;
    out.push_back(mk(s.substr(i, pos - i)));
    i = pos + sep.size();
  }
  out.push_back(mk(s.substr(i)));
  return out;
}

template <class C>
std::vector<Value> rsplit_sep(std::basic_string_view<C> s, std::basic_string_view<C> sep, int64_t maxcount) {
  std::vector<Value> out;
  size_t j = s.size();
  while (maxcount-- > 0) {
    if (j < sep.size()) break;
    size_t pos = s.substr(0, j).rfind(sep);
    if (pos == std::basic_string_view<C>::npos) break;
    out.push_back(mk(s.substr(pos + sep.size(), j - pos - sep.size())));
    j = pos;
  }
  out.push_back(mk(s.substr(0, j)));
  std::reverse(out.begin(), out.end());
  return out;
}

Value str_split(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "split");
  Str* sep;
  int64_t maxsplit;
  split_args(vm, a, "split", sep, maxsplit);
  if (!sep) return new_list(with_text(s, [&](auto t) { return split_ws(t, maxsplit); }));
  return new_list(with_pair(s, sep, [&](auto t, auto p) { return split_sep(t, p, maxsplit); }));
}

Value str_rsplit(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "rsplit");
  Str* sep;
  int64_t maxsplit;
  split_args(vm, a, "rsplit", sep, maxsplit);
  if (!sep) return new_list(with_text(s, [&](auto t) { return rsplit_ws(t, maxsplit); }));
  return new_list(with_pair(s, sep, [&](auto t, auto p) { return rsplit_sep(t, p, maxsplit); }));
}

Value str_splitlines(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "splitlines");
  allow_kw(a, "splitlines", {"keepends"});
  size_t n = a.nargs - 1 + a.nkw();
  if (n > 1) raisef(T.TypeError, "splitlines() takes at most 1 argument ({} given)", n);
  bool keepends = false;
  if (Value* k = arg_or_kw(a, 1, "keepends", "splitlines")) {
    if (k->is_float()) raise(T.TypeError, "'float' object cannot be interpreted as an integer");
    if (!is_int(*k) && !k->is(K_Instance))
      raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(*k));
    keepends = truthy(vm, *k);
  }
  return with_text(s, [&](auto t) {
    using C = typename decltype(t)::value_type;
    std::vector<Value> out;
    size_t i = 0, len = t.size();
    while (i < len) {
      size_t j = i;
      while (i < len && !unicode::is_linebreak(char32_t(static_cast<std::make_unsigned_t<C>>(t[i])))) ++i;
      size_t eol = i;
      if (i < len) {
        if (t[i] == C('\r') && i + 1 < len && t[i + 1] == C('\n')) i += 2;
        else ++i;
        if (keepends) eol = i;
      }
      out.push_back(mk(t.substr(j, eol - j)));
    }
    return new_list(std::move(out));
  });
}

// ----- join / replace / partition -------------------------------------------------------
Value str_join(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "join");
  one_arg(a, "str.join", 1);
  Value seq = a.args[1];
  std::vector<Value> items;
  if (seq.is(K_List)) items = seq.as<List>()->items;
  else if (seq.is(K_Tuple)) items = seq.as<Tuple>()->items;
  else {
    Value it;
    try {
      it = get_iter(vm, seq);
    } catch (PyException& e) {
      if (isinstance(e.exc, T.TypeError)) raise(T.TypeError, "can only join an iterable");
      throw;
    }
    Value x;
    while (iter_next(vm, it, x)) items.push_back(x);
  }
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    Str* item = as_str(items[i]);
    if (!item) raisef(T.TypeError, "sequence item {}: expected str instance, {} found", i, tn(items[i]));
    if (i) out += s->s;
    out += item->s;
  }
  return mk(std::move(out));
}

template <class C>
Value replace_in(std::basic_string_view<C> s, std::basic_string_view<C> old, std::basic_string_view<C> rep,
                 int64_t count) {
  std::basic_string<C> out;
  if (old.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (done < count) {
        out += rep;
        ++done;
      }
      if (i < s.size()) out.push_back(s[i]);
    }
    return mk(std::basic_string_view<C>(out));
  }
  size_t i = 0;
  int64_t done = 0;
  while (done < count) {
    size_t pos = s.find(old, i);
    if (pos == std::basic_string_view<C>::npos) break;
    out += s.substr(i, pos - i);
    out += rep;
    i = pos + old.size();
    ++done;
  }
  out += s.substr(i);
  return mk(std::basic_string_view<C>(out));
}

Value str_replace(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "replace");
  unpack_args(a, "replace", 2, 3, 1);
  Str* old = as_str(a.args[1]);
  if (!old) raisef(T.TypeError, "replace() argument 1 must be str, not {}", tn(a.args[1]));
  Str* rep = as_str(a.args[2]);
  if (!rep) raisef(T.TypeError, "replace() argument 2 must be str, not {}", tn(a.args[2]));
  int64_t count = -1;
  if (a.nargs == 4) count = as_index(vm, a.args[3]);
  if (count < 0) count = INT64_MAX;
  if (s->ascii && old->ascii && rep->ascii)
    return replace_in(std::string_view(s->s), std::string_view(old->s), std::string_view(rep->s), count);
  std::u32string us = str_cps(s), uo = str_cps(old), ur = str_cps(rep);
  return replace_in(std::u32string_view(us), std::u32string_view(uo), std::u32string_view(ur), count);
}

Value partition_impl(CallArgs& a, const char* name, bool reverse) {
  Str* s = self_str(a, name);
  one_arg(a, std::string("str.") + name, 1);
  Str* sep = str_arg(a.args[1], "");
  if (sep->length == 0) raise(T.ValueError, "empty separator");
  return with_pair(s, sep, [&](auto t, auto p) {
    size_t pos = reverse ? t.rfind(p) : t.find(p);
    if (pos == decltype(t)::npos) {
      if (reverse) return new_tuple({mk(std::string_view()), mk(std::string_view()), a.args[0]});
      return new_tuple({a.args[0], mk(std::string_view()), mk(std::string_view())});
    }
    return new_tuple({mk(t.substr(0, pos)), a.args[1], mk(t.substr(pos + p.size()))});
  });
}

Value str_partition(VM&, CallArgs& a) { return partition_impl(a, "partition", false); }
Value str_rpartition(VM&, CallArgs& a) { return partition_impl(a, "rpartition", true); }

Value str_removeprefix(VM&, CallArgs& a) {
  Str* s = self_str(a, "removeprefix");
  one_arg(a, "str.removeprefix", 1);
  Str* p = as_str(a.args[1]);
  if (!p) raisef(T.TypeError, "removeprefix() argument must be str, not {}", tn(a.args[1]));
  if (s->s.compare(0, p->s.size(), p->s) == 0 && p->s.size() <= s->s.size())
    return mk(std::string_view(s->s).substr(p->s.size()));
  return a.args[0];
}

Value str_removesuffix(VM&, CallArgs& a) {
  Str* s = self_str(a, "removesuffix");
  one_arg(a, "str.removesuffix", 1);
  Str* p = as_str(a.args[1]);
  if (!p) raisef(T.TypeError, "removesuffix() argument must be str, not {}", tn(a.args[1]));
  if (!p->s.empty() && p->s.size() <= s->s.size() &&
      s->s.compare(s->s.size() - p->s.size(), p->s.size(), p->s) == 0)
    return mk(std::string_view(s->s).substr(0, s->s.size() - p->s.size()));
  return a.args[0];
}

// ----- padding ---------------------------------------------------------------------------
char32_t fill_arg(CallArgs& a, size_t i) {
  if (a.nargs <= i) return U' ';
  Str* f = as_str(a.args[i]);
  if (!f) raisef(T.TypeError, "The fill character must be a unicode character, not {}", tn(a.args[i]));
  if (f->length != 1) raise(T.TypeError, "The fill character must be exactly one character long");
  return str_cps(f)[0];
}

Value pad(const Value& self, int64_t left, int64_t right, char32_t fill) {
  Str* s = self.as<Str>();
  if (left <= 0 && right <= 0) return self;
  std::string f;
  pyformat::utf8_append(f, fill);
  std::string out;
  out.reserve(s->s.size() + size_t(std::max<int64_t>(left, 0) + std::max<int64_t>(right, 0)) * f.size());
  for (int64_t i = 0; i < left; ++i) out += f;
  out += s->s;
  for (int64_t i = 0; i < right; ++i) out += f;
  return mk(std::move(out));
}

Value justify(VM& vm, CallArgs& a, const char* name, int how) {
  Str* s = self_str(a, name);
  unpack_args(a, name, 1, 2, 1);
  int64_t width = as_index(vm, a.args[1]);
  char32_t fill = fill_arg(a, 2);
  if (s->length >= width) return a.args[0];
  int64_t marg = width - s->length;
  if (how == 0) {  // center
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(a.args[0], left, marg - left, fill);
  }
  if (how == 1) return pad(a.args[0], 0, marg, fill);  // ljust
  return pad(a.args[0], marg, 0, fill);                // rjust
}

Value str_center(VM& vm, CallArgs& a) { return justify(vm, a, "center", 0); }
Value str_ljust(VM& vm, CallArgs& a) { return justify(vm, a, "ljust", 1); }
Value str_rjust(VM& vm, CallArgs& a) { return justify(vm, a, "rjust", 2); }

Value str_zfill(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "zfill");
  one_arg(a, "str.zfill", 1);
  int64_t width = as_index(vm, a.args[1]);
  if (s->length >= width) return a.args[0];
  int64_t fill = width - s->length;
  std::string out(size_t(fill), '0');
  out += s->s;
  if (out[size_t(fill)] == '+' || out[size_t(fill)] == '-') {
    out[0] = out[size_t(fill)];
    out[size_t(fill)] = '0';
  }
  return mk(std::move(out));
}

Value str_expandtabs(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "expandtabs");
  allow_kw(a, "expandtabs", {"tabsize"});
  size_t n = a.nargs - 1 + a.nkw();
  if (n > 1) raisef(T.TypeError, "expandtabs() takes at most 1 argument ({} given)", n);
  int64_t tabsize = 8;
  if (Value* t = arg_or_kw(a, 1, "tabsize", "expandtabs")) tabsize = as_index(vm, *t);
  std::u32string out;
  int64_t col = 0;
  for (char32_t c : str_cps(s)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        col += incr;
        out.append(size_t(incr), U' ');
      }
    } else {
      out.push_back(c);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return str_from_cps(out);
}

// ----- translate / maketrans ---------------------------------------------------------------
Value str_translate(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "translate");
  one_arg(a, "str.translate", 1);
  const Value& table = a.args[1];
  std::u32string out;
  for (char32_t c : str_cps(s)) {
    Value r;
    try {
      r = getitem(vm, table, Value::integer(int64_t(c)));
    } catch (PyException& e) {
      if (isinstance(e.exc, T.LookupError)) {
        out.push_back(c);
        continue;
      }
      throw;
    }
    if (r.is_none()) continue;
    if (is_int(r)) {
      int64_t v = as_index(vm, r);
      if (v < 0 || v > 0x10FFFF) raise(T.ValueError, "character mapping must be in range(0x110000)");
      out.push_back(char32_t(v));
    } else if (Str* rs = as_str(r)) {
      out += str_cps(rs);
    } else {
      raise(T.TypeError, "character mapping must return integer, None or str");
    }
  }
  return str_from_cps(out);
}

Value str_maketrans(VM& vm, CallArgs& a) {
  unpack_args(a, "maketrans", 1, 3);
  Value d = new_dict();
  Dict* out = d.as<Dict>();
  if (a.nargs == 1) {
    if (!a.args[0].is(K_Dict))
      raise(T.TypeError, "if you give only one argument to maketrans it must be a dict");
    for (auto& e : a.args[0].as<Dict>()->entries) {
      if (!e.live) continue;
      if (Str* k = as_str(e.key)) {
        if (k->length != 1) raise(T.ValueError, "string keys in translate table must be of length 1");
        dict_set(vm, out, Value::integer(int64_t(str_cps(k)[0])), e.value);
      } else if (is_int(e.key)) {
        dict_set(vm, out, e.key, e.value);
      } else {
        raise(T.TypeError, "keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  Str* x = as_str(a.args[0]);
  if (!x) raisef(T.TypeError, "maketrans() argument 1 must be str, not {}", tn(a.args[0]));
  Str* y = as_str(a.args[1]);
  if (!y) raisef(T.TypeError, "maketrans() argument 2 must be str, not {}", tn(a.args[1]));
  if (x->length != y->length)
    raise(T.ValueError, "the first two maketrans arguments must have equal length");
  std::u32string ux = str_cps(x), uy = str_cps(y);
  for (size_t i = 0; i < ux.size(); ++i)
    dict_set(vm, out, Value::integer(int64_t(ux[i])), Value::integer(int64_t(uy[i])));
  if (a.nargs == 3) {
    Str* z = as_str(a.args[2]);
    if (!z) raisef(T.TypeError, "maketrans() argument 3 must be str, not {}", tn(a.args[2]));
    for (char32_t c : str_cps(z)) dict_set(vm, out, Value::integer(int64_t(c)), Value::none());
  }
  return d;
}

Value str_encode(VM&, CallArgs&) {
  raise(T.RuntimeError, "'str.encode' is not available in looplab: bytes are not supported");
}

}  // namespace

// ===========================================================================================
// format()
// ===========================================================================================
Value format_value(VM& vm, const Value& v, std::string_view spec) {
  if (v.is_bool()) {
    if (spec.empty()) return mk(std::string_view(v.as_bool() ? "True" : "False"));
    return mk(pyf([&] { return pyformat::format_int(v.as_int(), spec, "bool"); }));
  }
  if (v.is_small_int()) return mk(pyf([&] { return pyformat::format_int(v.as_int(), spec); }));
  if (v.is(K_BigInt)) return mk(pyf([&] { return pyformat::format_int(v.as<BigInt>()->v, spec); }));
  if (v.is_float()) return mk(pyf([&] { return pyformat::format_float(v.as_float(), spec); }));
  if (v.is(K_Str)) {
    if (spec.empty()) return v;
    return mk(pyf([&] { return pyformat::format_str(v.as<Str>()->s, spec); }));
  }
  if (v.is(K_Instance) || v.is(K_Exception)) {
    Value m;
    if (class_lookup(type_of(v), intern("__format__"), m) && !m.is(K_Native)) {
      Value r = vm.call2(m, v, mk(spec));
      if (!r.is(K_Str)) raisef(T.TypeError, "__format__ must return a str, not {}", tn(r));
      return r;
    }
  }
  if (!spec.empty()) raise(T.TypeError, pyformat::msg::unsupported_format_string(tn(v)));
  return str(vm, v);
}

// ===========================================================================================
// str.format
// ===========================================================================================
namespace {

struct AutoNumber {
  int state = 0;  // 0 init, 1 auto, 2 manual
  int64_t next = 0;
};

// get_integer: -1 when not all decimal digits (or empty).
int64_t field_integer(std::u32string_view s) {
  if (s.empty()) return -1;
  int64_t v = 0;
  for (char32_t c : s) {
    int d = uc_decimal_value(c);
    if (d < 0) return -1;
    if (v > (INT64_MAX - d) / 10) raise(T.ValueError, "Too many decimal digits in format string");
    v = v * 10 + d;
  }
  return v;
}

struct Formatter {
  VM& vm;
  const std::vector<Value>* args;  // null for format_map
  Value kwargs;                    // dict, mapping, or None

  Value get_field(std::u32string_view name, AutoNumber& an) {
    size_t i = 0;
    while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
    std::u32string_view first = name.substr(0, i);
    std::u32string_view rest = name.substr(i);
    int64_t index = field_integer(first);
    bool empty = first.empty();
    bool numeric = empty || index != -1;
    if (an.state == 0 && numeric) an.state = empty ? 1 : 2;
    if (numeric) {
      if (an.state == 2 && empty)
        raise(T.ValueError, "cannot switch from manual field specification to automatic field numbering");
      if (an.state == 1 && !empty)
        raise(T.ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = an.next++;
    Value obj;
    if (index == -1) {
      Value key = str_from_cps(first);
      if (kwargs.is_none()) raise_value(new_exception(T.KeyError, {key}));
      obj = getitem(vm, kwargs, key);
    } else {
      if (!args) raise(T.ValueError, "Format string contains positional fields");
      if (index >= int64_t(args->size()))
        raisef(T.IndexError, "Replacement index {} out of range for positional args tuple", index);
      obj = (*args)[size_t(index)];
    }
    size_t p = 0;
    while (p < rest.size()) {
      char32_t c = rest[p++];
      std::u32string_view part;
      bool attr;
      if (c == '.') {
        attr = true;
        size_t s = p;
        while (p < rest.size() && rest[p] != '.' && rest[p] != '[') ++p;
        part = rest.substr(s, p - s);
      } else if (c == '[') {
        attr = false;
        size_t s = p;
        while (p < rest.size() && rest[p] != ']') ++p;
        if (p >= rest.size()) raise(T.ValueError, "Missing ']' in format string");
        part = rest.substr(s, p - s);
        ++p;
      } else {
        raise(T.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (part.empty()) raise(T.ValueError, "Empty attribute in format string");
      if (attr) {
        obj = getattr(vm, obj, intern(pyformat::utf8_encode(part)));
      } else {
        int64_t idx = field_integer(part);
        if (idx == -1) obj = getitem(vm, obj, str_from_cps(part));
        else obj = getitem(vm, obj, Value::integer(idx));
      }
    }
    return obj;
  }

  // build_string / MarkupIterator
  void render(std::u32string_view fmt, int depth, AutoNumber& an, std::string& out) {
    if (depth <= 0) raise(T.ValueError, "Max string recursion exceeded");
    size_t pos = 0, end = fmt.size();
    while (pos < end) {
      size_t start = pos;
      char32_t c = 0;
      bool markup = false;
      while (pos < end) {
        c = fmt[pos++];
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      bool at_end = pos >= end;
      size_t len = pos - start;
      if (c == '}' && markup && (at_end || fmt[pos] != '}'))
        raise(T.ValueError, "Single '}' encountered in format string");
      if (at_end && c == '{' && markup) raise(T.ValueError, "Single '{' encountered in format string");
      if (markup && !at_end) {
        if (fmt[pos] == c) {
          ++pos;
          markup = false;
        } else {
          --len;
        }
      } else if (markup) {
        --len;
      }
      out += pyformat::utf8_encode(fmt.substr(start, len));
      if (!markup) continue;
      // parse_field
      size_t name_start = pos;
      c = 0;
      while (pos < end) {
        c = fmt[pos++];
        if (c == '{') raise(T.ValueError, "unexpected '{' in field name");
        if (c == '[') {
          while (pos < end && fmt[pos] != ']') ++pos;
          continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
      }
      std::u32string_view field_name = fmt.substr(name_start, pos - 1 - name_start);
      char32_t conversion = 0;
      std::u32string_view spec;
      bool spec_needs_expanding = false;
      if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
          if (pos >= end) raise(T.ValueError, "end of string while looking for conversion specifier");
          conversion = fmt[pos++];
          if (pos < end) {
            char32_t d = fmt[pos++];
            if (d == '}') done = true;
            else if (d != ':') raise(T.ValueError, "expected ':' after conversion specifier");
          }
        }
        if (!done) {
          size_t spec_start = pos;
          int count = 1;
          bool closed = false;
          while (pos < end) {
            char32_t d = fmt[pos++];
            if (d == '{') {
              spec_needs_expanding = true;
              ++count;
            } else if (d == '}') {
              if (--count == 0) {
                spec = fmt.substr(spec_start, pos - 1 - spec_start);
                closed = true;
                break;
              }
            }
          }
          if (!closed) raise(T.ValueError, "unmatched '{' in format spec");
        }
      } else if (c != '}') {
        raise(T.ValueError, "expected '}' before end of string");
      }
      // output_markup
      Value obj = get_field(field_name, an);
      if (conversion) {
        switch (conversion) {
          case 'r': obj = repr(vm, obj); break;
          case 's': obj = str(vm, obj); break;
          case 'a': obj = mk(pyformat::ascii_escape(repr_text(vm, obj))); break;
          default:
            if (conversion > 32 && conversion < 127)
              raisef(T.ValueError, "Unknown conversion specifier {}", char(conversion));
            raisef(T.ValueError, "Unknown conversion specifier \\x{:x}", uint32_t(conversion));
        }
      }
      std::string spec_text;
      if (spec_needs_expanding) render(spec, depth - 1, an, spec_text);
      else spec_text = pyformat::utf8_encode(spec);
      Value r = format_value(vm, obj, spec_text);
      out += r.as<Str>()->s;
    }
  }
};

}  // namespace

std::string str_format_impl(VM& vm, const Str* fmt, const std::vector<Value>* args, const Value& kwargs) {
  Formatter f{vm, args, kwargs};
  std::u32string cps = str_cps(fmt);
  AutoNumber an;
  std::string out;
  f.render(cps, 2, an, out);
  return out;
}

namespace {

Value str_format(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "format");
  std::vector<Value> args(a.args + 1, a.args + a.nargs);
  Value kwargs;
  if (a.nkw()) {
    kwargs = new_dict();
    for (size_t i = 0; i < a.nkw(); ++i) dict_set(vm, kwargs.as<Dict>(), a.kwnames->items[i], a.kwvalues[i]);
  }
  return mk(str_format_impl(vm, s, &args, kwargs));
}

Value str_format_map(VM& vm, CallArgs& a) {
  Str* s = self_str(a, "format_map");
  one_arg(a, "str.format_map", 1);
  return mk(str_format_impl(vm, s, nullptr, a.args[1]));
}

}  // namespace

// ===========================================================================================
// fmt % args
// ===========================================================================================
Value str_percent_format(VM& vm, const Str* fmt, const Value& args) {
  std::ptrdiff_t arglen = args.is(K_Tuple) ? std::ptrdiff_t(args.as<Tuple>()->items.size()) : -1;
  bool is_mapping = false;
  if (!args.is(K_Tuple) && !args.is(K_Str)) {
    if (args.is(K_Dict) || args.is(K_List) || args.is(K_Range)) {
      is_mapping = true;
    } else if (args.is(K_Instance)) {
      Value m;
      is_mapping = class_lookup(type_of(args), intern("__getitem__"), m);
    }
  }
  Value current = args;
  auto arg_at = [&](std::ptrdiff_t i) -> Value {
    if (i == pyformat::kCurrentObject) return current;
    return args.as<Tuple>()->items[size_t(i)];
  };
  pyformat::PercentCallbacks cb;
  cb.select_key = [&](std::string_view key) { current = getitem(vm, args, mk(key)); };
  cb.star_value = [&](std::ptrdiff_t i) -> int64_t {
    Value v = arg_at(i);
    if (!v.is_small_int()) {
      if (v.is(K_BigInt)) raise(T.OverflowError, "Python int too large to convert to C int");
      throw FormatError("TypeError", pyformat::msg::kStarWantsInt);
    }
    return v.as_int();
  };
  cb.render = [&](const pyformat::PercentSpec& spec, std::ptrdiff_t i) -> std::string {
    Value v = arg_at(i);
    switch (spec.type) {
      case 's': return pyformat::render_percent_str(spec, str_text(vm, v));
      case 'r': return pyformat::render_percent_str(spec, repr_text(vm, v));
      case 'a': return pyformat::render_percent_str(spec, pyformat::ascii_escape(repr_text(vm, v)));
      case 'c': {
        if (Str* s = as_str(v)) {
          if (s->length != 1) throw FormatError("TypeError", pyformat::msg::kCharRequiresIntOrChar);
          return pyformat::render_percent_char(spec, str_cps(s)[0]);
        }
        if (is_int(v)) return pyformat::render_percent_char(spec, pyformat::percent_char_from_int(to_mpz(v)));
        throw FormatError("TypeError", pyformat::msg::kCharRequiresIntOrChar);
      }
      case 'd':
      case 'i':
      case 'u': {
        if (is_int(v)) return pyformat::render_percent_int(spec, to_mpz(v));
        if (v.is_float()) return pyformat::render_percent_int(spec, pyformat::float_to_int(v.as_float()));
        if (v.is(K_Instance)) {
          Value m;
          if (class_lookup(type_of(v), intern("__index__"), m) || class_lookup(type_of(v), intern("__int__"), m)) {
            Value r = vm.call1(m, v);
            if (is_int(r)) return pyformat::render_percent_int(spec, to_mpz(r));
          }
        }
        throw FormatError("TypeError", pyformat::msg::percent_number_required(spec.type, tn(v)));
      }
      case 'o':
      case 'x':
      case 'X': {
        if (is_int(v)) return pyformat::render_percent_int(spec, to_mpz(v));
        if (v.is(K_Instance)) {
          Value m;
          if (class_lookup(type_of(v), intern("__index__"), m)) return pyformat::render_percent_int(spec, to_mpz(as_int_value(vm, v)));
        }
        throw FormatError("TypeError", pyformat::msg::percent_number_required(spec.type, tn(v)));
      }
      default: {  // e E f F g G
        double x;
        if (v.is_float()) x = v.as_float();
        else if (is_int(v)) x = pyformat::int_to_double(to_mpz(v));
        else {
          Value m;
          if (v.is(K_Instance) && class_lookup(type_of(v), intern("__float__"), m)) {
            Value r = vm.call1(m, v);
            if (!r.is_float()) throw FormatError("TypeError", pyformat::msg::must_be_real_number(tn(v)));
            x = r.as_float();
          } else {
            throw FormatError("TypeError", pyformat::msg::must_be_real_number(tn(v)));
          }
        }
        return pyformat::render_percent_float(spec, x);
      }
    }
  };
  return mk(pyf([&] { return pyformat::percent_format(fmt->s, arglen, is_mapping, cb); }));
}

namespace {

Value str_mod(VM& vm, CallArgs& a) {
  if (a.nargs != 2 || !a.args[0].is(K_Str)) return not_implemented_value();
  return str_percent_format(vm, a.args[0].as<Str>(), a.args[1]);
}

// str(object='') / str(object, encoding, errors)
Value str_new(VM& vm, CallArgs& a) {
  allow_kw(a, "str", {"object", "encoding", "errors"});
  size_t n = a.nargs - 1 + a.nkw();
  if (n > 3) raisef(T.TypeError, "str() takes at most 3 arguments ({} given)", n);
  Value* obj = arg_or_kw(a, 1, "object", "str");
  Value* enc = arg_or_kw(a, 2, "encoding", "str");
  Value* err = arg_or_kw(a, 3, "errors", "str");
  if (enc && !enc->is(K_Str)) raisef(T.TypeError, "str() argument 'encoding' must be str, not {}", tn(*enc));
  if (err && !err->is(K_Str)) raisef(T.TypeError, "str() argument 'errors' must be str, not {}", tn(*err));
  if (enc || err) {
    if (obj && obj->is(K_Str)) raise(T.TypeError, "decoding str is not supported");
    raise(T.RuntimeError, "str(bytes, encoding) is not available in looplab: bytes are not supported");
  }
  if (!obj) return intern("");
  return str(vm, *obj);
}

}  // namespace

void install_str_methods() {
  Class* c = T.str;
  add_method(c, "__new__", str_new);
  add_method(c, "__mod__", str_mod);
  add_method(c, "upper", str_upper);
  add_method(c, "lower", str_lower);
  add_method(c, "casefold", str_casefold);
  add_method(c, "swapcase", str_swapcase);
  add_method(c, "capitalize", str_capitalize);
  add_method(c, "title", str_title);
  add_method(c, "isdigit", str_isdigit);
  add_method(c, "isnumeric", str_isnumeric);
  add_method(c, "isdecimal", str_isdecimal);
  add_method(c, "isalpha", str_isalpha);
  add_method(c, "isalnum", str_isalnum);
  add_method(c, "isspace", str_isspace);
  add_method(c, "isascii", str_isascii);
  add_method(c, "isprintable", str_isprintable);
  add_method(c, "isupper", str_isupper);
  add_method(c, "islower", str_islower);
  add_method(c, "istitle", str_istitle);
  add_method(c, "isidentifier", str_isidentifier);
  add_method(c, "strip", str_strip);
  add_method(c, "lstrip", str_lstrip);
  add_method(c, "rstrip", str_rstrip);
  add_method(c, "split", str_split);
  add_method(c, "rsplit", str_rsplit);
  add_method(c, "splitlines", str_splitlines);
  add_method(c, "join", str_join);
  add_method(c, "replace", str_replace);
  add_method(c, "find", str_find);
  add_method(c, "rfind", str_rfind);
  add_method(c, "index", str_index);
  add_method(c, "rindex", str_rindex);
  add_method(c, "count", str_count);
  add_method(c, "startswith", str_startswith);
  add_method(c, "endswith", str_endswith);
  add_method(c, "partition", str_partition);
  add_method(c, "rpartition", str_rpartition);
  add_method(c, "removeprefix", str_removeprefix);
  add_method(c, "removesuffix", str_removesuffix);
  add_method(c, "center", str_center);
  add_method(c, "ljust", str_ljust);
  add_method(c, "rjust", str_rjust);
  add_method(c, "zfill", str_zfill);
  add_method(c, "expandtabs", str_expandtabs);
  add_method(c, "translate", str_translate);
  add_method(c, "format", str_format);
  add_method(c, "format_map", str_format_map);
  add_method(c, "encode", str_encode);
  auto* sm = new StaticMethod();
  sm->refcount = kImmortal;
  sm->func = make_native("maketrans", str_maketrans);
  dict_set_str(c->attrs(), intern("maketrans"), Value(sm));
}

}  // namespace looplab
