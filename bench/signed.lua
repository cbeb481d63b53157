-- wrk script: requests one path as a signed-in person (their SESSION cookie) and prints p50/p95/p99 itself.
-- Usage: wrk -t2 -c50 -d30s -s bench/signed.lua http://127.0.0.1:8080 -- /diagnostics/25 "$SESSION"
local path = "/"
local session = ""
init = function(args)
  if #args > 0 then path = args[1] end
  if #args > 1 then session = args[2] end
end

request = function()
  return wrk.format("GET", path, { ["Cookie"] = "SESSION=" .. session })
end

done = function(summary, latency, requests)
  io.write(string.format("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f requests/s, %d errors (%d non-2xx)\n",
    path, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    summary.errors.status))
end
