# strip/lstrip/rstrip remove whitespace or any of the given characters
s = "  hi there  "
print("[" + s.strip() + "]")  # expect: [hi there]
print("[" + s.lstrip() + "]")  # expect: [hi there  ]
print("[" + s.rstrip() + "]")  # expect: [  hi there]
print("xxhixx".strip("x"))  # expect: hi
print("abcHELLOcba".strip("abc"))  # expect: HELLO
print("[" + "\t\n x \n".strip() + "]")  # expect: [x]
print("www.example.com".lstrip("w."))  # expect: example.com
print("file.txt.bak".rstrip(".bak"))  # expect: file.txt
print("[" + "   ".strip() + "]")  # expect: []
