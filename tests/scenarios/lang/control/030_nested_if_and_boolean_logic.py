# nested conditions and boolean operators in if statements
def grade(score, bonus=False):
    if score >= 90 or (bonus and score >= 85):
        return "A"
    if 70 <= score < 90:
        if not bonus:
            return "B"
        return "B+"
    return "C"


print(grade(95), grade(86, True), grade(86))  # expect: A A B
print(grade(75, True), grade(50))  # expect: B+ C
