-- Tables: array and hash parts, table library, sorting, length, next.
-- String hashing is seeded at random per run, so pairs() order is never
-- printed unsorted.
local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) < type(b)
  end)
  return ks
end

local t = {}
for i = 1, 1000 do t[i] = i * i end
print("len", #t, t[1], t[500], t[1000])
table.insert(t, 1, -1)
table.insert(t, 7)
print("after insert", #t, t[1], t[2], t[#t])
print("removed", table.remove(t, 1), table.remove(t), #t)
print("concat", table.concat({1, 2, 3, "x", 4.5}, ", "))
print("concat range", table.concat(t, "-", 10, 14))
print("unpack", table.unpack({10, 20, 30, nil, 50}, 1, 5))
local packed = table.pack(1, nil, 3, nil)
print("pack.n", packed.n, packed[1], packed[2], packed[3])
print("move", table.concat(table.move({1, 2, 3, 4, 5}, 2, 4, 1), ","))

local words = {}
for w in ("the quick brown fox jumps over the lazy dog again and again"):gmatch("%a+") do
  words[#words + 1] = w
end
table.sort(words)
print("sorted", table.concat(words, " "))
table.sort(words, function(a, b) return #a > #b or (#a == #b and a < b) end)
print("by length", table.concat(words, " "))

-- A sort of 20000 pseudo-random numbers (fixed seed: deterministic).
math.randomseed(42)
local nums = {}
for i = 1, 20000 do nums[i] = math.random(1, 1000000) end
table.sort(nums)
local ok = true
for i = 2, #nums do if nums[i - 1] > nums[i] then ok = false end end
print("big sort", ok, nums[1], nums[10000], nums[20000])

local h = {alpha = 1, beta = 2, gamma = 3, [1] = "one", [2.5] = "two and a half", [true] = "yes"}
h.beta = nil
for _, k in ipairs(keys(h)) do print("key", tostring(k), h[k]) end
local count = 0
for _ in pairs(h) do count = count + 1 end
print("count", count, next({}) == nil)

-- Word frequencies.
local text = string.rep("a b c a b a d e a ", 100)
local freq = {}
for w in text:gmatch("%S+") do freq[w] = (freq[w] or 0) + 1 end
for _, k in ipairs(keys(freq)) do io.write(k, "=", freq[k], " ") end
print()

-- Nested tables and a recursive serializer with sorted keys.
local function ser(v, ind)
  ind = ind or ""
  if type(v) ~= "table" then return string.format("%q", v) end
  local parts = {}
  for _, k in ipairs(keys(v)) do
    parts[#parts + 1] = ind .. "  [" .. ser(k) .. "] = " .. ser(v[k], ind .. "  ")
  end
  return "{\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "}"
end
print(ser({a = {1, 2, {x = "y"}}, b = "str\n\0end", c = 3.25, d = math.mininteger}))

-- Holes, # of a sequence, and large sparse keys.
local s = {}
s[1], s[2], s[3] = 1, 2, 3
s[1 << 40] = "far"
print("seq len", #s, s[1 << 40], s[2 ^ 40])
collectgarbage()
print("gc count is a number", type(collectgarbage("count")))
