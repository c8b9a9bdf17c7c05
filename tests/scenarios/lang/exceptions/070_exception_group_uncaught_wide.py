# a group of more than 15 exceptions shows the first 15, then how many more
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
# expect exit: 1
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |     raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
# expect stderr:   | ExceptionGroup: many (17 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | ValueError: 0
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | ValueError: 1
# expect stderr:     +---------------- 3 ----------------
# expect stderr:     | ValueError: 2
# expect stderr:     +---------------- 4 ----------------
# expect stderr:     | ValueError: 3
# expect stderr:     +---------------- 5 ----------------
# expect stderr:     | ValueError: 4
# expect stderr:     +---------------- 6 ----------------
# expect stderr:     | ValueError: 5
# expect stderr:     +---------------- 7 ----------------
# expect stderr:     | ValueError: 6
# expect stderr:     +---------------- 8 ----------------
# expect stderr:     | ValueError: 7
# expect stderr:     +---------------- 9 ----------------
# expect stderr:     | ValueError: 8
# expect stderr:     +---------------- 10 ----------------
# expect stderr:     | ValueError: 9
# expect stderr:     +---------------- 11 ----------------
# expect stderr:     | ValueError: 10
# expect stderr:     +---------------- 12 ----------------
# expect stderr:     | ValueError: 11
# expect stderr:     +---------------- 13 ----------------
# expect stderr:     | ValueError: 12
# expect stderr:     +---------------- 14 ----------------
# expect stderr:     | ValueError: 13
# expect stderr:     +---------------- 15 ----------------
# expect stderr:     | ValueError: 14
# expect stderr:     +---------------- ... ----------------
# expect stderr:     | and 2 more exceptions
# expect stderr:     +------------------------------------
