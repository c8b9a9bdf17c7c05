# format-spec centering puts the extra pad on the right; str.center may not
print(f"[{'hi':^7}]")  # expect: [  hi   ]
print("[" + "hi".center(7) + "]")  # expect: [   hi  ]
print(f"[{'abc':^6}]")  # expect: [ abc  ]
print("[" + "abc".center(6) + "]")  # expect: [ abc  ]
print(f"[{'a':^4}]")  # expect: [ a  ]
print("[" + "a".center(4) + "]")  # expect: [ a  ]
print("[{:^7}]".format("hi"))  # expect: [  hi   ]
