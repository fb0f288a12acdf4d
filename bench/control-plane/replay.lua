-- Replays requests pre-signed by sign.py (raw HTTP/1.1, NUL-separated) with wrk.
--
--   wrk ... -s replay.lua URL -- same  THREADS MAX FILE
--       cycles through FILE's requests (e.g. N signed copies of DescribeContainer).
--   wrk ... -s replay.lua URL -- pairs THREADS MAX CREATES DELETES PREFIX
--       CreateContainer i is sent once; DeleteContainer i is sent only after CreateContainer i
--       answered 200 (the container name is read back from the response body), and deletes
--       go first, so every delete targets a container that exists and at most one container
--       per connection is alive. Thread t of THREADS uses names i with i % THREADS == t.
--
-- MAX bounds the requests per thread (the thread stops there); wrk's -d bounds the time.
-- done() prints one JSON line: requests/s, p50/p99/p99.9 in microseconds, errors by kind,
-- responses by status.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads - 1)
end

local function load(path, tid, nthreads)
   local f = assert(io.open(path, "rb"))
   local data = f:read("*a")
   f:close()
   local out, i, g = {}, 1, 0
   while i <= #data do
      local j = string.find(data, "\0", i, true) or (#data + 1)
      if g % nthreads == tid then
         out[#out + 1] = string.sub(data, i, j - 1)
      end
      g = g + 1
      i = j + 1
   end
   return out
end

local mode, nthreads, max, sent = nil, 1, 0, 0
local reqs, pos = nil, 0
local creates, deletes, prefix, nextCreate = nil, nil, nil, 1
local queue, qhead, qtail = {}, 1, 0
statuses = {}
exhausted = 0

function init(args)
   mode, nthreads, max = args[1], tonumber(args[2]), tonumber(args[3])
   if mode == "same" then
      reqs = load(args[4], tid, nthreads)
      response = nil -- keep wrk from collecting bodies we do not read
   elseif mode == "pairs" then
      creates = load(args[4], tid, nthreads)
      deletes = load(args[5], tid, nthreads)
      prefix = string.gsub(args[6], "%-", "%%-")
   else
      error("mode must be same or pairs")
   end
end

function request()
   sent = sent + 1
   if sent >= max then
      exhausted = 1
      wrk.thread:stop()
   end
   if mode == "same" then
      pos = pos % #reqs + 1
      return reqs[pos]
   end
   if qhead <= qtail then
      local i = queue[qhead]
      queue[qhead] = nil
      qhead = qhead + 1
      return deletes[i]
   end
   if nextCreate > #creates then
      -- out of pre-signed names: stop; this last request is a repeat and may fail
      exhausted = 1
      wrk.thread:stop()
      return creates[#creates]
   end
   nextCreate = nextCreate + 1
   return creates[nextCreate - 1]
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 200 and body then
      local n = string.match(body, '"Name":%s*"' .. prefix .. '(%d+)"')
      if n then
         -- global name index -> index in this thread's stripe
         qtail = qtail + 1
         queue[qtail] = (tonumber(n) - tid) / nthreads + 1
      end
   end
end

function done(summary, latency, requests)
   local byStatus, anyExhausted = {}, 0
   for _, t in ipairs(threads) do
      local s = t:get("statuses")
      if s then
         for code, n in pairs(s) do
            byStatus[code] = (byStatus[code] or 0) + n
         end
      end
      anyExhausted = math.max(anyExhausted, t:get("exhausted") or 0)
   end
   local parts = {}
   for code, n in pairs(byStatus) do
      parts[#parts + 1] = string.format('"%d":%d', code, n)
   end
   local e = summary.errors
   io.write(string.format(
      '{"requests":%d,"duration_us":%d,"rps":%.1f,"p50_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,'
         .. '"connect":%d,"read":%d,"write":%d,"timeout":%d,"non2xx":%d,"statuses":{%s},"exhausted":%d}\n',
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max,
      e.connect, e.read, e.write, e.timeout, e.status, table.concat(parts, ","), anyExhausted))
end
