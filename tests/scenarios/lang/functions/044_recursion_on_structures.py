# recursion over nested lists and dicts
def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(i) for i in x), default=0)
    return 0


print(depth([1, [2, [3]], []]))  # expect: 3


def count_leaves(tree):
    if not isinstance(tree, dict):
        return 1
    return sum(count_leaves(v) for v in tree.values())


print(count_leaves({"a": 1, "b": {"c": 2, "d": {"e": 3}}}))  # expect: 3
