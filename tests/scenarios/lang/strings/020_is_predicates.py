# isdigit/isalpha/isspace/isupper/islower/isalnum, including edge cases
print("123".isdigit(), "12a".isdigit(), "".isdigit())  # expect: True False False
print("abc".isalpha(), "ab1".isalpha())  # expect: True False
print(" \t\n".isspace(), "".isspace())  # expect: True False
print("ABC".isupper(), "AbC".isupper(), "A1!".isupper())  # expect: True False True
print("abc".islower(), "123".islower())  # expect: True False
print("abc123".isalnum(), "abc 123".isalnum())  # expect: True False
print("中文".isalpha())  # expect: True
print("-5".isdigit(), "3.0".isdigit())  # expect: False False
print("Hello World".istitle())  # expect: True
