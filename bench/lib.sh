# Shared by the bench/*/run.sh scripts: logging, waiting for servers, ports, clean-up.
# Source it first; bench_cleanup uses WORK (the run's temp dir) and RESULTS (where to keep logs; may be empty).

# The JDK the benchmarks run Mediaplane on (override with JAVA).
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}

# use_launcher_flags ROOT: JAVA_OPTS (unless set) and MALLOC_ARENA_MAX as docs/benchmarks.md
# recommends for the launcher; the AppCDS archive is written when the server stops, so the first
# run on a fresh build starts without it.
use_launcher_flags() {
    JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms40m -Xmn24m -Xmx256m -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$1/target/mediaplane.jsa"}
    export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
}

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# wait_http URL SECONDS PID [any]: until URL answers 200 (or anything, with "any"), while PID lives.
wait_http() {
    local deadline=$(( $(now_ms) + $2 * 1000 )) fail=-f want=200
    if [ "${4:-}" = any ]; then fail=; want="answer"; fi
    until curl -s -o /dev/null --max-time 1 $fail "$1"; do
        kill -0 "$3" 2>/dev/null || { echo "server for $1 exited" >&2; return 1; }
        [ "$(now_ms)" -lt $deadline ] || { echo "no $want from $1 within $2 s" >&2; return 1; }
        sleep 0.02
    done
}

# require_free_ports PORT...: exits when something already listens on one of them.
require_free_ports() {
    local port
    for port in "$@"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "port $port is already in use" >&2
            exit 1
        fi
    done
}

# bench_cleanup PID...: stops those processes, keeps the logs and results.jsonl in RESULTS if set, removes WORK.
bench_cleanup() {
    local pid
    for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
    for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "${RESULTS:-}" ]; then
        mkdir -p "$RESULTS"
        cp "$WORK"/*.log "$WORK"/results.jsonl "$RESULTS"/ 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
