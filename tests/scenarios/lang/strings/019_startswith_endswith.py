# startswith/endswith accept a tuple of candidates and a start index
name = "report.csv"
print(name.endswith(".csv"))  # expect: True
print(name.endswith((".txt", ".csv")))  # expect: True
print(name.startswith("rep"), name.startswith("Rep"))  # expect: True False
print(name.startswith(("a", "b")))  # expect: False
print(name.startswith("port", 2))  # expect: True
print("".startswith(""), "abc".endswith(""))  # expect: True True
