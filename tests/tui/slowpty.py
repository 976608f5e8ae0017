#!/usr/bin/env python3
# slowpty.py: runs a command on a pseudo-terminal of its own and relays its
# output at a limited speed, like a slow serial or SSH link, for trying the
# wizard by hand and in tests/tui/test-slowlink.sh.
#   slowpty.py [--baud N] [--log FILE] COMMAND [ARG...]
# Output goes at N baud (10 bits a byte; default 2400).  Input is passed on
# as it comes.  The window size follows the outer terminal.  --log writes a
# line per key read ("in T BYTES") and per chunk written ("out T BYTES");
# --raw FILE keeps the bytes written, with a line "\n@@in\n" at each key.
import os, pty, select, signal, sys, time, tty, termios, fcntl, struct

def main():
    args = sys.argv[1:]
    baud, log, raw = 2400, None, None
    while args and args[0].startswith("--"):
        if args[0] == "--baud":
            baud = int(args[1]); args = args[2:]
        elif args[0] == "--raw":
            raw = open(args[1], "wb", buffering=0); args = args[2:]
        elif args[0] == "--log":
            log = open(args[1], "w", buffering=1); args = args[2:]
        else:
            break
    if not args:
        sys.exit("usage: slowpty.py [--baud N] [--log FILE] COMMAND [ARG...]")
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(args[0], args)
    def winsize(*_):
        try:
            ws = fcntl.ioctl(0, termios.TIOCGWINSZ, b"\0" * 8)
            fcntl.ioctl(fd, termios.TIOCSWINSZ, ws)
            os.kill(pid, signal.SIGWINCH)
        except OSError:
            pass
    winsize()
    signal.signal(signal.SIGWINCH, winsize)
    interactive = os.isatty(0)
    if interactive:
        old = termios.tcgetattr(0)
        tty.setraw(0)
    per_byte = 10.0 / baud
    pending = b""
    start = time.monotonic()
    next_send = start
    try:
        while True:
            timeout = None
            if pending:
                timeout = max(0.0, next_send - time.monotonic())
            try:
                r, _, _ = select.select([0, fd], [], [], timeout)
            except InterruptedError:
                continue
            if 0 in r:
                data = os.read(0, 1024)
                if not data:
                    break
                if log:
                    log.write("in %.3f %d\n" % (time.monotonic() - start, len(data)))
                if raw:
                    raw.write(b"\n@@in " + repr(data).encode() + b"\n")
                os.write(fd, data)
            if fd in r:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    data = b""
                if not data:
                    break
                pending += data
            now = time.monotonic()
            if pending and now >= next_send:
                # what the link could have carried since the last write
                n = max(1, min(len(pending), int((now - next_send) / per_byte) + 1))
                chunk, pending = pending[:n], pending[n:]
                os.write(1, chunk)
                if raw:
                    raw.write(chunk)
                if log:
                    log.write("out %.3f %d\n" % (now - start, len(chunk)))
                next_send = max(next_send, now - per_byte) + n * per_byte
        while pending:
            n = min(len(pending), 64)
            os.write(1, pending[:n]); pending = pending[n:]
            time.sleep(n * per_byte)
    finally:
        if interactive:
            termios.tcsetattr(0, termios.TCSAFLUSH, old)
    _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8)

main()
