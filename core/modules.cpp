// The `time` and `random` modules.
//
// time: runs on the VM's virtual clock (vm.now): sleep() advances it without blocking, and the
// clocks read it, exactly like tests/reference/pytrace.py patches CPython's time module
// (time.time() is 1_700_000_000.0 at virtual time 0).
//
// random: CPython's Mersenne Twister (Modules/_randommodule.c) and the algorithms of
// Lib/random.py 3.11, so a seeded program prints what CPython prints. Without a seed call the
// generator starts as if random.seed(0) had been called: scenarios must be reproducible.
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "core/builtins.h"
#include "core/vm.h"

namespace looplab {
namespace {

// ===========================================================================================
// Calling conventions of Python-level functions (random.py's methods are Python functions, so
// their argument errors read "Random.randint() missing 1 required positional argument: 'b'").
// ===========================================================================================
struct PyParams {
  const char* qualname;                  // "Random.randint"
  std::vector<const char*> positional;   // positional-or-keyword parameters (after self)
  size_t required;                       // how many of them have no default
  std::vector<const char*> kwonly;       // keyword-only parameters (all optional)
};

std::string quote_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

// Returns one slot per positional parameter then per keyword-only parameter (null when absent).
std::vector<Value*> bind(CallArgs& a, const PyParams& p) {
  size_t np = p.positional.size();
  std::vector<Value*> out(np + p.kwonly.size(), nullptr);
  if (a.nargs > np) {
    if (p.required == np)
      raisef(T.TypeError, "{}() takes {} positional argument{} but {} {} given", p.qualname, np + 1,
             np + 1 == 1 ? "" : "s", a.nargs + 1, a.nargs + 1 == 1 ? "was" : "were");
    raisef(T.TypeError, "{}() takes from {} to {} positional arguments but {} were given", p.qualname,
           p.required + 1, np + 1, a.nargs + 1);
  }
  for (size_t i = 0; i < a.nargs; ++i) out[i] = &a.args[i];
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& name = a.kwnames->items[k].as<Str>()->s;
    bool found = false;
    for (size_t i = 0; i < np; ++i) {
      if (name == p.positional[i]) {
        if (out[i]) raisef(T.TypeError, "{}() got multiple values for argument '{}'", p.qualname, name);
        out[i] = &a.kwvalues[k];
        found = true;
      }
    }
    for (size_t i = 0; i < p.kwonly.size(); ++i) {
      if (name == p.kwonly[i]) {
        out[np + i] = &a.kwvalues[k];
        found = true;
      }
    }
    if (!found) raisef(T.TypeError, "{}() got an unexpected keyword argument '{}'", p.qualname, name);
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < p.required; ++i)
    if (!out[i]) missing.push_back(p.positional[i]);
  if (!missing.empty())
    raisef(T.TypeError, "{}() missing {} required positional argument{}: {}", p.qualname, missing.size(),
           missing.size() == 1 ? "" : "s", quote_list(missing));
  return out;
}

Value make_module(const char* name) {
  auto* m = new Module();
  Value keep(m);
  m->name = name;
  m->dict = new_dict();
  dict_set_str(m->dict.as<Dict>(), intern("__name__"), new_str(name));
  return keep;
}

void add_fn(const Value& module, const char* name, NativeFn fn) {
  // Function objects are immortal: made once per process and shared by every VM's module.
  static std::unordered_map<NativeFn, Value> made;
  auto it = made.find(fn);
  if (it == made.end()) it = made.emplace(fn, make_native(name, fn)).first;
  dict_set_str(module.as<Module>()->dict.as<Dict>(), intern(name), it->second);
}

// ===========================================================================================
// time
// ===========================================================================================
constexpr double kEpoch = 1'700'000'000.0;

int64_t round_ns(double seconds) {
  double r = pyformat::round_to_integral(seconds * 1e9);
  if (!std::isfinite(r) || std::fabs(r) > 9.2e18) raise(T.OverflowError, "timestamp too large to convert to C _PyTime_t");
  return int64_t(r);
}

Value time_sleep(VM& vm, CallArgs& a) {
  one_arg(a, "time.sleep");
  const Value& v = a.args[0];
  double secs;
  if (v.is_float()) secs = v.as_float();
  else if (v.is_small_int()) secs = double(v.as_int());
  else if (v.is(K_BigInt)) raise(T.OverflowError, "timestamp too large to convert to C _PyTime_t");
  else raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(v));
  if (std::isnan(secs)) raise(T.ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) raise(T.ValueError, "sleep length must be non-negative");
  vm.now += secs;
  return Value::none();
}

