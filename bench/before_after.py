#!/usr/bin/env python3
"""Medians of Mediaplane's figures in before-after.sh's runs (OUT/{before,after}-N/results.jsonl),
side by side with the after/before ratio, as a markdown table."""
import glob
import json
import statistics
import sys


def rows(out, side):
    found = []
    for path in sorted(glob.glob(f"{out}/{side}-*/results.jsonl")):
        found += [json.loads(line) for line in open(path) if line.strip()]
    return [r for r in found if r.get("server", "mediaplane") == "mediaplane"]


def name(r):
    return r.get("case") or r.get("op")


def figures(r):
    if name(r) == "stream":
        return {"p50 ms": r["p50_ms"], "p99 ms": r["p99_ms"]}
    figs = {"requests/s": r["rps"], "p50 ms": r["p50_us"] / 1000, "p99 ms": r["p99_us"] / 1000}
    if r.get("server_cpu"):
        figs["requests per server CPU second"] = r["rps"] / r["server_cpu"]
    return figs


def cell(values):
    m = statistics.median(values)
    fmt = (lambda v: f"{v:,.0f}") if m >= 100 else (lambda v: f"{v:.2f}")
    return m, fmt(m) + ("" if len(values) == 1 else f" ({fmt(min(values))}-{fmt(max(values))})")


def main(out, before_rev, after_rev):
    before, after = rows(out, "before"), rows(out, "after")
    cases = list(dict.fromkeys(name(r) for r in before + after))
    print(f"| case | figure | before ({before_rev}) | after ({after_rev}) | after / before | runs |")
    print("|---|---|---:|---:|---:|---:|")
    for case in cases:
        b = [figures(r) for r in before if name(r) == case]
        a = [figures(r) for r in after if name(r) == case]
        if not b or not a:
            continue
        for fig in [f for f in b[0] if all(f in x for x in a + b)]:
            bm, bt = cell([f[fig] for f in b])
            am, at = cell([f[fig] for f in a])
            ratio = f"{am / bm:.2f}" if bm else "-"
            print(f"| {case} | {fig} | {bt} | {at} | {ratio} | {len(b)}+{len(a)} |")


if __name__ == "__main__":
    main(*sys.argv[1:4])
