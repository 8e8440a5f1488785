# th_gtest(NAME SOURCES... [LIBS targets...])
# One GoogleTest executable, each of its tests registered with CTest by name.
# TH_SOURCE_DIR is defined so tests can find data files (conformance programs, goldens).
function(th_gtest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main th::warnings)
  target_compile_definitions(${name} PRIVATE TH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 300)
endfunction()
