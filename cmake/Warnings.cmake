# Warnings for our own targets only: link th::warnings to a target we write, never to
# third-party code (whose headers come in as SYSTEM includes).
add_library(th_warnings INTERFACE)
add_library(th::warnings ALIAS th_warnings)
target_compile_options(th_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wimplicit-fallthrough -Werror=return-type)
# GCC 12 warns falsely about `"text" + std::string` at -O3 (GCC bug 105651): silence only that.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(th_warnings INTERFACE -Wno-restrict)
endif()
