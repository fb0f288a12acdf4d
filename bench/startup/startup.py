#!/usr/bin/env python3
"""Starts Mediaplane RUNS times and measures, for each start, the wall time from spawning the
JVM to the first 200 from /_mediaplane/health (polled every --poll s, default 10 ms, over a raw
socket: each poll is a connection the starting server answers, so polling much faster costs the
server measurable CPU), the CPU time the JVM used until then (user + system, all threads:
less sensitive than wall time to other load on the machine), and the resident set size (VmRSS)
right after it is healthy.
Prints one JSON object per run and a summary line.

  startup.py --java J --jar JAR --port P [--runs N] [--fresh|--reuse] [--timeout S] -- JVMFLAGS...
"""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def health(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"GET /_mediaplane/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def start(java, jar, port, data_dir, flags, timeout, poll):
    cmd = [java, *flags, "-jar", jar, "--port", str(port), "--data-dir", data_dir, "--transition-ms", "0"]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"mediaplane exited with {proc.returncode}: {' '.join(cmd)}")
        if health(port):
            return proc, time.monotonic() - t0
        time.sleep(poll)
    proc.kill()
    raise SystemExit(f"not healthy within {timeout} s")


def stop(proc):
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--java", required=True)
    p.add_argument("--jar", required=True)
    p.add_argument("--port", type=int, default=4611)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--reuse", action="store_true", help="keep one data dir (restart); default: a fresh one per run")
    p.add_argument("--timeout", type=float, default=30)
    p.add_argument("--poll", type=float, default=0.01)
    p.add_argument("--label", default="")
    p.add_argument("flags", nargs="*")
    a = p.parse_args()
    times, rss, cpus = [], [], []
    shared = tempfile.mkdtemp(prefix="mp-startup-")
    try:
        for i in range(a.runs):
            data = shared if a.reuse else tempfile.mkdtemp(prefix="mp-startup-")
            proc, took = start(a.java, a.jar, a.port, data, a.flags, a.timeout, a.poll)
            r = rss_kb(proc.pid)
            cpu = cpu_ms(proc.pid)
            stop(proc)
            if not a.reuse:
                shutil.rmtree(data, ignore_errors=True)
            times.append(took * 1000)
            rss.append(r / 1024)
            cpus.append(cpu)
            print(json.dumps({"run": i, "healthy_ms": round(took * 1000, 1), "cpu_ms": round(cpu),
                              "rss_mb": round(r / 1024, 1)}),
                  file=sys.stderr)
    finally:
        shutil.rmtree(shared, ignore_errors=True)
    print(json.dumps({"label": a.label, "runs": a.runs, "data": "reuse" if a.reuse else "fresh",
                      "healthy_ms": {"min": round(min(times)), "median": round(statistics.median(times)),
                                     "max": round(max(times))},
                      "cpu_ms_to_healthy": {"min": round(min(cpus)), "median": round(statistics.median(cpus)),
                                            "max": round(max(cpus))},
                      "rss_mb_at_healthy": {"min": round(min(rss)), "median": round(statistics.median(rss)),
                                            "max": round(max(rss))},
                      "flags": " ".join(a.flags)}))


if __name__ == "__main__":
    main()
