# Dear ImGui 1.90.1, compiled from the Debian source package that scripts/setup.sh unpacks into
# .deps/imgui (never the 1.86 headers of libimgui-dev). The same source serves native and web.
#   imgui::imgui     the core library (also all the UI tests need: they draw headless)
#   imgui::sdl2_gl3  the SDL2 platform and OpenGL 3 / WebGL2 renderer backends
set(TH_IMGUI_DIR "${PROJECT_SOURCE_DIR}/.deps/imgui" CACHE PATH "Dear ImGui source (run scripts/setup.sh)")
if(NOT EXISTS "${TH_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui source not found in ${TH_IMGUI_DIR}: run scripts/setup.sh first")
endif()

add_library(imgui STATIC
  "${TH_IMGUI_DIR}/imgui.cpp"
  "${TH_IMGUI_DIR}/imgui_draw.cpp"
  "${TH_IMGUI_DIR}/imgui_tables.cpp"
  "${TH_IMGUI_DIR}/imgui_widgets.cpp"
  "${TH_IMGUI_DIR}/imgui_demo.cpp")
add_library(imgui::imgui ALIAS imgui)
target_include_directories(imgui SYSTEM PUBLIC "${TH_IMGUI_DIR}")
# Our own ImVec2 operators and no obsolete names, for every user of the library.
target_compile_definitions(imgui PUBLIC IMGUI_DEFINE_MATH_OPERATORS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(EMSCRIPTEN)
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS)
endif()

if(EMSCRIPTEN)
  add_library(imgui_sdl2_gl3 STATIC
    "${TH_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
    "${TH_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui_sdl2_gl3 SYSTEM PUBLIC "${TH_IMGUI_DIR}/backends")
  # WebGL2 through the GLES 3 path of the GL3 backend (TOOLCHAIN.md pitfall 8).
  target_compile_definitions(imgui_sdl2_gl3 PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_compile_options(imgui_sdl2_gl3 PUBLIC -sUSE_SDL=2)
  target_link_options(imgui_sdl2_gl3 PUBLIC -sUSE_SDL=2 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
  target_link_libraries(imgui_sdl2_gl3 PUBLIC imgui)
  add_library(imgui::sdl2_gl3 ALIAS imgui_sdl2_gl3)
elseif(TH_BUILD_DESKTOP)
  find_package(SDL2 REQUIRED)
  find_package(OpenGL REQUIRED)
  add_library(imgui_sdl2_gl3 STATIC
    "${TH_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
    "${TH_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui_sdl2_gl3 SYSTEM PUBLIC "${TH_IMGUI_DIR}/backends")
  target_link_libraries(imgui_sdl2_gl3 PUBLIC imgui SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
  add_library(imgui::sdl2_gl3 ALIAS imgui_sdl2_gl3)
endif()
