# case mappings use Unicode's full mappings; the is* predicates its character classes
print("straße".upper(), "ﬁne".upper(), "ŉ".upper())  # expect: STRASSE FINE ʼN
print("İstanbul".lower(), len("İ".lower()))  # expect: i̇stanbul 2
print("ΟΔΥΣΣΕΥΣ".lower(), "Σ".lower(), "ΑΣ.".lower())  # expect: οδυσσευς σ ας.
print("ǆungla".capitalize(), "ǆ ǉ".title(), "ǅ".swapcase())  # expect: ǅungla ǅ ǈ ǅ
print("Straße".casefold() == "STRASSE".casefold())  # expect: True
print("١٢٣".isdecimal(), int("١٢٣"), "²".isdigit(), "²".isdecimal())  # expect: True 123 True False
print("½".isnumeric(), "½".isdigit(), "五".isnumeric(), "Ⅻ".isnumeric())  # expect: True False True True
print("\u2003\u3000\x1c".isspace(), "\u200b".isspace())  # expect: True False
print("ª".islower(), "ǅ".istitle(), "Ǆ".isupper(), "ᾈ".istitle())  # expect: True True True True
print("变量".isidentifier(), "℘x".isidentifier(), "·x".isidentifier(), "x·".isidentifier())  # expect: True True False True
print("\u00ad".isprintable(), "é".isalpha(), "\u0301".isalpha())  # expect: False True False
