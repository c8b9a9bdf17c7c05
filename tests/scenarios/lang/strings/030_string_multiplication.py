# multiplying strings by ints; zero and negative counts give ""
print("ab" * 3)  # expect: ababab
print(3 * "-")  # expect: ---
print("x" * 0 == "")  # expect: True
print("x" * -2 == "")  # expect: True
print(len("abc" * 100))  # expect: 300
print("=" * 10)  # expect: ==========
try:
    print("a" * 2.0)
except TypeError as e:
    print(e)  # expect: can't multiply sequence by non-int of type 'float'
