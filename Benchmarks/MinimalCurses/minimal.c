/* The baseline for the workbook's start-up and memory: the least a full-screen ncursesw program
 * does. It takes the terminal as the workbook does (setlocale, newterm, raw, noecho, keypad),
 * fills every row, draws a status line, and waits for q. `make bench` compiles it with
 * cc -O2 minimal.c -lncursesw. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <stdio.h>

int main(void) {
  setlocale(LC_ALL, "");
  SCREEN *screen = newterm(NULL, stdout, stdin);
  if (screen == NULL) return 1;
  raw();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  int rows = getmaxy(stdscr);
  for (int row = 0; row < rows - 1; row++) {
    mvprintw(row, 0, "Row %d of a minimal ncursesw program, drawn as one frame.", row + 1);
  }
  attron(A_REVERSE);
  mvprintw(rows - 1, 0, "q quit   minimal frame complete");
  attroff(A_REVERSE);
  refresh();
  /* ERR: the input is closed or not a terminal; waiting on would spin. */
  int key;
  while ((key = getch()) != 'q' && key != ERR) {
  }
  endwin();
  delscreen(screen);
  return 0;
}
