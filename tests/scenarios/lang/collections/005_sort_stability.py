# sorting is stable, and reverse=True keeps equal items in original order
people = [("bob", 25), ("ann", 30), ("cid", 25), ("dee", 30), ("eve", 20)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)  # expect: [('eve', 20), ('bob', 25), ('cid', 25), ('ann', 30), ('dee', 30)]
desc = sorted(people, key=lambda p: p[1], reverse=True)
print(desc)  # expect: [('ann', 30), ('dee', 30), ('bob', 25), ('cid', 25), ('eve', 20)]
print(sorted(people, key=lambda p: (-p[1], p[0]))[:2])  # expect: [('ann', 30), ('dee', 30)]
print(sorted(people)[0])  # expect: ('ann', 30)
print(sorted([3, 1, 2], key=lambda x: 0))  # expect: [3, 1, 2]
