-- wrk script: answers to one survey at a steady pace, with 10 % replays and 5 % invalid payloads (issue 11's load test).
-- Usage (see docs/benchmarks.md): wrk -t2 -c20 -d60s --timeout 5s -s bench/survey-submit.lua http://127.0.0.1:8081 -- TOKEN [DELAY_MS] [OUT_DIR]
--   DELAY_MS: pause of each connection between two requests (20 connections × 1 request per (40 ms + latency) ≈ 500/s)
--   OUT_DIR: where each thread appends the response ids acknowledged by 201 or 200 (one per line), to compare with the
--            database afterwards, also after a kill -9 of the server.
-- Each request carries a fresh Idempotency-Key and X-Respondent-Key, except a replay (10 %), which sends again the key,
-- respondent and body of one of this thread's earlier requests, and an invalid payload (5 %), a note of 9 on a 1–5 scale.
-- Bodies answer the eleven required questions of the `habitants` template.
local counter = 1
local threads = {}

setup = function(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

local token, pause, out
local n, sent = 0, {}
created, replayed, invalid, other = 0, 0, 0, 0 -- globals: done() reads them with thread:get
local acked

init = function(args)
  token = args[1]
  pause = tonumber(args[2] or "40")
  out = args[3] or "/tmp"
  math.randomseed(id * 7919)
  acked = io.open(out .. "/survey-acked-" .. id .. ".txt", "w")
end

-- The eleven required questions of the inhabitants' template (a 1–5 scale per need).
local needs = { "besoin_eau", "besoin_alimentation", "besoin_logement", "besoin_soins", "besoin_securite",
  "besoin_information", "besoin_lien_social", "besoin_nature", "besoin_production_locale", "besoin_energie",
  "besoin_deplacements" }

local function post(key, note)
  local fields = {}
  for i, code in ipairs(needs) do
    fields[i] = string.format('"%s":%d', code, i == 1 and note or (i % 5) + 1)
  end
  local body = '{"reponses":{' .. table.concat(fields, ",") .. '}}'
  return wrk.format("POST", "/api/v1/enquetes/" .. token .. "/reponses", {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
    ["X-Respondent-Key"] = key,
  }, body)
end

request = function()
  local r = math.random()
  if r < 0.10 and #sent > 0 then
    return post(sent[math.random(#sent)], 4)
  end
  n = n + 1
  local key = string.format("charge-%d-%d-%d", id, os.time(), n)
  if r < 0.15 then return post(key, 9) end
  table.insert(sent, key)
  if #sent > 1000 then table.remove(sent, 1) end
  return post(key, 4)
end

response = function(status, headers, body)
  if status == 201 or status == 200 then
    if status == 201 then created = created + 1 else replayed = replayed + 1 end
    local rid = body:match('"id"%s*:%s*(%d+)')
    if rid then acked:write(rid, "\n") end
  elseif status == 400 then
    invalid = invalid + 1
  else
    other = other + 1
  end
end

delay = function()
  return pause
end

done = function(summary, latency, requests)
  local c, r, i, o = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); r = r + t:get("replayed"); i = i + t:get("invalid"); o = o + t:get("other")
  end
  io.write(string.format("%.0f requests/s over %.0f s: %d created (201), %d replays (200), %d refused (400), %d other\n",
    summary.requests / (summary.duration / 1e6), summary.duration / 1e6, c, r, i, o))
  io.write(string.format("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; socket errors %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
