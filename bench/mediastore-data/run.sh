#!/usr/bin/env bash
# MediaStore Data benchmark (issue 3), one run, servers side by side:
#  - GET of 1 MiB objects and of 64 KiB segments at 64 connections (wrk) from Mediaplane (a
#    container with a public-read policy: wrk's GETs are unsigned), nginx (Debian package, the
#    same files from disk: sendfile, keep-alive, no access log, worker_processes auto) and
#    moto_server (SigV4-signed GETs: moto routes MediaStore Data by the signature's service) and
#    "jetty": bare Jetty as Mediaplane runs it, serving the same files with no application code
#    (JettyFloor.java), the floor of any origin on this HTTP stack;
#  - PUT throughput of 1 MiB objects (SigV4 with the payload's SHA-256, durable on Mediaplane)
#    on Mediaplane and moto;
#  - streaming latency on Mediaplane: chunk written by a STREAMING chunked PutObject to the same
#    bytes at a concurrent GetObject reader (streaming.py), p50/p99.
# Every case runs REPEATS times, interleaved; the table gives the median and the range.
#
#   bench/mediastore-data/run.sh
#
# Settings (environment): DURATION (s per measured wrk case, 15), WARMUP (s before each measured
# case, 15: the JVMs' JIT compilers are still busy after 5 s), REPEATS (3), CONNECTIONS (64), WRK_THREADS (2), OBJECTS (1 MiB objects, 16),
# SEGMENTS (64 KiB segments, 64), PUT_BODIES (distinct signed 1 MiB PutObjects, cycled, 64),
# STREAMS (concurrent streaming uploads, 4), STREAM_SECONDS (20), STREAM_INTERVAL_MS (20),
# MP_PORT (4630), NGINX_PORT (4631), MOTO_PORT (4632), JETTY_PORT (4633), JAVA, JAVA_OPTS, BUILD (auto|always|never),
# RESULTS (directory to keep raw results and logs), CASES (default "get1m get64k put stream"),
# SERVERS (for the GET cases, default "mediaplane nginx jetty moto"), PUT_SERVERS ("mediaplane moto"), QUIET_WAIT / QUIET_CORES (wait
# up to 60 s before each measured case until other processes use under 0.3 cores).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
REPLAY=$ROOT/bench/control-plane/replay.lua
# shellcheck source=../lib.sh
. "$(dirname "$0")/../lib.sh"
use_launcher_flags "$ROOT"
MP_PORT=${MP_PORT:-4630}
NGINX_PORT=${NGINX_PORT:-4631}
MOTO_PORT=${MOTO_PORT:-4632}
JETTY_PORT=${JETTY_PORT:-4633}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-2}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-15}
REPEATS=${REPEATS:-3}
OBJECTS=${OBJECTS:-16}
SEGMENTS=${SEGMENTS:-64}
PUT_BODIES=${PUT_BODIES:-64}
STREAMS=${STREAMS:-4}
STREAM_SECONDS=${STREAM_SECONDS:-20}
STREAM_INTERVAL_MS=${STREAM_INTERVAL_MS:-20}
MAX_REQUESTS=${MAX_REQUESTS:-100000000}
QUIET_WAIT=${QUIET_WAIT:-60}
QUIET_CORES=${QUIET_CORES:-0.3}
BUILD=${BUILD:-auto}
RESULTS=${RESULTS:-}
CASES=${CASES:-"get1m get64k put stream"}
SERVERS=${SERVERS:-"mediaplane nginx jetty moto"}
PUT_SERVERS=${PUT_SERVERS:-"mediaplane moto"}
JAR=$ROOT/target/mediaplane.jar
TICK=$(getconf CLK_TCK)
MIB=1048576
KIB64=65536


