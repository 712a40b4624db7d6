-- GET /api/v1/users?limit=20: the first keyset slice of the default order (newest first).
function init(args) end
function request() return wrk.format("GET", "/api/v1/users?limit=20") end
