-- GET /api/v1/users/{id} of a random seeded user (ids as bench/http/lib.sh seeds them).
local threads, users = 0, 0
function setup(thread) threads = threads + 1 thread:set("seed", threads) end
local headers = {}
function init(args)
  users = tonumber(args[1]) math.randomseed(os.time() * 100 + seed)
  if args[2] ~= nil and args[2] ~= "" then headers["Authorization"] = "Bearer " .. args[2] end
end
function request()
  return wrk.format("GET", string.format("/api/v1/users/01900000-0000-7000-8000-%012x", math.random(1, users)), headers)
end
