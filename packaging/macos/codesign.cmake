# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS, macOS only): signs the staged app bundle with the hardened
# runtime before the DMG is made. Does nothing unless VOIPBIN_CODESIGN_IDENTITY is set in the environment, e.g.
#   export VOIPBIN_CODESIGN_IDENTITY="Developer ID Application: Example Ltd (TEAMID1234)"
# Notarize the finished DMG afterwards (packaging/README.md): xcrun notarytool submit ... --wait; xcrun stapler staple.
set(_identity "$ENV{VOIPBIN_CODESIGN_IDENTITY}")
if(NOT _identity)
    message(STATUS "codesign: VOIPBIN_CODESIGN_IDENTITY not set, leaving the bundle unsigned")
    return()
endif()
file(GLOB_RECURSE _bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
list(FILTER _bundles INCLUDE REGEX "\\.app$")
foreach(_app IN LISTS _bundles)
    # Sign nested code first (plugins and libraries, then frameworks), the bundle last: --deep is deprecated.
    file(GLOB_RECURSE _contents LIST_DIRECTORIES true "${_app}/Contents/*")
    set(_dylibs ${_contents})
    list(FILTER _dylibs INCLUDE REGEX "\\.dylib$")
    set(_frameworks ${_contents})
    list(FILTER _frameworks INCLUDE REGEX "\\.framework$")
    foreach(_code IN LISTS _dylibs _frameworks _app)
        execute_process(COMMAND codesign --force --timestamp --options runtime --sign "${_identity}" "${_code}"
                        RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "codesign failed for ${_code}")
        endif()
    endforeach()
    execute_process(COMMAND codesign --verify --strict --verbose=2 "${_app}" RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "codesign --verify failed for ${_app}")
    endif()
endforeach()
