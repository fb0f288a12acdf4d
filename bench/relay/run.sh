#!/usr/bin/env bash
# MediaConnect relay throughput and added latency (issue 4): LoadGen.java sends RTP with 1316-byte
# payloads at each rate in RATES through one rtp flow (RelayBench: RelayEngine, one JVM) with one
# output and with five outputs (JVM flags as the launcher: serial GC, -Xmx256m), and, in the same
# run, through socat relaying the same traffic: both run side by side, and each rate goes through
# one and then the other, so changes in machine load (other builds) hit both alike.
# Receivers are in the load generator's process on loopback; each payload carries its send time.
#
#   bench/relay/run.sh
#
# socat has no fan-out: for five outputs, five socat processes each relay one copy, and the load
# generator sends every packet to each of their five ingest ports (so socat gets five receive
# sockets and the sender does five sends per packet; the relay does one receive and five sends).
#
# Many flows at once (issue 11): FLOWS flows (default 200) of FLOW_MBPS each (default 2), each its own
# RTP stream on its own ingest port with one output: one RelayBench process with FLOWS flows against
# FLOWS socat processes (FLOWS=0 skips it).
#
# Settings (environment): RATES (Mb/s, default "100 200 300 400 500 600 800 1000"), STEP (s per rate, 5),
# RELAYS ("mediaplane socat"; add "before" with BEFORE_CP, the classpath of another build's classes and
# test-classes, to run that build's RelayBench in the same run), OUTPUTS ("1 5"), FLOWS (200),
# FLOW_MBPS (2), JAVA, BASE (first port, 47000).
# The relay's rtp playout delay (20 ms, see README) is part of its latency figures.
# Prints a Markdown table; raw JSON lines go to target/bench-relay.jsonl. Relay CPU % is the CPU time
# of the relay's processes during a step over the step's sending time (100 % = one core).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=../lib.sh
. "$(dirname "$0")/../lib.sh"
RATES=${RATES-"100 200 300 400 500 600 800 1000"}
STEP=${STEP:-5}
RELAYS=${RELAYS:-"mediaplane socat"}
OUTPUTS=${OUTPUTS-"1 5"}
BASE=${BASE:-47000}
FLOWS=${FLOWS:-200}
FLOW_MBPS=${FLOW_MBPS:-2}
RESULTS=$ROOT/target/bench-relay.jsonl


if ! command -v socat >/dev/null; then
    apt-get install -y -qq socat >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq socat >/dev/null; }
fi
(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests test-compile \
    && ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt)
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$ROOT/target/bench-cp.txt")"
: > "$RESULTS"

PIDS=()
TICK=$(getconf CLK_TCK)
# CPU time (in ticks) used so far by the given processes
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}
stop_relays() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    PIDS=()
}
trap stop_relays EXIT

