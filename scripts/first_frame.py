"""The first frame of `workbook open` as `make bench` measures it, for scripts/start-order and
scripts/start-counts: the benchmark's session, and a start in a new 80x24 pseudo-terminal."""
import fcntl
import json
import os
import struct
import subprocess
import sys
import termios

def session_file(folder):
    """The session `make bench` opens (Benchmarks/Sources/BenchmarkSupport/BenchmarkFixtures)."""
    items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
    columns = ["focus", "goal", "actions", "who", "resources", "by-when", "measure", "status"]
    questions = ["strength-or-challenge", "variance-or-consensus", "unexpected-scores",
                 "strengths-within", "importance", "prioritize"]
    people = [{"id": f"p{i + 1}", "name": f"Participant number {i + 1}", "finishedScoring": True,
               "scores": {item: "?" if (i + n) % 11 == 0 else (i * 7 + n) % 5 + 1
                          for n, item in enumerate(items)}} for i in range(12)]
    session = {
        "id": "benchsess", "title": "Benchmark workshop", "organization": "Wikimedia Benchmarks",
        "createdAt": "2026-11-25T09:00:00Z", "updatedAt": "2026-11-25T09:00:00Z",
        "mode": "workshop", "participants": people, "anonymous": False,
        "labelOrder": [p["id"] for p in people], "strategyID": "working-with-online-contributors",
        "contentVersion": "1", "scoresRevealed": True,
        "reflection": {q: {"text": f"What the team said about {q}."} for q in questions},
        "reviews": {}, "facilitatorNotes": "Notes for the benchmark.",
        "plan": [{"id": f"row{r + 1}", "cells": {c: f"Row {r + 1}: a sentence for {c}."
                                                 for c in columns}} for r in range(50)]}
    with open(os.path.join(folder, "benchsess.json"), "w") as file:
        json.dump({"schema": 1, "session": session}, file, indent=2, sort_keys=True)


def run_to_first_frame(command):
    """Runs `command` in a new 80x24 pseudo-terminal until the status line's "Saved", the frame's
    last text, is drawn (the content itself says "help", so that word would stop early),
    then quits it with q."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for descriptor in (0, 1, 2):
            os.dup2(slave, descriptor)
        os.execve(command[0], command, {"TERM": "xterm-256color", "LANG": "C.UTF-8",
                                        "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin",
                                        "HOME": "/tmp"})
    os.close(slave)
    output = b""
    while b"Saved" not in output:
        chunk = os.read(master, 65536)
        if not chunk:
            sys.exit(f"the workbook ended before its first frame: {output[-300:]!r}")
        output += chunk
    os.write(master, b"q")
    try:
        while os.read(master, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)


def start_command(binary, folder, root):
    """`workbook open` of the session `session_file` wrote into `folder`."""
    return [binary, "open", "benchsess", "--dir", folder, "--content", os.path.join(root, "Content")]


def without_debug_info(binary, folder):
    """A copy of `binary` without its debug information, for valgrind, whose reader gives up on
    the DWARF lld writes; the symbol names, all the scripts need, stay."""
    copy = os.path.join(folder, "workbook")
    subprocess.run(["objcopy", "--strip-debug", binary, copy], check=True)
    return copy
