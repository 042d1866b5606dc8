#define _GNU_SOURCE
#include "work_thread.h"

#include <sched.h>

int wb_start_thread_beside(
    pthread_t *thread, void *(*start)(void *), void *argument, int *avoided) {
  *avoided = -1;
  pthread_attr_t attributes;
  if (pthread_attr_init(&attributes) != 0) return pthread_create(thread, NULL, start, argument);
  cpu_set_t others;
  int current = sched_getcpu();
  if (current >= 0 && current < CPU_SETSIZE && sched_getaffinity(0, sizeof others, &others) == 0) {
    CPU_CLR(current, &others);
    if (CPU_COUNT(&others) > 0 &&
        pthread_attr_setaffinity_np(&attributes, sizeof others, &others) == 0) {
      *avoided = current;
    }
  }
  int result = pthread_create(thread, &attributes, start, argument);
  pthread_attr_destroy(&attributes);
  return result;
}

int wb_current_cpu(void) { return sched_getcpu(); }
