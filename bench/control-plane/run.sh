#!/usr/bin/env bash
# Control-plane benchmark (issue 2): DescribeContainer, ListContainers and CreateContainer +
# DeleteContainer at 64 concurrent connections against Mediaplane (SigV4 verified, fresh data
# dir) and moto_server, side by side in one run, with the same pre-signed requests replayed by
# wrk. Prints one markdown table and stops both servers.
#
#   bench/control-plane/run.sh
#
# Settings (environment): DURATION (s per measured case, 15), WARMUP (s per operation before
# Mediaplane's measured case, 20), MOTO_WARMUP (3), CONNECTIONS (64), WRK_THREADS (1),
# CONTAINERS (50), MP_PORT (4610), MOTO_PORT (4620), JAVA, JAVA_OPTS (launcher flags, see
# docs/benchmarks.md), BUILD (auto|always|never), RESULTS (directory to keep raw results and logs),
# OPS (which operations, default "describe list createdelete"), QUIET_WAIT / QUIET_CORES (wait up
# to 60 s before each measured case until other processes use under 0.2 cores).
#
# Every load loop is bounded: wrk runs for DURATION seconds (and under `timeout`), each wrk
# thread stops after MAX_REQUESTS requests, Create/Delete also when its pre-signed names run out.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=../lib.sh
. "$(dirname "$0")/../lib.sh"
use_launcher_flags "$ROOT"
MP_PORT=${MP_PORT:-4610}
MOTO_PORT=${MOTO_PORT:-4620}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-1}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-20}
MOTO_WARMUP=${MOTO_WARMUP:-3}
CONTAINERS=${CONTAINERS:-50}
MAX_REQUESTS=${MAX_REQUESTS:-3000000}
MAX_PAIRS=${MAX_PAIRS:-120000}
WARMUP_PAIRS=${WARMUP_PAIRS:-15000}
QUIET_WAIT=${QUIET_WAIT:-60}
QUIET_CORES=${QUIET_CORES:-0.2}
BUILD=${BUILD:-auto}
RESULTS=${RESULTS:-}
OPS=${OPS:-"describe list createdelete"}
JAR=$ROOT/target/mediaplane.jar
TICK=$(getconf CLK_TCK)


# --- tools --------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    log "installing wrk"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
command -v moto_server >/dev/null || { echo "moto_server not found (pip install 'moto[server]')" >&2; exit 1; }
python3 -c 'import botocore' 2>/dev/null || { echo "python3 cannot import botocore" >&2; exit 1; }
[ -x "$JAVA" ] || { echo "no JDK at $JAVA (set JAVA)" >&2; exit 1; }
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && [ ! -f "$JAR" ]; }; then
    log "building $JAR"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
require_free_ports "$MP_PORT" "$MOTO_PORT"

WORK=$(mktemp -d /tmp/mp-bench.XXXXXX)
MP_PID=""
MOTO_PID=""
WRK_PID=""
cleanup() { bench_cleanup $WRK_PID $MP_PID $MOTO_PID; }
trap cleanup EXIT
trap 'exit 130' INT TERM


# --- servers ------------------------------------------------------------------------------
log "starting Mediaplane on $MP_PORT (auth verify, fresh data dir): $JAVA $JAVA_OPTS"
t0=$(now_ms)
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$JAR" --port "$MP_PORT" --data-dir "$WORK/data" --auth verify --transition-ms 0 \
    >"$WORK/mediaplane.log" 2>&1 &
MP_PID=$!
wait_http "http://127.0.0.1:$MP_PORT/_mediaplane/health" 60 "$MP_PID" || { cat "$WORK/mediaplane.log" >&2; exit 1; }
log "Mediaplane healthy after $(( $(now_ms) - t0 )) ms (curl polling every 20 ms)"

log "starting moto_server on $MOTO_PORT"
moto_server -H 127.0.0.1 -p "$MOTO_PORT" >"$WORK/moto.log" 2>&1 &
MOTO_PID=$!
wait_http "http://127.0.0.1:$MOTO_PORT/moto-api/" 60 "$MOTO_PID" || { cat "$WORK/moto.log" >&2; exit 1; }

