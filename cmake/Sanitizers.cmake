# TH_SANITIZE turns on ASan and UBSan for every target (ours and third-party), so that a bad
# access anywhere shows up in the native-asan preset's tests.
if(TH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

# TH_TSAN turns on ThreadSanitizer: the native-tsan preset runs the agents on real threads
# (baton and parallel mode), where a data race between them is reported and fails the test.
option(TH_TSAN "Build with ThreadSanitizer" OFF)
if(TH_TSAN)
  if(TH_SANITIZE)
    message(FATAL_ERROR "ThreadSanitizer and AddressSanitizer do not go together: pick one")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
