# try/except inside a loop with continue and finally
results = []
for raw in ["1", "x", "3", "", "5"]:
    try:
        value = int(raw)
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
    results.append(value)
print(results)  # expect: ['|', 1, None, '|', '|', 3, None, '|', '|', 5]
