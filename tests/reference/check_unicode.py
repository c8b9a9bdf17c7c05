#!/usr/bin/env python3
"""Compares looplab's Unicode character classes and case mappings with CPython's, code point by code point.

Usage: check_unicode.py --looplab BUILD/looplab [--planes 0,1,2,3,14]

It writes one program, runs it under `looplab run` and under this python3 (which must be 3.11, Unicode 14.0),
and compares what they print: for every code point but the surrogates (which looplab's UTF-8 strings cannot
hold), the answers of the str predicates below, and every case mapping that is not the identity. It prints the
number of mismatches per property, the first few of each, and exits 1 when there is any.
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile

PREDICATES = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isupper", "islower",
              "istitle", "isalnum", "isidentifier"]
# ('a' + c).isidentifier(): c may continue an identifier.
CONTINUE = "identifier continue"
MAPPINGS = ["upper", "lower", "title", "casefold", "swapcase"]

# The generated program prints, for the predicates, one line "P FIRST BITS" at each code point whose bits
# differ from the previous one's (bit k: PREDICATES[k], then CONTINUE), and for the mappings one line
# "M NAME CODEPOINT RESULT-CODEPOINTS" for each code point the mapping changes.
PROGRAM = """
PREDICATE_NAMES = %r
MAPPING_NAMES = %r
PLANES = %r


def code_points(lo, hi):
    return [chr(i) for i in range(lo, hi) if not 0xD800 <= i < 0xE000]


def scan_predicates(lo, hi):
    previous = -1
    for i in range(lo, hi):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        bits = %s + (1 << len(PREDICATE_NAMES)) * ("a" + c).isidentifier()
        if bits != previous:
            print("P", i, bits)
            previous = bits
    print("E", hi)


def scan_mappings():
    # Joined with NUL, which no mapping touches and which is neither cased nor case-ignorable, every
    # character is mapped on its own (str.title() starts a word at each one; no final sigma).
    for plane in PLANES:
        scan_plane_mappings(plane * 0x10000)


def scan_plane_mappings(plane_start):
    for lo in range(plane_start, plane_start + 0x10000, 4096):
        chars = code_points(lo, lo + 4096)
        text = "\\0".join(chars)
        for name in MAPPING_NAMES:
            mapped = getattr(text, name)()
            if mapped == text:
                continue
            for c, m in zip(chars, mapped.split("\\0")):
                if m != c:
                    print("M", name, ord(c), " ".join(str(ord(x)) for x in m))


for plane in PLANES:
    scan_predicates(plane * 0x10000, (plane + 1) * 0x10000)
scan_mappings()
"""


def expand_predicates(lines):
    """{code point: bits} for every code point from the run-length lines."""
    table = {}
    run = None  # (first code point, bits)
    for parts in (line.split() for line in lines):
        if parts[0] not in ("P", "E"):
            continue
        if run:
            for cp in range(run[0], int(parts[1])):
                if not 0xD800 <= cp < 0xE000:
                    table[cp] = run[1]
        run = (int(parts[1]), int(parts[2])) if parts[0] == "P" else None
    return table


def mappings(lines):
    out = {}
    for line in lines:
        parts = line.split()
        if parts[0] == "M":
            out[(parts[1], int(parts[2]))] = tuple(int(x) for x in parts[3:])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--looplab", required=True)
    parser.add_argument("--planes", default=",".join(str(p) for p in range(17)),
                        help="comma-separated Unicode planes to compare (default: all 17); 0,1,2,3,14 hold every "
                             "code point Unicode 14.0 assigns other than private use")
    args = parser.parse_args()
    planes = [int(p) for p in args.planes.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "unicode_tables.py")
        with open(path, "w", encoding="utf-8") as f:
            bits = " + ".join("%d * c.%s()" % (1 << k, name) for k, name in enumerate(PREDICATES))
            f.write(PROGRAM % (PREDICATES, MAPPINGS, planes, bits))
        ours = subprocess.run([args.looplab, "run", "--max-steps", "1000000000", "--max-output", "100000000", path], capture_output=True, text=True)
        theirs = subprocess.run([sys.executable, path], capture_output=True, text=True)
    if ours.returncode != 0 or theirs.returncode != 0:
        print("a program failed:\nlooplab:", ours.stderr[-2000:], "\npython3:", theirs.stderr[-2000:])
        return 1

    names = PREDICATES + [CONTINUE]
    mismatches = collections.defaultdict(list)
    ours_bits = expand_predicates(ours.stdout.splitlines())
    theirs_bits = expand_predicates(theirs.stdout.splitlines())
    for cp, expected in theirs_bits.items():
        got = ours_bits.get(cp, 0)
        for k, name in enumerate(names):
            if (got >> k) & 1 != (expected >> k) & 1:
                mismatches[name].append(cp)
    ours_maps = mappings(ours.stdout.splitlines())
    theirs_maps = mappings(theirs.stdout.splitlines())
    for key in sorted(set(ours_maps) | set(theirs_maps)):
        if ours_maps.get(key) != theirs_maps.get(key):
            mismatches[key[0]].append(key[1])

    checked = len(theirs_bits)
    for name in names + MAPPINGS:
        cps = mismatches.get(name, [])
        sample = " ".join("U+%04X" % cp for cp in cps[:8])
        print("%-20s %6d mismatches%s" % (name, len(cps), ": " + sample if cps else ""))
    total = sum(len(v) for v in mismatches.values())
    print("%d code points, %d case mappings compared, %d mismatches" % (checked, len(theirs_maps), total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
