// The program's arguments for the Swift runtime (CommandLine.arguments), as glibc hands them to
// every constructor of an executable. The runtime's own CommandLine support, linked statically,
// finds them instead by reading /proc/self/maps and searching the stack, in a constructor that
// runs before main: about a tenth of a millisecond of every start (docs/performance.md). Defining
// the two functions it provides keeps the linker from taking that part of the runtime at all; a
// runtime that no longer asks for them would take its own again, and a start no faster than
// before is all that would change.
#include "program_arguments.h"

static int argument_count;
static char **arguments;

__attribute__((constructor)) static void keep_arguments(
    int count, char **values, char **environment) {
  (void)environment;
  argument_count = count;
  arguments = values;
}

char **_swift_stdlib_getUnsafeArgvArgc(int *count) {
  *count = argument_count;
  return arguments;
}

void _swift_stdlib_overrideUnsafeArgvArgc(char **values, int count) {
  arguments = values;
  argument_count = count;
}
