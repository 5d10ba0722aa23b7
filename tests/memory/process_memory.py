"""Reads a running process's memory through /proc/PID/maps and /proc/PID/mem and counts secrets in it.

Reading another process's memory needs ptrace rights over it: root, or the same user with
kernel.yama.ptrace_scope 0 (Debian's default; Ubuntu's is 1, where only root or an ancestor may).
The process is stopped (SIGSTOP) while it is read, so that what is counted is one consistent picture.
"""

import bisect
import os
import re
import shutil
import signal
import struct
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field

CHUNK = 16 << 20
# Kernel pseudo-mappings that cannot be read through /proc/PID/mem.
UNREADABLE = ("[vvar]", "[vvar_vclock]", "[vsyscall]")
# A JWT as it travels: three base64url segments, the first two JSON objects ("eyJ" = '{"').
JWT_PATTERN = rb"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}"


@dataclass
class Mapping:
    start: int
    end: int
    perms: str
    offset: int
    path: str

    def describe(self):
        return f"{self.start:012x}-{self.end:012x} {self.perms} {self.path or '[anonymous]'}"


@dataclass
class Hit:
    mapping: Mapping
    address: int
    encoding: str
    before: str  # up to 24 characters in front of the hit, non-printable ones shown as '.'


@dataclass
class Snapshot:
    """The readable, possibly written-to memory of a process: [(mapping, bytes)]."""
    regions: list = field(default_factory=list)
    unreadable: list = field(default_factory=list)

    @property
    def size(self):
        return sum(len(data) for _, data in self.regions)

    def find(self, secret):
        """Every copy of `secret` (a str) as UTF-8/Latin-1 and as UTF-16LE (QString)."""
        hits = []
        for encoding in ("utf-8", "utf-16-le"):
            needle = secret.encode(encoding)
            width = 2 if encoding == "utf-16-le" else 1
            for mapping, data in self.regions:
                start = data.find(needle)
                while start >= 0:
                    context = data[max(0, start - 24 * width):start]
                    if width == 2:
                        context = context[len(context) % 2:].decode("utf-16-le", errors="replace")
                    else:
                        context = context.decode("latin-1")
                    before = "".join(c if c.isprintable() and ord(c) < 0x7f else "." for c in context)
                    hits.append(Hit(mapping, mapping.start + start, encoding, before))
                    start = data.find(needle, start + 1)
        return hits

    def jwts(self):
        """The JWT-shaped strings in memory, UTF-8 and UTF-16LE, as str -> number of copies."""
        found = {}
        utf16 = re.compile(rb"e\x00y\x00J\x00(?:[A-Za-z0-9_.\-]\x00){40,}")
        ascii_pattern = re.compile(JWT_PATTERN)
        for _, data in self.regions:
            for match in ascii_pattern.finditer(data):
                text = match.group().decode()
                found[text] = found.get(text, 0) + 1
            for match in utf16.finditer(data):
                text = match.group().decode("utf-16-le")
                for inner in ascii_pattern.finditer(text.encode()):
                    key = inner.group().decode()
                    found[key] = found.get(key, 0) + 1
        return found


def mappings(pid):
    result = []
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            parts = line.split(maxsplit=5)
            start, end = (int(x, 16) for x in parts[0].split("-"))
            path = parts[5].strip() if len(parts) > 5 else ""
            result.append(Mapping(start, end, parts[1], int(parts[2], 16), path))
    return result


def worth_reading(mapping):
    """Anything a secret could be in: anonymous memory, heap, stack, and every writable mapping.
    Read-only file mappings (code, constant data) only hold what the file holds."""
    if "r" not in mapping.perms or mapping.path in UNREADABLE:
        return False
    if not mapping.path or mapping.path.startswith("["):
        return True
    return "w" in mapping.perms


@contextmanager
def stopped(pid):
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def snapshot(pid):
    shot = Snapshot()
    with stopped(pid), open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for mapping in mappings(pid):
            if not worth_reading(mapping):
                continue
            parts = []
            address = mapping.start
            while address < mapping.end:
                length = min(CHUNK, mapping.end - address)
                try:
                    mem.seek(address)
                    parts.append(mem.read(length))
                except OSError:
                    shot.unreadable.append(mapping)
                    break
                address += length
            shot.regions.append((mapping, b"".join(parts)))
    return shot


# ---------------------------------------------------------------------------------------------------
# Who holds a copy: for a failure that says where to look, not only that something is left.

class Symbols:
    """Names for addresses in the process's files (nm -C), e.g. "vtable for LoginReply+16"."""

    def __init__(self, maps):
        self.maps = maps
        self.tables = {}  # path -> (sorted starts, [(start, size, name)])

    def _table(self, path):
        if path not in self.tables:
            entries = []
            nm = shutil.which("nm")
            for flags in (["-D"], []) if nm else []:
                done = subprocess.run([nm, "-C", "-S", "--defined-only", *flags, path], capture_output=True,
                                      text=True, check=False)
                for line in done.stdout.splitlines():
                    parts = line.split(maxsplit=3)
                    if len(parts) == 4:
                        try:
                            entries.append((int(parts[0], 16), int(parts[1], 16), parts[3]))
                        except ValueError:
                            pass
            entries.sort()
            self.tables[path] = ([e[0] for e in entries], entries)
        return self.tables[path]

    def name(self, address):
        mapping = next((m for m in self.maps if m.start <= address < m.end), None)
        if mapping is None or not mapping.path.startswith("/"):
            return None
        base = min(m.start - m.offset for m in self.maps if m.path == mapping.path)
        starts, entries = self._table(mapping.path)
        index = bisect.bisect_right(starts, address - base) - 1
        if index < 0:
            return None
        start, size, name = entries[index]
        if address - base >= start + max(size, 1):
            return None
        return f"{name}+{address - base - start} ({os.path.basename(mapping.path)})"


def holders(shot, hit, length, symbols, depth=2):
    """Where the copy at hit.address is referred to from: a Qt container (QString / QByteArray: a d
    pointer, then a pointer to the characters, then the size) or any other pointer to it; for each, the
    nearest vtable (or other named object) in the 512 bytes in front of it, which names the object that
    contains the container. Returns lines of text."""
    lines = []
    pointer = struct.pack("<Q", hit.address)
    for mapping, data in shot.regions:
        at = data.find(pointer)
        while at >= 0:
            address = mapping.start + at
            size = struct.unpack_from("<q", data, at + 8)[0] if at + 16 <= len(data) else -1
            what = "a Qt container (d, ptr, size)" if size == length else "a pointer"
            owner = None
            for back in range(8, 520, 8):
                if at - back < 0:
                    break
                value = struct.unpack_from("<Q", data, at - back)[0]
                name = symbols.name(value)
                if name and ("vtable" in name or "typeinfo" in name):
                    owner = f"{back - 8} bytes after an object whose vtable is {name}"
                    break
            lines.append(f"referenced from {what} at {address - (8 if what != 'a pointer' else 0):012x} "
                         f"({mapping.describe()})" + (f", {owner}" if owner else ""))
            at = data.find(pointer, at + 1)
    return lines
