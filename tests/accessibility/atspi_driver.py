#!/usr/bin/python3
"""Drives VoIPbin Keys through AT-SPI only, as a screen reader or an automation script would.

Started by run-atspi-test.sh with the app already launched (--sandbox, accessibility forced on):
  1. finds the application on the AT-SPI desktop and the sign-in form's widgets by role and name;
  2. types a wrong password (EditableText), presses "Sign in" (Action) and reads the problem; then
     presses "Sign in" with the sandbox's demo account, which the app filled in;
  3. waits for the accesskey table (Table interface: rows > 0), reads a cell, reads the status bar;
  4. walks the window's whole tree: every interactive element must have a name;
  5. a key's whole life: Keys > New key… (fields typed through EditableText, Create pressed through
     Action), the one-time token read from the "Access Key Created" dialog (Text), Copy, Close; the new
     row in the table and whether it reads as stored on this computer; the row selected (Table),
     Keys > Revoke…, the confirmation read and answered, the row gone; all along, the keychain
     (secret-tool, same private dbus session) holds the token while the key exists and not after;
  6. quits through File > Quit (Action interface).
Every wait is bounded polling. Any failure is listed and the exit status is 1. Accessibility defects the
test works around are listed as FINDINGs at the end (they do not fail the run). The token is never
printed: only its length and its public prefix.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

# libatspi 2.46 marks atspi_action_get_action_name deprecated, but its replacement (atspi_action_get_name)
# is not reachable through GObject introspection; pyatspi calls the same function.
warnings.filterwarnings("ignore", message="Atspi.Action.get_action_name is deprecated")

R = Atspi.Role
S = Atspi.StateType

# Roles a person can operate: each one needs a name a screen reader can speak.
INTERACTIVE_ROLES = {
    R.PUSH_BUTTON, R.TOGGLE_BUTTON, R.CHECK_BOX, R.RADIO_BUTTON, R.COMBO_BOX, R.TEXT, R.ENTRY,
    R.PASSWORD_TEXT, R.SPIN_BUTTON, R.MENU_ITEM, R.CHECK_MENU_ITEM, R.RADIO_MENU_ITEM, R.MENU,
}
# Roles whose children are data, not controls (thousands of cells): not walked.
DATA_ROLES = {R.TABLE, R.TREE_TABLE, R.TREE, R.LIST}

START = time.monotonic()


def log(message):
    print(f"[a11y {time.monotonic() - START:6.2f}s] {message}", file=sys.stderr, flush=True)


class Failure(Exception):
    pass


def wait_until(what, timeout, probe, interval=0.05):
    """Calls probe() until it returns something truthy; raises Failure naming `what` after `timeout` s.
    AT-SPI errors while the app is still building its tree count as "not yet"."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = probe()
            if result:
                return result
        except GLib.Error as error:
            last_error = error
        if time.monotonic() >= deadline:
            detail = f" (last AT-SPI error: {last_error.message})" if last_error else ""
            raise Failure(f"timed out after {timeout:.0f} s waiting for {what}{detail}")
        time.sleep(interval)


def role_name(acc):
    try:
        return acc.get_role_name()
    except GLib.Error:
        return "?"


def name_of(acc):
    try:
        return acc.get_name() or ""
    except GLib.Error:
        return ""


def children(acc):
    try:
        count = acc.get_child_count()
    except GLib.Error:
        return []
    result = []
    for i in range(count):
        try:
            child = acc.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            result.append(child)
    return result


def walk(acc, depth=0, max_depth=40, skip_data=True):
    """Yields (accessible, path) for acc and its descendants; does not descend into tables and lists."""
    stack = [(acc, role_name(acc) + f" {name_of(acc)!r}", 0)]
    while stack:
        node, path, level = stack.pop()
        yield node, path
        if level >= max_depth:
            continue
        try:
            role = node.get_role()
        except GLib.Error:
            continue
        if skip_data and role in DATA_ROLES:
            continue
        for child in reversed(children(node)):
            stack.append((child, f"{path} > {role_name(child)} {name_of(child)!r}", level + 1))


def labels_of(acc):
    """The names of the labels that label acc (LABELLED_BY: a QLabel whose buddy is acc), without the
    mnemonic's '&' and the trailing ':'."""
    labels = []
    try:
        for relation in acc.get_relation_set() or []:
            if relation.get_relation_type() != Atspi.RelationType.LABELLED_BY:
                continue
            for i in range(relation.get_n_targets()):
                labels.append(name_of(relation.get_target(i)).replace("&", "").strip().rstrip(":").strip())
    except GLib.Error:
        pass
    return labels


def called(acc, name):
    """What a screen reader announces: the accessible name, or the label that labels the widget.
    (Qt on Linux names a non-editable combo box by its current text and leaves the label to the
    LABELLED_BY relation, so a combo box is found through its label.)"""
    return name_of(acc) == name or name in labels_of(acc)


