#ifndef WORKBOOK_WORK_THREAD_H
#define WORKBOOK_WORK_THREAD_H

#include <pthread.h>

/// Starts `start(argument)` on a new, detached thread, asking that it run on any of the CPUs the
/// process may use but the calling thread's, when there is another. Linux starts a new thread on
/// its creator's CPU, where it waits until the creator sleeps: work meant to run beside the
/// caller would otherwise wait for it. `avoided` is set to the CPU kept out, or -1 when none was
/// (a process on one CPU). Returns 0, or pthread_create's error.
int wb_start_detached_thread_beside(void *(*start)(void *), void *argument, int *avoided);

/// Gives each thread's malloc arena room for 1 MiB from its start (glibc's M_TOP_PAD), instead of
/// 132 KiB grown a page at a time, each page an mprotect that also holds up the other thread.
/// glibc no longer adapts its mmap and trim thresholds once one setting is made, so they are set
/// to what it would adapt them to for buffers of up to 4 MiB (a screen of a large terminal, a
/// long session's file), which then stay on the heap. Call it before the first thread starts.
void wb_give_thread_arenas_room(void);

/// The CPU the calling thread runs on (sched_getcpu), -1 when unknown.
int wb_current_cpu(void);

#endif