Value time_monotonic(VM& vm, CallArgs& a) {
  no_args(a, "time.monotonic");
  return Value::real(vm.now);
}
Value time_perf_counter(VM& vm, CallArgs& a) {
  no_args(a, "time.perf_counter");
  return Value::real(vm.now);
}
Value time_time(VM& vm, CallArgs& a) {
  no_args(a, "time.time");
  return Value::real(kEpoch + vm.now);
}
Value time_monotonic_ns(VM& vm, CallArgs& a) {
  no_args(a, "time.monotonic_ns");
  return Value::integer(round_ns(vm.now));
}
Value time_perf_counter_ns(VM& vm, CallArgs& a) {
  no_args(a, "time.perf_counter_ns");
  return Value::integer(round_ns(vm.now));
}
Value time_time_ns(VM& vm, CallArgs& a) {
  no_args(a, "time.time_ns");
  return Value::integer(round_ns(kEpoch + vm.now));
}

// ===========================================================================================
// random: MT19937
// ===========================================================================================
struct MT {
  static constexpr int N = 624, M = 397;
  uint32_t mt[N];
  int index = N + 1;
  Value gauss_next;

  void init_genrand(uint32_t s) {
    mt[0] = s;
    for (int i = 1; i < N; ++i) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
    index = N;
  }