def find(root, role, name=None, showing_only=True):
    """The accessibles under root with this role (and this name or label, if given)."""
    found = []
    for acc, _ in walk(root):
        try:
            if acc.get_role() != role:
                continue
            if name is not None and not called(acc, name):
                continue
            if showing_only and not acc.get_state_set().contains(S.SHOWING):
                continue
        except GLib.Error:
            continue
        found.append(acc)
    return found


def describe(acc):
    labels = labels_of(acc)
    return f'"{name_of(acc)}"' + (f" (labelled by {labels})" if labels else "")


def find_one(root, role, name, timeout, roles=()):
    """The first showing accessible with one of these roles called `name`; on a timeout the failure
    lists what is there instead."""
    roles = (role,) + tuple(roles)
    role_label = " or ".join(Atspi.role_get_name(r) for r in roles)
    try:
        return wait_until(f'a showing {role_label} named "{name}"', timeout,
                          lambda: next((a for r in roles for a in find(root, r, name)), None))
    except Failure as failure:
        present = [describe(a) for r in roles for a in find(root, r)]
        raise Failure(f"{failure}; the showing {role_label} elements are: {present or 'none'}") from None


def has_interface(acc, interface):
    try:
        return interface in acc.get_interfaces()
    except GLib.Error:
        return False


def text_of(acc):
    if not has_interface(acc, "Text"):
        return name_of(acc)
    return Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))


def do_named_action(acc, wanted=("press", "click", "activate", "toggle")):
    if not has_interface(acc, "Action"):
        raise Failure(f'{role_name(acc)} "{name_of(acc)}" has no Action interface')
    names = [Atspi.Action.get_action_name(acc, i) for i in range(Atspi.Action.get_n_actions(acc))]
    for want in wanted:
        for index, name in enumerate(names):
            if name.lower() == want:
                if not Atspi.Action.do_action(acc, index):
                    raise Failure(f'{role_name(acc)} "{name_of(acc)}": do_action("{name}") returned false')
                return name
    raise Failure(f'{role_name(acc)} "{name_of(acc)}" offers none of {wanted}; it offers {names}')


