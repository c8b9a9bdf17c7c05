# comparisons produce bools that can be summed and multiplied
nums = [3, 8, 1, 9, 4]
print(sum(n > 3 for n in nums))  # expect: 3
print(sum([n % 2 == 0 for n in nums]))  # expect: 2
print(True * "ab")  # expect: ab
print(False * "ab" == "")  # expect: True
print([10, 20][True])  # expect: 20
print((5 > 3) + (2 > 1))  # expect: 2
