# Shared by the benchmark scripts, sourced once they have set PORT, LOG_NAME and their own
# defaults: the wrk defaults, the folders and the report, the build target, log/die/now_ms.

DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNS=${CONNS:-"16 64"}
WARMUP=2s

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
REPORT="$BENCH_DIR/REPORT.md"
BASE="http://127.0.0.1:$PORT"
# Builds go to $CARGO_TARGET_DIR when set (so a benchmark does not block someone else's build), else ./target.
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
[[ $TARGET_DIR == /* ]] || TARGET_DIR="$ROOT/$TARGET_DIR"
export CARGO_TARGET_DIR="$TARGET_DIR"

log() { printf '[%s %s] %s\n' "$LOG_NAME" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }
