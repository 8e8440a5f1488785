# th_embed_file(OUT_VAR SYMBOL FILE): generates a .cpp holding FILE's bytes as
#   extern const unsigned char SYMBOL[]; extern const unsigned SYMBOL_size;
# and appends it to OUT_VAR. Used for the fonts, so the page needs no file system.
function(th_embed_file out_var symbol file)
  set(generated "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp")
  add_custom_command(
    OUTPUT "${generated}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${file} -DOUTPUT=${generated} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file_script.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/embed_file_script.cmake"
    COMMENT "Embedding ${file}"
    VERBATIM)
  set(${out_var} ${${out_var}} "${generated}" PARENT_SCOPE)
endfunction()
