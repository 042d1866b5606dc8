#include "pseudo_terminal.h"

#include <pty.h>
#include <stdlib.h>
#include <unistd.h>

pid_t bench_spawn_in_pty(char *const argv[], char *const environment[], unsigned short rows,
                         unsigned short columns, int *master) {
  struct winsize size = {.ws_row = rows, .ws_col = columns};
  pid_t pid = forkpty(master, NULL, NULL, &size);
  if (pid == 0) {
    execve(argv[0], argv, environment);
    _exit(127);
  }
  return pid;
}
