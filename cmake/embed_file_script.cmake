# Run by th_embed_file (cmake -P): writes INPUT's bytes as a C++ array named SYMBOL to OUTPUT.
file(READ "${INPUT}" bytes HEX)
string(LENGTH "${bytes}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${bytes}")
# One line per 32 bytes keeps the generated file readable by compilers and people alike.
string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT} by cmake/embed_file_script.cmake. Do not edit.\n"
  "extern const unsigned char ${SYMBOL}[];\n"
  "extern const unsigned ${SYMBOL}_size;\n"
  "alignas(4) const unsigned char ${SYMBOL}[] = {\n${bytes}\n};\n"
  "const unsigned ${SYMBOL}_size = ${size};\n")
