# factorial computed with a loop grows past 64 bits without overflow
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


print(factorial(20))  # expect: 2432902008176640000
print(factorial(21))  # expect: 51090942171709440000
print(factorial(25))  # expect: 15511210043330985984000000
print(factorial(50))  # expect: 30414093201713378043612608166064768844377641568960512000000000000
print(factorial(50) // factorial(48))  # expect: 2450
