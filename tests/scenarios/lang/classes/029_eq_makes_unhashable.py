# defining __eq__ without __hash__ makes instances unhashable
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v


try:
    {K(1)}
except TypeError as e:
    print(e)  # expect: unhashable type: 'K'


class H(K):
    def __hash__(self):
        return hash(self.v)


print(len({H(1), H(1), H(2)}))  # expect: 2
print(H(3) in {H(3): "x"})  # expect: True
