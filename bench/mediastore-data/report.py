#!/usr/bin/env python3
"""Turns run.sh's JSON lines (one per measured case and repeat) into the markdown tables:
medians over the repeats, with the range."""
import json
import statistics
import sys

GET_CASES = [("get1m", "GET 1 MiB"), ("get64k", "GET 64 KiB")]
SERVERS = ["mediaplane", "nginx", "jetty", "moto"]


def med(rows, key, scale=1.0):
    values = [r[key] * scale for r in rows if r.get(key) is not None]
    if not values:
        return "-", None
    m = statistics.median(values)
    fmt = (lambda v: f"{v:,.0f}") if m >= 100 else (lambda v: f"{v:.2f}")
    text = fmt(m) if len(values) == 1 else f"{fmt(m)} ({fmt(min(values))}-{fmt(max(values))})"
    return text, m


def errors(rows):
    total = sum(r["non2xx"] + r["connect"] + r["read"] + r["write"] + r["timeout"] for r in rows)
    return str(total)


def wrk_table(rows, cases, servers, reference):
    out = ["| case | server | requests/s | MB/s | p50 ms | p99 ms | errors | vs " + reference
           + " | server CPU | wrk CPU | other CPU |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for case, label in cases:
        ref = [r for r in rows if r["case"] == case and r["server"] == reference]
        _, ref_mb = med(ref, "mb_s")
        for server in servers:
            mine = [r for r in rows if r["case"] == case and r["server"] == server]
            if not mine:
                continue
            rps, _ = med(mine, "rps")
            mb, mb_m = med(mine, "mb_s")
            ratio = f"{mb_m / ref_mb:.0%}" if ref_mb else "-"
            out.append(f"| {label} | {server} | {rps} | {mb} | {med(mine, 'p50_us', 1e-3)[0]} | {med(mine, 'p99_us', 1e-3)[0]}"
                       f" | {errors(mine)} | {ratio} | {med(mine, 'server_cpu')[0]} | {med(mine, 'wrk_cpu')[0]}"
                       f" | {med(mine, 'other_cpu')[0]} |")
    return out


def main(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    wrk_rows = [r for r in rows if r["case"] != "stream"]
    out = []
    if any(r["case"].startswith("get") for r in wrk_rows):
        out += wrk_table(wrk_rows, GET_CASES, SERVERS, "nginx") + [""]
    if any(r["case"] == "put1m" for r in wrk_rows):
        out += wrk_table(wrk_rows, [("put1m", "PUT 1 MiB")], ["mediaplane", "moto"], "moto") + [""]
    streams = [r for r in rows if r["case"] == "stream"]
    if streams:
        s = streams[0]
        out += [f"| streaming ({s['streams']} uploads, a {s['record_size']} B chunk every {s['interval_ms']:g} ms) "
                "| samples | p50 ms | p99 ms | max ms | lost/corrupt | failed PUT/GET |",
                "|---|---:|---:|---:|---:|---:|---:|",
                f"| mediaplane | {sum(r['samples'] for r in streams)} | {med(streams, 'p50_ms')[0]} | {med(streams, 'p99_ms')[0]}"
                f" | {med(streams, 'max_ms')[0]} | {sum(r['lost'] + r['bad'] for r in streams)}"
                f" | {sum(len(r['put_errors']) + len(r['get_errors']) for r in streams)} |"]
        for r in streams:
            if r["put_errors"] or r["get_errors"]:
                out.append(f"\nrepeat {r['rep']}: PUT {r['put_errors']} GET {r['get_errors']}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
