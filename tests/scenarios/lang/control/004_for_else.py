# for/else: else runs only if the loop was not broken
def check(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")


check(15)  # expect: 15 has factor 3
check(13)  # expect: 13 is prime
check(2)  # expect: 2 is prime
for x in []:
    pass
else:
    print("empty loop else")  # expect: empty loop else
