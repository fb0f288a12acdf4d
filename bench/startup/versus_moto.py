#!/usr/bin/env python3
"""Times the README command against moto's server, interleaved in one run: each round starts
`./mediaplane` on a new data dir (first start: the jar is built and its start-up cache recorded,
the schema is created), `./mediaplane` again on the data dir of the previous round (restart), and
`moto_server`, in an order that rotates from round to round so neither side always goes first on a
machine whose load changes. Each start is timed from spawning the process to its first 200 answer
(Mediaplane: GET /_mediaplane/health; moto: GET /moto-api/), both polled every POLL seconds over a
raw socket; then the CPU time the process used until then (user + system, all threads) is read from
/proc and it is stopped. Prints one JSON object per start on stderr and a summary on stdout.

  versus_moto.py --launcher ./mediaplane --moto /path/to/moto_server [--runs 10] [--poll 0.01]
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


def answers_200(port, path):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def timed_start(cmd, port, path, poll, timeout, env=None):
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        while time.monotonic() - t0 < timeout:
            if proc.poll() is not None:
                raise SystemExit(f"exited with {proc.returncode}: {' '.join(cmd)}")
            if answers_200(port, path):
                took = (time.monotonic() - t0) * 1000
                return took, cpu_ms(proc.pid)
            time.sleep(poll)
        raise SystemExit(f"not answering within {timeout} s: {' '.join(cmd)}")
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def summary(values):
    return {"min": round(min(values)), "median": round(statistics.median(values)), "max": round(max(values))}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--launcher", required=True)
    p.add_argument("--moto", required=True)
    p.add_argument("--port", type=int, default=4611)
    p.add_argument("--moto-port", type=int, default=4621)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--poll", type=float, default=0.01)
    p.add_argument("--timeout", type=float, default=120)
    a = p.parse_args()

    work = tempfile.mkdtemp(prefix="mp-versus-moto-")
    env = dict(os.environ)
    env.pop("MEDIAPLANE_JAVA_OPTS", None)
    results = {"first start": [], "restart": [], "moto": []}
    try:
        previous = None
        for i in range(a.runs):
            fresh = os.path.join(work, f"data-{i}")
            starts = [
                ("first start", [a.launcher, "--port", str(a.port), "--data-dir", fresh],
                 a.port, "/_mediaplane/health", env),
                ("restart", [a.launcher, "--port", str(a.port), "--data-dir", previous or fresh],
                 a.port, "/_mediaplane/health", env),
                ("moto", [a.moto, "-H", "127.0.0.1", "-p", str(a.moto_port)], a.moto_port, "/moto-api/", None),
            ]
            if previous is None:  # the very first restart needs a data dir that exists: after the first start
                starts = starts[:1] + starts[2:] + starts[1:2]
            shift = i % 3
            for label, cmd, port, path, e in starts[shift:] + starts[:shift]:
                if label == "restart" and not os.path.isdir(cmd[-1]):
                    cmd[-1] = fresh
                took, cpu = timed_start(cmd, port, path, a.poll, a.timeout, e)
                results[label].append((took, cpu))
                print(json.dumps({"round": i, "server": label, "healthy_ms": round(took, 1), "cpu_ms": round(cpu)}),
                      file=sys.stderr, flush=True)
            if previous is not None:
                shutil.rmtree(previous, ignore_errors=True)
            previous = fresh
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = {}
    for label, runs in results.items():
        out[label] = {"healthy_ms": summary([r[0] for r in runs]), "cpu_ms": summary([r[1] for r in runs]),
                      "runs": len(runs)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
