-- GET /api/v1/users?limit=20: the first keyset slice of the default order (newest first).
local headers = {}
function init(args)
  if args[2] ~= nil and args[2] ~= "" then headers["Authorization"] = "Bearer " .. args[2] end
end
function request() return wrk.format("GET", "/api/v1/users?limit=20", headers) end