def find_application(pid, app_name, timeout):
    def probe():
        desktop = Atspi.get_desktop(0)
        names = []
        for app in children(desktop):
            names.append(name_of(app))
            if name_of(app) == app_name:
                if pid and app.get_process_id() != pid:
                    continue  # another instance (another test on the same bus): not ours
                return app
        probe.seen = names
        return None
    probe.seen = []
    try:
        return wait_until(f'the application "{app_name}" (pid {pid}) on the AT-SPI desktop', timeout, probe)
    except Failure as failure:
        raise Failure(f"{failure}; applications seen: {probe.seen}") from None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pid", type=int, default=0, help="the app's process id (0: any)")
    parser.add_argument("--app-name", default="voipbin-keys", help="the application's accessible name")
    parser.add_argument("--sign-in-name", default="Sign in",
                        help="the Sign in button's accessible name (a wrong one proves the test fails)")
    parser.add_argument("--timeout", type=float, default=20, help="seconds for each wait")
    parser.add_argument("--strict", action="store_true",
                        help="also fail on unnamed interactive elements that cannot take focus")
    parser.add_argument("--key-name", default=f"a11y-e2e-{os.getpid()}",
                        help="the name of the key created and revoked again (default: unique per run)")
    parser.add_argument("--no-key-lifecycle", action="store_true",
                        help="skip step 5 (create, copy, revoke a key)")
    args = parser.parse_args()
    timeout = args.timeout

    Atspi.init()
    problems = []

    def check(condition, message):
        if not condition:
            problems.append(message)
            log(f"PROBLEM: {message}")
        return condition

    # 1. The application and its sign-in form.
    app = find_application(args.pid, args.app_name, timeout)
    log(f'application "{name_of(app)}" found, pid {app.get_process_id()}, toolkit {app.get_toolkit_name()}')
    frame = wait_until("the main window (a frame)", timeout,
                       lambda: next((c for c in children(app) if c.get_role() == R.FRAME), None))
    log(f'main window "{name_of(frame)}"')
    check(name_of(frame) != "", "the main window has no accessible name (window title)")

    server = find_one(frame, R.COMBO_BOX, "Server", timeout)
    username = find_one(frame, R.TEXT, "Username", timeout)
    # Qt reports a password line edit as ROLE_PASSWORD_TEXT (older versions: ROLE_TEXT).
    password = find_one(frame, R.PASSWORD_TEXT, "Password", timeout, roles=(R.TEXT,))
    sign_in = find_one(frame, R.PUSH_BUTTON, args.sign_in_name, timeout)
    for widget in (server, username, password, sign_in):
        check(name_of(widget).strip() != "", f"{role_name(widget)} {describe(widget)} has an empty name")
    log(f"sign-in form: combo box {describe(server)}, text {describe(username)}, "
        f"{role_name(password)} {describe(password)}, push button {describe(sign_in)}")

    # 2. The sandbox is preselected with demo/demo filled in; check that through AT-SPI, then sign in.
    wait_until(f"the server combo box to show the local sandbox (it shows {describe(server)})", timeout,
               lambda: "sandbox" in name_of(server).lower()
               or any("sandbox" in name_of(c).lower() for c in selected_items(server)))
    wait_until('the username field to hold "demo"', timeout, lambda: text_of(username) == "demo")
    check(password.get_state_set().contains(S.EDITABLE), "the password field is not editable")
    wait_until("the Sign in button to be enabled", timeout,
                         lambda: sign_in.get_state_set().contains(S.ENABLED))

    # 2a. A wrong password typed through EditableText: the problem must be readable over AT-SPI.
    if not has_interface(password, "EditableText"):
        check(False, "the password field has no EditableText interface: automation cannot type into it")
    else:
        Atspi.EditableText.set_text_contents(password, "not-the-password")
        do_named_action(sign_in)
        try:
            problem = wait_until('a showing "Sign-in problem" label that says what went wrong', timeout,
                                 lambda: next((a for a in find(frame, R.LABEL, "Sign-in problem")
                                               if (a.get_description() or text_of(a)).strip()), None))
            log(f'wrong password: "{name_of(problem)}" reads "{problem.get_description() or text_of(problem)}"')
        except Failure as failure:
            check(False, str(failure))
        wait_until("the Sign in button to be enabled again", timeout,
                   lambda: sign_in.get_state_set().contains(S.ENABLED))
        Atspi.EditableText.set_text_contents(password, sandbox_password(frame))

    action = do_named_action(sign_in)
    log(f'invoked "{action}" on "{name_of(sign_in)}"')

    # 3. The accesskey table, one of its cells, the status bar.
    table = wait_until("a showing table with at least one row", timeout,
                       lambda: next((t for t in find(frame, R.TABLE) if has_interface(t, "Table")
                                     and Atspi.Table.get_n_rows(t) > 0), None))
    rows, columns = Atspi.Table.get_n_rows(table), Atspi.Table.get_n_columns(table)
    log(f'table "{name_of(table)}": {rows} rows x {columns} columns')
    check(name_of(table) != "", "the accesskey table has no accessible name")
    check(columns > 0, "the accesskey table has no columns")
    cell = Atspi.Table.get_accessible_at(table, 0, 0)
    cell_name = name_of(cell) if cell is not None else ""
    header = Atspi.Table.get_column_header(table, 0) if columns else None
    log(f'cell (0, 0): "{cell_name}" under column header "{name_of(header) if header else ""}"')
    check(cell_name.strip() != "", "the table's first cell (row 0, column 0) has no accessible name")

    status_bar = wait_until("a status bar", timeout, lambda: (find(frame, R.STATUS_BAR) or [None])[0])

    def status_text():
        parts = [name_of(status_bar)] + [text_of(acc) for acc, _ in walk(status_bar)]
        return " | ".join(p for p in parts if p)

    try:
        text = wait_until("the status bar to mention the session", timeout,
                          lambda: (lambda t: t if "session" in t.lower() else None)(status_text()))
        log(f'status bar: "{text}"')
        check("demo" in text, f'the status bar does not name the user "demo": "{text}"')
    except Failure as failure:
        check(False, f'{failure}; it reads "{status_text()}"')

    # 4. Every interactive element of the window (both pages, menus, tool bar) has a name; so does every
    #    element of the dialogs the menus open.
    unnamed = check_names(frame, "main window", args.strict)
    check(not unnamed, f"{len(unnamed)} interactive element(s) of the main window without an accessible name "
                       "(listed above)")
    menu_bar = wait_until("the menu bar", timeout, lambda: (find(frame, R.MENU_BAR) or [None])[0])
    for menu, item in DIALOGS:
        try:
            dialog = open_dialog(app, menu_bar, menu, item, timeout)
            unnamed = check_names(dialog, f"{menu} > {item}", args.strict)
            check(not unnamed, f'{len(unnamed)} interactive element(s) of the dialog "{name_of(dialog)}" '
                               f"({menu} > {item}) without an accessible name (listed above)")
            close_dialog(app, dialog, timeout)
        except Failure as failure:
            check(False, str(failure))
            break  # a dialog left open would block the rest; File > Quit still runs

    # 5. A key's whole life, through AT-SPI alone, checked against the keychain.
    if not args.no_key_lifecycle and not showing_dialogs(app):
        try:
            KeyLifecycle(app, frame, menu_bar, table, args.key_name, timeout, check).run()
        except Failure as failure:
            check(False, f"key lifecycle: {failure}")
            dismiss_dialogs(app, timeout)  # so that File > Quit still works
    for finding in FINDINGS:
        log(f"FINDING: {finding}")

    # 6. File > Quit through the menu bar's accessibles.
    quit_item = menu_item(menu_bar, "File", "Quit")
    if problems:
        log(f"{len(problems)} problem(s); quitting the app anyway")
    action = do_named_action(quit_item, ("press", "click", "activate", "trigger"))
    log(f'invoked "{action}" on File > Quit')
    return problems


# Dialogs opened through the menus for the name check: (menu, item). Each is closed again with the
# first of CLOSE_BUTTONS it has.
DIALOGS = [("Keys", "New key…"), ("Edit", "Preferences…"), ("Help", "About VoIPbin Keys")]
CLOSE_BUTTONS = ("Cancel", "Close", "OK")


