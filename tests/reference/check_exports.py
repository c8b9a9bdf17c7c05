"""Checks `looplab trace --format json|chrome` on one program against the formats' rules.

chrome: the Trace Event Format that Perfetto and chrome://tracing load: an object with
"traceEvents", each event with ph/pid/tid, "X" events with numeric ts >= 0 and dur >= 0, "i"
instants with a scope, "M" metadata naming the process and each thread (one per task).
json: looplab's own format version 1: the top-level keys, steps whose ops are known, text and
code ids in range, and the prints equal to what `looplab run` prints.

usage: check_exports.py --looplab BIN FILE.py
"""
import argparse
import json
import subprocess
import sys

OPS = {"time", "push", "pop", "park", "local", "unbind", "task", "phase", "rename"}
KINDS = {"line", "call", "return", "start", "suspend", "resume", "exception", "raise", "spawn", "print", "end"}


def fail(message):
    print("check_exports:", message)
    sys.exit(1)


def export(looplab, path, fmt):
    done = subprocess.run([looplab, "trace", "--format", fmt, path], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        fail(f"--format {fmt} exited with {done.returncode}: {done.stderr}")
    return json.loads(done.stdout)


def check_chrome(doc):
    events = doc.get("traceEvents")
    if not isinstance(events, list) or not events:
        fail("chrome: no traceEvents")
    tracks = set()
    named = set()
    for e in events:
        for key in ("ph", "pid"):
            if key not in e:
                fail(f"chrome: event without {key}: {e}")
        if e["ph"] == "X":
            if not (isinstance(e["ts"], (int, float)) and e["ts"] >= 0 and e["dur"] >= 0):
                fail(f"chrome: bad X event {e}")
            tracks.add(e["tid"])
        elif e["ph"] == "i":
            if e.get("s") not in ("t", "p", "g") or e["ts"] < 0:
                fail(f"chrome: bad instant {e}")
        elif e["ph"] == "M":
            if e["name"] == "thread_name":
                named.add(e["tid"])
            if not isinstance(e.get("args", {}).get("name"), str):
                fail(f"chrome: metadata without a name {e}")
        else:
            fail(f"chrome: unexpected phase {e['ph']}")
    if not tracks <= named:
        fail(f"chrome: tracks without a name: {tracks - named}")
    return tracks


def check_json(doc, expected_stdout):
    for key in ("format", "version", "path", "source", "outcome", "final_time", "texts", "codes", "output", "steps"):
        if key not in doc:
            fail(f"json: missing {key}")
    if doc["format"] != "looplab-trace" or doc["version"] != 1:
        fail("json: wrong format or version")
    texts, codes = len(doc["texts"]), len(doc["codes"])
    for step in doc["steps"]:
        if step["kind"] not in KINDS:
            fail(f"json: unknown step kind {step['kind']}")
        if step["frame"] and not step["code"] < codes:
            fail(f"json: code id out of range in {step}")
        for op in step["ops"]:
            if op[0] not in OPS:
                fail(f"json: unknown op {op}")
            if op[0] == "local" and op[3][0] == "text" and not (op[3][1] < texts and op[3][2] < texts):
                fail(f"json: text id out of range in {op}")
    if doc["steps"][-1]["kind"] != "end":
        fail("json: the last step is not `end`")
    printed = "".join(line["text"] + "\n" for line in doc["output"])
    if printed != expected_stdout:
        fail(f"json: output {printed!r} differs from `looplab run` {expected_stdout!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--looplab", required=True)
    parser.add_argument("file")
    args = parser.parse_args()
    run = subprocess.run([args.looplab, "run", args.file], capture_output=True, text=True, timeout=120)
    tracks = check_chrome(export(args.looplab, args.file, "chrome"))
    check_json(export(args.looplab, args.file, "json"), run.stdout)
    print(f"ok: chrome trace with {len(tracks)} task tracks; json trace valid")


if __name__ == "__main__":
    main()
