# augmented assignment on list items, dict values and attributes
nums = [1, 2, 3]
nums[0] += 10
nums[-1] *= 2
print(nums)  # expect: [11, 2, 6]
d = {"a": 1}
d["a"] += 5
d.setdefault("b", 0)
d["b"] -= 1
print(d)  # expect: {'a': 6, 'b': -1}


class C:
    pass


c = C()
c.count = 0
c.count += 3
print(c.count)  # expect: 3
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)  # expect: [[0, 0], [7, 0]]
calls = []


def idx():
    calls.append("idx")
    return 0


nums[idx()] += 1
print(nums[0], calls)  # expect: 12 ['idx']
