# towers of hanoi: recursive moves in order
moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)


hanoi(3, "A", "C", "B")
print(len(moves))  # expect: 7
print(moves)  # expect: [('A', 'C'), ('A', 'B'), ('C', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('A', 'C')]
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), moves[0], moves[-1])  # expect: 1023 ('A', 'B') ('B', 'C')
