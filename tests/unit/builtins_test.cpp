// Builtin functions, methods and the time/random modules, run as whole programs through
// run_scenario(). Every expected output was produced by CPython 3.11.7 (for the time module: under
// tests/reference/pytrace.py, i.e. on the virtual clock).
#include <gtest/gtest.h>

#include <string>

#include "core/engine.h"

namespace {

std::string run(const std::string& source) {
  looplab::RunRequest request;
  request.path = "test.py";
  request.source = source;
  std::string out;
  request.out = [&](std::string_view text) { out += text; };
  request.err = [&](std::string_view text) { out += text; };
  looplab::run_scenario(request);
  return out;
}

}  // namespace

TEST(Builtins, RandomMatchesCPython) {
  const char* program = R"PY(
import random
for seed in [42, 0, -7, 2**40, 'hello', 2.5]:
    random.seed(seed)
    print(random.random(), random.randint(1, 10), random.randrange(5, 50, 5), random.getrandbits(70))
    x = list(range(10)); random.shuffle(x); print(x)
    print(random.choice('abcdef'), random.sample(range(100), 5), random.sample(range(1000), 25))
    print(random.uniform(1, 5), random.choices('abc', k=4), random.choices([1, 2, 3], weights=[1, 5, 1], k=4))
    print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(), random.expovariate(2), random.triangular(0, 10, 3))
)PY";
  const char* expected = R"PY(0.6394267984578837 1 25 151691464061534419856
[7, 2, 5, 6, 0, 3, 4, 9, 8, 1]
b [64, 77, 3, 71, 25] [733, 665, 718, 558, 429, 225, 459, 603, 284, 828, 890, 6, 777, 825, 163, 714, 432, 348, 159, 220, 980, 781, 344, 104, 94]
2.5197092025493495 ['b', 'b', 'a', 'a'] [2, 1, 3, 1]
-0.37719417456187443 1.356056837947524 1.0358544166041672 0.10677522520964927 1.4445256884916335
0.8444218515250481 7 5 608105494072089140794
[8, 0, 5, 1, 9, 2, 3, 4, 6, 7]
c [17, 96, 12, 79, 32] [931, 545, 722, 829, 616, 923, 150, 317, 101, 747, 75, 920, 870, 700, 338, 483, 573, 103, 362, 444, 323, 625, 655, 934, 209]
4.866425471083035 ['b', 'c', 'a', 'c'] [2, 1, 2, 2]
0.6730299840253856 -1.324082464472022 0.8340720033925317 0.19667269678815927 6.988851755161467
0.32383276483316237 3 35 74677703655276389456
[3, 2, 7, 9, 6, 0, 4, 5, 1, 8]
d [53, 8, 30, 11, 70] [434, 60, 846, 579, 126, 970, 228, 645, 642, 596, 63, 590, 599, 406, 50, 999, 226, 47, 570, 879, 136, 296, 429, 147, 553]
1.4711689523134734 ['a', 'c', 'a', 'b'] [2, 2, 2, 1]
0.6320787450321489 0.24842725356969214 0.5406656247840188 0.18854610417446716 4.613844640704718
0.1036394562812375 2 35 468320972144666206856
[0, 9, 7, 3, 2, 4, 5, 6, 1, 8]
a [52, 62, 46, 4, 95] [208, 899, 404, 200, 39, 600, 727, 407, 426, 464, 536, 202, 490, 405, 522, 266, 100, 232, 111, 453, 294, 463, 649, 213, 694]
2.9098178471033957 ['a', 'b', 'b', 'c'] [2, 2, 2, 2]
0.5515108608224767 0.3637241401768537 1.8427551136726452 0.004794638011894775 1.510819572578144
0.3537754404730722 9 10 61882973465255855343
[4, 6, 9, 3, 1, 7, 0, 8, 2, 5]
b [97, 65, 41, 60, 79] [898, 980, 256, 180, 18, 89, 906, 301, 261, 129, 577, 948, 95, 473, 615, 882, 212, 544, 415, 769, 600, 733, 843, 86, 638]
1.613575025116675 ['a', 'c', 'a', 'b'] [2, 3, 2, 2]
-0.5589972984665353 0.4506798748532603 -0.6417017068631425 0.10803972597098901 4.359159179014931
0.41877545666909954 3 5 420228234522215884807
[6, 4, 5, 9, 0, 1, 2, 3, 7, 8]
e [56, 31, 94, 51, 35] [558, 809, 266, 916, 584, 923, 239, 6, 318, 473, 856, 171, 998, 967, 871, 292, 160, 532, 962, 706, 478, 449, 474, 248, 682]
1.5192582466014346 ['c', 'b', 'c', 'c'] [2, 2, 2, 2]
-1.7903901463068328 0.03691052828125555 1.3161909015888005 0.11424985541346376 5.747745938292826
)PY";
  EXPECT_EQ(run(program), expected);
}

