# arbitrary expressions inside replacement fields
items = [10, 20, 30]
d = {"key": "val"}
print(f"{len(items)} items, first {items[0]}, last {items[-1]}")  # expect: 3 items, first 10, last 30
print(f"{d['key']}")  # expect: val
print(f"{'yes' if items else 'no'}")  # expect: yes
print(f"{sum(items) / len(items):.1f}")  # expect: 20.0
print(f"{[i * 2 for i in range(3)]}")  # expect: [0, 2, 4]
print(f"{'-'.join(str(i) for i in items)}")  # expect: 10-20-30
print(f"{(lambda v: v * 3)(4)}")  # expect: 12
print(f"{items[1:]}")  # expect: [20, 30]
print(f"{3 > 2 and 'ok'}")  # expect: ok
