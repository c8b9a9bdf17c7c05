# looping over strings and ranges with negative steps
for ch in "hi!":
    print(ch)
# expect: h
# expect: i
# expect: !
for i in range(10, 0, -3):
    print(i)
# expect: 10
# expect: 7
# expect: 4
# expect: 1
for i in range(0):
    print("never")
