-- PATCH /api/v1/users/{id} with If-Match: * and a name that differs every time, so every request writes.
local users, counter = 0, 0
function init(args) users = tonumber(args[1]) math.randomseed(os.time() + math.random(1000)) end
function request()
  counter = counter + 1
  local n = math.random(1, users)
  return wrk.format("PATCH", string.format("/api/v1/users/01900000-0000-7000-8000-%012x", n),
    { ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = "*" },
    string.format('{"name":"Renamed %d %d"}', n, counter))
end
