# TH_SANITIZE turns on ASan and UBSan for every target (ours and third-party), so that a bad
# access anywhere shows up in the native-asan preset's tests.
if(TH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
