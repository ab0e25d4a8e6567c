-- String building: concatenation, string.format, table.concat, string.rep,
-- gsub and find over the strings built, string interning (hashing).
-- usage: lua strings.lua N   (N rounds; prints sizes and a checksum)
local n = tonumber(arg and arg[1]) or 10
local words = { "sandbox", "bundle", "validator", "module", "runtime", "segment", "mask",
  "return", "register", "memory" }
local total, sum = 0, 0
for round = 1, n do
  local parts = {}
  for i = 1, 20000 do
    local w = words[(i * 7 + round) % #words + 1]
    parts[#parts + 1] = string.format("%s-%d:%s", w, i, string.rep("x", i % 5))
  end
  local s = table.concat(parts, " ")
  local acc = ""
  for i = 1, 2000 do acc = acc .. words[i % #words + 1] .. "," end
  local upper = s:upper()
  local replaced, count = upper:gsub("SANDBOX%-(%d+)", "S%1")
  local found = 0
  for _ in replaced:gmatch("MASK%-%d+") do found = found + 1 end
  local keys = {}
  for i = 1, 20000 do keys["k" .. (i % 4096) .. "_" .. round] = i end
  local nk = 0
  for _ in pairs(keys) do nk = nk + 1 end
  total = total + #s + #acc + #replaced
  sum = (sum * 31 + count + found + nk + #acc) % 1000000007
end
print(string.format("rounds %d, bytes %d, checksum %d", n, total, sum))
