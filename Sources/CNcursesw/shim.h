// ncursesw with its wide-character API, which stays hidden unless
// _XOPEN_SOURCE_EXTENDED is defined before the header.
#ifndef SOBES_CNCURSESW_SHIM_H
#define SOBES_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
