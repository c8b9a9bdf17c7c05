# converting numbers to strings and back is lossless
for v in [0.1, 1 / 3, 1e-7, 123.456, 2.5e-5, 1e16]:
    s = str(v)
    print(s, float(s) == v)
# expect: 0.1 True
# expect: 0.3333333333333333 True
# expect: 1e-07 True
# expect: 123.456 True
# expect: 2.5e-05 True
# expect: 1e+16 True
print(int(str(2 ** 90)) == 2 ** 90)  # expect: True
