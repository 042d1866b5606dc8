#ifndef PSEUDO_TERMINAL_H
#define PSEUDO_TERMINAL_H

#include <sys/types.h>

/// Starts argv[0] (a path) with `environment` in a new pseudo-terminal of rows x columns, as its
/// controlling terminal. Returns the child's pid and sets *master to the terminal's other end,
/// or returns -1 with errno set. forkpty and ioctl are C-only (a fork, a variadic call), hence C.
pid_t bench_spawn_in_pty(char *const argv[], char *const environment[], unsigned short rows,
                         unsigned short columns, int *master);

#endif