TEST(Builtins, TimeUsesVirtualClock) {
  const char* program = R"PY(
import time
t0 = time.monotonic()
time.sleep(1.5)
print(t0, time.monotonic(), time.perf_counter_ns(), time.time(), time.time_ns())
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
)PY";
  const char* expected = R"PY(0.0 1.5 1500000000 1700000001.5 1700000001500000000
sleep length must be non-negative
)PY";
  EXPECT_EQ(run(program), expected);
}

TEST(Builtins, SortMakesCPythonsComparisons) {
  const char* program = R"PY(
import random
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
random.seed(1)
for n in [2, 5, 64, 65, 257, 1000]:
    data = [random.randrange(n * 2 + 1) for _ in range(n)]
    for rev in (False, True):
        calls.clear()
        out = sorted([K(v) for v in data], reverse=rev)
        print(n, len(calls), sum((i + 1) * (a * 7 + b) for i, (a, b) in enumerate(calls)) % 1000003, [k.v for k in out][:6])
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0], reverse=True))
for d in [[1, 2, 'a'], ['a', 1]]:
    try:
        sorted(d)
    except TypeError as e:
        print(e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print(e, lst)
)PY";
  const char* expected = R"PY(2 1 29 [1, 4]
2 1 11 [4, 1]
5 8 1503 [1, 1, 4, 7, 7]
5 9 789 [7, 7, 4, 1, 1]
64 308 539685 [0, 2, 5, 5, 6, 7]
64 299 631255 [128, 127, 126, 125, 124, 122]
65 305 719257 [0, 1, 3, 3, 4, 6]
65 310 922596 [129, 128, 127, 124, 123, 121]
257 1735 689243 [7, 8, 10, 10, 11, 12]
257 1741 367277 [513, 512, 511, 505, 504, 500]
1000 8652 304074 [1, 7, 7, 8, 9, 10]
1000 8621 475826 [2000, 1999, 1999, 1996, 1995, 1995]
[(1, 'b'), (1, 'a'), (0, 'z')]
'<' not supported between instances of 'str' and 'int'
'<' not supported between instances of 'int' and 'str'
list modified during sort [1, 2, 3]
)PY";
  EXPECT_EQ(run(program), expected);
}

TEST(Builtins, StrMethods) {
  const char* program = R"PY(
s = 'Hello, World'
print(s.upper(), s.swapcase(), s.title(), 'ß'.upper(), 'ΟΔΟΣ ΟΔΟΣ'.lower(), 'straße'.casefold(), 'ǆ'.title())
print('a,b,,c'.split(','), ' a b '.split(), 'a b c'.rsplit(None, 1), 'a\nb\r\nc'.splitlines(True), 'a\u3000b'.split())
print('abc'.replace('', '-', 2), 'hello'.find('l', 3), 'hello'.rfind('l'), 'abc'.count(''), 'héllo'.find('l'))
print('x'.center(4, '*'), '-42'.zfill(5), 'a=b=c'.rpartition('='), 'a\tb'.expandtabs(4), '²'.isdigit(), '½'.isnumeric())
print('{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}), '{:{w}.{p}f}'.format(3.14159, w=10, p=3), '{!r:^9}'.format('hi'))
print('%(a)s-%(b)05d' % {'a': 'A', 'b': 2}, '%c%c' % ('a', 98), '%*d|%-*d' % (5, 1, 4, 2), '%#x %e' % (255, 12345.678))
for f in [lambda: '{}{0}'.format(1, 2), lambda: '{0!}'.format(1), lambda: '%s %s' % (1,), lambda: ','.join(['a', 2]),
          lambda: '%z' % 1, lambda: 'abc'.center(10, 'ab'), lambda: '{:d}'.format('a')]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
)PY";
  const char* expected = R"PY(HELLO, WORLD hELLO, wORLD Hello, World SS οδος οδος strasse ǅ
['a', 'b', '', 'c'] ['a', 'b'] ['a b', 'c'] ['a\n', 'b\r\n', 'c'] ['a', 'b']
-a-bc 3 3 4 2
*x** -0042 ('a=b', '=', 'c') a   b True True
one A      3.142   'hi'   
A-00002 ab     1|2    0xff 1.234568e+04
ValueError cannot switch from automatic field numbering to manual field specification
ValueError unmatched '{' in format spec
TypeError not enough arguments for format string
TypeError sequence item 1: expected str instance, int found
ValueError unsupported format character 'z' (0x7a) at index 1
TypeError The fill character must be exactly one character long
ValueError Unknown format code 'd' for object of type 'str'
)PY";
  EXPECT_EQ(run(program), expected);
}

