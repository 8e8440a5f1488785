# QuickJS's regular-expression engine (libregexp with libunicode and cutils), compiled from the
# Debian source package that scripts/setup.sh unpacks into .deps/quickjs. core/lang embeds it as
# quickjs::regexp and provides the callbacks it asks of its embedder (core/lang/regexp.cpp).
set(TH_QUICKJS_DIR "${PROJECT_SOURCE_DIR}/.deps/quickjs" CACHE PATH "QuickJS source (run scripts/setup.sh)")
if(NOT EXISTS "${TH_QUICKJS_DIR}/libregexp.c")
  message(FATAL_ERROR "QuickJS source not found in ${TH_QUICKJS_DIR}: run scripts/setup.sh first")
endif()

add_library(quickjs_regexp STATIC
  "${TH_QUICKJS_DIR}/libregexp.c"
  "${TH_QUICKJS_DIR}/libunicode.c"
  "${TH_QUICKJS_DIR}/cutils.c")
add_library(quickjs::regexp ALIAS quickjs_regexp)
target_include_directories(quickjs_regexp SYSTEM PUBLIC "${TH_QUICKJS_DIR}")
set_target_properties(quickjs_regexp PROPERTIES C_STANDARD 11 C_EXTENSIONS ON POSITION_INDEPENDENT_CODE ON)
# Third-party code: its warnings are not ours to fix.
target_compile_options(quickjs_regexp PRIVATE -w)
target_compile_definitions(quickjs_regexp PRIVATE _GNU_SOURCE)
