-- PATCH /api/v1/users/{id} with If-Match: * and a name that differs every time, so every request writes.
-- Each wrk thread draws its own ids (its own seed), so two threads do not chase the same rows.
local threads, users, counter = 0, 0, 0
function setup(thread) threads = threads + 1 thread:set("seed", threads) end
local token = nil
function init(args)
  users = tonumber(args[1]) math.randomseed(os.time() * 100 + seed)
  if args[2] ~= nil and args[2] ~= "" then token = "Bearer " .. args[2] end
end
function request()
  counter = counter + 1
  local n = math.random(1, users)
  return wrk.format("PATCH", string.format("/api/v1/users/01900000-0000-7000-8000-%012x", n),
    { ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = "*", ["Authorization"] = token },
    string.format('{"name":"Renamed %d %d %d"}', n, seed, counter))
end
