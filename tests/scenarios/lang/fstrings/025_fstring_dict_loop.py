# f-strings with method calls and conditionals over a dict
scores = {"ann": 91, "bob": 78}
for name in scores:
    s = scores[name]
    print(f"{name.title()}: {s} ({'pass' if s >= 80 else 'fail'})")
# expect: Ann: 91 (pass)
# expect: Bob: 78 (fail)
print(f"{len(scores)} students, best {max(scores, key=scores.get)}")  # expect: 2 students, best ann
