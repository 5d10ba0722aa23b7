#!/usr/bin/python3
"""Secrets do not stay in the memory of VoIPbin Keys once the app is done with them.

Started by run-memory-test.sh through tests/accessibility/run-atspi-test.sh, with the app already
launched against a voipbin-sandbox whose only user has a long password made up for this run:
  1. signs in through AT-SPI, first with a wrong password (refused), then with the right one; passwords
     are typed as key events (XTest, through the AT-SPI registry), so they reach the app the way a
     person's typing does, never in a D-Bus message;
  2. once the table shows, learns the session's JWT by looking for JWT-shaped strings in the app's
     memory (the app never shows it), and checks that both passwords are gone;
  3. Keys > New key…, Create, Copy token, Close: the new key's token is learnt from the keychain
     (secret-tool, same private dbus session), not from the dialog, so the test does not make the app
     copy it onto D-Bus; once the dialog is closed and the clipboard has cleared itself, the token must
     be nowhere in the app's memory;
  4. File > Sign out: passwords, JWT and token must all be gone;
     or, with --lock: a second key's dialog is left open with its token on the clipboard, and the app is
     locked by the screensaver's ActiveChanged(true) on the session bus (dbus-send, as a desktop would):
     passwords, JWT and both tokens must all be gone while the locked page shows; then Unlock;
  5. File > Quit.
"Gone" is counted by reading every anonymous, heap, stack and writable mapping of the process through
/proc/PID/mem (process_memory.py), as UTF-8/Latin-1 and as UTF-16LE. Each remaining copy is listed with
its address, its mapping and the text in front of it. Secrets are never printed, only their lengths.
"""

import argparse
import base64
import json
import os
import secrets
import string
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "accessibility"))

import atspi_driver as a11y  # noqa: E402
import process_memory  # noqa: E402
from atspi_driver import Atspi, Failure, R, S, find_one, name_of, wait_until  # noqa: E402

START = time.monotonic()


def log(message):
    print(f"[memory {time.monotonic() - START:6.2f}s] {message}", file=sys.stderr, flush=True)


def jwt_payload(token):
    try:
        segment = token.split(".")[1]
        return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (ValueError, IndexError):
        return None


def type_keys(acc, text, timeout):
    """Types `text` into acc as key presses: a click on the field (focus), then one key event per
    character through the AT-SPI registry's XTest."""
    box = Atspi.Component.get_extents(acc, Atspi.CoordType.SCREEN)
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    wait_until("the password field to take the focus", timeout, lambda: a11y.has_state(acc, S.FOCUSED))
    for character in text:
        Atspi.generate_keyboard_event(0, character, Atspi.KeySynthType.STRING)
    wait_until(f"the password field to hold {len(text)} characters", timeout,
               lambda: Atspi.Text.get_character_count(acc) == len(text))


class MemoryCheck:
    def __init__(self, pid, timeout):
        self.pid, self.timeout = pid, timeout
        self.secrets = {}  # name -> value
        self.problems = []
        self.counts = []  # (moment, {name: copies})

    def count(self, moment, must_be_gone=(), settle=None):
        """Counts every secret; those in must_be_gone must reach 0. Dropped objects may go a moment
        later (deleteLater, a timer): poll for at most `settle` seconds before calling a copy a copy."""
        deadline = time.monotonic() + (self.timeout / 4 if settle is None else settle)
        while True:
            started = time.monotonic()
            shot = process_memory.snapshot(self.pid)
            hits = {name: shot.find(value) for name, value in self.secrets.items()}
            left = [n for n in must_be_gone if hits.get(n)]
            if not left or time.monotonic() >= deadline:
                break
            time.sleep(0.2)
        numbers = {name: len(h) for name, h in hits.items()}
        self.counts.append((moment, numbers))
        log(f"{moment}: {', '.join(f'{n} {c}' for n, c in numbers.items())} "
            f"({shot.size >> 20} MiB in {len(shot.regions)} mappings read in "
            f"{time.monotonic() - started:.1f} s)")
        for mapping in shot.unreadable:
            log(f"  note: could not read all of {mapping.describe()}")
        symbols = process_memory.Symbols(process_memory.mappings(self.pid))
        for name in self.secrets:
            for hit in hits[name]:
                log(f"  {name} ({len(self.secrets[name])} characters) {hit.encoding} at {hit.address:012x} "
                    f"in {hit.mapping.describe()}, after {hit.before!r}")
                for line in process_memory.holders(shot, hit, len(self.secrets[name]), symbols):
                    log(f"    {line}")
        for name in left:
            self.problems.append(f"{moment}: {numbers[name]} copy(ies) of the {name} in the app's memory")
        return shot

    def learn_jwt(self, username):
        shot = process_memory.snapshot(self.pid)
        candidates = {t: n for t, n in shot.jwts().items()
                      if (jwt_payload(t) or {}).get("agent", {}).get("username") == username}
        if not candidates:
            raise Failure(f'no JWT for "{username}" in the app\'s memory while signed in '
                          f"({len(shot.jwts())} JWT-shaped strings of other shapes)")
        # Copies cut short (a buffer reused in part) also match: the longest one is the token.
        jwt = max(candidates, key=len)
        log(f"JWT found in memory while signed in: {len(jwt)} characters, payload names \"{username}\"")
        self.secrets["JWT"] = jwt


