# groups nested more than 10 deep are cut short
eg = ValueError("deepest")
for depth in range(12):
    eg = ExceptionGroup(f"level {depth}", [eg])
raise eg
# expect exit: 1
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |     raise eg
# expect stderr:   | ExceptionGroup: level 11 (1 sub-exception)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | ExceptionGroup: level 10 (1 sub-exception)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | ExceptionGroup: level 9 (1 sub-exception)
# expect stderr:       +-+---------------- 1 ----------------
# expect stderr:         | ExceptionGroup: level 8 (1 sub-exception)
# expect stderr:         +-+---------------- 1 ----------------
# expect stderr:           | ExceptionGroup: level 7 (1 sub-exception)
# expect stderr:           +-+---------------- 1 ----------------
# expect stderr:             | ExceptionGroup: level 6 (1 sub-exception)
# expect stderr:             +-+---------------- 1 ----------------
# expect stderr:               | ExceptionGroup: level 5 (1 sub-exception)
# expect stderr:               +-+---------------- 1 ----------------
# expect stderr:                 | ExceptionGroup: level 4 (1 sub-exception)
# expect stderr:                 +-+---------------- 1 ----------------
# expect stderr:                   | ExceptionGroup: level 3 (1 sub-exception)
# expect stderr:                   +-+---------------- 1 ----------------
# expect stderr:                     | ExceptionGroup: level 2 (1 sub-exception)
# expect stderr:                     +-+---------------- 1 ----------------
# expect stderr:                       | ... (max_group_depth is 10)
# expect stderr:                       +------------------------------------
