-- wrk script: POST /series/{id}/register, a new person each time.
--
--   IKOE_BENCH_COOKIE="ikoe_csrf=..."     the browser's CSRF cookie (from a GET, e.g. with curl -c)
--   IKOE_BENCH_CSRF="..."                 the _csrf hidden field of the same page (URL-encoded)
--   IKOE_BENCH_REG_TARGETS="5013:volunteers 5038:trainers ..."   series id and a target group it offers
--   IKOE_BENCH_RUN="c16"                  label of this run, part of every e-mail address
--   wrk -t2 -c16 -d10s -s bench/register.lua http://127.0.0.1:18080
--
-- The e-mail address is unique per request (run label, wrk thread, counter), so every POST
-- is a new registration: one write transaction with the registration and a mail into the outbox.
-- Expected answer: 303 (to /series/{id}/check-mail). Anything else is counted as an error and
-- printed at the end as "register: 3xx N, other M, statuses: ...".

local counts = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "statuses.lua")
setup, response = counts.setup, counts.response

function init(args)
    local cookie = os.getenv("IKOE_BENCH_COOKIE") or error("IKOE_BENCH_COOKIE is not set")
    csrf = os.getenv("IKOE_BENCH_CSRF") or error("IKOE_BENCH_CSRF is not set")
    run = os.getenv("IKOE_BENCH_RUN") or "0"
    headers = {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Cookie"] = cookie,
    }
    targets = {}
    for id, group in string.gmatch(os.getenv("IKOE_BENCH_REG_TARGETS") or "", "(%d+):(%a+)") do
        targets[#targets + 1] = { path = "/series/" .. id .. "/register", group = group }
    end
    if #targets == 0 then
        error("IKOE_BENCH_REG_TARGETS is empty")
    end
    n = 0
    statuses = {}
end

function request()
    n = n + 1
    local t = targets[(n + tid * 7) % #targets + 1]
    local body = "_csrf=" .. csrf
        .. "&name=Bench+Person+" .. n
        .. "&email=b" .. run .. "t" .. tid .. "n" .. n .. "%40bench.example"
        .. "&affiliation=&target_group=" .. t.group
        .. "&consent=1&fig_age=&fig_migration=&key="
    return wrk.format("POST", t.path, headers, body)
end

function done(summary, latency, requests)
    local total, parts = counts.total()
    local redirects, other = 0, 0
    for code, k in pairs(total) do
        if code >= 300 and code < 400 then
            redirects = redirects + k
        else
            other = other + k
        end
    end
    io.write(string.format("register: 3xx %d, other %d, statuses: %s\n", redirects, other, parts))
end
