# center/ljust/rjust padding; odd padding in center() depends on the width
print("[" + "hi".center(6) + "]")  # expect: [  hi  ]
print("[" + "hi".center(7) + "]")  # expect: [   hi  ]
print("[" + "abc".center(6, "*") + "]")  # expect: [*abc**]
print("[" + "abc".center(8, "*") + "]")  # expect: [**abc***]
print("[" + "ab".ljust(5, ".") + "]")  # expect: [ab...]
print("[" + "ab".rjust(5) + "]")  # expect: [   ab]
print("toolong".center(3))  # expect: toolong
print("[" + "x".rjust(0) + "]")  # expect: [x]
