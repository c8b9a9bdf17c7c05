# removing duplicates: set loses order, a seen-set keeps it
nums = [5, 3, 5, 1, 3, 7]
print(sorted(set(nums)))  # expect: [1, 3, 5, 7]
seen = set()
unique = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique)  # expect: [5, 3, 1, 7]
print(len(set("mississippi")))  # expect: 4
print(sorted(set("mississippi")))  # expect: ['i', 'm', 'p', 's']
print(list(dict.fromkeys(nums)))  # expect: [5, 3, 1, 7]
