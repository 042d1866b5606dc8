#ifndef WORKBOOK_QUIT_SIGNALS_H
#define WORKBOOK_QUIT_SIGNALS_H

/// Installs the recording handler for the quit signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT,
/// SIGUSR1, SIGUSR2, SIGALRM) and ignores SIGPIPE and SIGXFSZ. No SA_RESTART: a blocked read
/// returns at once and the run loop sees the signal.
void wb_install_signal_handlers(void);

/// Puts back the handlers from before.
void wb_remove_signal_handlers(void);

/// The signal received since the last call (0 if none), clearing it.
int wb_take_pending_signal(void);

#endif
