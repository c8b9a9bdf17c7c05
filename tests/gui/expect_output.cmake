# Runs PROGRAM with ARGS and checks that its output (stdout and stderr together) contains each
# of EXPECT and, when EXIT is given, that it exits with EXIT. ARGS and EXPECT are '|'-separated.
#   cmake -DPROGRAM=... -DARGS="run|x.py" -DEXPECT="a|b" [-DEXIT=2] [-DUNSET_DISPLAY=ON] -P expect_output.cmake
string(REPLACE "|" ";" args "${ARGS}")
string(REPLACE "|" ";" expected "${EXPECT}")
if(UNSET_DISPLAY)
  unset(ENV{DISPLAY})
  unset(ENV{WAYLAND_DISPLAY})
endif()

execute_process(COMMAND ${PROGRAM} ${args}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code TIMEOUT 60)
set(output "${out}${err}")
message(STATUS "looplab ${args} exited with ${code}; output:\n${output}")

foreach(text IN LISTS expected)
  string(FIND "${output}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected the output to contain: ${text}")
  endif()
endforeach()
if(NOT "${EXIT}" STREQUAL "" AND NOT "${code}" STREQUAL "${EXIT}")
  message(FATAL_ERROR "expected exit code ${EXIT}, got ${code}")
endif()
