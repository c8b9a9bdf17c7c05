# semicolons separate simple statements, also in one-line compound bodies
a = 1; b = 2; print(a + b)  # expect: 3
if a: print("one-line if"); print("second stmt")
# expect: one-line if
# expect: second stmt
for i in range(2): print(i);
# expect: 0
# expect: 1
x = 5;
print(x)  # expect: 5
