#!/usr/bin/env bash
# Benchmark of the openness self-assessment's results, on the demo data (`ikoe demo`): the demo
# administration "Stadtverwaltung Auenbrück (Demo)" gets $WAVES more ended waves on the default
# indicator set (sqlite3 inserts before the server starts), each with five rater groups and $RATERS
# raters who all submitted (an answer to every indicator: levels 0–3 rising from wave to wave, the
# outside view lower, ≈ 8% "don't know", ≈ 4% "not applicable"; a free text on every 50th answer).
# Measures, signed in as the demo admin, the results of the newest of them
# (/openness/waves/{id}/results: the wave's figures and the trend over the last 10 ended waves, each
# wave's answers counted) with wrk, each run paired with a /hello run just before it (the ceiling;
# target: at least 25% of /hello, p50 under 200 ms; the page runs last $PAGE_DURATION, as a slow page
# completes few requests in 10 s, and the script waits after each until the server is idle), and the PDF report
# (/openness/waves/{id}/report.pdf): $REPORTS sequential curl requests, median / p95 / max.
# Then the statements behind one page view: their number and time as sqlx logs them (the server
# started again with RUST_LOG=sqlx::query=debug), and the SQL of `Store::openness_counts` for one
# wave timed in the sqlite3 shell with its query plans. Writes the section between the "openness"
# markers of bench/REPORT.md.
#
# Usage:  bench/openness.sh
# Optional: PORT (18083), DURATION (10s, the /hello runs), PAGE_DURATION (60s, the page runs; also wrk's
#           timeout), THREADS (2), CONNS ("16 64"), WAVES (10), RATERS (2000), REPORTS (20), CARGO_TARGET_DIR.
# Needs wrk, curl, sqlite3. Only talks to 127.0.0.1. Takes about 20 minutes after the build with the page as
# slow as it is now (4 s per view; the server works through the requests wrk gave up on after each run).
set -euo pipefail

PORT=${PORT:-18083}
WAVES=${WAVES:-10}
RATERS=${RATERS:-2000}
REPORTS=${REPORTS:-20}
PAGE_DURATION=${PAGE_DURATION:-60s}
LOG_NAME=openness
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# a slow page answers after wrk's default timeout of 2 s under load: wait as long as the run, so its latency is measured
WRK_TIMEOUT=$PAGE_DURATION

COMMAND="bench/openness.sh"
if [[ $PORT != 18083 || $DURATION != 10s || $THREADS != 2 || $CONNS != "16 64" || $WAVES != 10 ||
      $RATERS != 2000 || $REPORTS != 20 || $PAGE_DURATION != 60s ]]; then
    COMMAND="PORT=$PORT DURATION=$DURATION PAGE_DURATION=$PAGE_DURATION THREADS=$THREADS CONNS=\"$CONNS\" WAVES=$WAVES RATERS=$RATERS REPORTS=$REPORTS $COMMAND"
fi
(( WAVES >= 1 && RATERS >= 20 )) || die "WAVES must be at least 1 and RATERS at least 20"

for c in wrk curl sqlite3; do command -v $c >/dev/null || die "$c is missing"; done

