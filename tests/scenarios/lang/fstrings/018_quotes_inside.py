# 3.11 f-strings: the expression must use different quotes than the literal
d = {"a": 1}
print(f"{d['a']}")  # expect: 1
print(f'{d["a"]}')  # expect: 1
print(f"""{d["a"]} and {'x'}""")  # expect: 1 and x
print(f'''{"'"}''')  # expect: '
print(f"{'a' 'b'}")  # expect: ab
