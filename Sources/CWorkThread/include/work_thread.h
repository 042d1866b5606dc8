#ifndef WORKBOOK_WORK_THREAD_H
#define WORKBOOK_WORK_THREAD_H

#include <pthread.h>

/// Starts `start(argument)` on a new, detached thread, asking that it run on any of the CPUs the
/// process may use but the calling thread's, when there is another. Linux starts a new thread on
/// its creator's CPU, where it waits until the creator sleeps: work meant to run beside the
/// caller would otherwise wait for it. `avoided` is set to the CPU kept out, or -1 when none was
/// (a process on one CPU). Returns 0, or pthread_create's error.
int wb_start_detached_thread_beside(void *(*start)(void *), void *argument, int *avoided);

/// The CPU the calling thread runs on (sched_getcpu), -1 when unknown.
int wb_current_cpu(void);

#endif
