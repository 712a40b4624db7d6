-- POST /api/v1/ledger/transfers: a transfer of 1..1000 between two random seeded accounts (or, with "hot", always from
-- account 1), each with a fresh random id. Arguments (as bench/http/lib.sh's run_wrk passes them): the number of
-- users (unused), the access token, the number of accounts, then "hot" or "spread".
local threads = 0
function setup(thread) threads = threads + 1 thread:set("seed", threads) end
local accounts, token, hot = 0, nil, false
function init(args)
  math.randomseed(os.time() * 100 + seed)
  token = "Bearer " .. args[2]
  accounts = tonumber(args[3])
  hot = args[4] == "hot"
end
local function account(n) return string.format("01910000-0000-7000-8000-%012x", n) end
local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffffffffff))
end
function request()
  local debit = hot and 1 or math.random(1, accounts)
  local credit = math.random(1, accounts - 1)
  if credit >= debit then credit = credit + 1 end
  return wrk.format("POST", "/api/v1/ledger/transfers", { ["Content-Type"] = "application/json", ["Authorization"] = token },
    string.format('{"id":"%s","debitAccountId":"%s","creditAccountId":"%s","amount":%d,"currency":"EUR"}',
      uuid(), account(debit), account(credit), math.random(1, 1000)))
end
