# Fails when a .ts file is not complete for today's sources: lupdate (the same options as the
# update_translations target, but keeping what vanished) runs over a copy, and the copy may then hold no
# message marked unfinished (a new string, or one nobody translated) and none marked vanished or obsolete
# (a string the code no longer has). The sources are globbed here, so a file added since configuring counts.
#   cmake -DLUPDATE=... -DTS_FILES=a.ts;b.ts -DSOURCE_DIR=... -DDIRS=app;ui -DWORK_DIR=... -P CheckTranslations.cmake
set(_globs "")
foreach(_dir IN LISTS DIRS)
    foreach(_ext cpp h ui)
        list(APPEND _globs "${SOURCE_DIR}/${_dir}/*.${_ext}")
    endforeach()
endforeach()
file(GLOB_RECURSE _sources ${_globs})
file(MAKE_DIRECTORY "${WORK_DIR}")
list(JOIN _sources "\n" _list)
file(WRITE "${WORK_DIR}/sources.lst" "-I${SOURCE_DIR}/app\n-I${SOURCE_DIR}/ui\n${_list}\n")

set(_failed FALSE)
foreach(_ts IN LISTS TS_FILES)
    get_filename_component(_name "${_ts}" NAME)
    set(_copy "${WORK_DIR}/${_name}")
    configure_file("${_ts}" "${_copy}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -locations none "@${WORK_DIR}/sources.lst" -ts "${_copy}"
        RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${_name} (${_rc}):\n${_out}${_err}")
    endif()
    file(READ "${_copy}" _text)
    # For the listing only: entities as characters, and no ";" (CMake's list separator).
    string(REPLACE "&apos;" "'" _text "${_text}")
    string(REPLACE "&quot;" "\"" _text "${_text}")
    string(REPLACE "&amp;" "&" _text "${_text}")
    string(REPLACE "&lt;" "‹" _text "${_text}")
    string(REPLACE "&gt;" "›" _text "${_text}")
    string(REPLACE ";" "," _text "${_text}")
    # One message per match: its source, and the translation's type.
    string(REGEX MATCHALL "<source>[^<]*</source>(\n[^\n]*<(comment|extracomment|translatorcomment)>[^<]*</[a-z]+>)*\n[^\n]*<translation type=\"(unfinished|vanished|obsolete)\""
        _bad "${_text}")
    list(LENGTH _bad _count)
    if(_count GREATER 0)
        set(_failed TRUE)
        message("${_name}: ${_count} message(s) not translated or no longer in the code:")
        foreach(_entry IN LISTS _bad)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*type=\"([a-z]+)\"$" "  [\\2] \\1" _line "${_entry}")
            message("${_line}")
        endforeach()
    else()
        message("${_name}: complete")
    endif()
endforeach()
if(_failed)
    message(FATAL_ERROR "Run `cmake --build <build dir> --target update_translations`, translate what is "
                        "marked unfinished (Qt Linguist: linguist translations/<file>.ts) and commit the .ts.")
endif()
