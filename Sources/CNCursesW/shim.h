#ifndef WORKBOOK_CNCURSESW_SHIM_H
#define WORKBOOK_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here,
// or get_wch and cchar_t are missing.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

// Macros do not import into Swift: each one used is wrapped here with a wb_ prefix.
static inline attr_t wb_a_normal(void) { return A_NORMAL; }
static inline attr_t wb_a_bold(void) { return A_BOLD; }
static inline attr_t wb_a_reverse(void) { return A_REVERSE; }
static inline attr_t wb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wb_a_dim(void) { return A_DIM; }
static inline int wb_key_resize(void) { return KEY_RESIZE; }
static inline int wb_key_f0(void) { return KEY_F0; }
static inline int wb_ccharw_max(void) { return CCHARW_MAX; }
// How many columns the C library (and so ncurses) gives a character; glibc hides wcwidth unless
// _XOPEN_SOURCE is set where wchar.h is first read, so it is declared here.
extern int wcwidth(wchar_t character);
static inline int wb_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }
// COLORS is a mutable global too.
static inline int wb_colours(void) { return COLORS; }

// stdin and stdout are mutable globals, which Swift 6 refuses to read; these hand them over.
static inline FILE *wb_stdin(void) { return stdin; }
static inline FILE *wb_stdout(void) { return stdout; }
// The current screen's main window (after newterm, the new screen's).
static inline WINDOW *wb_stdscr(void) { return stdscr; }

/// The user's locale for what the full-screen workbook uses of it: the character type (ncurses and
/// wcwidth) and the messages (strerror in an error's reason). The other categories are never read,
/// and loading each is a file to open and map at start. get_wch needs a UTF-8 character type to
/// read accents, CJK and emoji, so where the locale is plain C (LANG unset, as under cron or some CI)
/// the character type becomes C.UTF-8.
static inline void wb_use_user_locale(void) {
  setlocale(LC_CTYPE, "");
  setlocale(LC_MESSAGES, "");
  if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
}

/// A string capability of the current terminal description (tigetstr), or NULL when it has none.
static inline const char *wb_string_capability(const char *name) {
  const char *value = tigetstr(name);
  return (value == NULL || value == (const char *)-1) ? NULL : value;
}

/// A boolean or numeric capability of the current terminal description (tigetflag, tigetnum):
/// 0 or -1 when it has none.
static inline bool wb_flag_capability(const char *name) { return tigetflag(name) > 0; }
static inline int wb_number_capability(const char *name) { return tigetnum(name); }

/// A parameterised capability with its parameters put in (tiparm is variadic, which Swift cannot
/// call); NULL when the capability cannot take them.
static inline const char *wb_format_capability(const char *capability, int first, int second) {
  return tiparm(capability, first, second);
}

/// What ncurses holds the terminal to show (curscr) and what it is to show next (newscr): mutable
/// globals Swift 6 refuses to read.
static inline WINDOW *wb_curscr(void) { return curscr; }
static inline WINDOW *wb_newscr(void) { return newscr; }

// Key codes for the start and end markers of a bracketed paste, taught to ncurses with define_key:
// above the codes it gives the terminal's own extended keys, within its 16-bit key tables.
static inline int wb_key_paste_start(void) { return 0x7F00; }
static inline int wb_key_paste_end(void) { return 0x7F01; }

// Crashes (the quit signals are WorkbookRuntime's, in CQuitSignals). Each Swift file that calls
// these gets its own copy of static storage, so one file (Terminal.swift) calls them all. A fatal
// signal (a Swift runtime trap is SIGILL or SIGTRAP, a bad pointer SIGSEGV) would leave the terminal raw, without echo and on the alternate screen. The handler puts the
// terminal back first. endwin is not async-signal-safe, but the process is ending anyway.

// The handlers replaced, by signal number.
static inline struct sigaction *wb_previous_crash_actions(void) {
  static struct sigaction actions[NSIG];
  return actions;
}

static void wb_restore_terminal_and_crash(int signal_number, siginfo_t *info, void *context) {
  (void)context;
  endwin();
  if (info != NULL && info->si_code > 0) {
    // A fault: returning runs the faulting instruction again, which now reaches the handler from
    // before (the Swift runtime's crash report), and the program ends.
    sigaction(signal_number, &wb_previous_crash_actions()[signal_number], NULL);
  } else {
    // Sent by kill() or abort(): nothing repeats it, so it takes its default action now.
    signal(signal_number, SIG_DFL);
    raise(signal_number);
  }
}

static const int wb_crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};

/// Installs the crash handler while the terminal is set up.
static inline void wb_install_crash_handlers(void) {
  for (unsigned i = 0; i < sizeof wb_crash_signals / sizeof wb_crash_signals[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = wb_restore_terminal_and_crash;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(wb_crash_signals[i], &action, &wb_previous_crash_actions()[wb_crash_signals[i]]);
  }
}

/// Puts back the handlers from before, once the terminal is restored.
static inline void wb_remove_crash_handlers(void) {
  for (unsigned i = 0; i < sizeof wb_crash_signals / sizeof wb_crash_signals[0]; i++) {
    sigaction(wb_crash_signals[i], &wb_previous_crash_actions()[wb_crash_signals[i]], NULL);
  }
}

#endif
