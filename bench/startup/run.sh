#!/usr/bin/env bash
# Startup and memory (issues 2 and 12).
#
# 1. The target: the README command, ./mediaplane, healthy in under 1 s, on a first start (new
#    data dir; the jar is built and its start-up cache recorded beforehand) and on a restart,
#    timed side by side with moto's server start in the same run, RUNS rounds interleaved
#    (bench/startup/versus_moto.py).
# 2. Time from process start to the first 200 from /_mediaplane/health per set of JVM flags
#    (java -jar, min / median / max of RUNS).
# 3. Mediaplane's resident memory (VmRSS) when healthy, after IDLE s idle, right after a load run,
#    and after IDLE s idle again. Target: idle RSS under 200 MB.
#
#   bench/startup/run.sh
#
# Settings (environment): SECTIONS (which of "launcher flags memory" to run, default all), RUNS (10),
# IDLE (30), LOAD (s of load for the memory run, 15), VARIANTS (which flag sets to time, default
# "default serial serial+appcds recommended serial+aot"), MEMORY_VARIANTS (flag sets for the memory
# run, default "default serial+appcds recommended"), PORT (4611), MOTO_PORT (4621), POLL (s between
# health polls, 0.01), JAVA, BUILD (auto|always|never).
#
# The timed starts of section 2 use a fresh data dir each (first start: the schema is created); one
# extra series restarts on an existing data dir. The AppCDS / AOT archives are made by one untimed
# training start first, as the launcher would on its first start.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=../lib.sh
. "$(dirname "$0")/../lib.sh"
PORT=${PORT:-4611}
MOTO_PORT=${MOTO_PORT:-4621}
POLL=${POLL:-0.01}
SECTIONS=${SECTIONS:-"launcher flags memory"}
RUNS=${RUNS:-10}
IDLE=${IDLE:-30}
LOAD=${LOAD:-15}
VARIANTS=${VARIANTS:-"default serial serial+appcds recommended serial+aot"}
MEMORY_VARIANTS=${MEMORY_VARIANTS:-"default serial+appcds recommended"}
BUILD=${BUILD:-auto}
JAR=$ROOT/target/mediaplane.jar


if ! command -v wrk >/dev/null; then
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && [ ! -f "$JAR" ]; }; then
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
require_free_ports "$PORT" "$MOTO_PORT"

WORK=$(mktemp -d /tmp/mp-startup.XXXXXX)
SERVER_PID=""
cleanup() { RESULTS="" bench_cleanup $SERVER_PID; }
trap cleanup EXIT
trap 'exit 130' INT TERM

flags_for() {
    case $1 in
        default) echo "" ;;
        serial) echo "-XX:+UseSerialGC" ;;
        serial+appcds) echo "-XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$WORK/mediaplane.jsa" ;;
        serial+aot) echo "-XX:+UseSerialGC -Xms40m -Xmn24m -Xmx256m -XX:AOTCache=$WORK/mediaplane.aot" ;;
        # what docs/benchmarks.md recommends for the launcher (with MALLOC_ARENA_MAX=2 in the environment)
        recommended) echo "-XX:+UseSerialGC -Xms40m -Xmn24m -Xmx256m -Djdk.virtualThreadScheduler.parallelism=$((2 * $(nproc))) -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$WORK/mediaplane.jsa" ;;
        *) echo "unknown variant $1" >&2; return 1 ;;
    esac
}

# MALLOC_ARENA_MAX=2 goes with the recommended flags (fewer glibc malloc arenas: less native RSS)
CURRENT_VARIANT=""
arena_env() { [ "$CURRENT_VARIANT" = recommended ] && echo MALLOC_ARENA_MAX=2 || echo MEDIAPLANE_BENCH=1; }

healthy() { curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/_mediaplane/health"; }

# starts Mediaplane in the background (SERVER_PID), waits (at most 60 s) until healthy
start_server() { # DATA_DIR FLAGS...
    local data=$1
    shift
    env $(arena_env) "$JAVA" "$@" -jar "$JAR" --port "$PORT" --data-dir "$data" --transition-ms 0 >>"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + 60))
    until healthy; do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; return 1; }
        [ $SECONDS -lt $deadline ] || { echo "not healthy in 60 s" >&2; return 1; }
        sleep 0.02
    done
}
stop_server() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

