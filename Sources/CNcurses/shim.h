// The parts of ncursesw (and a little POSIX) that Swift cannot import directly: macros, C globals
// that Swift 6 rejects as not concurrency-safe, and variadic or union-heavy calls.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags; without these the wide-character API is missing.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: - Attributes (shift-based macros Swift cannot import)

static const attr_t CNC_A_NORMAL = A_NORMAL;
static const attr_t CNC_A_BOLD = A_BOLD;
static const attr_t CNC_A_UNDERLINE = A_UNDERLINE;
static const attr_t CNC_A_REVERSE = A_REVERSE;
static const attr_t CNC_A_DIM = A_DIM;

// MARK: - Session

/// newterm on the process's stdout and stdin; NULL (instead of exiting) when the type is unusable.
static inline SCREEN *cnc_newterm(const char *type) {
    return newterm(type, stdout, stdin);
}

static inline WINDOW *cnc_stdscr(void) { return stdscr; }

/// Sets the modes a full-screen program wants on stdscr: keypad, no scrolling, real cursor.
static inline void cnc_configure_stdscr(void) {
    keypad(stdscr, TRUE);
    intrflush(stdscr, FALSE);
    scrollok(stdscr, FALSE);
    leaveok(stdscr, FALSE);
}

static inline int cnc_rows(void) { return getmaxy(stdscr); }
static inline int cnc_columns(void) { return getmaxx(stdscr); }
static inline int cnc_color_count(void) { return COLORS; }
static inline int cnc_color_pair_count(void) { return COLOR_PAIRS; }

/// Makes the next refresh repaint every cell (after a resize or a resume from suspension).
static inline void cnc_force_repaint(void) { clearok(curscr, TRUE); }

// MARK: - Drawing

static inline void cnc_set_style(attr_t attributes, short pair) {
    wattr_set(stdscr, attributes, pair, NULL);
}

static inline int cnc_put(int row, int column, const wchar_t *text, int count) {
    return mvwaddnwstr(stdscr, row, column, text, count);
}

static inline int cnc_move(int row, int column) { return wmove(stdscr, row, column); }

static inline int cnc_refresh(void) { return wrefresh(stdscr); }

/// The columns a wide character takes in the current locale (-1: not printable). Declared here
/// because Swift's C library module does not see the X/Open part of <wchar.h>.
extern int wcwidth(wchar_t character);
static inline int cnc_cell_width(wchar_t character) { return wcwidth(character); }

// MARK: - Input

/// One wget_wch with a timeout in ms (negative: block): OK, KEY_CODE_YES or ERR; the value in *value.
static inline int cnc_get_wch(int timeout_ms, unsigned int *value) {
    wint_t wc = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &wc);
    *value = (unsigned int)wc;
    return result;
}

// MARK: - Environment and terminal description

static inline char **cnc_environment(void) {
    extern char **environ;
    return environ;
}

static inline int cnc_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// The window size of a terminal file descriptor; 0 on success.
static inline int cnc_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

// MARK: - Signals

/// Unblocks the signals a full-screen program depends on (resize, stop, suspend, continue): a parent
/// may have started it with them blocked, and a blocked SIGWINCH would mean no resize ever arrives.
static inline void cnc_unblock_terminal_signals(void) {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGWINCH);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    sigaddset(&signals, SIGTSTP);
    sigaddset(&signals, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &signals, NULL);
}

/// Installs handler for a signal and keeps the previous action in *previous; returns 1 when
/// installed, 0 when the signal is ignored (as under nohup: it stays ignored) or on failure.
static inline int cnc_catch_signal(int signal_number, void (*handler)(int), struct sigaction *previous) {
    if (sigaction(signal_number, NULL, previous) != 0 || previous->sa_handler == SIG_IGN) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL) == 0;
}

static inline void cnc_restore_signal(int signal_number, const struct sigaction *previous) {
    sigaction(signal_number, previous, NULL);
}

/// Stops the process group as the terminal's own Ctrl-Z would, bypassing any SIGTSTP handler
/// (ncurses installs one); returns after SIGCONT. Does nothing (returns 0) when SIGTSTP is ignored.
static inline int cnc_suspend_process_group(void) {
    struct sigaction previous, fallback;
    if (sigaction(SIGTSTP, NULL, &previous) != 0 || previous.sa_handler == SIG_IGN) return 0;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(SIGTSTP, &fallback, NULL);
    sigset_t unblock, saved_mask;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, &saved_mask);
    kill(0, SIGTSTP);
    sigprocmask(SIG_SETMASK, &saved_mask, NULL);
    sigaction(SIGTSTP, &previous, NULL);
    return 1;
}

// MARK: - Terminal descriptions

// Last: term.h defines a macro for every capability name (lines, columns, ...).
#include <ncursesw/term.h>

/// What the terminfo database says about a terminal type, without touching the screen.
enum cnc_terminfo_verdict {
    CNC_TERMINFO_USABLE = 0,
    CNC_TERMINFO_UNKNOWN = 1,
    CNC_TERMINFO_NO_CURSOR_ADDRESSING = 2,
};

static inline enum cnc_terminfo_verdict cnc_check_terminfo(const char *type) {
    TERMINAL *saved = cur_term;
    int error = 0;
    if (setupterm(type, -1, &error) != OK) {
        set_curterm(saved);
        return CNC_TERMINFO_UNKNOWN;
    }
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1 && tigetflag("hc") <= 0 && tigetflag("gn") <= 0;
    TERMINAL *probe = set_curterm(saved);
    if (probe != NULL && probe != saved) del_curterm(probe);
    return usable ? CNC_TERMINFO_USABLE : CNC_TERMINFO_NO_CURSOR_ADDRESSING;
}

#endif
