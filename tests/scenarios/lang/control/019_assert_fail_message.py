# a failing assert with a message ends the program with AssertionError
def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount


print(withdraw(100, 30))  # expect: 70
print(withdraw(10, 30))
print("not reached")
# expect runtime error: AssertionError: insufficient funds: 10 < 30
