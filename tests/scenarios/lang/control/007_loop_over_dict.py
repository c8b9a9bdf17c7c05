# iterating a dict yields keys in insertion order
d = {"b": 2, "a": 1}
for k in d:
    print(k, d[k])
# expect: b 2
# expect: a 1
for k, v in d.items():
    print(f"{k}={v}")
# expect: b=2
# expect: a=1
for v in d.values():
    print(v * 10)
# expect: 20
# expect: 10