# a few signed requests of each kind, so training runs load the request path's classes too
exercise() {
    local f="$WORK/train.bin"
    python3 "$ROOT/bench/control-plane/sign.py" prepare --host "127.0.0.1:$PORT" --region us-east-1 --prefix train- --count 3
    python3 "$ROOT/bench/control-plane/sign.py" same --host "127.0.0.1:$PORT" --op ListContainers --count 4 --out "$f"
    timeout 20 wrk -t1 -c4 -d2s -s "$ROOT/bench/control-plane/replay.lua" "http://127.0.0.1:$PORT/" -- same 1 20000 "$f" >/dev/null
}

train() { # VARIANT: make the archive the flags need, as the launcher would on first start
    case $1 in
        serial+appcds|recommended)
            log "training AppCDS archive (one start, a few requests, clean stop)"
            rm -rf "$WORK/mediaplane.jsa" "$WORK/train-data"
            # shellcheck disable=SC2046
            start_server "$WORK/train-data" $(flags_for "$1")
            exercise
            stop_server ;;
        serial+aot)
            log "training AOT cache (JDK 25 -XX:AOTCacheOutput; one start, a few requests, clean stop)"
            rm -rf "$WORK/mediaplane.aot" "$WORK/train-data-aot"
            start_server "$WORK/train-data-aot" -XX:+UseSerialGC -Xms40m -Xmn24m -Xmx256m -XX:AOTCacheOutput="$WORK/mediaplane.aot"
            exercise
            stop_server ;;
    esac
}

