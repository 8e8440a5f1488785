# th_core_library(NAME SOURCES... [DEPENDS targets...])
# Declares one layer of the core (core/lang, core/vm, ...) as the static library th_NAME
# (alias th::NAME). Sources include each other from the core/ root: #include "vm/value.h".
# Every layer is recorded so that PureCore.cmake can check that none links anything graphical.
function(th_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(th_${name} STATIC ${ARG_SOURCES})
  add_library(th::${name} ALIAS th_${name})
  target_include_directories(th_${name} PUBLIC "${PROJECT_SOURCE_DIR}/core")
  target_link_libraries(th_${name} PUBLIC ${ARG_DEPENDS} PRIVATE th::warnings)
  set_property(GLOBAL APPEND PROPERTY TH_CORE_LAYERS th_${name})
endfunction()
