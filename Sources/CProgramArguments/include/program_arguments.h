#ifndef WORKBOOK_PROGRAM_ARGUMENTS_H
#define WORKBOOK_PROGRAM_ARGUMENTS_H

// The program's arguments as the Swift runtime asks for them, for CommandLine.arguments: their
// number in `count`, the arguments themselves returned (program_arguments.c says why the
// workbook defines these two). Only the tests call them by name.
char **_swift_stdlib_getUnsafeArgvArgc(int *count);
void _swift_stdlib_overrideUnsafeArgvArgc(char **values, int count);

#endif
