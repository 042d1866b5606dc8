#define _GNU_SOURCE
#include "work_thread.h"

#include <malloc.h>
#include <sched.h>

int wb_start_detached_thread_beside(void *(*start)(void *), void *argument, int *avoided) {
  *avoided = -1;
  pthread_t thread;
  pthread_attr_t attributes;
  if (pthread_attr_init(&attributes) != 0) return -1;
  int result = pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  cpu_set_t others;
  int current = sched_getcpu();
  if (result == 0 && current >= 0 && current < CPU_SETSIZE &&
      sched_getaffinity(0, sizeof others, &others) == 0) {
    CPU_CLR(current, &others);
    if (CPU_COUNT(&others) > 0 &&
        pthread_attr_setaffinity_np(&attributes, sizeof others, &others) == 0) {
      *avoided = current;
    }
  }
  if (result == 0) result = pthread_create(&thread, &attributes, start, argument);
  pthread_attr_destroy(&attributes);
  if (result != 0) *avoided = -1;
  return result;
}

int wb_current_cpu(void) { return sched_getcpu(); }

void wb_give_thread_arenas_room(void) {
  mallopt(M_TOP_PAD, 1 << 20);
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 8 << 20);
}
