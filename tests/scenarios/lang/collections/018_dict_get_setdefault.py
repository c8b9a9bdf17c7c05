# get with defaults, setdefault, and the counting idiom
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(d.setdefault("a", 100))  # expect: 1
print(d.setdefault("b", []))  # expect: []
d.setdefault("b", []).append(1)
print(d)  # expect: {'a': 1, 'b': [1]}
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)  # expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1}
print(d.setdefault("c"), d)  # expect: None {'a': 1, 'b': [1], 'c': None}
