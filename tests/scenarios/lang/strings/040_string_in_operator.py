# membership tests and counting characters with in
text = "The rain in Spain"
print("ain" in text)  # expect: True
print("spain" in text, "spain" in text.lower())  # expect: False True
print([w for w in text.split() if "ai" in w])  # expect: ['rain', 'Spain']
print(sum(c in "aeiou" for c in text))  # expect: 6
