# ordering and equality of mixed-size ints
nums = [2 ** 65, -(2 ** 65), 0, 2 ** 64, -1, 10 ** 19]
print(sorted(nums))  # expect: [-36893488147419103232, -1, 0, 10000000000000000000, 18446744073709551616, 36893488147419103232]
print(max(nums) == 2 ** 65)  # expect: True
print(2 ** 64 == 18446744073709551616)  # expect: True
print(2 ** 64 != 2 ** 64 + 1)  # expect: True
print(min(nums) < -(10 ** 19))  # expect: True
