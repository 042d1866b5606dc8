#include "quit_signals.h"

#include <signal.h>
#include <string.h>

// The handler only records which signal came, in a sig_atomic_t (the one thing a handler may
// safely write); the run loop polls it between events, saves and leaves.
static volatile sig_atomic_t pending_signal = 0;

static void record_signal(int signal_number) { pending_signal = signal_number; }

// Signals that stop the workbook the way SIGTERM does (see QuitSignal.swift), and signals ignored
// while the workbook runs, since they report a failed write that the code handles.
static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM};
static const int ignored_signals[] = {SIGPIPE, SIGXFSZ};

// The handlers replaced, by signal number.
static struct sigaction previous_actions[NSIG];

static void set_handler(int signal_number, void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, &previous_actions[signal_number]);
}

void wb_install_signal_handlers(void) {
  for (unsigned i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++) {
    set_handler(quit_signals[i], record_signal);
  }
  for (unsigned i = 0; i < sizeof ignored_signals / sizeof ignored_signals[0]; i++) {
    set_handler(ignored_signals[i], SIG_IGN);
  }
}

void wb_remove_signal_handlers(void) {
  for (unsigned i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++) {
    sigaction(quit_signals[i], &previous_actions[quit_signals[i]], NULL);
  }
  for (unsigned i = 0; i < sizeof ignored_signals / sizeof ignored_signals[0]; i++) {
    sigaction(ignored_signals[i], &previous_actions[ignored_signals[i]], NULL);
  }
}

int wb_take_pending_signal(void) {
  int signal_number = pending_signal;
  pending_signal = 0;
  return signal_number;
}
