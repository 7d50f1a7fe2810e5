"""Shared by the comparison scripts in bench/: timing a command, and the KJV."""
import subprocess
import sys

# Measures one command from a small fresh process: a child forked from the
# calling script would start with that script's memory, and its peak would
# show it.
_RUNNER = r'''
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_maxrss)
'''


def run_measured(command):
    """Runs command (stdout discarded); returns (exit code, wall s, peak RSS MiB)."""
    out = subprocess.run(["/usr/bin/python3", "-c", _RUNNER] + list(command), check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1]), int(out[2]) / 1024.0


def kjv_verses():
    """The King James Bible, one verse a line, without the references."""
    try:
        raw = subprocess.run(["bible", "-f", "Gen1:1-Rev22:21"], check=True,
                             capture_output=True, text=True).stdout
    except FileNotFoundError:
        sys.exit("needs Debian's bible-kjv (apt-get install bible-kjv)")
    # "Ge1:1 In the beginning ..." -> "In the beginning ..."
    return [line.split(" ", 1)[1] for line in raw.splitlines() if " " in line]