# --- state: CONTAINERS containers in us-east-1 on both ------------------------------------
for port in "$MP_PORT" "$MOTO_PORT"; do
    python3 "$HERE/sign.py" prepare --host "127.0.0.1:$port" --region us-east-1 --prefix bench-list- \
        --count "$CONTAINERS"
done
DESCRIBE_NAME=bench-list-$(python3 -c "import sys; n=int(sys.argv[1]); print(f'{0:0{len(str(n-1))}d}')" "$CONTAINERS")
log "prepared $CONTAINERS containers in us-east-1 on each server; DescribeContainer asks for $DESCRIBE_NAME"

# --- one wrk case -------------------------------------------------------------------------
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
busy_all() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
# CPU seconds used so far by this shell's waited-for children (wrk among them): `times` must run in
# this shell (not in a $(...) subshell), so it writes to a file that children_cpu reads
children_cpu() { tail -1 "$WORK/times" | awk '{ split($1,u,/[ms]/); split($2,s,/[ms]/); print u[1]*60+u[2]+s[1]*60+s[2] }'; }

# The machine may be shared: before a measured case wait (at most QUIET_WAIT s) until the other
# processes use less than QUIET_CORES; the table reports what they used anyway ("other CPU").
wait_quiet() {
    local deadline=$((SECONDS + QUIET_WAIT)) b0 b1 s0 s1 m0 m1 other
    while :; do
        b0=$(busy_all); s0=$(cpu_of "$MP_PID"); m0=$(cpu_of "$MOTO_PID"); sleep 1
        b1=$(busy_all); s1=$(cpu_of "$MP_PID"); m1=$(cpu_of "$MOTO_PID")
        other=$(awk -v t="$TICK" -v x=$((b1 - b0 - s1 + s0 - m1 + m0)) 'BEGIN{printf "%.2f", x / t}')
        if awk -v o="$other" -v q="$QUIET_CORES" 'BEGIN{exit !(o <= q)}'; then return 0; fi
        if [ $SECONDS -ge $deadline ]; then log "machine still busy (other processes use $other cores); measuring anyway"; return 0; fi
        sleep 2
    done
}

# run_wrk SERVER PORT PID OP SECONDS RECORD(yes|no) REPLAY-ARGS...   sets LAST_RPS
run_wrk() {
    local server=$1 port=$2 pid=$3 op=$4 seconds=$5 record=$6
    shift 6
    local out="$WORK/wrk.out" b0 b1 s0 s1 c0 c1 t0 t1 line
    [ "$record" = yes ] && wait_quiet
    times >"$WORK/times"; c0=$(children_cpu); b0=$(busy_all); s0=$(cpu_of "$pid"); t0=$(date +%s%N)
    timeout $((seconds + 60)) wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s \
        -s "$HERE/replay.lua" "http://127.0.0.1:$port/" -- "$@" >"$out" 2>&1 &
    WRK_PID=$!
    if ! wait "$WRK_PID"; then WRK_PID=""; cat "$out" >&2; return 1; fi
    WRK_PID=""
    t1=$(date +%s%N); s1=$(cpu_of "$pid"); b1=$(busy_all); times >"$WORK/times"; c1=$(children_cpu)
    line=$(grep '^{' "$out" | tail -1)
    [ -n "$line" ] || { cat "$out" >&2; return 1; }
    line=$(python3 - "$line" "$server" "$op" "$s0" "$s1" "$b0" "$b1" "$c0" "$c1" "$t0" "$t1" "$TICK" <<'EOF'
import json, sys
line, server, op, s0, s1, b0, b1, c0, c1, t0, t1, tick = sys.argv[1:]
r = json.loads(line)
secs, tick = (int(t1) - int(t0)) / 1e9, int(tick)
server_cpu = (float(s1) - float(s0)) / tick / secs
wrk_cpu = (float(c1) - float(c0)) / secs
total = (float(b1) - float(b0)) / tick / secs
r.update(server=server, op=op, seconds=round(secs, 2), server_cpu=round(server_cpu, 2),
         wrk_cpu=round(wrk_cpu, 2), other_cpu=round(max(0.0, total - server_cpu - wrk_cpu), 2))
print(json.dumps(r))
EOF
)
    [ "$record" = yes ] && echo "$line" >>"$WORK/results.jsonl"
    LAST_RPS=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['rps'])" "$line")
    LAST_EXHAUSTED=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['exhausted'])" "$line")
    log "$([ "$record" = yes ] && echo measured || echo warm-up) $server $op: $(python3 -c "
