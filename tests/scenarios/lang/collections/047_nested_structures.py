# accessing and updating nested lists and dicts
data = {"users": [{"name": "ann", "tags": ["a"]}, {"name": "bo", "tags": []}]}
data["users"][1]["tags"].append("new")
print(data["users"][1])  # expect: {'name': 'bo', 'tags': ['new']}
print([u["name"] for u in data["users"]])  # expect: ['ann', 'bo']
matrix = [[1, 2], [3, 4]]
matrix[1][0] *= 10
print(matrix, matrix[-1][-1])  # expect: [[1, 2], [30, 4]] 4
print(sum(sum(row) for row in matrix))  # expect: 37
