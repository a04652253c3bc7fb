/* The least a full-screen program can do with a key: wait for it (poll), read it, look for
 * more (poll with no timeout), wait again. keystroke_bench.py measures its CPU per key as the
 * floor under "a key that changes nothing": what the kernel and the terminal cost this machine. */
#include <poll.h>
#include <termios.h>
#include <unistd.h>

int main(void) {
    struct termios mode;
    if (tcgetattr(0, &mode) == 0) {
        cfmakeraw(&mode);
        tcsetattr(0, TCSANOW, &mode);
    }
    static const char ready[] = "\033[2Jkey floor ready";
    if (write(1, ready, sizeof ready - 1) < 0) return 1;
    for (;;) {
        struct pollfd input = {0, POLLIN, 0};
        if (poll(&input, 1, 1000) <= 0) continue;
        char key;
        if (read(0, &key, 1) != 1 || key == 'q') return 0;
        poll(&input, 1, 0);
    }
}