  void init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    size_t k = size_t(N) > key.size() ? size_t(N) : key.size();
    for (; k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
      ++i;
      ++j;
      if (i >= size_t(N)) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.size()) j = 0;
    }
    for (k = N - 1; k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
      ++i;
      if (i >= size_t(N)) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000U;
  }

  uint32_t genrand() {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y;
    if (index >= N) {
      int kk;
      for (kk = 0; kk < N - M; ++kk) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      for (; kk < N - 1; ++kk) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      y = (mt[N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
      mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
      index = 0;
    }
    y = mt[index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }

  double random() {
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  void seed_mpz(const mpz_class& value) {
    mpz_class n = abs(value);
    std::vector<uint32_t> key;
    if (n == 0) {
      key.push_back(0);
    } else {
      size_t count = (mpz_sizeinbase(n.get_mpz_t(), 2) + 31) / 32;
      key.assign(count, 0);
      size_t written = 0;
      mpz_export(key.data(), &written, -1, sizeof(uint32_t), 0, 0, n.get_mpz_t());
      key.resize(std::max<size_t>(written, 1));
    }
    init_by_array(key);
    gauss_next = Value();
  }

  mpz_class getrandbits(int64_t k) {
    if (k <= 32) return mpz_class(static_cast<unsigned long>(genrand() >> (32 - k)));
    size_t words = size_t((k - 1) / 32 + 1);
    std::vector<uint32_t> w(words);
    for (size_t i = 0; i < words; ++i, k -= 32) {
      uint32_t r = genrand();
      if (k < 32) r >>= (32 - k);
      w[i] = r;
    }
    mpz_class out;
    mpz_import(out.get_mpz_t(), words, -1, sizeof(uint32_t), 0, 0, w.data());
    return out;
  }

  // _randbelow_with_getrandbits (n > 0)
  mpz_class randbelow(const mpz_class& n) {
    int64_t k = int64_t(mpz_sizeinbase(n.get_mpz_t(), 2));
    mpz_class r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return r;
  }
  int64_t randbelow(int64_t n) {
    int k = 64 - __builtin_clzll(uint64_t(n));
    if (k <= 32) {
      uint32_t r = genrand() >> (32 - k);
      while (int64_t(r) >= n) r = genrand() >> (32 - k);
      return int64_t(r);
    }
    mpz_class big(static_cast<long>(n));
    return randbelow(big).get_si();
  }
};

// ----- SHA-512 (for string seeds: a = int.from_bytes(s.encode() + sha512(s.encode()).digest())) --
std::string sha512(const std::string& msg) {
  static const uint64_t K[80] = {
      0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
      0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
      0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
      0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
      0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
      0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
      0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
      0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
      0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
      0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
      0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
      0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
      0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
      0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
      0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
      0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
      0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
      0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
      0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
      0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                   0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                   0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  auto rotr = [](uint64_t x, int n) { return (x >> n) | (x << (64 - n)); };
  std::string data = msg;
  uint64_t bitlen = uint64_t(msg.size()) * 8;
  data.push_back(char(0x80));
  while (data.size() % 128 != 112) data.push_back(0);
  for (int i = 0; i < 8; ++i) data.push_back(0);  // high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; --i) data.push_back(char((bitlen >> (i * 8)) & 0xff));
  for (size_t off = 0; off < data.size(); off += 128) {
    uint64_t w[80];
    for (int i = 0; i < 16; ++i) {
      uint64_t x = 0;
      for (int b = 0; b < 8; ++b) x = (x << 8) | uint8_t(data[off + size_t(i) * 8 + size_t(b)]);
      w[i] = x;
    }
    for (int i = 16; i < 80; ++i) {
      uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
      uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; ++i) {
      uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + K[i] + w[i];
      uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  std::string out;
  for (uint64_t x : h)
    for (int i = 7; i >= 0; --i) out.push_back(char((x >> (i * 8)) & 0xff));
  return out;
}

// One generator per VM (a scenario run); make_random_module() starts it afresh.
std::unordered_map<const VM*, MT>& generators() {
  static std::unordered_map<const VM*, MT> g;
  return g;
}

MT& gen(VM& vm) {
  auto& g = generators();
  auto it = g.find(&vm);
  if (it == g.end()) {
    it = g.emplace(&vm, MT()).first;
    it->second.seed_mpz(0);
  }
  return it->second;
}

void do_seed(VM& vm, MT& mt, const Value* a) {
  if (!a || a->is_none()) {
    mt.seed_mpz(0);
    return;
  }
  const Value& v = *a;
  if (is_int(v)) {
    mt.seed_mpz(to_mpz(v));
  } else if (Str* s = as_str(v)) {
    std::string bytes = s->s + sha512(s->s);
    mpz_class n;
    mpz_import(n.get_mpz_t(), bytes.size(), 1, 1, 0, 0, bytes.data());
    mt.seed_mpz(n);
  } else if (v.is_float()) {
    mt.seed_mpz(mpz_class(static_cast<long>(hash_value(vm, v))));
  } else {
    raise(T.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
}

Value r_seed(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.seed", {"a", "version"}, 0, {}});
  do_seed(vm, gen(vm), p[0]);
  return Value::none();
}

Value r_random(VM& vm, CallArgs& a) {
  no_args(a, "Random.random");
  return Value::real(gen(vm).random());
}

Value r_getrandbits(VM& vm, CallArgs& a) {
  one_arg(a, "Random.getrandbits");
  int64_t k = as_index(vm, a.args[0]);
  if (k < 0) raise(T.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::integer(0);
  return new_int(gen(vm).getrandbits(k));
}

Value randbelow_value(MT& mt, const mpz_class& n) {
  if (n.fits_slong_p()) return Value::integer(mt.randbelow(int64_t(n.get_si())));
  return new_int(mt.randbelow(n));
}

// _index(v), falling back to int(v) for integral non-ints as random.py does.
mpz_class range_arg(VM& vm, const Value& v, const char* what) {
  if (is_int(v)) return to_mpz(v);
  if (v.is(K_Instance)) {
    Value m;
    if (class_lookup(type_of(v), intern("__index__"), m)) return to_mpz(as_int_value(vm, v));
  }
  Value i = vm.call1(Value(static_cast<Object*>(T.int_)), v);
  if (!equals(vm, i, v)) raisef(T.ValueError, "non-integer {} for randrange()", what);
  return to_mpz(i);
}

Value randrange_impl(VM& vm, const Value& start, const Value* stop, const Value* step) {
  MT& mt = gen(vm);
  mpz_class istart = range_arg(vm, start, "arg 1");
  if (!stop || stop->is_none()) {
    if (step) raise(T.TypeError, "Missing a non-None stop argument");
    if (istart > 0) return randbelow_value(mt, istart);
    raise(T.ValueError, "empty range for randrange()");
  }
  mpz_class istop = range_arg(vm, *stop, "stop");
  mpz_class width = istop - istart;
  mpz_class istep = step ? range_arg(vm, *step, "step") : mpz_class(1);
  if (istep == 1) {
    if (width > 0) return new_int(istart + to_mpz(randbelow_value(mt, width)));
    raisef(T.ValueError, "empty range for randrange() ({}, {}, {})", istart.get_str(), istop.get_str(),
           width.get_str());
  }
  mpz_class n;
  if (istep > 0) n = width + istep - 1;
  else if (istep < 0) n = width + istep + 1;
  else raise(T.ValueError, "zero step for randrange()");
  mpz_fdiv_q(n.get_mpz_t(), n.get_mpz_t(), istep.get_mpz_t());
  if (n <= 0) raise(T.ValueError, "empty range for randrange()");
  return new_int(istart + istep * to_mpz(randbelow_value(mt, n)));
}

Value r_randrange(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.randrange", {"start", "stop", "step"}, 1, {}});
  return randrange_impl(vm, *p[0], p[1], p[2]);
}

Value r_randint(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.randint", {"a", "b"}, 2, {}});
  Value stop = binary_op(vm, ast::BinOpKind::Add, *p[1], Value::integer(1), false);
  return randrange_impl(vm, *p[0], &stop, nullptr);
}

Value r_choice(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.choice", {"seq"}, 1, {}});
  int64_t n = length(vm, *p[0]);
  if (n == 0) raise(T.IndexError, "Cannot choose from an empty sequence");
  return getitem(vm, *p[0], Value::integer(gen(vm).randbelow(n)));
}

Value r_shuffle(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.shuffle", {"x"}, 1, {}});
  const Value& x = *p[0];
  MT& mt = gen(vm);
  int64_t n = length(vm, x);
  for (int64_t i = n - 1; i >= 1; --i) {
    int64_t j = mt.randbelow(i + 1);
    if (x.is(K_List) && int64_t(x.as<List>()->items.size()) == n) {
      auto& items = x.as<List>()->items;
      std::swap(items[size_t(i)], items[size_t(j)]);
    } else {
      Value xj = getitem(vm, x, Value::integer(j));
      Value xi = getitem(vm, x, Value::integer(i));
      setitem(vm, x, Value::integer(i), xj);
      setitem(vm, x, Value::integer(j), xi);
    }
  }
  return Value::none();
}

// bisect.bisect_right(a, x, lo, hi)
int64_t bisect_right(VM& vm, const std::vector<Value>& a, const Value& x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (less_than(vm, x, a[size_t(mid)])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

std::vector<Value> accumulate(VM& vm, const Value& iterable) {
  std::vector<Value> out;
  Value it = get_iter(vm, iterable);
  Value x, total;
  bool first = true;
  while (iter_next(vm, it, x)) {
    total = first ? x : binary_op(vm, ast::BinOpKind::Add, total, x, false);
    first = false;
    out.push_back(total);
  }
  return out;
}

bool is_sequence(const Value& v) {
  return v.is(K_List) || v.is(K_Tuple) || v.is(K_Str) || v.is(K_Range);
}

Value sample_impl(VM& vm, const Value& population, const Value& kv, const Value* counts) {
  if (!is_sequence(population))
    raise(T.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(vm, population);
  if (counts && !counts->is_none()) {
    std::vector<Value> cum = accumulate(vm, *counts);
    if (int64_t(cum.size()) != n) raise(T.ValueError, "The number of counts does not match the population");
    if (cum.empty()) raise(T.IndexError, "pop from empty list");
    Value total = cum.back();
    cum.pop_back();
    if (!is_int(total)) raise(T.TypeError, "Counts must be integers");
    if (to_mpz(total) <= 0) raise(T.ValueError, "Total of counts must be greater than zero");
    Value rng(new Range(0, total.as_int(), 1));
    Value selections = sample_impl(vm, rng, kv, nullptr);
    std::vector<Value> out;
    for (auto& s : selections.as<List>()->items)
      out.push_back(getitem(vm, population, Value::integer(bisect_right(vm, cum, s, 0, int64_t(cum.size())))));
    return new_list(std::move(out));
  }
  MT& mt = gen(vm);
  if (!is_int(kv)) {
    if (kv.is_float()) {
      double k = kv.as_float();
      if (!(0 <= k && k <= double(n))) raise(T.ValueError, "Sample larger than population or is negative");
    }
    raisef(T.TypeError, "can't multiply sequence by non-int of type '{}'", tn(kv));
  }
  int64_t k = as_index(vm, kv);
  if (!(0 <= k && k <= n)) raise(T.ValueError, "Sample larger than population or is negative");
  std::vector<Value> result(static_cast<size_t>(k));
  mpz_class setsize = 21;
  if (k > 5) {
    double e = std::ceil(std::log(double(k * 3)) / std::log(4.0));
    mpz_class p;
    mpz_ui_pow_ui(p.get_mpz_t(), 4, static_cast<unsigned long>(e));
    setsize += p;
  }
  if (n <= setsize) {
    std::vector<Value> pool = to_vector(vm, population);
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = mt.randbelow(n - i);
      result[size_t(i)] = pool[size_t(j)];
      pool[size_t(j)] = pool[size_t(n - i - 1)];
    }
  } else {
    Value selected = new_set();
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = mt.randbelow(n);
      while (set_contains(vm, selected.as<Set>(), Value::integer(j))) j = mt.randbelow(n);
      set_add(vm, selected.as<Set>(), Value::integer(j));
      result[size_t(i)] = getitem(vm, population, Value::integer(j));
    }
  }
  return new_list(std::move(result));
}

Value r_sample(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.sample", {"population", "k"}, 2, {"counts"}});
  return sample_impl(vm, *p[0], *p[1], p[2]);
}

Value r_choices(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.choices", {"population", "weights"}, 1, {"cum_weights", "k"}});
  const Value& population = *p[0];
  MT& mt = gen(vm);
  int64_t n = length(vm, population);
  int64_t k = 1;
  if (p[3]) {
    // `for i in _repeat(None, k)`
    if (!is_int(*p[3])) raisef(T.TypeError, "'{}' object cannot be interpreted as an integer", tn(*p[3]));
    k = as_index(vm, *p[3]);
  }
  bool has_weights = p[1] && !p[1]->is_none();
  bool has_cum = p[2] && !p[2]->is_none();
  std::vector<Value> out;
  if (!has_cum) {
    if (!has_weights) {
      double nf = double(n);
      for (int64_t i = 0; i < k; ++i) {
        double idx = std::floor(mt.random() * nf);
        out.push_back(getitem(vm, population, Value::integer(int64_t(idx))));
      }
      return new_list(std::move(out));
    }
    std::vector<Value> cum;
    try {
      cum = accumulate(vm, *p[1]);
    } catch (PyException& e) {
      if (isinstance(e.exc, T.TypeError) && is_int(*p[1]))
        raisef(T.TypeError, "The number of choices must be a keyword argument: k={}", repr_text(vm, *p[1]));
      throw;
    }
    return [&] {
      if (int64_t(cum.size()) != n) raise(T.ValueError, "The number of weights does not match the population");
      Value total = binary_op(vm, ast::BinOpKind::Add, cum.back(), Value::real(0.0), false);
      double t = to_double(total);
      if (t <= 0.0) raise(T.ValueError, "Total of weights must be greater than zero");
      if (!std::isfinite(t)) raise(T.ValueError, "Total of weights must be finite");
      for (int64_t i = 0; i < k; ++i) {
        Value x = Value::real(mt.random() * t);
        out.push_back(getitem(vm, population, Value::integer(bisect_right(vm, cum, x, 0, n - 1))));
      }
      return new_list(std::move(out));
    }();
  }
  if (has_weights) raise(T.TypeError, "Cannot specify both weights and cumulative weights");
  std::vector<Value> cum = to_vector(vm, *p[2]);
  if (int64_t(cum.size()) != n) raise(T.ValueError, "The number of weights does not match the population");
  if (cum.empty()) raise(T.IndexError, "list index out of range");
  Value total = binary_op(vm, ast::BinOpKind::Add, cum.back(), Value::real(0.0), false);
  double t = to_double(total);
  if (t <= 0.0) raise(T.ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(t)) raise(T.ValueError, "Total of weights must be finite");
  for (int64_t i = 0; i < k; ++i) {
    Value x = Value::real(mt.random() * t);
    out.push_back(getitem(vm, population, Value::integer(bisect_right(vm, cum, x, 0, n - 1))));
  }
  return new_list(std::move(out));
}

Value add(VM& vm, const Value& a, const Value& b) { return binary_op(vm, ast::BinOpKind::Add, a, b, false); }
Value sub(VM& vm, const Value& a, const Value& b) { return binary_op(vm, ast::BinOpKind::Sub, a, b, false); }
Value mul(VM& vm, const Value& a, const Value& b) { return binary_op(vm, ast::BinOpKind::Mult, a, b, false); }

Value r_uniform(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.uniform", {"a", "b"}, 2, {}});
  double r = gen(vm).random();
  return add(vm, *p[0], mul(vm, sub(vm, *p[1], *p[0]), Value::real(r)));
}

Value r_gauss(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.gauss", {"mu", "sigma"}, 0, {}});
  MT& mt = gen(vm);
  Value mu = p[0] ? *p[0] : Value::real(0.0);
  Value sigma = p[1] ? *p[1] : Value::real(1.0);
  Value z = mt.gauss_next;
  mt.gauss_next = Value();
  if (z.is_none()) {
    double x2pi = mt.random() * 6.283185307179586;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - mt.random()));
    z = Value::real(std::cos(x2pi) * g2rad);
    mt.gauss_next = Value::real(std::sin(x2pi) * g2rad);
  }
  return add(vm, mu, mul(vm, z, sigma));
}

Value r_normalvariate(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.normalvariate", {"mu", "sigma"}, 0, {}});
  MT& mt = gen(vm);
  Value mu = p[0] ? *p[0] : Value::real(0.0);
  Value sigma = p[1] ? *p[1] : Value::real(1.0);
  double z;
  for (;;) {
    double u1 = mt.random();
    double u2 = 1.0 - mt.random();
    z = 1.7155277699214135 * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return add(vm, mu, mul(vm, Value::real(z), sigma));
}

Value r_expovariate(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.expovariate", {"lambd"}, 1, {}});
  double r = -std::log(1.0 - gen(vm).random());
  return binary_op(vm, ast::BinOpKind::Div, Value::real(r), *p[0], false);
}

Value r_triangular(VM& vm, CallArgs& a) {
  auto p = bind(a, {"Random.triangular", {"low", "high", "mode"}, 0, {}});
  Value low = p[0] ? *p[0] : Value::real(0.0);
  Value high = p[1] ? *p[1] : Value::real(1.0);
  double u = gen(vm).random();
  Value c;
  try {
    c = (!p[2] || p[2]->is_none())
            ? Value::real(0.5)
            : binary_op(vm, ast::BinOpKind::Div, sub(vm, *p[2], low), sub(vm, high, low), false);
  } catch (PyException& e) {
    if (isinstance(e.exc, T.ZeroDivisionError)) return low;
    throw;
  }
  Value uv = Value::real(u);
  if (truthy(vm, compare(vm, ast::CmpOpKind::Gt, uv, c))) {
    uv = Value::real(1.0 - u);
    c = sub(vm, Value::real(1.0), c);
    std::swap(low, high);
  }
  double prod = to_double(mul(vm, uv, c));
  if (prod < 0) raise(T.ValueError, "math domain error");
  return add(vm, low, mul(vm, sub(vm, high, low), Value::real(std::sqrt(prod))));
}

}  // namespace

Value make_time_module(VM& vm) {
  (void)vm;
  Value m = make_module("time");
  add_fn(m, "sleep", time_sleep);
  add_fn(m, "time", time_time);
  add_fn(m, "monotonic", time_monotonic);
  add_fn(m, "perf_counter", time_perf_counter);
  add_fn(m, "time_ns", time_time_ns);
  add_fn(m, "monotonic_ns", time_monotonic_ns);
  add_fn(m, "perf_counter_ns", time_perf_counter_ns);
  return m;
}

Value make_random_module(VM& vm) {
  generators()[&vm] = MT();
  gen(vm).seed_mpz(0);
  Value m = make_module("random");
  add_fn(m, "seed", r_seed);
  add_fn(m, "random", r_random);
  add_fn(m, "getrandbits", r_getrandbits);
  add_fn(m, "randrange", r_randrange);
  add_fn(m, "randint", r_randint);
  add_fn(m, "choice", r_choice);
  add_fn(m, "choices", r_choices);
  add_fn(m, "shuffle", r_shuffle);
  add_fn(m, "sample", r_sample);
  add_fn(m, "uniform", r_uniform);
  add_fn(m, "gauss", r_gauss);
  add_fn(m, "normalvariate", r_normalvariate);
  add_fn(m, "expovariate", r_expovariate);
  add_fn(m, "triangular", r_triangular);
  return m;
}

}  // namespace looplab
