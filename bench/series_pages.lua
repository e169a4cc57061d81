-- wrk script: GET /series/{id}, rotating over many series (not one cached row).
--
--   IKOE_BENCH_SERIES_IDS="5013 5038 ..." wrk -t2 -c16 -d10s -s bench/series_pages.lua http://127.0.0.1:18080
--
-- Each wrk thread walks the list from its own starting point, one id per request.
-- Prints "series-pages: N requests over M ids, statuses: 200=..." at the end.

local counts = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "statuses.lua")
setup, response = counts.setup, counts.response

function init(args)
    reqs = {}
    for id in string.gmatch(os.getenv("IKOE_BENCH_SERIES_IDS") or "", "%d+") do
        reqs[#reqs + 1] = wrk.format("GET", "/series/" .. id)
    end
    if #reqs == 0 then
        error("IKOE_BENCH_SERIES_IDS is empty")
    end
    -- threads start at different places in the list
    pos = math.floor((tid - 1) * #reqs / 4)
    statuses = {}
end

function request()
    pos = pos % #reqs + 1
    return reqs[pos]
end

function done(summary, latency, requests)
    local total, parts = counts.total()
    local other = 0
    for code, n in pairs(total) do
        if code ~= 200 then
            other = other + n
        end
    end
    local ids = 0
    for _ in string.gmatch(os.getenv("IKOE_BENCH_SERIES_IDS") or "", "%d+") do
        ids = ids + 1
    end
    io.write(string.format("series-pages: %d requests over %d ids, statuses: %s\n",
        summary.requests, ids, parts))
    io.write(string.format("series-pages: non-200 %d\n", other))
end
