"""CPU time of a process from /proc (Linux), in milliseconds, for the benches' per-request CPU figures.

    python3 bench/cpu.py PID            # the process's user + system time
    python3 bench/cpu.py --enfants PID  # plus its exited and living children's (a postmaster and its backends)
"""
import os
import sys

HERTZ = os.sysconf("SC_CLK_TCK")


def stat(pid):
    """utime, stime, cutime, cstime, ppid of a process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            ligne = f.read()
    except OSError:
        return None
    champs = ligne[ligne.rindex(")") + 2:].split()
    return [int(champs[11]), int(champs[12]), int(champs[13]), int(champs[14]), int(champs[1])]


def millisecondes(pid, enfants=False):
    propre = stat(pid)
    if propre is None:
        return 0.0
    tics = propre[0] + propre[1]
    if enfants:
        tics += propre[2] + propre[3]
        for nom in os.listdir("/proc"):
            if nom.isdigit():
                s = stat(nom)
                if s is not None and s[4] == int(pid):
                    tics += s[0] + s[1]
    return tics * 1000.0 / HERTZ


if __name__ == "__main__":
    enfants = "--enfants" in sys.argv
    pid = [a for a in sys.argv[1:] if a != "--enfants"][0]
    print(f"{millisecondes(pid, enfants):.0f}")
