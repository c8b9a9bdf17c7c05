# \N{...} names a character: its Unicode name in any case, or a formal alias
print("\N{GREEK SMALL LETTER ALPHA}\N{greek small letter beta}")  # expect: αβ
print("\N{EURO SIGN}100", len("\N{EURO SIGN}"))  # expect: €100 1
print("\N{NBSP}" == "\xa0", "\N{LINE FEED}" == "\n", "\N{BOM}" == "\ufeff")  # expect: True True True
print("\N{LATIN CAPITAL LETTER GHA}" == "\u01a2")  # expect: True
print("\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE HAN}")  # expect: 中한
print(ord("\N{VS16}") == 0xFE0F)  # expect: True
item = "tea"
print(f"\N{BULLET} {item}: {3}\N{DEGREE SIGN}")  # expect: • tea: 3°
print(r"\N{BULLET}", len(r"\N{BULLET}"))  # expect: \N{BULLET} 10
