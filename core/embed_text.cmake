# Writes INPUT as a C++ raw string literal to OUTPUT (included by asyncio.cpp).
file(READ "${INPUT}" text)
file(WRITE "${OUTPUT}" "R\"LOOPLABPY(${text})LOOPLABPY\"\n")
