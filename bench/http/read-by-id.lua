-- GET /api/v1/users/{id} of a random seeded user (ids as bench/http/lib.sh seeds them).
local users
function init(args) users = tonumber(args[1]) math.randomseed(os.time() + math.random(1000)) end
function request()
  local n = math.random(1, users)
  return wrk.format("GET", string.format("/api/v1/users/01900000-0000-7000-8000-%012x", n))
end
