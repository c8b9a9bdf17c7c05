# adjacent string literals are concatenated at compile time
s = "abc" "def"
print(s)  # expect: abcdef
t = ("one "
     "two "
     'three')
print(t)  # expect: one two three
print("a" r"\n" "b")  # expect: a\nb
print(len("x" "" "y"))  # expect: 2
x = 5
print(f"{x}" "!" f"{x + 1}")  # expect: 5!6
print(["a" "b", "c"])  # expect: ['ab', 'c']
