# the right operand of and/or is evaluated only when needed
calls = []


def t(name, value):
    calls.append(name)
    return value


r = t("a", False) and t("b", True)
print(r, calls)  # expect: False ['a']
calls.clear()
r = t("a", True) or t("b", True)
print(r, calls)  # expect: True ['a']
calls.clear()
r = t("a", True) and t("b", 0) and t("c", 1)
print(r, calls)  # expect: 0 ['a', 'b']
calls.clear()
r = t("a", 0) or t("b", "") or t("c", "last")
print(r, calls)  # expect: last ['a', 'b', 'c']