section() { case " $SECTIONS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

if section launcher; then
    # moto's own program, not pyenv's shim in front of it (the shim adds a shell and a Python start)
    MOTO=$(pyenv which moto_server 2>/dev/null || command -v moto_server || true)
    [ -n "$MOTO" ] || { echo "moto_server not found (pip install 'moto[server]')" >&2; exit 1; }
    log "one untimed start: the launcher builds the jar and records its start-up cache if they are not current"
    "$ROOT/mediaplane" --port "$PORT" --data-dir "$WORK/untimed" >"$WORK/untimed.log" 2>&1 &
    SERVER_PID=$!
    wait_http "http://127.0.0.1:$PORT/_mediaplane/health" 900 "$SERVER_PID" || { cat "$WORK/untimed.log" >&2; exit 1; }
    stop_server
    load0=$(cut -d' ' -f1-3 /proc/loadavg)
    log "timing $RUNS rounds of: ./mediaplane on a new data dir, ./mediaplane on the last one, moto_server"
    json=$(python3 "$HERE/versus_moto.py" --launcher "$ROOT/mediaplane" --moto "$MOTO" --port "$PORT" \
        --moto-port "$MOTO_PORT" --runs "$RUNS" --poll "$POLL" 2>>"$WORK/versus-moto.log")
    echo "## Startup: the README command (./mediaplane) against moto_server, $RUNS rounds interleaved"
    echo
    echo "$(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)); the launcher's JDK: $(grep -o 'java [^ ]*$' "$ROOT/target/mediaplane.aot.id" 2>/dev/null || echo 'see target/*.id'); moto $(python3 -c 'import moto; print(moto.__version__)'); load average $load0 before, $(cut -d' ' -f1-3 /proc/loadavg) after; health polled every $POLL s"
    echo
    python3 - "$json" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
moto = r["moto"]["healthy_ms"]["median"]
print("| server | start | healthy ms min / median / max | CPU ms to healthy (median) | median vs moto |")
print("|---|---|---|---:|---:|")
for label, what in (("first start", "`./mediaplane`, new data dir"), ("restart", "`./mediaplane`, same data dir"),
                    ("moto", "`moto_server`")):
    h, c = r[label]["healthy_ms"], r[label]["cpu_ms"]
    server = "moto" if label == "moto" else "mediaplane"
    print(f"| {server} | {what} | {h['min']} / {h['median']} / {h['max']} | {c['median']} | {h['median'] / moto:.2f}x |")
PY
    echo
fi
section flags || section memory || exit 0

if section flags; then
echo "## Startup: time to first 200 from /_mediaplane/health ($RUNS starts each)"
echo
echo "$(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)); $("$JAVA" -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| flags | data dir | healthy ms min / median / max | JVM CPU ms to healthy (median) | RSS MB at healthy (median) |"
echo "|---|---|---|---:|---:|"
for v in $VARIANTS; do
    CURRENT_VARIANT=$v
    train "$v"
    for mode in fresh reuse; do
        # the restart series only for the flag sets that matter most
        [ $mode = reuse ] && [ "$v" != recommended ] && [ "$v" != default ] && continue
        # shellcheck disable=SC2046
        json=$(env $(arena_env) python3 "$HERE/startup.py" --java "$JAVA" --jar "$JAR" --port "$PORT" --runs "$RUNS" --poll "$POLL" \
            $([ $mode = reuse ] && echo --reuse) --label "$v" -- $(flags_for "$v") 2>>"$WORK/runs.log")
        python3 - "$json" "$v" "$WORK/" <<'EOF'
import json, sys
r, v = json.loads(sys.argv[1]), sys.argv[2]
r["flags"] = r["flags"].replace(sys.argv[3], "<dir>/")
h, c, m = r["healthy_ms"], r["cpu_ms_to_healthy"], r["rss_mb_at_healthy"]
print(f"| {v}: `{r['flags'] or '(none)'}` | {r['data']} | {h['min']} / {h['median']} / {h['max']} | {c['median']} | {m['median']} |")
EOF
    done
done

fi

section memory || exit 0
rss_mb() { awk '/^VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

echo
echo "## Memory: VmRSS of the Mediaplane process"
echo
echo "| flags | at healthy | after ${IDLE} s idle | right after ${LOAD} s of load | after ${IDLE} s idle again |"
echo "|---|---:|---:|---:|---:|"
for v in $MEMORY_VARIANTS; do
    CURRENT_VARIANT=$v
    train "$v"
    # shellcheck disable=SC2046
    start_server "$WORK/mem-$v" $(flags_for "$v")
    r0=$(rss_mb "$SERVER_PID")
    sleep "$IDLE"
    r1=$(rss_mb "$SERVER_PID")
    # load: DescribeContainer / ListContainers / Create+Delete at 64 connections (as the control-plane benchmark)
    python3 "$ROOT/bench/control-plane/sign.py" prepare --host "127.0.0.1:$PORT" --region us-east-1 --prefix mem- --count 50
    python3 "$ROOT/bench/control-plane/sign.py" same --host "127.0.0.1:$PORT" --op ListContainers --count 64 --out "$WORK/l.bin"
    python3 "$ROOT/bench/control-plane/sign.py" same --host "127.0.0.1:$PORT" --op DescribeContainer \
        --body '{"ContainerName":"mem-00"}' --count 64 --out "$WORK/d.bin"
    python3 "$ROOT/bench/control-plane/sign.py" pairs --host "127.0.0.1:$PORT" --region us-west-2 --prefix mem-cd- \
        --count 20000 --out-create "$WORK/c.bin" --out-delete "$WORK/x.bin"
    third=$(( (LOAD + 2) / 3 ))
    for args in "same 1 3000000 $WORK/d.bin" "same 1 3000000 $WORK/l.bin" "pairs 1 3000000 $WORK/c.bin $WORK/x.bin mem-cd-"; do
        # shellcheck disable=SC2086
        timeout $((third + 60)) wrk -t1 -c64 -d"${third}s" --timeout 5s -s "$ROOT/bench/control-plane/replay.lua" \
            "http://127.0.0.1:$PORT/" -- $args | grep '^{' >>"$WORK/mem-load.log"
    done
    r2=$(rss_mb "$SERVER_PID")
    sleep "$IDLE"
    r3=$(rss_mb "$SERVER_PID")
    stop_server
    f=$(flags_for "$v" | sed "s#$WORK/#<dir>/#g")
    [ "$v" = recommended ] && f="$f (MALLOC_ARENA_MAX=2)"
    echo "| $v: \`${f:-(none)}\` | $r0 | $r1 | $r2 | $r3 |"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
