#include "core/code.h"

#include <cstdio>

namespace looplab {

const char* opcode_name(uint8_t op) {
  static const char* const names[] = {
#define LOOPLAB_OPCODE_NAME(name) #name,
      LOOPLAB_OPCODES(LOOPLAB_OPCODE_NAME)
#undef LOOPLAB_OPCODE_NAME
  };
  return op < OP__COUNT ? names[op] : "?";
}

const ExceptionTableEntry* Code::handler_for(uint32_t ip) const {
  // Entries never overlap: each instruction has at most one (innermost) handler.
  for (const auto& e : exception_table)
    if (ip >= e.start && ip < e.end) return &e;
  return nullptr;
}

}  // namespace looplab

namespace looplab {

std::string disassemble(const Code& code) {
  std::string out = "code " + code.qualname + " (stack " + std::to_string(code.stacksize) + ")\n";
  for (size_t i = 0; i < code.instructions.size(); ++i) {
    uint32_t w = code.instructions[i];
    char buf[96];
    std::snprintf(buf, sizeof buf, "%4d %5zu %-22s %u\n", code.spans[i].line, i, opcode_name(instr_op(w)),
                  instr_arg(w));
    out += buf;
  }
  for (auto& e : code.exception_table)
    out += "  except [" + std::to_string(e.start) + ", " + std::to_string(e.end) + ") -> " +
           std::to_string(e.target) + " depth " + std::to_string(e.depth) + "\n";
  for (auto& c : code.consts)
    if (c.is(K_Code)) out += disassemble(*c.as<Code>());
  return out;
}

}  // namespace looplab
