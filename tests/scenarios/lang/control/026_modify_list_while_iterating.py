# removing from a list while iterating over it skips elements
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)  # expect: [1, 3, 5]
nums = [2, 4, 6, 8]
for n in nums:
    nums.remove(n)
print(nums)  # expect: [4, 8]
nums = [2, 4, 6, 8]
for n in nums[:]:
    nums.remove(n)
print(nums)  # expect: []