def plain(label):
    return label.replace("&", "").strip()


def sandbox_password(frame):
    """The local sandbox's demo password for this run, as the sign-in form tells it to a person."""
    for label in find(frame, R.LABEL):
        text = readable_text(label) or name_of(label)
        match = re.search(r'password "([^"]+)"', text or "")
        if match:
            return match.group(1)
    raise Failure("no label on the sign-in form says the sandbox's demo password")


def menu_item(menu_bar, menu, item):
    """The menu item `item` of the menu bar's `menu`; the menu need not be open."""
    top = next((c for c in children(menu_bar) if plain(name_of(c)) == menu), None)
    if top is None:
        raise Failure(f'no "{menu}" in the menu bar; it has {[name_of(c) for c in children(menu_bar)]}')
    entries = [acc for acc, _ in walk(top) if acc is not top and acc.get_role() == R.MENU_ITEM]
    found = next((acc for acc in entries if plain(name_of(acc)) == item), None)
    if found is None:
        raise Failure(f'no "{item}" under {menu}; it has {[name_of(a) for a in entries]}')
    return found


def showing_dialogs(app):
    return [c for c in children(app) if c.get_role() in (R.DIALOG, R.FILE_CHOOSER, R.ALERT)
            and c.get_state_set().contains(S.SHOWING)]


def open_dialog(app, menu_bar, menu, item, timeout):
    entry = menu_item(menu_bar, menu, item)
    wait_until(f'"{menu} > {item}" to be enabled', timeout,
               lambda: entry.get_state_set().contains(S.ENABLED))
    before = {name_of(d) for d in showing_dialogs(app)}
    do_named_action(entry, ("press", "click", "activate", "trigger"))
    dialog = wait_until(f'a dialog after "{menu} > {item}"', timeout,
                        lambda: next((d for d in showing_dialogs(app) if name_of(d) not in before), None))
    log(f'"{menu} > {item}" opened the dialog "{name_of(dialog)}"')
    return dialog


def close_dialog(app, dialog, timeout):
    title = name_of(dialog)
    buttons = {plain(name_of(b)): b for b in find(dialog, R.PUSH_BUTTON)}
    name = next((n for n in CLOSE_BUTTONS if n in buttons), None)
    if name is None:
        raise Failure(f'the dialog "{title}" has none of the buttons {CLOSE_BUTTONS}; it has {list(buttons)}')
    do_named_action(buttons[name])
    wait_until(f'the dialog "{title}" to close after "{name}"', timeout,
               lambda: all(name_of(d) != title for d in showing_dialogs(app)))


def check_names(root, where, strict):
    """Lists (and logs) the focusable interactive elements under root without a name. Unnamed elements
    that cannot take focus are only noted, unless strict."""
    unnamed, unnamed_unfocusable, counted = [], [], 0
    for acc, path in walk(root):
        try:
            role = acc.get_role()
            states = acc.get_state_set()
        except GLib.Error:
            continue
        if role not in INTERACTIVE_ROLES:
            continue
        if not (states.contains(S.FOCUSABLE) or role in (R.MENU_ITEM, R.MENU, R.CHECK_MENU_ITEM,
                                                         R.RADIO_MENU_ITEM)):
            # Mouse-only helpers Qt adds itself (a line edit's clear button, a tool bar's overflow
            # button): reported, not failed, since keyboard and screen reader users never land on them.
            if not name_of(acc).strip():
                unnamed_unfocusable.append(f"{role_name(acc)} at {path}")
            continue
        counted += 1
        if not name_of(acc).strip():
            shown = "showing" if states.contains(S.SHOWING) else "hidden"
            unnamed.append(f"{role_name(acc)} ({shown}) at {path}")
    log(f"{where}: {counted} interactive elements checked for a name")
    if strict:
        unnamed += unnamed_unfocusable
    else:
        for entry in unnamed_unfocusable:
            log(f"note: unnamed but not focusable (not a failure): {entry}")
    for entry in unnamed:
        log(f"UNNAMED: {entry}")
    return unnamed


# ---------------------------------------------------------------------------------------------------
# Step 5: create a key, read and copy its token, find it in the table, revoke it.

# Accessibility defects met on the way that the test can work around: reported, never failed.
FINDINGS = []


def finding(message):
    if message not in FINDINGS:
        FINDINGS.append(message)
        log(f"finding: {message}")


# The token format the server hands out: "vb_" and 32 base64url characters.
TOKEN_PATTERN = re.compile(r"vb_[A-Za-z0-9_-]{32}")
# QtKeychain 0.13 (libsecret backend) stores each secret under its schema "org.qt.keychain" with the
# attributes server = the service name, user = the entry's key, type = plaintext. There is no "service"
# attribute: `secret-tool search service "VoIPbin Keys"` finds nothing.
KEYCHAIN_SERVICE = "VoIPbin Keys"
KEYCHAIN_QUERY = ("server", KEYCHAIN_SERVICE)