# --- tools --------------------------------------------------------------------------------
apt_get() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}
command -v wrk >/dev/null || { log "installing wrk"; apt_get wrk; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { log "installing nginx"; apt_get nginx; }
command -v moto_server >/dev/null || { echo "moto_server not found (pip install 'moto[server]')" >&2; exit 1; }
python3 -c 'import boto3' 2>/dev/null || { echo "python3 cannot import boto3" >&2; exit 1; }
[ -x "$JAVA" ] || { echo "no JDK at $JAVA (set JAVA)" >&2; exit 1; }
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && [ ! -f "$JAR" ]; }; then
    log "building $JAR"
    (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
fi
require_free_ports "$MP_PORT" "$NGINX_PORT" "$MOTO_PORT" "$JETTY_PORT"

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/mp-data-bench.XXXXXX)
MP_PID="" NGINX_PID="" MOTO_PID="" JETTY_PID="" WRK_PID=""
cleanup() { bench_cleanup $WRK_PID $MP_PID $NGINX_PID $MOTO_PID $JETTY_PID; }
trap cleanup EXIT
trap 'exit 130' INT TERM


# --- servers ------------------------------------------------------------------------------
log "starting Mediaplane on $MP_PORT (auth verify, fresh data dir in $WORK)"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$JAR" --port "$MP_PORT" --data-dir "$WORK/data" --auth verify --transition-ms 0 \
    >"$WORK/mediaplane.log" 2>&1 &
MP_PID=$!
wait_http "http://127.0.0.1:$MP_PORT/_mediaplane/health" 60 "$MP_PID" || { cat "$WORK/mediaplane.log" >&2; exit 1; }

mkdir -p "$WORK/www" "$WORK/nginx"
chmod 755 "$WORK" "$WORK/www" # nginx's workers run as another user
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx.log warn;
events { worker_connections 4096; }
http {
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 100000000;
    access_log off;
    default_type application/octet-stream;
    client_body_temp_path $WORK/nginx/body;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
    }
}
CONF
log "starting nginx $("$NGINX" -v 2>&1 | cut -d/ -f2) on $NGINX_PORT"
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx.conf" -g 'daemon off;' >>"$WORK/nginx.log" 2>&1 &
NGINX_PID=$!
log "starting moto_server on $MOTO_PORT"
moto_server -H 127.0.0.1 -p "$MOTO_PORT" >"$WORK/moto.log" 2>&1 &
MOTO_PID=$!
wait_http "http://127.0.0.1:$NGINX_PORT/" 30 "$NGINX_PID" any || { cat "$WORK/nginx.log" >&2; exit 1; }
if [[ " $SERVERS " == *" jetty "* ]]; then
    log "starting the bare-Jetty anchor on $JETTY_PORT (the same files, no application code)"
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -cp "$JAR" "$HERE/JettyFloor.java" "$JETTY_PORT" "$WORK/www" >"$WORK/jetty.log" 2>&1 &
    JETTY_PID=$!
    wait_http "http://127.0.0.1:$JETTY_PORT/" 60 "$JETTY_PID" any || { cat "$WORK/jetty.log" >&2; exit 1; }
fi
wait_http "http://127.0.0.1:$MOTO_PORT/moto-api/" 60 "$MOTO_PID" || { cat "$WORK/moto.log" >&2; exit 1; }

# --- the same objects on all three --------------------------------------------------------
names() { python3 -c "import sys; print(','.join(f'{sys.argv[1]}-{i:03d}' for i in range(int(sys.argv[2]))))" "$1" "$2"; }
sizes() { python3 -c "import sys; print(','.join([sys.argv[1]] * int(sys.argv[2])))" "$1" "$2"; }
N1M=$(names obj1m "$OBJECTS") N64K=$(names seg64k "$SEGMENTS")
ALL_NAMES="$N1M,$N64K" ALL_SIZES="$(sizes $MIB "$OBJECTS"),$(sizes $KIB64 "$SEGMENTS")"
MP_ENDPOINT="" MP_PREFIX=""
if [[ " $SERVERS $PUT_SERVERS $CASES " == *" mediaplane "* || " $CASES " == *" stream "* ]]; then
    MP_ENDPOINT=$(python3 "$HERE/setup.py" mediaplane --url "http://127.0.0.1:$MP_PORT" --container bench \
        --names "$ALL_NAMES" --sizes "$ALL_SIZES")
    MP_PREFIX=$(python3 -c "import sys, urllib.parse; print(urllib.parse.urlsplit(sys.argv[1]).path.rstrip('/'))" "$MP_ENDPOINT")
fi
python3 "$HERE/setup.py" moto --url "http://127.0.0.1:$MOTO_PORT" --names "$ALL_NAMES" --sizes "$ALL_SIZES" >/dev/null
python3 "$HERE/setup.py" files --dir "$WORK/www" --names "$ALL_NAMES" --sizes "$ALL_SIZES"
log "uploaded $OBJECTS x 1 MiB and $SEGMENTS x 64 KiB to Mediaplane ($MP_ENDPOINT), moto and nginx's root"

