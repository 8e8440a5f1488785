# TH_FUZZ builds the libFuzzer harnesses of tests/fuzz (the `fuzz` preset, clang only).
# Every target, ours and the core libraries alike, gets libFuzzer's coverage instrumentation
# (fuzzer-no-link) and ASan + UBSan, so a bad access or undefined behaviour anywhere in the
# engine stops the fuzzer with a reproducer; only the harness executables link libFuzzer's main.
if(NOT TH_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "TH_FUZZ needs clang (libFuzzer): configure with the `fuzz` preset")
endif()
if(TH_SANITIZE)
  message(FATAL_ERROR "TH_FUZZ brings its own sanitizers: leave TH_SANITIZE off")
endif()

# -fno-sanitize-recover: any UBSan report aborts, and libFuzzer saves the input that did it.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                    -fno-omit-frame-pointer -gline-tables-only)
add_link_options(-fsanitize=address,undefined)

# th_fuzzer(NAME SOURCES... LIBS targets...): one libFuzzer harness, written to build/fuzz/bin.
function(th_fuzzer name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} th::warnings)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")
endfunction()
