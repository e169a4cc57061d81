-- Shared by the wrk scripts: numbers the threads, counts the statuses of the answers in
-- each thread (its global `statuses`) and sums them over all threads at the end.
-- A script loads it from its own folder and takes setup and response from it:
--   local counts = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "statuses.lua")
--   setup, response = counts.setup, counts.response

local M = {}
local threads = {}

-- wrk's setup(thread): gives each thread its number `tid`, from 1.
function M.setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

-- wrk's response(status, headers, body): counts the status.
function M.response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

-- The counts over all threads (status -> count) and the same as "200=… 303=…", sorted.
function M.total()
    local total, parts = {}, {}
    for _, t in ipairs(threads) do
        for code, k in pairs(t:get("statuses")) do
            total[code] = (total[code] or 0) + k
        end
    end
    for code, k in pairs(total) do
        parts[#parts + 1] = code .. "=" .. k
    end
    table.sort(parts)
    return total, table.concat(parts, " ")
end

return M
