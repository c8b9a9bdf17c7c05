# len and indexing count code points, not bytes
print(len("中文"))  # expect: 2
print(len("héllo"))  # expect: 5
print("中文"[1])  # expect: 文
print("中文" + "ok")  # expect: 中文ok
print(ord("中"))  # expect: 20013
print(chr(25991))  # expect: 文
print("日本語"[::-1])  # expect: 語本日
print(len("a\u0301"))  # expect: 2
print(len("€"), "€".upper())  # expect: 1 €
