-- wrk script: the fill page's autosave of one row, as htmx sends it, alternating two values so that every request
-- writes (no revision sent: the row's current one is used), and prints p50/p95/p99 itself.
-- Usage: wrk -t2 -c4 -d30s -s bench/autosave.lua http://127.0.0.1:8080 -- /diagnostics/1/lignes/3 SESSION_COOKIE CSRF_TOKEN
local path, cookie, token = "/", "", ""
local counter = 0
init = function(args)
  path, cookie, token = args[1], args[2], args[3]
end

request = function()
  counter = counter + 1
  local body = "_csrf=" .. token .. "&valeur=0," .. (counter % 2 == 0 and "4" or "6") .. "&commentaire=banc"
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "SESSION=" .. cookie,
    ["HX-Request"] = "true"
  }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f requests/s, %d errors (%d non-2xx)\n",
    path, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    summary.errors.status))
end
