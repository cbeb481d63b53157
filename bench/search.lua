-- wrk script: cycles through realistic territory searches (names with and without accents, codes, SIREN,
-- postal codes, prefixes) against the search API. Usage: see docs/benchmarks.md.
local queries = {
  "lorient", "saint etienne", "Saint-Étienne", "56121", "200042174", "56100", "paris", "marseille",
  "lyon", "bordeaux", "ca lorient", "plo", "mont", "sur mer", "bretagne", "morbihan", "75056", "13001",
  "la roche", "villeneuve", "st", "grenoble", "annecy", "29", "nantes metropole", "le havre"
}
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", "/api/v1/territoires?limit=10&q=" .. q:gsub(" ", "%%20"):gsub("É", "%%C3%%89"))
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