port_of() { case $1 in mediaplane) echo "$MP_PORT" ;; nginx) echo "$NGINX_PORT" ;; moto) echo "$MOTO_PORT" ;; jetty) echo "$JETTY_PORT" ;; esac; }
pid_of() { case $1 in mediaplane) echo "$MP_PID" ;; nginx) echo "$NGINX_PID" ;; moto) echo "$MOTO_PID" ;; jetty) echo "$JETTY_PID" ;; esac; }
prefix_of() { case $1 in mediaplane) echo "$MP_PREFIX" ;; *) echo "" ;; esac; }
sign_of() { case $1 in moto) echo "--sign us-east-1" ;; *) echo "" ;; esac; }
text_of() { case $1 in moto) echo "--text" ;; *) echo "" ;; esac; }

# --- CPU accounting (a server's CPU includes its children: nginx's workers) ---------------
cpu_of() { # pid -> clock ticks used by it and its children
    local total=0 p
    for p in $1 $(cat /proc/"$1"/task/*/children 2>/dev/null); do
        total=$(( total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
    done
    echo "$total"
}
busy_all() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
children_cpu() { tail -1 "$WORK/times" | awk '{ split($1,u,/[ms]/); split($2,s,/[ms]/); print u[1]*60+u[2]+s[1]*60+s[2] }'; }
ours() { local t=0 p; for p in $MP_PID $NGINX_PID $MOTO_PID $JETTY_PID; do t=$(( t + $(cpu_of "$p") )); done; echo "$t"; }
wait_quiet() {
    local deadline=$((SECONDS + QUIET_WAIT)) b0 b1 o0 o1 other
    while :; do
        b0=$(busy_all); o0=$(ours); sleep 1; b1=$(busy_all); o1=$(ours)
        other=$(awk -v t="$TICK" -v x=$((b1 - b0 - o1 + o0)) 'BEGIN{printf "%.2f", x / t}')
        if awk -v o="$other" -v q="$QUIET_CORES" 'BEGIN{exit !(o <= q)}'; then return 0; fi
        if [ $SECONDS -ge $deadline ]; then log "machine still busy (other processes use $other cores); measuring anyway"; return 0; fi
        sleep 2
    done
}

# run_wrk SERVER CASE REP SECONDS RECORD(yes|no) BYTES FILE
run_wrk() {
    local server=$1 case=$2 rep=$3 seconds=$4 record=$5 bytes=$6 file=$7
    local pid out="$WORK/wrk.out" b0 b1 s0 s1 c0 c1 t0 t1 line
    pid=$(pid_of "$server")
    [ "$record" = yes ] && wait_quiet
    times >"$WORK/times"; c0=$(children_cpu); b0=$(busy_all); s0=$(cpu_of "$pid"); t0=$(date +%s%N)
    timeout $((seconds + 60)) wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s \
        -s "$REPLAY" "http://127.0.0.1:$(port_of "$server")/" -- same "$WRK_THREADS" "$MAX_REQUESTS" "$file" >"$out" 2>&1 &
    WRK_PID=$!
    if ! wait "$WRK_PID"; then WRK_PID=""; cat "$out" >&2; return 1; fi
    WRK_PID=""
    t1=$(date +%s%N); s1=$(cpu_of "$pid"); b1=$(busy_all); times >"$WORK/times"; c1=$(children_cpu)
    line=$(grep '^{' "$out" | tail -1)
    [ -n "$line" ] || { cat "$out" >&2; return 1; }
    line=$(python3 - "$line" "$server" "$case" "$rep" "$bytes" "$s0" "$s1" "$b0" "$b1" "$c0" "$c1" "$t0" "$t1" "$TICK" <<'PY'
import json, sys
line, server, case, rep, size, s0, s1, b0, b1, c0, c1, t0, t1, tick = sys.argv[1:]
r = json.loads(line)
secs, tick = (int(t1) - int(t0)) / 1e9, int(tick)
server_cpu = (float(s1) - float(s0)) / tick / secs
wrk_cpu = (float(c1) - float(c0)) / secs
total = (float(b1) - float(b0)) / tick / secs
r.update(server=server, case=case, rep=int(rep), bytes=int(size), mb_s=round(r["rps"] * int(size) / 1e6, 1),
         seconds=round(secs, 2), server_cpu=round(server_cpu, 2), wrk_cpu=round(wrk_cpu, 2),
         other_cpu=round(max(0.0, total - server_cpu - wrk_cpu), 2))
print(json.dumps(r))
PY
)
    [ "$record" = yes ] && echo "$line" >>"$WORK/results.jsonl"
    log "$([ "$record" = yes ] && echo "measured #$rep" || echo warm-up) $server $case: $(python3 -c "
import json,sys; r=json.loads(sys.argv[1])
print(f\"{r['rps']:.0f} req/s = {r['mb_s']:.0f} MB/s, p50 {r['p50_us']/1000:.2f} ms, p99 {r['p99_us']/1000:.2f} ms, non-2xx {r['non2xx']}, \"
      f\"server {r['server_cpu']} cores, wrk {r['wrk_cpu']}, other {r['other_cpu']}\")" "$line")"
}

get_case() { # CASE REP NAMES BYTES
    local server file
    for server in $SERVERS; do
        file="$WORK/get-$1-$server.bin"
        if [ ! -f "$file" ]; then
            # shellcheck disable=SC2046
            python3 "$HERE/requests.py" get --host "127.0.0.1:$(port_of "$server")" \
                --prefix "$(prefix_of "$server")" --names "$3" --out "$file" $(sign_of "$server")
            # the first request, sent once: it must answer 200 with the whole object
            python3 "$HERE/requests.py" check --host "127.0.0.1:$(port_of "$server")" --out "$file" --size "$4"
        fi
        run_wrk "$server" "$1" "$2" "$WARMUP" no "$4" "$file"
        run_wrk "$server" "$1" "$2" "$DURATION" yes "$4" "$file"
    done
}

put_case() { # REP
    local server file
    for server in $PUT_SERVERS; do
        file="$WORK/put-$server.bin"
        # signed just before the case: signatures last 15 minutes
        # shellcheck disable=SC2046
        python3 "$HERE/requests.py" put --host "127.0.0.1:$(port_of "$server")" --prefix "$(prefix_of "$server")" \
            --count "$PUT_BODIES" --size "$MIB" --sign us-east-1 --out "$file" $(text_of "$server")
        run_wrk "$server" put1m "$1" "$WARMUP" no "$MIB" "$file"
        run_wrk "$server" put1m "$1" "$DURATION" yes "$MIB" "$file"
    done
}

stream_case() { # REP
    local line
    wait_quiet
    line=$(python3 "$HERE/streaming.py" --endpoint "$MP_ENDPOINT" --streams "$STREAMS" --seconds "$STREAM_SECONDS" \
        --interval-ms "$STREAM_INTERVAL_MS")
    line=$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); r.update(server='mediaplane', case='stream', rep=int(sys.argv[2])); print(json.dumps(r))" "$line" "$1")
    echo "$line" >>"$WORK/results.jsonl"
    log "measured #$1 streaming: $line"
}

: >"$WORK/results.jsonl"
for rep in $(seq 1 "$REPEATS"); do
    for c in $CASES; do
        case $c in
            get1m) get_case get1m "$rep" "$N1M" "$MIB" ;;
            get64k) get_case get64k "$rep" "$N64K" "$KIB64" ;;
            put) put_case "$rep" ;;
            stream) stream_case "$rep" ;;
            *) echo "unknown case $c" >&2; exit 2 ;;
        esac
    done
done

echo
echo "Mediaplane jar of $(date -r "$JAR" '+%F %T') (checkout at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')) vs nginx $("$NGINX" -v 2>&1 | cut -d/ -f2) vs moto $(python3 -c 'import moto; print(moto.__version__)'); $CONNECTIONS connections, wrk -t$WRK_THREADS, ${DURATION} s per case after ${WARMUP} s warm-up, $REPEATS repeats (median, range); $(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)); $("$JAVA" -version 2>&1 | head -1); load average at the start: $LOAD0"
echo "JAVA_OPTS: $JAVA_OPTS (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
echo
python3 "$HERE/report.py" "$WORK/results.jsonl"