import json,sys; r=json.loads(sys.argv[1])
print(f\"{r['rps']:.0f} req/s, p50 {r['p50_us']/1000:.2f} ms, p99 {r['p99_us']/1000:.2f} ms, non-2xx {r['non2xx']}, \"
      f\"server {r['server_cpu']} cores, wrk {r['wrk_cpu']}, other {r['other_cpu']}\")" "$line")"
}

# same-request case: sign COUNT copies just before the case, then replay them
case_same() { # SERVER PORT PID OP BODY SECONDS RECORD
    local file="$WORK/$1-$4.bin"
    python3 "$HERE/sign.py" same --host "127.0.0.1:$2" --region us-east-1 --op "$4" --body "$5" --count 64 --out "$file"
    run_wrk "$1" "$2" "$3" "$4" "$6" "$7" same "$WRK_THREADS" "$MAX_REQUESTS" "$file"
}

# create/delete case: pre-sign PAIRS unique names in REGION, each deleted after its create answered
case_pairs() { # SERVER PORT PID REGION PAIRS SECONDS RECORD
    local prefix="cd-$4-" c="$WORK/$1-create.bin" d="$WORK/$1-delete.bin"
    log "signing $5 CreateContainer/DeleteContainer pairs for $1 ($4)"
    python3 "$HERE/sign.py" pairs --host "127.0.0.1:$2" --region "$4" --prefix "$prefix" --count "$5" \
        --out-create "$c" --out-delete "$d"
    run_wrk "$1" "$2" "$3" CreateContainer+DeleteContainer "$6" "$7" pairs "$WRK_THREADS" "$MAX_REQUESTS" "$c" "$d" "$prefix"
}

pairs_for() { # warm-up rate (req/s, creates + deletes) -> pairs to sign for DURATION, with head-room
    if [ "$LAST_EXHAUSTED" = 1 ]; then echo "$MAX_PAIRS"; return; fi
    python3 -c "import sys; print(min(int(sys.argv[3]), int(float(sys.argv[1]) * int(sys.argv[2]) * 0.8) + 2000))" \
        "$1" "$DURATION" "$MAX_PAIRS"
}

: >"$WORK/results.jsonl"
for op in $OPS; do
    for side in mediaplane moto; do
        if [ $side = mediaplane ]; then port=$MP_PORT; pid=$MP_PID; warm=$WARMUP; else port=$MOTO_PORT; pid=$MOTO_PID; warm=$MOTO_WARMUP; fi
        case $op in
            describe)
                body="{\"ContainerName\":\"$DESCRIBE_NAME\"}"
                case_same $side "$port" "$pid" DescribeContainer "$body" "$warm" no
                case_same $side "$port" "$pid" DescribeContainer "$body" "$DURATION" yes ;;
            list)
                case_same $side "$port" "$pid" ListContainers '{}' "$warm" no
                case_same $side "$port" "$pid" ListContainers '{}' "$DURATION" yes ;;
            createdelete)
                # warm-up in us-west-2 also measures the rate that sizes the measured case (eu-west-1);
                # separate regions keep both under MediaStore's 100-container quota (and moto only
                # knows MediaStore's real regions).
                case_pairs $side "$port" "$pid" us-west-2 "$([ $side = mediaplane ] && echo "$WARMUP_PAIRS" || echo 3000)" "$warm" no
                case_pairs $side "$port" "$pid" eu-west-1 "$(pairs_for "$LAST_RPS")" "$DURATION" yes ;;
            *) echo "unknown op $op" >&2; exit 2 ;;
        esac
    done
done

echo
echo "Mediaplane $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') vs moto $(python3 -c 'import moto; print(moto.__version__)'); $CONNECTIONS connections, wrk -t$WRK_THREADS, ${DURATION} s per case after warm-up; $(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)); $("$JAVA" -version 2>&1 | head -1)"
echo "JAVA_OPTS: $JAVA_OPTS (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
echo
python3 "$HERE/report.py" "$WORK/results.jsonl"