TEST(Builtins, NumberConstructors) {
  const char* program = R"PY(
print(int(' 42 '), int('-0x1f', 16), int('0b101', 0), int('1_000'), int('١٢٣'), int(-3.9), float(' -inf '), float('1_0.5'))
print(round(2.5), round(-0.5), round(2.675, 2), round(1250, -2), divmod(-7, 2), divmod(-7.5, 2), pow(3, -1, 7), pow(2, 3, -5))
print((255).bit_length(), (-7).bit_count(), (-2.5).as_integer_ratio(), (7).real, (2.5).imag, hex(-255), bin(5))
for f in [lambda: int('010', 0), lambda: int('1__0'), lambda: float('1_.5'), lambda: int(1, 10), lambda: divmod(1.0, 0)]:
    try:
        f()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
)PY";
  const char* expected = R"PY(42 -31 5 1000 123 -3 -inf 10.5
2 0 2.67 1200 (-4, 1) (-4.0, 0.5) 5 -2
8 3 (-5, 2) 7 0.0 -0xff 0b101
ValueError invalid literal for int() with base 0: '010'
ValueError invalid literal for int() with base 10: '1__0'
ValueError could not convert string to float: '1_.5'
TypeError int() can't convert non-string with explicit base
ZeroDivisionError float divmod()
)PY";
  EXPECT_EQ(run(program), expected);
}

TEST(Builtins, Containers) {
  const char* program = R"PY(
d = {'a': 1, 'b': 2}
print(d.setdefault('c', 3), d.pop('a'), d.popitem(), d, dict.fromkeys('ab', 0), dict(['ab', 'cd'], x=1))
s = set(range(40)); s.difference_update(range(5, 40)); s.add(33); print(s)
print({1, 2, 3, 4}.symmetric_difference({4, 5}), frozenset([1, 2]).union([3]), {8, 16, 1}.intersection([16, 8]))
print(list(reversed({'a': 1, 'b': 2}.items())), list(zip('ab', [1, 2, 3])), list(enumerate('xy', 5)))
print(min([], default='empty'), max('apple', 'banana', key=len), sum([[1], [2]], []))
for f in [lambda: sum(['a'], ''), lambda: max(1, 'a'), lambda: {}.popitem(), lambda: [1, 2].index(3),
          lambda: list(zip([1], [1, 2], strict=True)), lambda: dict([(1, 2, 3)])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
)PY";
  const char* expected = R"PY(3 1 ('c', 3) {'b': 2} {'a': 0, 'b': 0} {'a': 'b', 'c': 'd', 'x': 1}
{0, 1, 2, 3, 4, 33}
{1, 2, 3, 5} frozenset({1, 2, 3}) {16, 8}
[('b', 2), ('a', 1)] [('a', 1), ('b', 2)] [(5, 'x'), (6, 'y')]
empty banana [1, 2]
TypeError sum() can't sum strings [use ''.join(seq) instead]
TypeError '>' not supported between instances of 'str' and 'int'
KeyError 'popitem(): dictionary is empty'
ValueError 3 is not in list
ValueError zip() argument 2 is longer than argument 1
ValueError dictionary update sequence element #0 has length 3; 2 is required
)PY";
  EXPECT_EQ(run(program), expected);
}
