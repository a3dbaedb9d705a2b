# cmake -DCOMMAND=program -DARGUMENTS=a;b -DOUTPUT=file -P OutputOf.cmake: the program's standard output
# into the file; the build fails when it fails (a half-written file is removed).
execute_process(COMMAND ${COMMAND} ${ARGUMENTS} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "${COMMAND} ${ARGUMENTS}: ${result}")
endif()
