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
# Puts the file $SECTION into $REPORT in place of the lines from <!-- $1:begin --> to
# <!-- $1:end --> (appended when the report has no such section yet); $WORK holds the copy.
replace_section() {
    local begin="<!-- $1:begin -->" end="<!-- $1:end -->"
    if grep -qF "$begin" "$REPORT"; then
        awk -v f="$SECTION" -v b="$begin" -v e="$end" 'index($0, b) {while ((getline l < f) > 0) print l; skip = 1; next}
                              index($0, e) {skip = 0; next} !skip' "$REPORT" >"$WORK/report.md"
        cp "$WORK/report.md" "$REPORT"
    else
        { echo; cat "$SECTION"; } >>"$REPORT"
    fi
}