def sign_in(app, frame, args, password, wrong_password, timeout):
    custom_url = find_one(frame, R.TEXT, "Custom server URL", timeout)
    wait_until(f"the server URL field to hold {args.server_url}", timeout,
               lambda: a11y.text_of(custom_url) == args.server_url)
    username = find_one(frame, R.TEXT, "Username", timeout)
    password_field = find_one(frame, R.PASSWORD_TEXT, "Password", timeout, roles=(R.TEXT,))
    sign_in_button = find_one(frame, R.PUSH_BUTTON, "Sign in", timeout)
    Atspi.EditableText.set_text_contents(username, args.username)
    # A mistyped password first: the server refuses it, and it is a secret all the same.
    type_keys(password_field, wrong_password, timeout)
    a11y.do_named_action(sign_in_button)
    wait_until('the "Sign-in problem" after the wrong password', timeout,
               lambda: any((a.get_description() or a11y.text_of(a)).strip()
                           for a in a11y.find(frame, R.LABEL, "Sign-in problem")))
    wait_until("the Sign in button to be enabled again", timeout,
               lambda: a11y.has_state(sign_in_button, S.ENABLED))
    Atspi.EditableText.set_text_contents(password_field, "")  # as select-all + delete would; no secret sent
    type_keys(password_field, password, timeout)
    log(f'server {args.server_url}, username "{args.username}", a wrong password refused, then the password '
        f"typed ({len(password)} keys)")
    a11y.do_named_action(sign_in_button)
    table = wait_until("the accesskey table with the seeded keys", timeout,
                       lambda: next((t for t in a11y.find(frame, R.TABLE) if a11y.has_interface(t, "Table")
                                     and Atspi.Table.get_n_rows(t) > 0), None))
    log(f"signed in: {Atspi.Table.get_n_rows(table)} keys in the table")
    return table


def create_key(app, menu_bar, key_name, timeout, keep_open=False):
    """Keys > New key…, a name, Create, then Close (unless keep_open). Returns the new token, read from
    the keychain."""
    before = set(a11y.keychain_secrets(timeout))
    dialog = a11y.open_dialog(app, menu_bar, "Keys", "New key…", timeout)
    name_field = find_one(dialog, R.TEXT, "Name", timeout)
    create = find_one(dialog, R.PUSH_BUTTON, "Create", timeout)
    Atspi.EditableText.set_text_contents(name_field, key_name)
    wait_until("Create to be enabled", timeout, lambda: a11y.has_state(create, S.ENABLED))
    a11y.do_named_action(create)
    created = wait_until('the "Access Key Created" dialog', timeout,
                         lambda: next((d for d in a11y.showing_dialogs(app)
                                       if name_of(d) == "Access Key Created"), None))
    new = wait_until("the new key's token in the keychain", timeout,
                     lambda: [s for s in a11y.keychain_secrets(timeout) if s not in before
                              and a11y.TOKEN_PATTERN.fullmatch(s)])
    if len(new) != 1:
        raise Failure(f"{len(new)} new tokens in the keychain, expected 1")
    # Copy, as a person would: the clipboard holds the token until it clears itself (after
    # CLIPBOARD_CLEAR_SECONDS, set by run-memory-test.sh), and not a moment longer.
    a11y.do_named_action(find_one(created, R.PUSH_BUTTON, "Copy token", timeout))
    if keep_open:
        log(f'key "{key_name}" created; its token copied; the dialog left open')
        return new[0]
    close = find_one(created, R.PUSH_BUTTON, "Close", timeout)
    wait_until("Close to be enabled", timeout, lambda: a11y.has_state(close, S.ENABLED))
    a11y.do_named_action(close)
    wait_until('the "Access Key Created" dialog to close', timeout,
               lambda: not any(name_of(d) == "Access Key Created" for d in a11y.showing_dialogs(app)))
    log(f'key "{key_name}" created; its token (from the keychain: {a11y.token_shown(new[0])}) copied; '
        "dialog closed")
    return new[0]


def wait_for_clipboard_clear(frame, timeout):
    status_bar = wait_until("the status bar", timeout, lambda: (a11y.find(frame, R.STATUS_BAR) or [None])[0])

    def said():
        return " | ".join(t for acc, _ in a11y.walk(status_bar) for t in (name_of(acc), a11y.readable_text(acc)) if t)

    wait_until("the status bar to count down the clipboard", timeout, lambda: "Clipboard clears in" in said())
    wait_until("the clipboard to clear itself", timeout, lambda: "Clipboard clears in" not in said())
    log(f'clipboard cleared itself; the status bar reads "{said()}"')


def lock_with_the_screen(frame, timeout):
    """The screensaver starts, as the desktop says it on the session bus: the app locks itself."""
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True, timeout=timeout)
    unlock = find_one(frame, R.PUSH_BUTTON, "Unlock", timeout)
    log("locked by the screensaver's signal: the locked page shows")
    return unlock


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pid", type=int, required=True, help="the app's process id")
    parser.add_argument("--server-url", required=True, help="the sandbox the app was started with (--server)")
    parser.add_argument("--username", required=True)
    parser.add_argument("--password-file", required=True, help="the password, in a file (never on a command line)")
    parser.add_argument("--timeout", type=float, default=20, help="seconds for each wait")
    parser.add_argument("--lock", action="store_true",
                        help="lock through the screensaver's signal instead of signing out, and count then")
    parser.add_argument("--report-only", action="store_true",
                        help="print the counts, never fail on them (to measure the code as it is)")
    args = parser.parse_args()
    with open(args.password_file) as f:
        password = f.read().strip()
    timeout = args.timeout
    Atspi.init()

    app = a11y.find_application(args.pid, "voipbin-keys", timeout)
    frame = wait_until("the main window", timeout,
                       lambda: next((c for c in a11y.children(app) if c.get_role() == R.FRAME), None))
    menu_bar = wait_until("the menu bar", timeout, lambda: (a11y.find(frame, R.MENU_BAR) or [None])[0])
    memory = MemoryCheck(args.pid, timeout)
    memory.secrets["password"] = password
    # Same alphabet and length as the real one, made up here: the server has never heard of it.
    wrong_password = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(len(password)))
    memory.secrets["wrong password"] = wrong_password
    try:
        process_memory.snapshot(args.pid)
    except OSError as error:
        raise Failure(f"cannot read the app's memory ({error}): run as root, or with "
                      "kernel.yama.ptrace_scope = 0") from None

    sign_in(app, frame, args, password, wrong_password, timeout)
    memory.learn_jwt(args.username)
    memory.count("signed in", must_be_gone=("password", "wrong password"))

    memory.secrets["token"] = create_key(app, menu_bar, f"memory-{os.getpid()}", timeout)
    wait_for_clipboard_clear(frame, timeout)
    memory.count("new-key dialog closed", must_be_gone=("password", "wrong password", "token"))

    if args.lock:
        memory.secrets["open dialog's token"] = create_key(app, menu_bar, f"memory-open-{os.getpid()}", timeout,
                                                           keep_open=True)
        unlock = lock_with_the_screen(frame, timeout)
        memory.count("locked", must_be_gone=("password", "wrong password", "JWT", "token", "open dialog's token"))
        a11y.do_named_action(unlock)
        find_one(frame, R.PUSH_BUTTON, "Sign in", timeout)
        log("unlocked: the sign-in form is back (no remembered session)")
    else:
        a11y.do_named_action(a11y.menu_item(menu_bar, "File", "Sign out"),
                             ("press", "click", "activate", "trigger"))
        find_one(frame, R.PUSH_BUTTON, "Sign in", timeout)
        log("signed out: the sign-in form is back")
        memory.count("signed out", must_be_gone=("password", "wrong password", "JWT", "token"))

    a11y.do_named_action(a11y.menu_item(menu_bar, "File", "Quit"), ("press", "click", "activate", "trigger"))
    log("summary: " + "; ".join(f"{moment}: " + ", ".join(f"{n} {c}" for n, c in numbers.items())
                                for moment, numbers in memory.counts))
    if args.report_only:
        for problem in memory.problems:
            log(f"(report only) {problem}")
        return []
    return memory.problems


if __name__ == "__main__":
    try:
        found = main()
    except Failure as failure:
        log(f"FAIL: {failure}")
        sys.exit(1)
    if found:
        log("FAIL: " + "; ".join(found))
        sys.exit(1)
    log("no secret left in the app's memory")
    sys.exit(0)
