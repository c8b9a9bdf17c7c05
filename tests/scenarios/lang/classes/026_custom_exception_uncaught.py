# an uncaught custom exception is reported by its class name
class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount


print(withdraw(10, 5))  # expect: 5
withdraw(10, 25)
# expect runtime error: InsufficientFunds: need 15 more
