-- Cycles through pre-signed device-scan requests (bench/DeviceScanBench.java writes them, one per line:
-- device id, timestamp, nonce, signature, body, separated by tabs). Each wrk thread takes every n-th line, so no
-- two threads send the same nonce; each thread counts its 200 answers, printed at the end.
local file = os.getenv("REQUESTS") or "/tmp/hc-bench/requests.tsv"
local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
   table.insert(threads, thread)
end

function init(args)
   requests = {}
   local index = 0
   for line in io.lines(file) do
      if index % tonumber(os.getenv("WRK_THREADS") or "2") == id - 1 then
         local device, timestamp, nonce, signature, body = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)")
         table.insert(requests, wrk.format("POST", "/api/devices/scans", {
            ["Content-Type"] = "application/json",
            ["X-Device-Id"] = device,
            ["X-Device-Timestamp"] = timestamp,
            ["X-Device-Nonce"] = nonce,
            ["X-Device-Signature"] = signature,
         }, body))
      end
      index = index + 1
   end
   next_request = 1
   ok = 0
   refused = 0
end

function request()
   local r = requests[next_request]
   next_request = next_request % #requests + 1
   return r
end

function response(status, headers, body)
   if status == 200 then ok = ok + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
   local total_ok, total_refused = 0, 0
   for _, thread in ipairs(threads) do
      total_ok = total_ok + thread:get("ok")
      total_refused = total_refused + thread:get("refused")
   end
   io.write(string.format("answered 200: %d, other: %d\n", total_ok, total_refused))
   for _, p in pairs({50, 90, 99}) do
      io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
   end
end
