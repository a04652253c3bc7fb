/* What ncurses alone costs a key that changes two panes: the floor under `j` and Space.
 *
 * Each key draws the other of two pages into the right part of the screen the way Sobes's
 * frame writer does (one mvwadd_wchnstr per run of one style, then one doupdate): an answer
 * pane of prose (Cyrillic words, a bold one now and then) and a code pane whose tokens change
 * colour every few cells, over the columns and rows a `j` at 200x60 changes (the list's 41
 * columns and the status bar stay). Nothing is computed but the cells, so its CPU per key is
 * what the terminal library and the kernel take for that much change; keystroke_bench.py
 * reports `j` and Space against it. Quits on `q`. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

enum { LIST_WIDTH = 42, CODE_SHARE = 55 /* percent of the rest */ };

static const wchar_t *prose[] = {L"событие", L"цикл", L"задача", L"корутина", L"ожидание",
                                 L"поток", L"семафор", L"очередь", L"таймаут", L"результат"};
static const char *code[] = {"await", "asyncio", ".", "sleep", "(", "1", ")", "return",
                             "task", "=", "create_task", "\"done\"", "#", "comment"};

/* One row as it is drawn: a character and a style per cell. */
static wchar_t row_text[512];
static attr_t row_attributes[512];
static short row_pairs[512];
static cchar_t cells[512];

static void fill(int *x, int end, const wchar_t *text, int length, attr_t attributes, short pair) {
    for (int i = 0; i <= length && *x < end; i++, (*x)++) {
        row_text[*x] = i < length ? text[i] : L' ';  /* the space after a word keeps its style */
        row_attributes[*x] = attributes;
        row_pairs[*x] = pair;
    }
}

/* Hands ncurses the row's cells from `start` to `end` in runs of one style, one
 * mvwadd_wchnstr a run, as Sobes's frame writer does. */
static void put_runs(int y, int start, int end) {
    int x = start;
    while (x < end) {
        int run = x;
        while (run < end && row_attributes[run] == row_attributes[x] && row_pairs[run] == row_pairs[x]) {
            wchar_t one[2] = {row_text[run], 0};
            setcchar(&cells[run - x], one, row_attributes[x], row_pairs[x], NULL);
            run++;
        }
        mvwadd_wchnstr(stdscr, y, x, cells, run - x);
        x = run;
    }
}

static void draw_page(int page, int rows, int columns) {
    int code_x = LIST_WIDTH + (columns - LIST_WIDTH) * (100 - CODE_SHARE) / 100;
    wchar_t text[64];
    for (int y = 1; y < rows - 1; y++) {
        /* The answer: words of one style, a bold one every seventh. */
        int x = LIST_WIDTH, word = y * 3 + page * 5;
        while (x < code_x) {
            const wchar_t *w = prose[word % 10];
            fill(&x, code_x, w, (int)wcslen(w), word % 7 == 0 ? A_BOLD : A_NORMAL, 1);
            word++;
        }
        /* The code: a token of another colour every few cells. */
        int token = y * 5 + page * 3;
        while (x < columns) {
            const char *t = code[token % 14];
            int length = (int)strlen(t);
            for (int i = 0; i < length; i++) text[i] = (wchar_t)t[i];
            fill(&x, columns, text, length, A_NORMAL, (short)(2 + token % 4));
            token++;
        }
        put_runs(y, LIST_WIDTH, columns);
    }
    wnoutrefresh(stdscr);
    doupdate();
}

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    nonl();
    typeahead(-1);
    curs_set(0);
    start_color();
    use_default_colors();
    init_pair(1, -1, -1);
    init_pair(2, COLOR_BLUE, -1);
    init_pair(3, COLOR_GREEN, -1);
    init_pair(4, COLOR_YELLOW, -1);
    init_pair(5, COLOR_MAGENTA, -1);
    int rows = LINES, columns = COLS < 500 ? COLS : 500;
    /* As Sobes's terminal session does: suspended once before anything is drawn, ncurses 6.4
     * sends each frame in one write instead of one at every cursor movement. */
    endwin();
    mvaddstr(0, 0, "pane floor ready");
    mvaddstr(rows - 1, 0, "j next  q quit");
    draw_page(0, rows, columns);
    int page = 0;
    for (;;) {
        struct pollfd input = {0, POLLIN, 0};
        if (poll(&input, 1, 1000) <= 0) continue;
        char key;
        if (read(0, &key, 1) != 1 || key == 'q') break;
        page ^= 1;
        draw_page(page, rows, columns);
    }
    endwin();
    return 0;
}
