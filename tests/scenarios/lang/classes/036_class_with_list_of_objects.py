# objects stored in lists and dicts keep their identity and state
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


accounts = [Account("ann"), Account("bo", 50)]
by_owner = {a.owner: a for a in accounts}
by_owner["ann"].deposit(30)
print(accounts)  # expect: [Account('ann', 30), Account('bo', 50)]
print(max(accounts, key=lambda a: a.balance))  # expect: Account('bo', 50)
print(sum(a.balance for a in accounts))  # expect: 80
