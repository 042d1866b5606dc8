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

#include <locale.h>
#include <ncursesw/curses.h>

// Macros do not import into Swift: each one used is wrapped here with a wb_ prefix.
static inline attr_t wb_a_normal(void) { return A_NORMAL; }
static inline attr_t wb_a_bold(void) { return A_BOLD; }
static inline attr_t wb_a_reverse(void) { return A_REVERSE; }
static inline attr_t wb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wb_a_dim(void) { return A_DIM; }
static inline int wb_key_resize(void) { return KEY_RESIZE; }
static inline int wb_key_code_yes(void) { return KEY_CODE_YES; }

#endif
