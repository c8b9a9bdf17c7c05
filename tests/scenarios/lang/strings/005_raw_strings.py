# raw strings keep backslashes literally
print(r"C:\new\table")  # expect: C:\new\table
print(len(r"\n"))  # expect: 2
print(r"\d+\.\d+")  # expect: \d+\.\d+
print(repr(r"a\b"))  # expect: 'a\\b'
print(r'it\'s')  # expect: it\'s
print(r"\\" == "\\\\")  # expect: True
print(R"upper R\t")  # expect: upper R\t
