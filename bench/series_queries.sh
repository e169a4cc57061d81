#!/usr/bin/env bash
# Query plans and timings of the catalogue's and the series page's SQL on a benchmark database,
# for the diagnosis in bench/REPORT.md. The statements are copied from crates/store/src/series.rs
# and registrations.rs (git fd7c7b2) with the parameters filled in as an anonymous visitor
# (locale de) sends them; re-copy them when that code changes.
#
# Usage: bench/series_queries.sh path/to/ikoe.db [series id] [YYYY-MM]
# (e.g. a database made by `ikoe demo --scale 1`; only reads it).
set -euo pipefail
DB=${1:?usage: bench/series_queries.sh DB [series id] [YYYY-MM]}
ID=${2:-$(sqlite3 -readonly "$DB" "SELECT MIN(id) FROM series WHERE invite_key = 'k' || id")}
MONTH=${3:-$(date -d "+6 months" +%Y-%m)}
NOW=$(date +%s)
FROM=$(TZ=Europe/Berlin date -d "$MONTH-01" +%s)
TO=$(TZ=Europe/Berlin date -d "$MONTH-01 +1 month" +%s)

ITEM="SELECT s.id, s.org_id, o.name AS org_name, s.kind, s.visibility, r.name AS region_name,
 s.target_groups, s.languages, s.status, s.starts_at, s.ends_at,
 COALESCE(tl.title, td.title) AS title, COALESCE(tl.summary, td.summary) AS summary,
 (SELECT COUNT(*) FROM modules m WHERE m.series_id = s.id AND m.cancelled_at IS NULL) AS modules,
 s.capacity,
 (SELECT COUNT(*) FROM registrations g WHERE g.series_id = s.id AND g.status = 'confirmed') AS seats_taken
 FROM series s JOIN orgs o ON o.id = s.org_id JOIN regions r ON r.code = s.region
 JOIN series_texts td ON td.series_id = s.id AND td.locale = 'de'
 LEFT JOIN series_texts tl ON tl.series_id = s.id AND tl.locale = 'de'"
BASECOND="WHERE s.status = 'active' AND s.ends_at > $NOW AND s.visibility = 'public'"
GROUPREGION="AND (' ' || s.target_groups || ' ') LIKE '% trainers %' AND (s.region = 'DE-ST' OR s.region IN (SELECT code FROM regions WHERE parent = 'DE-ST'))"
MONTHCOND="AND s.id IN (SELECT m.series_id FROM modules m WHERE m.starts_at >= $FROM AND m.starts_at < $TO AND m.cancelled_at IS NULL)"
# a catalogue page: its ids first, then the item columns (with per-row counts) for those ids
page() { echo "$ITEM WHERE s.id IN (SELECT s.id FROM series s $1 ORDER BY s.starts_at, s.id LIMIT 25 OFFSET $2) ORDER BY s.starts_at, s.id"; }

declare -a NAMES SQLS
add() { NAMES+=("$1"); SQLS+=("$2"); }
add "/series list" "$(page "$BASECOND" 0)"
add "/series count" "SELECT COUNT(*) FROM series s $BASECOND AND 'de' <> ''"
add "/series?page=50 list" "$(page "$BASECOND" 1225)"
add "group+region list" "$(page "$BASECOND $GROUPREGION" 0)"
add "group+region count" "SELECT COUNT(*) FROM series s $BASECOND $GROUPREGION AND 'de' <> ''"
add "month list" "$(page "$BASECOND $MONTHCOND" 0)"
add "month count" "SELECT COUNT(*) FROM series s $BASECOND $MONTHCOND AND 'de' <> ''"
add "series page: series" "SELECT s.*, o.name, r.name FROM series s JOIN orgs o ON o.id = s.org_id JOIN regions r ON r.code = s.region WHERE s.id = $ID"
add "series page: texts" "SELECT locale, title, summary FROM series_texts WHERE series_id = $ID"
add "series page: modules" "SELECT * FROM modules WHERE series_id = $ID ORDER BY starts_at, id"
add "series page: registration counts" "SELECT status, COUNT(*) FROM registrations WHERE series_id = $ID GROUP BY status ORDER BY status"

echo "database $DB, series $ID, month $MONTH ($FROM..$TO), now $NOW"
echo "timings: Python's sqlite3 module (SQLite $(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)')), warm page cache," \
     "each statement prepared once and run repeatedly for ~0.3 s; median and minimum per execution"
for i in "${!NAMES[@]}"; do
    echo
    echo "== ${NAMES[$i]}"
    sqlite3 -readonly "$DB" "EXPLAIN QUERY PLAN ${SQLS[$i]}" | sed 's/^/   /'
    python3 - "$DB" "${SQLS[$i]}" <<'PYTIME'
import sqlite3, statistics, sys, time
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
sql = sys.argv[2]
rows = db.execute(sql).fetchall()
times = []
end = time.perf_counter() + 0.3
while time.perf_counter() < end or len(times) < 5:
    t = time.perf_counter()
    db.execute(sql).fetchall()
    times.append(time.perf_counter() - t)
print(f"   -> median {statistics.median(times) * 1e6:.0f} us, min {min(times) * 1e6:.0f} us per execution "
      f"({len(times)} runs), {len(rows)} rows" + (f", value {rows[0][0]}" if len(rows) == 1 else ""))
PYTIME
done
