# counting words with a dict and ranking them
text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)  # expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}
top = sorted(freq.items(), key=lambda kv: kv[1], reverse=True)
print(top[:3])  # expect: [('the', 3), ('and', 2), ('cat', 1)]
print(max(freq, key=freq.get))  # expect: the
