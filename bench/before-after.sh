#!/usr/bin/env bash
# Before and after a change, in one run: one bench script with the jar of an older commit and with
# this checkout's jar, back to back, PAIRS times, alternating which goes first (a loaded machine
# then weighs on both alike). Prints the medians and the after/before ratio per case.
#
#   bench/before-after.sh REV bench/mediastore-data/run.sh
#
# REV is built in a temporary git worktree, removed at the end. The script's own settings pass
# through the environment (e.g. DURATION, WARMUP, CASES, SERVERS); REPEATS is 1 per run, BUILD never.
# Settings: PAIRS (3), OUT (directory to keep each run's output; default: removed with the rest).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib.sh
. "$ROOT/bench/lib.sh"
[ $# -eq 2 ] || { echo "usage: $0 REV SCRIPT (e.g. bench/control-plane/run.sh)" >&2; exit 2; }
REV=$1 SCRIPT=$2
PAIRS=${PAIRS:-3}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
TMP=$(mktemp -d /tmp/mp-before-after.XXXXXX)
OUT=${OUT:-$TMP/out}
TREE=$TMP/before
cleanup() {
    git -C "$ROOT" worktree remove --force "$TREE" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

git -C "$ROOT" worktree add -q --detach "$TREE" "$REV"
log "building the jar of $REV (before) and of this checkout (after)"
(cd "$TREE" && ./mvnw -q -B -ntp -DskipTests package)
(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)

mkdir -p "$OUT"
for pair in $(seq 1 "$PAIRS"); do
    order="before after"
    [ $((pair % 2)) -eq 0 ] && order="after before"
    for side in $order; do
        tree=$ROOT
        [ "$side" = before ] && tree=$TREE
        log "pair $pair: $side"
        RESULTS="$OUT/$side-$pair" REPEATS=1 BUILD=never bash "$tree/$SCRIPT" >"$OUT/$side-$pair.txt"
    done
done
python3 "$ROOT/bench/before_after.py" "$OUT" "$REV" "$(git -C "$ROOT" rev-parse --short HEAD)"
