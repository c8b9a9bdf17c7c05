# string alignment and fill; strings left-align and numbers right-align by default
s = "hi"
print(f"[{s:^10}]")  # expect: [    hi    ]
print(f"[{s:*<7}]")  # expect: [hi*****]
print(f"[{s:->6}]")  # expect: [----hi]
print(f"[{s:10}]")  # expect: [hi        ]
print(f"[{42:6}]")  # expect: [    42]
print(f"[{'abc':^6}]")  # expect: [ abc  ]
print(f"[{'toolongvalue':5}]")  # expect: [toolongvalue]
print(f"[{'abcdef':.3}]")  # expect: [abc]
print(f"[{'ab':=^7}]")  # expect: [==ab===]