log "building: cargo build --release -p ikoe (target dir $TARGET_DIR)"
(cd "$ROOT" && cargo build --release -p ikoe)
WORK=$(mktemp -d /tmp/ikoe-openness.XXXXXX)
BIN="$WORK/ikoe"
cp "$TARGET_DIR/release/ikoe" "$BIN"
BIN_INFO="$(date -u -r "$TARGET_DIR/release/ikoe" '+%Y-%m-%d %H:%M UTC'), sha256 $(sha256sum "$BIN" | cut -c1-12)"
GIT_REV=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
GIT_DIRTY=$(cd "$ROOT" && git status --porcelain -- crates 2>/dev/null | awk '{print $2}' | paste -sd ' ' || true)
SERVER_PID=""
stop_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
# the logs of the last run (server, sqlx, wrk) stay in bench/out/openness/ (ignored by git)
OUT="$BENCH_DIR/out/openness"
cleanup() {
    stop_server
    mkdir -p "$OUT"
    cp "$WORK"/*.log "$WORK"/*.tsv "$OUT"/ 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'log "failed (exit $?) at line $LINENO: $BASH_COMMAND"' ERR
curl -s -o /dev/null --max-time 1 "$BASE/healthz" && die "something already answers on $BASE"

for v in $(compgen -e | grep '^IKOE_' || true); do unset "$v"; done
unset RUST_LOG
export IKOE_LISTEN="127.0.0.1:$PORT" IKOE_LOG_LEVEL=warn IKOE_LOGIN_MAX_PER_IP=100000
cd "$WORK"

# ---------------------------------------------------------------- data
log "filling: ikoe demo"
t0=$(now_ms)
"$BIN" demo >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; die "demo failed"; }
DEMO_S=$(awk -v m=$(( $(now_ms) - t0 )) 'BEGIN {printf "%.1f", m / 1000}')
DB="$WORK/data/ikoe.db"
sql() { sqlite3 -batch -noheader "$DB" "$@"; }
CITY_NAME="Stadtverwaltung Auenbrück (Demo)"
CITY=$(sql "SELECT id FROM orgs WHERE name = '$CITY_NAME'")
SET_ID=$(sql "SELECT id FROM openness_sets WHERE builtin = 'default'")
[[ -n $CITY && -n $SET_ID ]] || die "no demo administration or no default indicator set"
INDICATORS=$(sql "SELECT COUNT(*) FROM openness_indicators WHERE set_id = $SET_ID")
DEMO_WAVES=$(sql "SELECT COUNT(*) FROM openness_waves WHERE org_id = $CITY")
ADMIN=$(sql "SELECT id FROM users WHERE email = (SELECT substr(value, 1, instr(value, char(10)) - 1) FROM settings WHERE key = 'demo_login')")
EMAIL=$(sql "SELECT substr(value, 1, instr(value, char(10)) - 1) FROM settings WHERE key = 'demo_login'")
PASSWORD=$(sql "SELECT substr(value, instr(value, char(10)) + 1) FROM settings WHERE key = 'demo_login'")
[[ -n $ADMIN && -n $PASSWORD ]] || die "no demo login in the settings"
NOW=$(date +%s)
DAY=86400
log "administration $CITY ($DEMO_WAVES waves from the demo), default set $SET_ID ($INDICATORS indicators); adding $WAVES waves of $RATERS raters"
# Wave k (1 = oldest) runs 30 days, the next one opens 40 days later; the newest ended 30 days ago,
# after the demo's yearly waves, so its trend is the last 10 ended waves, all of them added here.
# Groups: leadership 5%, three staff groups 35/30/20%, the outside view 10% of the raters; rater i's
# voter key is 43 random characters like the real HMAC (base64url of 32 bytes).
# Choice of rater i on indicator j in wave k: a hash u in 0..99; < 4 not applicable, < 12 don't know,
# else a level from (u − 12) plus 3 points per wave (minus 12 for the outside view) over the cut-offs
# 20 / 50 / 78. A free text on every answer with (31 i + 17 j + k) mod 50 = 0: 2% of every indicator's.
t0=$(now_ms)
sql <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TEMP TABLE bw AS
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $WAVES)
SELECT k, $NOW - 60 * $DAY - ($WAVES - k) * 40 * $DAY AS opens FROM n;
INSERT INTO openness_waves (org_id, set_id, title, opens_at, closes_at, threshold, created_by, version, created_at, updated_at)
SELECT $CITY, $SET_ID, 'Vergleichswelle ' || k, opens, opens + 30 * $DAY, 5, $ADMIN, 1, opens - 7 * $DAY, opens + 30 * $DAY
FROM bw ORDER BY k;
CREATE TEMP TABLE bwave AS
SELECT w.id, b.k, b.opens FROM openness_waves w JOIN bw b ON w.title = 'Vergleichswelle ' || b.k
WHERE w.org_id = $CITY;
CREATE TEMP TABLE gdef(g, kind, name, upto);
INSERT INTO gdef VALUES (0, 'leadership', 'Verwaltungsleitung', 5), (1, 'staff', 'Bürgerbüro', 40),
    (2, 'staff', 'Ausländerbehörde', 70), (3, 'staff', 'Jugendamt', 90), (4, 'outside', 'Migrantenbeirat', 100);
INSERT INTO openness_groups (wave_id, kind, name, created_at)
SELECT w.id, d.kind, d.name, w.opens - 6 * $DAY FROM bwave w CROSS JOIN gdef d ORDER BY w.id, d.g;
CREATE TEMP TABLE bgroup AS
SELECT g.id, g.wave_id, d.g, d.kind FROM openness_groups g JOIN gdef d ON d.name = g.name
WHERE g.wave_id IN (SELECT id FROM bwave);
CREATE TEMP TABLE bresp AS
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $RATERS - 1)
SELECT w.id AS wave_id, w.k, w.opens, n.i, g.id AS group_id, g.kind,
       substr(replace(replace(lower(hex(randomblob(24))), 'a', '-'), 'f', '_'), 1, 43) AS voter
FROM bwave w CROSS JOIN n
JOIN bgroup g ON g.wave_id = w.id
 AND g.g = (SELECT MIN(d.g) FROM gdef d WHERE d.upto > n.i * 100 / $RATERS);
INSERT INTO openness_raters (wave_id, group_id, name, email, submitted_at, created_at)
SELECT wave_id, group_id, 'Vergleichsperson ' || i, '', opens + (1 + i % 28) * $DAY, opens - 6 * $DAY
FROM bresp ORDER BY wave_id, i;
INSERT INTO openness_responses (wave_id, voter, group_id, submitted)
SELECT wave_id, voter, group_id, 1 FROM bresp ORDER BY wave_id, voter;
CREATE TEMP TABLE bind AS
SELECT id, ROW_NUMBER() OVER (ORDER BY position, id) AS j FROM openness_indicators WHERE set_id = $SET_ID;
INSERT INTO openness_answers (wave_id, voter, indicator_id, choice, note)
SELECT wave_id, voter, indicator_id,
       CASE WHEN u < 4 THEN 'na' WHEN u < 12 THEN 'unknown'
            WHEN v < 20 THEN '0' WHEN v < 50 THEN '1' WHEN v < 78 THEN '2' ELSE '3' END,
       CASE WHEN (31 * i + 17 * j + k) % 50 = 0
            THEN CASE (i + j) % 5
                 WHEN 0 THEN 'Die mehrsprachigen Formulare helfen sehr, aber sie sind auf der Website schwer zu finden.'
                 WHEN 1 THEN 'Wir wissen oft nicht, wann wir eine Sprachmittlung bestellen dürfen & wer sie bezahlt.'
                 WHEN 2 THEN 'Seit der Schulung im Frühjahr fragen Kolleginnen häufiger nach – das merkt man am Empfang.'
                 WHEN 3 THEN 'Für Menschen im Rollstuhl ist der Seiteneingang zu schmal; der Aufzug ist oft außer Betrieb.'
                 ELSE 'Der Kontakt zum Migrantenbeirat ist seit dem Personalwechsel eingeschlafen (' || i || ').' END
            ELSE '' END
FROM (SELECT wave_id, voter, i, k, indicator_id, j, u,
             u - 12 + 3 * k + 4 * (j % 5) - 8 - CASE WHEN kind = 'outside' THEN 12 ELSE 0 END AS v
      FROM (SELECT r.wave_id, r.voter, r.i, r.k, r.kind, x.id AS indicator_id, x.j,
                   ((r.i * 2654435761 + x.j * 40503 + r.k * 9973) % 1000003) % 100 AS u
            FROM bresp r CROSS JOIN bind x))
ORDER BY wave_id, voter, indicator_id;
COMMIT;
SQL
DATA_S=$(awk -v m=$(( $(now_ms) - t0 )) 'BEGIN {printf "%.1f", m / 1000}')
NEWEST=$(sql "SELECT id FROM openness_waves WHERE org_id = $CITY AND title = 'Vergleichswelle $WAVES'")
OLDEST=$(sql "SELECT id FROM openness_waves WHERE org_id = $CITY AND title = 'Vergleichswelle 1'")
[[ -n $NEWEST && -n $OLDEST ]] || die "the added waves are missing"
read -r N_ADDED N_GROUPS N_RATERS N_SUBMITTED N_RESPONSES < <(sql "SELECT
    (SELECT COUNT(*) FROM openness_waves WHERE org_id = $CITY AND title LIKE 'Vergleichswelle %'),
    (SELECT COUNT(*) FROM openness_groups WHERE wave_id = $NEWEST),
    (SELECT COUNT(*) FROM openness_raters WHERE wave_id = $NEWEST),
    (SELECT COUNT(*) FROM openness_raters WHERE wave_id = $NEWEST AND submitted_at IS NOT NULL),
    (SELECT COUNT(*) FROM openness_responses WHERE wave_id = $NEWEST AND submitted = 1)" | tr '|' ' ')
read -r N_ANSWERS N_NOTES < <(sql "SELECT COUNT(*), SUM(note <> '') FROM openness_answers WHERE wave_id = $NEWEST" | tr '|' ' ')
read -r ALL_ANSWERS ALL_RESPONSES < <(sql "SELECT (SELECT COUNT(*) FROM openness_answers), (SELECT COUNT(*) FROM openness_responses)" | tr '|' ' ')
GROUP_SIZES=$(sql "SELECT group_concat(name || ' ' || n, ', ') FROM (SELECT g.name, COUNT(*) AS n FROM openness_raters r
    JOIN openness_groups g ON g.id = r.group_id WHERE r.wave_id = $NEWEST GROUP BY g.id ORDER BY g.id)")
SHARES() { # wave: the share of each choice in %
    sql "SELECT group_concat(choice || ' ' || printf('%.1f', 100.0 * n / t) || '%', ', ') FROM
         (SELECT choice, COUNT(*) AS n, (SELECT COUNT(*) FROM openness_answers WHERE wave_id = $1) AS t
          FROM openness_answers WHERE wave_id = $1 GROUP BY choice ORDER BY choice)"
}
SHARES_OLDEST=$(SHARES "$OLDEST")
SHARES_NEWEST=$(SHARES "$NEWEST")
DB_MB=$(du -m "$DB" | cut -f1)
(( N_ADDED == WAVES && N_GROUPS == 5 && N_RATERS == RATERS && N_SUBMITTED == RATERS && N_RESPONSES == RATERS &&
   N_ANSWERS == RATERS * INDICATORS )) ||
    die "wave $NEWEST: $N_GROUPS groups, $N_RATERS raters ($N_SUBMITTED submitted), $N_RESPONSES responses, $N_ANSWERS answers"
log "added in $DATA_S s: $N_ADDED waves ($OLDEST … $NEWEST), each $N_GROUPS groups ($GROUP_SIZES), $N_RESPONSES responses," \
    "$N_ANSWERS answers, $N_NOTES free texts; in all $ALL_RESPONSES responses, $ALL_ANSWERS answers, database $DB_MB MB"
log "choices: oldest wave $SHARES_OLDEST; newest $SHARES_NEWEST"

# ---------------------------------------------------------------- server
start_server() { # log file
    "$BIN" serve >"$1" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 300); do curl -s -o /dev/null "$BASE/healthz" && break; sleep 0.1; done
    curl -s -o /dev/null "$BASE/healthz" || { cat "$1" >&2; die "server did not start"; }
}
start_server "$WORK/server.log"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }   # utime + stime
CLK_TCK=$(getconf CLK_TCK)

JAR="$WORK/jar"
login() {
    rm -f "$JAR"
    local token code
    token=$(curl -s -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    code=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code}' \
        --data-urlencode "_csrf=$token" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" "$BASE/login")
    [[ $code == 303 ]] || die "login as $EMAIL answered $code"
    COOKIE=$(awk '$6 ~ /^ikoe_/ {printf "%s=%s; ", $6, $7}' "$JAR")
}
login

PAGE="/openness/waves/$NEWEST/results"
REPORT_PDF="/openness/waves/$NEWEST/report.pdf"
read -r code BYTES < <(curl -s -b "$JAR" -o "$WORK/page.html" -w '%{http_code} %{size_download}\n' "$BASE$PAGE")
[[ $code == 200 ]] || die "GET $PAGE answered $code"
# the trend's table has a column per wave; every group is shown; every free text is listed
TREND_COLS=$(grep -o '<th scope="col" class="num"><bdi>Vergleichswelle [0-9]*</bdi></th>' "$WORK/page.html" | sort -u | wc -l)
SHOWN_NOTES=$(grep -o '<li class="pre-line" dir="auto">' "$WORK/page.html" | wc -l)
EXPECT_TREND=$(( WAVES < 10 ? WAVES : 10 ))
(( TREND_COLS == EXPECT_TREND )) || die "the trend shows $TREND_COLS of the added waves, expected $EXPECT_TREND"
(( SHOWN_NOTES == N_NOTES )) || die "the page lists $SHOWN_NOTES free texts, expected $N_NOTES"
grep -q '<span class="light light--' "$WORK/page.html" || die "the page shows no results"
log "GET $PAGE: $BYTES bytes, trend over $TREND_COLS waves, $SHOWN_NOTES free texts"

to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
        if (f < 0) { print "?"; exit } printf "%.2f", n * f }'
}
declare -A BUSY_AFTER
declare -A RPS P50 P99 CEIL US_REQ NREQ OK NON2XX TIMEOUTS CPU_PCT
# Req/s counts only answers with 2xx/3xx (wrk's own figure also counts error answers such as the 408 of
# the server's 30 s page timeout); the latency is wrk's, of every answer received, errors included
# ("–" when none came); CPU % is the server's, of one core.
run_wrk() { # path conns key [duration]
    local out c0 c1 n secs
    c0=$(cpu_ticks)
    out=$(wrk -t"$THREADS" -c"$2" -d"${4:-$DURATION}" --timeout "$WRK_TIMEOUT" --latency -H "Cookie: $COOKIE" "$BASE$1")
    c1=$(cpu_ticks)
    printf '%s\n' "$out" >>"$WORK/wrk.log"
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    secs=$(awk '/requests in/ {v = $4; sub(/,$/, "", v); n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
                                printf "%.2f", (u == "m") ? 60 * n : (u == "ms") ? n / 1000 : n}' <<<"$out")
    NREQ[$3]=$n
    NON2XX[$3]=$(awk '/Non-2xx or 3xx responses:/ {n = $NF} END {print n + 0}' <<<"$out")
    TIMEOUTS[$3]=$(awk '/Socket errors:/ {gsub(/,/, ""); n = $NF} END {print n + 0}' <<<"$out")
    OK[$3]=$(( n - NON2XX[$3] ))
    RPS[$3]=$(awk -v n="${OK[$3]}" -v s="$secs" 'BEGIN {v = n / s; printf (v < 100) ? "%.2f" : "%.0f", v}')
    P50[$3]="–" P99[$3]="–" US_REQ[$3]="–"
    if (( n > 0 )); then
        P50[$3]=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
        P99[$3]=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
    fi
    if (( OK[$3] > 0 )); then
        US_REQ[$3]=$(awk -v d=$((c1 - c0)) -v t="$CLK_TCK" -v n="${OK[$3]}" 'BEGIN {printf "%.0f", 1e6 * d / t / n}')
    fi
    CPU_PCT[$3]=$(awk -v d=$((c1 - c0)) -v t="$CLK_TCK" -v s="$secs" 'BEGIN {printf "%.0f", 100 * d / t / s}')
    log "$(printf '%-36s c=%-3s %8s req/s  p50 %9s ms  p99 %9s ms  server %8s us/req, CPU %s%%  answered %s, non-2xx %s, timeouts %s' \
        "$1" "$2" "${RPS[$3]}" "${P50[$3]}" "${P99[$3]}" "${US_REQ[$3]}" "${CPU_PCT[$3]}" "${OK[$3]}" "${NON2XX[$3]}" "${TIMEOUTS[$3]}")"
}
# one request at a time on the otherwise idle server: curl's time_total (ms), sorted
timed() { # count path
    for _ in $(seq "$1"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE$2"; done | awk '{print $1 * 1000}' | sort -n
}
stats() { # the sorted numbers on stdin: median p95 min max
    awk '{v[NR] = $1} END {printf "%.1f %.1f %.1f %.1f\n", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.999)], v[1], v[NR]}'
}

# Waits until the server has finished the requests wrk left when it stopped (its CPU time stands still
# for a second), so they do not slow the next run; logs how long that took.
drain() {
    local t0 a b
    t0=$(now_ms)
    a=$(cpu_ticks)
    for _ in $(seq 600); do
        sleep 1
        b=$(cpu_ticks)
        (( b - a <= 2 )) && break
        a=$b
    done
    DRAINED=$(( ($(now_ms) - t0) / 1000 ))
    log "server idle again after $DRAINED s"
}

# alone: median of 21 after 3 unmeasured
declare -A ALONE
for path in /hello "$PAGE"; do
    timed 3 "$path" >/dev/null
    ALONE[$path]=$(timed 21 "$path" | stats | cut -d' ' -f1)
    log "$(printf '%-36s alone: median %s ms' "$path" "${ALONE[$path]}")"
done
c0=$(cpu_ticks)
timed 10 "$PAGE" >/dev/null
ALONE_CPU=$(awk -v d=$(( $(cpu_ticks) - c0 )) -v t="$CLK_TCK" 'BEGIN {printf "%.1f", 1000 * d / t / 10}')
log "$PAGE alone: server CPU $ALONE_CPU ms per request (10 requests)"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
wrk -t"$THREADS" -c16 -d"$WARMUP" -H "Cookie: $COOKIE" "$BASE/hello" >/dev/null
wrk -t"$THREADS" -c16 -d"$WARMUP" --timeout "$WRK_TIMEOUT" -H "Cookie: $COOKIE" "$BASE$PAGE" >/dev/null
drain
for c in $CONNS; do
    run_wrk "/hello" "$c" "hello|$c"
    CEIL[$c]=${RPS[hello|$c]}
    run_wrk "$PAGE" "$c" "page|$c" "$PAGE_DURATION"
    drain
    BUSY_AFTER[$c]=$DRAINED
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- PDF report
for _ in 1 2 3; do curl -s -b "$JAR" -o /dev/null "$BASE$REPORT_PDF"; done   # warm-up, not measured
c0=$(cpu_ticks)
PDF_RUNS=$(for _ in $(seq "$REPORTS"); do
    curl -s -b "$JAR" -o "$WORK/report.pdf" -w '%{http_code} %{size_download} %{time_total}\n' "$BASE$REPORT_PDF"
done)
c1=$(cpu_ticks)
awk '$1 != 200 {bad = 1} END {exit bad}' <<<"$PDF_RUNS" || die "GET $REPORT_PDF did not always answer 200"
head -c 5 "$WORK/report.pdf" | grep -q '%PDF-' || die "GET $REPORT_PDF is no PDF"
PDF_BYTES=$(awk 'END {print $2}' <<<"$PDF_RUNS")
read -r PDF_MED PDF_P95 PDF_MIN PDF_MAX < <(awk '{print $3 * 1000}' <<<"$PDF_RUNS" | sort -n | stats)
PDF_CPU=$(awk -v d=$((c1 - c0)) -v t="$CLK_TCK" -v n="$REPORTS" 'BEGIN {printf "%.1f", 1000 * d / t / n}')
PDF_PAGES=$(grep -ac '/Type */Page[^s]' "$WORK/report.pdf" || true)
log "$(printf '%s: median %s ms  p95 %s ms  min %s  max %s  server CPU %s ms/report  %s bytes, %s pages' \
    "$REPORT_PDF" "$PDF_MED" "$PDF_P95" "$PDF_MIN" "$PDF_MAX" "$PDF_CPU" "$PDF_BYTES" "$PDF_PAGES")"
WARNINGS=$(grep -ciE 'warn|error' "$WORK/server.log" || true)
WARN_SLOW=$(grep -c 'slow statement' "$WORK/server.log" || true)
WARN_ACQUIRE=$(grep -c 'time to acquire' "$WORK/server.log" || true)
stop_server

# ---------------------------------------------------------------- statements of one page view
# The server again with sqlx's statement log: one unmeasured view, then one whose statements are counted.
RUST_LOG="warn,sqlx::query=debug" start_server "$WORK/sqlx.log"
curl -s -b "$JAR" -o /dev/null "$BASE$PAGE"
sleep 0.2
MARK=$(wc -c <"$WORK/sqlx.log")
t0=$(now_ms)
curl -s -b "$JAR" -o /dev/null "$BASE$PAGE"
LOGGED_MS=$(( $(now_ms) - t0 ))
sleep 0.2
stop_server
# one event per statement: its text (first 100 characters), rows returned and elapsed time (ms)
tail -c +"$((MARK + 1))" "$WORK/sqlx.log" | tr '\n' ' ' | sed 's/\x1b\[[0-9;]*m//g' |
    grep -oE 'db\.statement="(\\n)*[^"]{0,100}|rows_returned=[0-9]+|elapsed_secs=[0-9.e+-]+' |
    awk '/^db.statement/ {s = $0; sub(/^db\.statement="(\\n)*/, "", s); sub(/(\\n)+$/, "", s)}
         /^rows_returned/ {split($0, a, "="); r = a[2]}
         /^elapsed_secs/ {split($0, a, "="); printf "%s\t%s\t%.3f\n", s, r, a[2] * 1000}' >"$WORK/statements.tsv"
N_STATEMENTS=$(wc -l <"$WORK/statements.tsv")
(( N_STATEMENTS > 0 )) || die "no statements in the sqlx log"
SQL_MS=$(awk -F'\t' '{t += $3} END {printf "%.1f", t}' "$WORK/statements.tsv")
# by statement: how often, rows, total and largest time
awk -F'\t' '{n[$1]++; r[$1] += $2; t[$1] += $3; if ($3 > m[$1]) m[$1] = $3; if (!($1 in o)) o[$1] = NR}
    END {for (s in n) printf "%d\t%s\t%d\t%d\t%.1f\t%.1f\n", o[s], s, n[s], r[s], t[s], m[s]}' "$WORK/statements.tsv" |
    sort -t$'\t' -k5,5 -rn | cut -f2- >"$WORK/by_statement.tsv"
log "one view: $N_STATEMENTS statements, $SQL_MS ms in sqlx (the request took $LOGGED_MS ms with the log on)"

# ---------------------------------------------------------------- the SQL of openness_counts in the sqlite3 shell
# The three statements of `Store::openness_counts` (and the groups of `Store::openness_groups`) for the
# newest wave, as the store sends them, each run $SQL_RUNS times in one sqlite3 session (the first unmeasured):
# the shell's "Run Time: real", median; then the same for every wave of the trend.
SQL_RUNS=6
Q_GROUPS="SELECT g.id, g.kind, (SELECT COUNT(*) FROM openness_responses x WHERE x.group_id = g.id AND x.submitted = 1) FROM openness_groups g WHERE g.wave_id = \$W ORDER BY g.id"
Q_COUNTS="SELECT x.group_id, a.indicator_id, a.choice, COUNT(*) FROM openness_answers a JOIN openness_responses x ON x.wave_id = a.wave_id AND x.voter = a.voter AND x.submitted = 1 WHERE a.wave_id = \$W GROUP BY x.group_id, a.indicator_id, a.choice"
Q_NOTES="SELECT x.group_id, a.indicator_id, a.note FROM openness_answers a JOIN openness_responses x ON x.wave_id = a.wave_id AND x.voter = a.voter AND x.submitted = 1 WHERE a.wave_id = \$W AND a.note <> '' ORDER BY a.indicator_id, a.note"
Q_GROUP_LIST="SELECT g.id, g.kind, g.name, (SELECT COUNT(*) FROM openness_raters r WHERE r.group_id = g.id) AS raters, (SELECT COUNT(*) FROM openness_responses x WHERE x.group_id = g.id AND x.submitted = 1) AS submitted FROM openness_groups g WHERE g.wave_id = \$W ORDER BY g.id"
QUERIES=(groups counts notes group_list)
declare -A QSQL=([groups]=$Q_GROUPS [counts]=$Q_COUNTS [notes]=$Q_NOTES [group_list]=$Q_GROUP_LIST)
declare -A QNAME=([groups]="openness_counts: groups with their submitted responses"
                  [counts]="openness_counts: answers counted per group, indicator and choice"
                  [notes]="openness_counts: the free texts"
                  [group_list]="openness_groups: groups with raters and submitted")
declare -A QMS QCPU QROWS QPLAN
time_sql() { # sql with $W → the medians of the runs' real time and CPU time (user + sys), in ms
    local s=$1 out
    out=$({ echo ".timer on"; echo ".output /dev/null"; for _ in $(seq "$SQL_RUNS"); do echo "$s;"; done; } |
        sqlite3 -batch "$DB" 2>&1 | awk '/^Run Time: real/ {print $4 * 1000, ($6 + $8) * 1000}' | tail -n +2)
    echo "$(cut -d' ' -f1 <<<"$out" | sort -n | stats | cut -d' ' -f1) $(cut -d' ' -f2 <<<"$out" | sort -n | stats | cut -d' ' -f1)"
}
for q in "${QUERIES[@]}"; do
    s=${QSQL[$q]//\$W/$NEWEST}
    read -r "QMS[$q]" "QCPU[$q]" < <(time_sql "$s")
    QROWS[$q]=$(sql "SELECT COUNT(*) FROM ($s)")
    QPLAN[$q]=$(sql "EXPLAIN QUERY PLAN $s")
    log "$(printf 'sqlite3 %-11s real %8s ms  CPU %8s ms  %6s rows' "$q" "${QMS[$q]}" "${QCPU[$q]}" "${QROWS[$q]}")"
done
# every wave of the trend: the statements the page runs per wave (counts and the group list), once each
TREND_IDS=$(sql "SELECT id FROM openness_waves WHERE org_id = $CITY AND closes_at < $NOW AND opens_at <= (SELECT opens_at FROM openness_waves WHERE id = $NEWEST) ORDER BY opens_at DESC, id DESC LIMIT 10")
read -r TREND_SQL_MS TREND_SQL_CPU < <({ echo ".timer on"; echo ".output /dev/null"
        for w in $TREND_IDS; do for q in "${QUERIES[@]}"; do echo "${QSQL[$q]//\$W/$w};"; done; done; } |
    sqlite3 -batch "$DB" 2>&1 | awk '/^Run Time: real/ {t += $4; c += $6 + $8} END {printf "%.1f %.1f\n", t * 1000, c * 1000}')
log "sqlite3: the per-wave statements for the $(wc -w <<<"$TREND_IDS") waves of the trend: real $TREND_SQL_MS ms, CPU $TREND_SQL_CPU ms"
SQLITE_VERSION=$(sqlite3 --version | cut -d' ' -f1)

# ---------------------------------------------------------------- candidate fixes, in the sqlite3 shell
# On a copy of the database, what the proposed changes would cost (no Rust code changed here):
# the group counts restricted to the wave (the existing indexes apply), a covering index for the
# counts, a partial index for the free texts, the trend's counts in one statement, and the counts
# kept as tallies (a table a submission would add to).
CAND="$WORK/candidates.db"
sqlite3 "$DB" "VACUUM INTO '$CAND'"
DB_NOW=$DB
IN_LIST=$(paste -sd, <<<"$TREND_IDS")
sqlite3 "$CAND" "CREATE INDEX openness_answers_cover ON openness_answers(wave_id, voter, indicator_id, choice);
    CREATE INDEX openness_answers_notes ON openness_answers(wave_id, indicator_id) WHERE note <> '';
    CREATE TABLE openness_tallies (wave_id INTEGER NOT NULL, group_id INTEGER NOT NULL, indicator_id INTEGER NOT NULL,
        choice TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (wave_id, group_id, indicator_id, choice)) WITHOUT ROWID;
    INSERT INTO openness_tallies SELECT a.wave_id, x.group_id, a.indicator_id, a.choice, COUNT(*) FROM openness_answers a
        JOIN openness_responses x ON x.wave_id = a.wave_id AND x.voter = a.voter AND x.submitted = 1
        GROUP BY a.wave_id, x.group_id, a.indicator_id, a.choice;"
CANDIDATES=(group_list_wave counts_cover notes_partial trend_counts_one trend_tallies)
declare -A CSQL=(
    [group_list_wave]="SELECT g.id, g.kind, g.name, (SELECT COUNT(*) FROM openness_raters r WHERE r.wave_id = g.wave_id AND r.group_id = g.id) AS raters, (SELECT COUNT(*) FROM openness_responses x WHERE x.wave_id = g.wave_id AND x.group_id = g.id AND x.submitted = 1) AS submitted FROM openness_groups g WHERE g.wave_id = $NEWEST ORDER BY g.id"
    [counts_cover]=${QSQL[counts]//\$W/$NEWEST}
    [notes_partial]=${QSQL[notes]//\$W/$NEWEST}
    [trend_counts_one]="SELECT a.wave_id, x.group_id, a.indicator_id, a.choice, COUNT(*) FROM openness_answers a JOIN openness_responses x ON x.wave_id = a.wave_id AND x.voter = a.voter AND x.submitted = 1 WHERE a.wave_id IN ($IN_LIST) GROUP BY a.wave_id, x.group_id, a.indicator_id, a.choice"
    [trend_tallies]="SELECT wave_id, group_id, indicator_id, choice, n FROM openness_tallies WHERE wave_id IN ($IN_LIST)")
declare -A CNAME=(
    [group_list_wave]="openness_groups with \`r.wave_id = g.wave_id\` / \`x.wave_id = g.wave_id\` in the subqueries (existing indexes), one wave"
    [counts_cover]="counts of one wave with an index on openness_answers (wave_id, voter, indicator_id, choice)"
    [notes_partial]="free texts of one wave with a partial index on openness_answers (wave_id, indicator_id) WHERE note <> ''"
    [trend_counts_one]="counts of all $(wc -w <<<"$TREND_IDS") trend waves in one statement (\`wave_id IN (…)\`, with the covering index)"
    [trend_tallies]="counts of all $(wc -w <<<"$TREND_IDS") trend waves from a tally table (wave, group, indicator, choice → n)")
declare -A CMS CCPU CROWS CPLAN
DB=$CAND
for q in "${CANDIDATES[@]}"; do
    read -r "CMS[$q]" "CCPU[$q]" < <(time_sql "${CSQL[$q]}")
    CROWS[$q]=$(sqlite3 -batch -noheader "$CAND" "SELECT COUNT(*) FROM (${CSQL[$q]})")
    CPLAN[$q]=$(sqlite3 -batch -noheader "$CAND" "EXPLAIN QUERY PLAN ${CSQL[$q]}" | grep -E 'SEARCH|SCAN' | sed 's/^[|` -]*//' | paste -sd ';' | sed 's/;/; /g')
    log "$(printf 'candidate %-16s real %8s ms  CPU %8s ms  %6s rows' "$q" "${CMS[$q]}" "${CCPU[$q]}" "${CROWS[$q]}")"
done
DB=$DB_NOW

# ---------------------------------------------------------------- report section
pct() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) {p = 100 * a / b; if (p > 0 && p < 0.01) print "< 0.01"; else printf (p < 1) ? "%.2f" : "%.1f", p} else print "?"}'; }
# The hand-written diagnosis (update it when the figures change).
diagnosis() {
    cat <<'DIAGNOSIS'

### Openness results: where the time goes (by hand, 2026-12-08 ≈ 02:45 UTC, git b98f0fa)

- **The page misses both targets by far.** One view of the newest wave costs ≈ 3.4–3.9 s of server CPU
  and answers in ≈ 4.1 s alone (target: p50 under 200 ms); under load it answers (almost) nothing: with
  16 or 64 connections the requests got `408 Request Timeout` after the router's 30 s `TimeoutLayer`
  (one answer in 60 s in one of four such runs), so ≈ 0% of the ceiling (target ≥ 25%). 16 views at
  once need ≈ 16 × 3.5 s of CPU on 2 cores, more than 30 s.
  The PDF report computes the same `results()` and costs about the same (≈ 3.0–3.5 s of CPU, ≈ 4.0–4.1 s
  median).
- **The server does not shed that work.** `middleware::run_to_completion` runs every request to its end in
  a task of its own (on purpose: no transaction dropped halfway), so a 408, or a client that went away,
  does not stop the counting: after the run with 64 connections the server was busy for minutes with
  requests nobody waited for any more (see above; in a separate check, 32 simultaneous views, all
  answered 408 at 30 s, cost ≈ 95 s of server CPU, which went on for ≈ 40 s after the last 408). Any
  member of an administration can keep the server busy this way.
- **Where the time goes: counting every answer of all ten waves, on each view.** `trend()` calls
  `wave_results()` for each of the nine earlier waves, which loads the set (3 statements, the same
  default set every time), the group list (thrown away: `let (s, _, x)`) and `openness_counts`
  (3 statements, including every free text, which the trend does not use). 76 statements per view;
  by sqlx's timing (two runs, 3.9 and 5.5 s in all) 2.4–3.6 s go to the ten count statements (≈ 850 rows
  each) and 1.35–1.66 s to the ten free-text statements (1,200 rows each: nine tenths of that for texts
  nobody shows), ≈ 0.15 s to the two group statements per wave. In the sqlite3 shell one wave's count
  takes ≈ 90–100 ms (60,000 answers, each looked up in the table through
  `openness_answers_by_indicator`, then its response through the responses' primary key, then sorted
  for the GROUP BY), the free texts ≈ 42 ms (every answer of the wave read to test `note <> ''`), the
  group list ≈ 10–12 ms (its subqueries `WHERE r.group_id = g.id` and `WHERE x.group_id = g.id` scan
  all raters and all responses of every wave: it grows with the administration's history, not with
  the wave).
- **It is SQLite reading pages, not Rust.** `perf record -F 999` on the server during three views
  (release binary, this data): 94.5% of the samples in sqlx's SQLite worker threads, 5.5% on the tokio
  workers (building the results, rendering 207 KB). By symbol: 54% in the kernel, almost all of it
  `pread` of database pages from the OS cache (`_copy_to_iter`, `filemap_read`, …: the 85 MB database
  does not fit SQLite's default 2 MB page cache per connection), 32% in the SQLite engine
  (`sqlite3VdbeExec`, `sqlite3BtreeTableMoveto`, the sorter), 12% libc (pread, mutexes, malloc).
  In the shell, `PRAGMA mmap_size = 268435456` or a 128 MB `cache_size` made the ten waves' count and
  free-text statements ≈ 25–35% cheaper: worth having, but it does not change the order of magnitude.
- **Proposed fixes**, biggest first (none made here; the timings of the SQL candidates are in the table
  above):
  1. *Keep the counts of an ended wave instead of recounting them.* Answers are only taken inside the
     wave's period (`open_for_answers`), so an ended wave's counts never change. Either a per-node cache
     of `WaveResults` keyed by (wave id, `version`) — closing or editing a wave bumps the version — like
     `leitbild_cache`; or, for every node and the first view too, a table `openness_tallies (wave_id,
     group_id, indicator_id, choice, n)` (WITHOUT ROWID on SQLite) that `submit_openness_answers` adds
     the response's answers to in its transaction: reading the ten waves' tallies takes ≈ 3–4 ms in
     the shell instead of ≈ 1.4–1.7 s. Nothing is less anonymous than now: the same counts per group
     are what the results are built from, and the threshold is still applied in `WaveResults::build`.
  2. *Make the trend load only what it shows* (no schema change): load each distinct set once (all ten
     waves share one), skip `openness_groups` for the earlier waves, and ask a counts-only statement
     without the free texts. By the sqlx figures ≈ 1.3–1.6 s of the 3.9–5.5 s go away, and 45 of the 76
     statements. One statement for all trend waves (`wave_id IN (…)`) saves round trips but no
     SQLite work (≈ 585 ms of CPU in the shell for the ten, against 45–67 ms each one by one).
  3. *Indexes* (both backends): a partial index on `openness_answers (wave_id, indicator_id) WHERE
     note <> ''` (free texts of one wave ≈ 42 → 2.4–3.2 ms); `AND r.wave_id = g.wave_id` /
     `AND x.wave_id = g.wave_id` in the subqueries of `openness_groups` and the first statement of
     `openness_counts` so the existing indexes apply (10–12 → 1–2 ms per wave, and no longer growing
     with the history; or indexes on the two `group_id` columns); a covering index
     `(wave_id, voter, indicator_id, choice)` only takes the count from ≈ 90–100 to ≈ 45–67 ms.
  4. *SQLite page access*: `PRAGMA mmap_size` (or a larger `cache_size`) in `Store::connect`.
  With 1 and 2 the page becomes its own wave's texts and a few small statements; what is left is
  rendering ≈ 207 KB (1,200 free texts; the Leitbild round page, 638 KB, costs ≈ 8–12 ms of CPU), so a
  p50 far below 200 ms is within reach, and 25% of `/hello` (≈ 50 µs per request) is not a sensible
  target for a page of this size. Until then a limit on concurrent results/report requests (a
  semaphore, answering 503 when full) would keep a few viewers from occupying the server for minutes.
- **Found on the way:** the default indicator set's texts, `crates/store/data/openness/*.json`
  (read with `include_str!` by `crates/store/src/openness/sets.rs`), are not in git: `.gitignore`'s
  `data/` pattern matches `crates/store/data/`. A fresh clone of main does not compile; this benchmark
  was built with the files copied from the working tree of `/work/main`.
DIAGNOSIS
}
SECTION="$WORK/section.md"
{
    echo "<!-- openness:begin -->"
    echo "## Openness self-assessment: results and report"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') with \`$COMMAND\` (in \`$ROOT\`) at git $GIT_REV, release build (binary built $BIN_INFO;" \
         "uncommitted changes under crates/: ${GIT_DIRTY:-none}), SQLite in a fresh temp dir, \`IKOE_LOG_LEVEL=warn\`," \
         "on this $(nproc)-core machine with wrk and curl on the same cores." \
         "Machine load average (1/5/15 min) before/after the page runs: $LOAD_BEFORE / $LOAD_AFTER."
    echo
    echo "**Data.** \`ikoe demo\` ($DEMO_S s), then sqlite3 inserts before the server starts ($DATA_S s): the demo administration" \
         "\"$CITY_NAME\" (id $CITY, $DEMO_WAVES waves from the demo) gets $N_ADDED ended waves (ids $OLDEST–$NEWEST, 30 days each, 40 days apart," \
         "the newest ended 30 days ago) on the default indicator set ($INDICATORS indicators), each with $N_GROUPS groups ($GROUP_SIZES raters)" \
         "and $RATERS raters who all submitted: $N_RESPONSES submitted responses with a 43-character voter key and $N_ANSWERS answers per wave," \
         "$N_NOTES of them with a free text (≈ 90 characters). Choices in the oldest wave: $SHARES_OLDEST; in the newest: $SHARES_NEWEST" \
         "(levels rise from wave to wave, the outside view a little lower). In all $ALL_RESPONSES responses and $ALL_ANSWERS answers; database $DB_MB MB."
    echo
    echo "**Method.** Signed in as the demo admin (session cookie from one \`POST /login\` with curl)." \
         "The page row is \`wrk -t$THREADS -c<conns> -d$PAGE_DURATION --timeout $WRK_TIMEOUT --latency\` after a $WARMUP warm-up (longer than the" \
         "usual $DURATION, and a timeout as long as the run, so that a slow page completes enough requests), paired with a \`/hello\` run of $DURATION" \
         "just before it on the same server with the same cookie (share = page req/s ÷ that /hello run; target ≥ 25%, and p50 under 200 ms)." \
         "The page was checked to show the trend over $TREND_COLS of the added waves and all $SHOWN_NOTES free texts of the newest one." \
         "Req/s counts the 2xx answers that came within the run (wrk's own figure also counts error answers, such as the" \
         "\`408 Request Timeout\` the server sends when a page takes over 30 s); p50/p99 are wrk's, of every answer, errors included. Server CPU/answer = the server's CPU time (utime + stime from /proc) during the run ÷ answers" \
         "(work on requests still open at the end is included, so for the slow page this is an upper bound; after each page run the script" \
         "waits until the server is idle again, see the log)." \
         "Alone = one request at a time on the otherwise idle server before the load: curl's \`time_total\`, median of 21" \
         "(server CPU per request alone: $ALONE_CPU ms, over 10 requests)."
    echo
    echo "| Page | Bytes | Conns | Run | Req/s (answered) | Paired /hello | Share of ceiling | p50 (ms) | p99 (ms) | Server CPU/answer (µs) | Server CPU (% of a core) | Answered (2xx) | Errors (non-2xx; socket timeouts) | Alone (ms) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for c in $CONNS; do
        echo "| \`GET $PAGE\` (newest wave, trend over $TREND_COLS) | $BYTES | $c | $PAGE_DURATION | ${RPS[page|$c]} | ${CEIL[$c]} | $(pct "${RPS[page|$c]}" "${CEIL[$c]}")% | ${P50[page|$c]} | ${P99[page|$c]} | ${US_REQ[page|$c]} | ${CPU_PCT[page|$c]} | ${OK[page|$c]} | ${NON2XX[page|$c]}; ${TIMEOUTS[page|$c]} | ${ALONE[$PAGE]} |"
    done
    for c in $CONNS; do
        echo "| \`GET /hello\` (the paired run) | 5 | $c | $DURATION | ${RPS[hello|$c]} | | | ${P50[hello|$c]} | ${P99[hello|$c]} | ${US_REQ[hello|$c]} | ${CPU_PCT[hello|$c]} | ${OK[hello|$c]} | ${NON2XX[hello|$c]}; ${TIMEOUTS[hello|$c]} | ${ALONE[/hello]} |"
    done
    echo
    echo "After the page runs the server went on working on the requests wrk had given up on:$(for c in $CONNS; do printf ' %s s after the run with %s connections;' "${BUSY_AFTER[$c]}" "$c"; done | sed 's/;$/./')"
    echo
    echo "**PDF report** (\`GET $REPORT_PDF\`, $PDF_BYTES bytes, $PDF_PAGES pages): $REPORTS requests one after the other after 3 unmeasured ones," \
         "curl's \`time_total\`: median $PDF_MED ms, p95 $PDF_P95 ms, min $PDF_MIN ms, max $PDF_MAX ms; server CPU $PDF_CPU ms per report" \
         "(it computes the same results as the page, then renders the PDF in \`spawn_blocking\` and writes an audit entry)."
    echo
    echo "**Statements of one view** (the server started again with \`RUST_LOG=warn,sqlx::query=debug\`, one unmeasured view, then one" \
         "whose statements were logged; that request took $LOGGED_MS ms): $N_STATEMENTS statements, $SQL_MS ms by sqlx's \`elapsed\`" \
         "(from sending the statement to the last row received by the handler), by total time:"
    echo
    echo "| Statement (its first 100 characters) | Times | Rows (all runs) | Total (ms) | Largest (ms) |"
    echo "|---|---:|---:|---:|---:|"
    while IFS=$'\t' read -r s n r t m; do
        echo "| \`${s//|/\\|}\` | $n | $r | $t | $m |"
    done <"$WORK/by_statement.tsv"
    echo
    echo "**The SQL in the sqlite3 shell** (sqlite3 $SQLITE_VERSION, the server stopped, the statements as the store sends them" \
         "with the wave's id written in; median of $(( SQL_RUNS - 1 )) runs after one unmeasured, \`.timer on\`, rows sent to /dev/null)." \
         "Wave $NEWEST:"
    echo
    echo "| Statement | Rows | Real (ms) | CPU, user + sys (ms) |"
    echo "|---|---:|---:|---:|"
    for q in "${QUERIES[@]}"; do
        echo "| ${QNAME[$q]} | ${QROWS[$q]} | ${QMS[$q]} | ${QCPU[$q]} |"
    done
    echo
    echo "The same four statements for each of the $(wc -w <<<"$TREND_IDS") waves of the trend, once each: $TREND_SQL_MS ms in all (CPU $TREND_SQL_CPU ms). Query plans:"
    echo
    echo '```'
    for q in "${QUERIES[@]}"; do
        echo "-- ${QNAME[$q]}"
        echo "${QPLAN[$q]}"
    done
    echo '```'
    echo
    echo "**Candidate fixes, timed the same way** on a copy of the database (\`VACUUM INTO\`) with the indexes and the tally table added (no \`ANALYZE\`, as in the app);" \
         "nothing of this is in the code:"
    echo
    echo "| Candidate | Rows | Real (ms) | CPU (ms) | Plan |"
    echo "|---|---:|---:|---:|---|"
    for q in "${CANDIDATES[@]}"; do
        echo "| ${CNAME[$q]} | ${CROWS[$q]} | ${CMS[$q]} | ${CCPU[$q]} | ${CPLAN[$q]} |"
    done
    echo
    echo "Warning/error lines in the server log: $WARNINGS ($WARN_SLOW of sqlx's \"slow statement\" (over 1 s), $WARN_ACQUIRE \"time to acquire" \
         "exceeded slow threshold\" (a pool connection after over 2 s), the rest other)."
    diagnosis
    echo "<!-- openness:end -->"
} >"$SECTION"
replace_section openness
log "wrote the openness section of $REPORT"