def token_shown(token):
    """What may be printed about a token: its length and its public prefix (the table shows that too)."""
    return f"{len(token)} characters, prefix {token[:11]!r}…"


def readable_text(acc):
    """What a screen reader can read beyond the name: the Text interface's contents or the description."""
    try:
        text = Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc)) \
            if has_interface(acc, "Text") else ""
        return (text or acc.get_description() or "").strip()
    except GLib.Error:
        return ""


def is_showing(acc):
    try:
        return acc.get_state_set().contains(S.SHOWING)
    except GLib.Error:
        return False


def has_state(acc, state):
    try:
        return acc.get_state_set().contains(state)
    except GLib.Error:
        return False


def keychain_secrets(timeout):
    """The secrets the keychain holds for the app (secret-tool, inside the same private dbus session).
    Never logged: only compared."""
    tool = shutil.which("secret-tool")
    if tool is None:
        raise Failure("secret-tool is missing (apt-get install libsecret-tools)")
    try:
        done = subprocess.run([tool, "search", "--all", *KEYCHAIN_QUERY], capture_output=True, text=True,
                              timeout=min(timeout, 10), check=False)
    except subprocess.TimeoutExpired:
        raise Failure("secret-tool search did not answer within 10 s") from None
    if done.returncode not in (0, 1):  # 1: nothing found (some versions)
        raise Failure(f"secret-tool search failed with status {done.returncode}: "
                      f"{done.stderr.strip().splitlines()[-1:] or ''}")
    # --all prints each item's label, secret and dates on stdout, its attributes on stderr.
    return [line.split("=", 1)[1].strip() for line in done.stdout.splitlines()
            if line.startswith("secret = ")]


class NoWaitPresser:
    """Presses a button or menu item over AT-SPI without waiting for the reply.

    Qt 6.4 answers an AT-SPI DoAction only after the action's slot has returned; a slot that runs a
    modal QMessageBox::exec() (Keys > Revoke…) therefore keeps the caller waiting until the box is
    closed: libatspi's synchronous do_action would block for its 25 s D-Bus timeout and then fail. So the
    call goes out on a connection of our own to the AT-SPI bus, and its reply is ignored."""

    def __init__(self):
        self.connection = None
        self.pending = 0  # calls whose reply has not come yet

    def _replied(self, connection, result):
        self.pending -= 1
        try:
            connection.call_finish(result)
        except GLib.Error:
            pass  # only its arrival matters

    def replies_pending(self):
        """Dispatches the replies that came (GLib main context) and says how many are still missing."""
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass
        return self.pending

    def press(self, acc, wanted=("press", "click", "activate", "trigger")):
        names = [Atspi.Action.get_action_name(acc, i) for i in range(Atspi.Action.get_n_actions(acc))]
        index = next((i for want in wanted for i, n in enumerate(names) if n.lower() == want), None)
        if index is None:
            raise Failure(f'{role_name(acc)} "{name_of(acc)}" offers none of {wanted}; it offers {names}')
        if self.connection is None:
            session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
            address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                        GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 5000, None).unpack()[0]
            self.connection = Gio.DBusConnection.new_for_address_sync(
                address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
                | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
        self.connection.call(acc.app.bus_name, acc.path, "org.a11y.atspi.Action", "DoAction",
                             GLib.Variant("(i)", (index,)), None, Gio.DBusCallFlags.NO_AUTO_START,
                             60000, None, self._replied)
        self.pending += 1
        self.connection.flush_sync(None)
        return names[index]

    def close(self):
        if self.connection is not None:
            try:
                self.connection.close_sync(None)
            except GLib.Error:
                pass
            self.connection = None


def dismiss_dialogs(app, timeout):
    """After a failure: closes whatever dialog is left (Cancel/Close/No), so that File > Quit works."""
    for _ in range(3):
        dialogs = showing_dialogs(app)
        if not dialogs:
            return
        for dialog in dialogs:
            buttons = {plain(name_of(b)): b for b in find(dialog, R.PUSH_BUTTON)}
            name = next((n for n in ("Cancel", "Close", "No", "OK") if n in buttons), None)
            if name is None:
                continue
            try:
                if has_state(buttons[name], S.ENABLED):
                    do_named_action(buttons[name])
            except (Failure, GLib.Error):
                pass
        try:
            wait_until("the dialogs to close", min(timeout, 3), lambda: not showing_dialogs(app))
        except Failure:
            pass


class KeyLifecycle:
    def __init__(self, app, frame, menu_bar, table, key_name, timeout, check):
        self.app, self.frame, self.menu_bar, self.table = app, frame, menu_bar, table
        self.key_name, self.timeout, self.check = key_name, timeout, check
        self.detail = "Made through AT-SPI"
        self.token = ""

    def run(self):
        presser = NoWaitPresser()
        try:
            rows_before = Atspi.Table.get_n_rows(self.table)
            secrets_before = keychain_secrets(self.timeout)
            self.create()
            self.check_keychain(True, secrets_before)
            row = self.check_row(rows_before)
            self.revoke(row, rows_before, presser)
            self.check_keychain(False, secrets_before)
        finally:
            presser.close()

    # 5.1 Keys > New key…: type, Create, read the token, Copy, Close.
    def create(self):
        dialog = open_dialog(self.app, self.menu_bar, "Keys", "New key…", self.timeout)
        name_field = find_one(dialog, R.TEXT, "Name", self.timeout)
        detail_field = find_one(dialog, R.TEXT, "Detail", self.timeout)
        create = find_one(dialog, R.PUSH_BUTTON, "Create", self.timeout)
        lifetime = find_one(dialog, R.COMBO_BOX, "Lifetime", self.timeout)
        problem = next(iter(find(dialog, R.LABEL, "Input problem")), None)
        if problem is not None and not readable_text(problem):
            finding('Create Access Key dialog: the validation label (QLabel validationLabel, role label) is '
                    'named "Input problem" and exposes nothing else: its message ("Give the key a name.") '
                    "is neither its name, its description nor readable through a Text interface")
        self.check(not has_state(create, S.ENABLED), "Create is enabled before the key has a name")
        for field in (name_field, detail_field):
            if not has_interface(field, "EditableText"):
                raise Failure(f'the "{name_of(field)}" field has no EditableText interface')
        Atspi.EditableText.set_text_contents(name_field, self.key_name)
        Atspi.EditableText.insert_text(detail_field, 0, self.detail, len(self.detail))
        wait_until(f'the Name field to read "{self.key_name}"', self.timeout,
                   lambda: text_of(name_field) == self.key_name)
        wait_until(f'the Detail field to read "{self.detail}"', self.timeout,
                   lambda: text_of(detail_field) == self.detail)
        wait_until("Create to be enabled once the key has a name", self.timeout,
                   lambda: has_state(create, S.ENABLED))
        log(f'typed name "{self.key_name}" and detail "{self.detail}"; lifetime stays "{name_of(lifetime)}"')
        do_named_action(create)

        created = wait_until('the "Access Key Created" dialog', self.timeout,
                             lambda: next((d for d in showing_dialogs(self.app)
                                           if name_of(d) == "Access Key Created"), None))
        wait_until('the "Create Access Key" dialog to close', self.timeout,
                   lambda: all(name_of(d) != name_of(dialog) for d in showing_dialogs(self.app)))
        headline = [name_of(a) for a in find(created, R.LABEL) if self.key_name in name_of(a)]
        self.check(headline, f'the "Access Key Created" dialog does not name the key "{self.key_name}"')

        token_field = find_one(created, R.TEXT, "Access key token", self.timeout)
        if not has_interface(token_field, "Text"):
            raise Failure("the token field has no Text interface: its token cannot be read")
        self.token = wait_until("a token in the token field", self.timeout, lambda: text_of(token_field))
        self.check(TOKEN_PATTERN.fullmatch(self.token),
                   f'the token does not look like "vb_" + 32 base64url characters ({token_shown(self.token)})')
        log(f"token read from the read-only field: {token_shown(self.token)}")
        self.check(has_state(token_field, S.READ_ONLY), "the token field is not read-only")
        if has_interface(token_field, "EditableText"):
            # Qt 6.4 offers EditableText even on a read-only field: the app must put its secret back, so
            # what is shown (and copied) stays what the server sent.
            Atspi.EditableText.set_text_contents(token_field, "vb_" + "x" * 32)
            restored = wait_until("the token field to show the server's token again", self.timeout,
                                  lambda: text_of(token_field) == self.token or None)
            self.check(restored, "writing into the read-only token field over AT-SPI replaced the token")
            log("the token field refused a write over AT-SPI (the token was put back)")

        # Saved in the keychain: the stored variant names its sentence "Notice" (the other one "Warning",
        # with an "I have copied this key" check box that must be ticked before Close works).
        notice = next(iter(find(created, R.LABEL, "Notice")), None)
        warning = next(iter(find(created, R.LABEL, "Warning")), None)
        self.check(notice is not None and warning is None,
                   'the dialog does not say the key was saved in the keychain (no "Notice" label'
                   + (f', a "Warning": "{readable_text(warning)}")' if warning is not None else ")"))
        self.check(not find(created, R.CHECK_BOX, "I have copied this key"),
                   'the dialog asks for "I have copied this key": the key was not stored in the keychain')
        if notice is not None:
            said = readable_text(notice)
            if said:
                self.check("keychain" in said.lower(), f'the notice does not mention the keychain: "{said}"')
                log(f'notice: "{said}"')
            else:
                finding('Access Key Created dialog: the sentence "…It has been saved in your keychain." '
                        '(QLabel onceLabel, role label) is only exposed as the name "Notice" (stored) or '
                        '"Warning" (not stored); its text is not its name, description or Text. The same '
                        'holds for the labels named "Name", "Expires" and "Clipboard status", whose values '
                        "(the key's name, its expiry, the copy status) cannot be read at all")

        copy = find_one(created, R.PUSH_BUTTON, "Copy token", self.timeout)
        status = next(iter(find(created, R.LABEL, "Clipboard status", showing_only=False)), None)
        do_named_action(copy)
        if status is None:
            self.check(False, 'the dialog has no "Clipboard status" label to confirm the copy')
        else:
            wait_until('the "Clipboard status" label to appear after Copy', self.timeout,
                       lambda: is_showing(status))
            log(f'pressed "Copy token"; "Clipboard status" shows'
                + (f': "{readable_text(status)}"' if readable_text(status) else " (its text is not exposed)"))
        close = find_one(created, R.PUSH_BUTTON, "Close", self.timeout)
        wait_until("Close to be enabled", self.timeout, lambda: has_state(close, S.ENABLED))
        do_named_action(close)
        wait_until('the "Access Key Created" dialog to close', self.timeout,
                   lambda: not any(name_of(d) == "Access Key Created" for d in showing_dialogs(self.app)))

    # 5.2 The keychain holds the token while the key exists, and not after it is revoked.
    def check_keychain(self, expect_present, secrets_before):
        query = " ".join(f'"{p}"' if " " in p else p for p in KEYCHAIN_QUERY)
        if expect_present:
            wait_until(f"the keychain to hold the new key's token (secret-tool search {query})",
                       self.timeout, lambda: self.token in keychain_secrets(self.timeout))
            log(f"keychain holds the new key's token ({token_shown(self.token)}); "
                f"{len(secrets_before)} secret(s) before")
        else:
            wait_until(f"the keychain to forget the revoked key's token (secret-tool search {query})",
                       self.timeout, lambda: self.token not in keychain_secrets(self.timeout))
            log(f"keychain no longer holds the revoked key's token; {len(keychain_secrets(self.timeout))} "
                f"secret(s) left, {len(secrets_before)} before the key was created")

    def columns(self):
        result = {}
        for column in range(Atspi.Table.get_n_columns(self.table)):
            header = Atspi.Table.get_column_header(self.table, column)
            result[plain(name_of(header)) if header is not None else str(column)] = column
        return result

    def row_of_key(self):
        column = self.columns().get("Name", 0)
        for row in range(Atspi.Table.get_n_rows(self.table)):
            cell = Atspi.Table.get_accessible_at(self.table, row, column)
            if cell is not None and name_of(cell) == self.key_name:
                return row
        return None

    def row_cells(self, row):
        cells = []
        for column in range(Atspi.Table.get_n_columns(self.table)):
            cell = Atspi.Table.get_accessible_at(self.table, row, column)
            cells.append((name_of(cell), cell.get_description() or "") if cell is not None else ("", ""))
        return cells

    # 5.3 The new row: one more row, the name in a cell, "stored on this computer" somewhere in the row.
    def check_row(self, rows_before):
        rows = wait_until(f"the table to grow from {rows_before} to {rows_before + 1} rows", self.timeout,
                          lambda: (lambda n: n if n == rows_before + 1 else None)(
                              Atspi.Table.get_n_rows(self.table)))
        # In a list: row 0 is a hit too.
        row = wait_until(f'a row whose Name cell reads "{self.key_name}"', self.timeout,
                         lambda: (lambda r: None if r is None else [r])(self.row_of_key()))[0]
        cells = self.row_cells(row)
        log(f"table: {rows_before} -> {rows} rows; row {row} reads {[c[0] for c in cells]}")
        self.check(any(self.detail == c[0] for c in cells), f'the row does not show the detail "{self.detail}"')
        key_column = self.columns().get("Key")
        if key_column is not None:
            match = re.match(r"prefix (\S+?)(,|$)", cells[key_column][0])
            self.check(match and self.token.startswith(match.group(1)),
                       f'the Key cell ("{cells[key_column][0]}") does not show the token\'s prefix')
        said = [text for pair in cells for text in pair if "stored" in text.lower()]
        if said:
            log(f'the row reads as stored locally: "{said[0]}"')
        else:
            finding(f'key table: nothing in row {row} (cell names, descriptions) says the secret is stored '
                    "on this computer; only the icon shows it")
        return row

    # 5.4 Select the row, Keys > Revoke…, read and confirm the question, the row goes away.
    def revoke(self, row, rows_before, presser):
        revoke_item = menu_item(self.menu_bar, "Keys", "Revoke…")
        name_column = self.columns().get("Name", 0)
        if not Atspi.Table.add_row_selection(self.table, row):
            raise Failure(f"Table.add_row_selection({row}) returned false")
        wait_until(f"row {row} to read as selected", self.timeout,
                   lambda: Atspi.Table.is_row_selected(self.table, row))
        try:
            wait_until("Keys > Revoke… to be enabled for the row selected through AT-SPI",
                       min(self.timeout, 1.5), lambda: has_state(revoke_item, S.ENABLED))
            log(f"row {row} selected through Table.add_row_selection; Keys > Revoke… enabled")
        except Failure:
            finding("key table (QTableView keyTable, role table): a row selected through AT-SPI "
                    "(Table.add_row_selection, or the cells' Toggle action) reads as selected, but the "
                    "Keys actions that need a key (Edit…, Revoke…, Copy key…) stay disabled: "
                    "MainWindow::currentKey() wants the view's current index, which an AT-SPI selection "
                    "never moves, and no cell can take focus (Component.grab_focus returns false, no "
                    "SetFocus action). Worked around with a pointer click on the cell "
                    "(Atspi.generate_mouse_event) and the row selected again")
            cell = Atspi.Table.get_accessible_at(self.table, row, name_column)
            box = Atspi.Component.get_extents(cell, Atspi.CoordType.SCREEN)
            area = Atspi.Component.get_extents(self.table, Atspi.CoordType.SCREEN)
            x, y = box.x + box.width // 2, box.y + box.height // 2
            if box.width <= 0 or not (area.x <= x < area.x + area.width and area.y <= y < area.y + area.height):
                raise Failure(f"row {row}'s cell is not on screen (cell {box.x},{box.y} "
                              f"{box.width}x{box.height}, table {area.x},{area.y} {area.width}x{area.height})")
            Atspi.generate_mouse_event(x, y, "b1c")
            wait_until(f"row {row}'s cell to take the focus after a click", self.timeout,
                       lambda: has_state(cell, S.FOCUSED))
            # The click moved the current index, but the row was selected already: no selection change,
            # so the app did not update its actions. Selecting the row again (Qt clears the selection and
            # selects it anew) makes it do so. (Unselecting first cannot work: in a single-selection
            # table Qt refuses to unselect the only selected row.)
            Atspi.Table.add_row_selection(self.table, row)
            wait_until(f"Keys > Revoke… to be enabled after a click on row {row}", self.timeout,
                       lambda: has_state(revoke_item, S.ENABLED))
            self.check(Atspi.Table.is_row_selected(self.table, row),
                       f"row {row} is not selected after the click")

        before = {id(d) for d in showing_dialogs(self.app)}
        action = presser.press(revoke_item)
        log(f'invoked "{action}" on Keys > Revoke… (not waiting for the reply: the app runs a modal loop)')
        box = wait_until("the revoke confirmation (role alert or dialog)", self.timeout,
                         lambda: next((d for d in showing_dialogs(self.app) if id(d) not in before), None))
        texts = [name_of(box), readable_text(box)] + [
            t for acc, _ in walk(box) if acc.get_role() == R.LABEL for t in (name_of(acc), readable_text(acc))]
        question = " ".join(t for t in texts if t)
        question = " ".join(question.split())
        log(f'confirmation {role_name(box)} "{name_of(box)}": "{question}"')
        self.check(box.get_role() in (R.ALERT, R.DIALOG), f"the confirmation has the role {role_name(box)}")
        if presser.replies_pending():
            finding("Keys > Revoke… (and every QMessageBox the app runs with exec()): the AT-SPI DoAction "
                    "that opened the confirmation gets no reply while the box is open (Qt 6.4 replies after "
                    "the slot returns), so a screen reader or script calling do_action() hangs until its "
                    "D-Bus timeout (25 s) and then sees an error. Worked around: the press goes out without "
                    "waiting for the reply")
        if f'"{self.key_name}"' not in question:
            raise Failure(f'the confirmation does not name the key "{self.key_name}": "{question}"; '
                          "not confirming")
        buttons = {plain(name_of(b)): b for b in find(box, R.PUSH_BUTTON)}
        # A destructive question's button says what it does (the desktop guidelines): "Revoke", not "Yes".
        if "Revoke" not in buttons:
            raise Failure(f'the confirmation has no "Revoke" button; it has {list(buttons)}')
        do_named_action(buttons["Revoke"])
        wait_until("the confirmation to close", self.timeout, lambda: not any(
            name_of(d) == name_of(box) for d in showing_dialogs(self.app)))
        wait_until(f'the row "{self.key_name}" to be gone and the table back at {rows_before} rows',
                   self.timeout,
                   lambda: self.row_of_key() is None and Atspi.Table.get_n_rows(self.table) == rows_before)
        log(f'row "{self.key_name}" gone; {rows_before} rows')
        wait_until("the reply to the Keys > Revoke… press, once the confirmation is closed", self.timeout,
                   lambda: presser.replies_pending() == 0)
        status_bar = next(iter(find(self.frame, R.STATUS_BAR)), None)
        if status_bar is not None:
            said = " | ".join(t for acc, _ in walk(status_bar) for t in (name_of(acc), readable_text(acc)) if t)
            self.check(f'Revoked "{self.key_name}"' in said,
                       f'the status bar does not say "Revoked "{self.key_name}"": "{said}"')


def selected_items(combo):
    # A combo box's popup list (ROLE_LIST / MENU) holds the choices; the selected one is its current text.
    return [acc for acc, _ in walk(combo, skip_data=False) if acc is not combo
            and acc.get_state_set().contains(S.SELECTED)]


if __name__ == "__main__":
    try:
        found = main()
    except Failure as failure:
        log(f"FAIL: {failure}")
        sys.exit(1)
    if found:
        log("FAIL: " + "; ".join(found))
        sys.exit(1)
    log("all AT-SPI checks passed")
    sys.exit(0)