# Both relays run side by side (idle when not under load); each rate goes through one, then the
# other, so a change in machine load hits both alike.
log "load before: $(uptime)"
for n in $OUTPUTS; do
    declare -A TO=() OUTS=() RELAY_PIDS=()
    for relay in $RELAYS; do
        case $relay in mediaplane) base=$BASE ;; socat) base=$((BASE + 1000)) ;; *) base=$((BASE + 4000)) ;; esac
        in=$base
        outs=$(seq -s, $((base + 100)) 2 $((base + 100 + 2 * (n - 1))))
        OUTS[$relay]=$outs
        if [ "$relay" != socat ]; then
            relay_cp=$CP
            if [ "$relay" = before ]; then relay_cp="$BEFORE_CP:$(cat "$ROOT/target/bench-cp.txt")"; fi
            rm -f "$ROOT/target/bench-relay-out.txt"
            fifo=$(mktemp -u); mkfifo "$fifo"
            # stdin from a fifo held open by sleep: the relay runs until the sleep is killed
            sleep 100000 > "$fifo" & PIDS+=($!)
            "$JAVA" -XX:+UseSerialGC -Xms40m -Xmn24m -Xmx256m -cp "$relay_cp" io.mediaplane.mediaconnect.relay.RelayBench \
                "$in" ${outs//,/ } < "$fifo" > "$ROOT/target/bench-relay-out.txt" 2>&1 & PIDS+=($!)
            RELAY_PIDS[$relay]=$!
            for _ in $(seq 100); do grep -q ready "$ROOT/target/bench-relay-out.txt" 2>/dev/null && break; sleep 0.1; done
            rm -f "$fifo"
            TO[$relay]=$in
        else
            to=""
            pids=""
            k=0
            for out in ${outs//,/ }; do
                port=$((in + 2 * k)); k=$((k + 1))
                socat -u UDP-RECV:"$port",bind=127.0.0.1,rcvbuf=4194304 UDP-SENDTO:127.0.0.1:"$out",sndbuf=4194304 & PIDS+=($!)
                pids="$pids $!"
                to=${to:+$to,}$port
            done
            RELAY_PIDS[$relay]=$pids
            TO[$relay]=$to
            sleep 0.5
        fi
    done
    for rate in $RATES; do
        for relay in $RELAYS; do
            log "$relay, $n output(s), $rate Mb/s"
            before=$(cpu_ticks ${RELAY_PIDS[$relay]})
            line=$("$JAVA" "$HERE/LoadGen.java" --to "${TO[$relay]}" --from "${OUTS[$relay]}" --mbps "$rate" --seconds "$STEP")
            cpu=$(awk -v d=$(($(cpu_ticks ${RELAY_PIDS[$relay]}) - before)) -v t="$TICK" -v s="$STEP" 'BEGIN { printf "%.1f", d * 100 / t / s }')
            load=$(cut -d' ' -f1 /proc/loadavg)
            echo "{\"relay\":\"$relay\",\"outputs\":$n,\"cpuPercent\":$cpu,\"load\":$load,\"result\":$line}" >> "$RESULTS"
        done
    done
    stop_relays
    sleep 1
done

# free_udp_range COUNT FROM: the first port >= FROM with COUNT free UDP ports on 127.0.0.1 from it
# (the bench's ports sit in Linux's ephemeral range, where other programs' sockets come and go).
free_udp_range() {
    python3 - "$1" "$2" <<'PY'
import socket, sys
count, port = int(sys.argv[1]), int(sys.argv[2])
while port + count < 65000:
    held = []
    try:
        for p in range(port, port + count):
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); held.append(s); s.bind(("127.0.0.1", p))
        print(port); break
    except OSError:
        port = p + 1
    finally:
        for s in held: s.close()
PY
}

# FLOWS flows at FLOW_MBPS each, at once, each with one output: ingest and output ports in free ranges
# above Linux's ephemeral ports (61000 up), so no other program's socket takes one meanwhile.
if [ "$FLOWS" -gt 0 ]; then
    for relay in ${RELAYS//before/}; do
        in=$(free_udp_range "$FLOWS" 61000)
        out=$(free_udp_range "$FLOWS" $((in + FLOWS)))
        pids=""
        if [ "$relay" = mediaplane ]; then
            rm -f "$ROOT/target/bench-relay-out.txt"
            fifo=$(mktemp -u); mkfifo "$fifo"
            sleep 100000 > "$fifo" & PIDS+=($!)
            "$JAVA" -XX:+UseSerialGC -Xms40m -Xmn24m -Xmx256m -cp "$CP" io.mediaplane.mediaconnect.relay.RelayBench \
                --flows "$FLOWS" "$in" "$out" < "$fifo" > "$ROOT/target/bench-relay-out.txt" 2>&1 & PIDS+=($!)
            pids=$!
            for _ in $(seq 300); do grep -q ready "$ROOT/target/bench-relay-out.txt" 2>/dev/null && break; sleep 0.1; done
            rm -f "$fifo"
        else
            for i in $(seq 0 $((FLOWS - 1))); do
                socat -u UDP-RECV:$((in + i)),bind=127.0.0.1,rcvbuf=1048576 UDP-SENDTO:127.0.0.1:$((out + i)) & PIDS+=($!)
                pids="$pids $!"
            done
            sleep 1
        fi
        log "$relay, $FLOWS flows of $FLOW_MBPS Mb/s"
        before=$(cpu_ticks $pids)
        line=$("$JAVA" "$HERE/LoadGen.java" --to "$(seq -s, "$in" $((in + FLOWS - 1)))" \
            --from "$(seq -s, "$out" $((out + FLOWS - 1)))" --mbps "$FLOW_MBPS" --seconds "$STEP" --each)
        cpu=$(awk -v d=$(($(cpu_ticks $pids) - before)) -v t="$TICK" -v s="$STEP" 'BEGIN { printf "%.1f", d * 100 / t / s }')
        load=$(cut -d' ' -f1 /proc/loadavg)
        echo "{\"relay\":\"$relay\",\"flows\":$FLOWS,\"cpuPercent\":$cpu,\"load\":$load,\"result\":$line}" >> "$RESULTS"
        stop_relays
        sleep 1
    done
fi
log "load after: $(uptime)"

python3 - "$RESULTS" <<'PY'
import json, sys
every = [json.loads(l) for l in open(sys.argv[1])]
many = [r for r in every if "flows" in r]
order = {"mediaplane": 0, "before": 1, "socat": 2}
rows = sorted((r for r in every if "flows" not in r), key=lambda r: (order.get(r['relay'], 3), r['outputs'], r['result']['mbps']))
print("| relay | outputs | offered Mb/s | sent Mb/s | lost (all outputs) | p50 µs | p99 µs | p99.9 µs | relay CPU % | load (1 min) |")
print("|---|---|---|---|---|---|---|---|---|---|")
best = {}
for r in rows:
    res = r["result"]; outs = res["outputs"]
    lost = sum(max(0, o["lost"]) for o in outs)
    p50 = max(o["p50us"] for o in outs); p99 = max(o["p99us"] for o in outs); p999 = max(o["p999us"] for o in outs)
    print(f"| {r['relay']} | {r['outputs']} | {res['mbps']:.0f} | {res['sentMbps']:.0f} | {lost} | {p50:.0f} | {p99:.0f} | {p999:.0f} | {r['cpuPercent']:.0f} | {r['load']} |")
    key = (r["relay"], r["outputs"])
    best.setdefault(key, []).append((res["mbps"], lost == 0 and res["sentMbps"] >= 0.98 * res["mbps"]))
print()
print("| relay | outputs | zero loss at every rate up to (Mb/s) | highest rate with zero loss (Mb/s) |")
print("|---|---|---|---|")
for (relay, n), steps in sorted(best.items()):
    upto = 0
    for mbps, ok in sorted(steps):
        if not ok:
            break
        upto = mbps
    top = max([mbps for mbps, ok in steps if ok], default=0)
    print(f"| {relay} | {n} | {upto:.0f} | {top:.0f} |")
if many:
    print()
    print("| relay | flows at once | Mb/s each | offered Mb/s | sent Mb/s | lost | p50 µs | p99 µs | p99.9 µs | relay CPU % | load (1 min) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in many:
        res = r["result"]; o = res["outputs"][0]
        print(f"| {r['relay']} | {r['flows']} | {res['mbps'] / r['flows']:.0f} | {res['mbps']:.0f} | {res['sentMbps']:.0f} | {max(0, o['lost'])} | {o['p50us']:.0f} | {o['p99us']:.0f} | {o['p999us']:.0f} | {r['cpuPercent']:.0f} | {r['load']} |")
PY
