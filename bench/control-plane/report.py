#!/usr/bin/env python3
"""Turns the JSON lines run.sh collected (one per measured case) into the markdown table."""
import json
import sys

OPS = ["DescribeContainer", "ListContainers", "CreateContainer+DeleteContainer"]


def ms(us):
    return f"{us / 1000:.2f}" if us < 10_000 else f"{us / 1000:.0f}"


def main(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    by = {(r["op"], r["server"]): r for r in rows}
    out = ["| operation | server | requests/s | p50 ms | p99 ms | p99.9 ms | errors | ratio vs moto | server CPU (cores) | wrk CPU (cores) | other CPU (cores) |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for op in OPS:
        moto = by.get((op, "moto"))
        for server in ("mediaplane", "moto"):
            r = by.get((op, server))
            if not r:
                continue
            errors = r["non2xx"] + r["connect"] + r["read"] + r["write"] + r["timeout"]
            kinds = [f"HTTP {k}: {v}" for k, v in sorted(r.get("statuses", {}).items()) if k[0] != "2"]
            kinds += [f"{k}: {r[k]}" for k in ("timeout", "connect", "read", "write") if r[k]]
            err = f"{errors}" + (f" ({', '.join(kinds)})" if errors else "")
            if r.get("exhausted"):
                err += " (ran out of pre-signed requests)"
            ratio = f"{r['rps'] / moto['rps']:.1f}x" if moto and moto["rps"] > 0 else "-"
            out.append(f"| {op} | {server} | {r['rps']:,.0f} | {ms(r['p50_us'])} | {ms(r['p99_us'])} | {ms(r['p999_us'])}"
                       f" | {err} | {ratio if server == 'mediaplane' else '1.0x'} | {r['server_cpu']:.2f} | {r['wrk_cpu']:.2f} | {r['other_cpu']:.2f} |")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
