#!/usr/bin/python3
"""How long the first AT-SPI call takes after the window loaded a big list (bench/atspi-after-load.sh).

Started by tests/accessibility/run-atspi-test.sh with the app already running (--server URL, accessibility
on): signs in through AT-SPI, then leaves the app alone (no AT-SPI call) until its CPU time stops growing,
i.e. the load is over; then times the first calls a screen reader would make: the table's row count and its
first cell. A backlog of per-insert accessibility events made the first call wait for more than 25 s.
Prints "RESULT first-call-ms <ms> rows <n>"; exit 1 when a call fails or the count is wrong.
"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "accessibility"))

import atspi_driver as a11y  # noqa: E402
from atspi_driver import Atspi, Failure, R, find_one, log, wait_until  # noqa: E402


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_idle(pid, timeout, quiet=2.0):
    """Until the process used under 5% of a core for `quiet` seconds: the load is over."""
    deadline = time.monotonic() + timeout
    last, since = cpu_seconds(pid), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = cpu_seconds(pid)
        if now - last > 0.05 * (time.monotonic() - since):
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return time.monotonic() - since
    raise Failure(f"the app was still busy after {timeout:.0f} s")


def timed(call):
    start = time.monotonic()
    result = call()
    return result, (time.monotonic() - start) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--keys", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=180)
    args = parser.parse_args()
    Atspi.init()
    app = a11y.find_application(args.pid, "voipbin-keys", 30)
    frame = wait_until("the main window", 30,
                       lambda: next((c for c in a11y.children(app) if c.get_role() == R.FRAME), None))
    username = find_one(frame, R.TEXT, "Username", 30)
    password = find_one(frame, R.PASSWORD_TEXT, "Password", 30, roles=(R.TEXT,))
    sign_in = find_one(frame, R.PUSH_BUTTON, "Sign in", 30)
    table = a11y.find(frame, R.TABLE, showing_only=False)[0]
    Atspi.EditableText.set_text_contents(username, args.username)
    Atspi.EditableText.set_text_contents(password, args.password)
    a11y.do_named_action(sign_in)
    started = time.monotonic()
    idle = wait_until_idle(args.pid, args.timeout)
    log(f"signed in; the app went idle {time.monotonic() - started - idle:.1f} s after Sign in")
    rows, first_ms = timed(lambda: Atspi.Table.get_n_rows(table))
    cell, cell_ms = timed(lambda: a11y.name_of(Atspi.Table.get_accessible_at(table, 0, 0)))
    log(f"first call (row count): {first_ms:.0f} ms, {rows} rows; first cell \"{cell}\": {cell_ms:.0f} ms")
    print(f"RESULT first-call-ms {first_ms:.0f} rows {rows} cell-ms {cell_ms:.0f}", flush=True)
    a11y.do_named_action(a11y.menu_item(a11y.find(frame, R.MENU_BAR)[0], "File", "Quit"),
                         ("press", "click", "activate", "trigger"))
    return 0 if rows == args.keys else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Failure as failure:
        log(f"FAIL: {failure}")
        sys.exit(1)
