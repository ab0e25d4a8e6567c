-- Coroutines: generators, passing values both ways, status, wrap, errors,
-- yields across pcall, and deep recursion inside a coroutine.
local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
    return "done"
  end)
end
local g = gen(5)
for _ = 1, 6 do io.write(tostring(g()), " ") end
print()

local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got", d, e)
  return "end", d + e
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co))
print(coroutine.resume(co))

-- Errors inside a coroutine.
local bad = coroutine.create(function() local x = nil; return x.field end)
local ok, msg = coroutine.resume(bad)
print(ok, (msg:gsub("^.-:%d+: ", "")), coroutine.status(bad))
print(coroutine.isyieldable(), type(coroutine.running()), select(2, coroutine.running()))
print(select("#", coroutine.running()))

-- Producer / consumer through a filter.
local function producer()
  return coroutine.create(function()
    for _, w in ipairs({"alpha", "beta", "gamma", "delta"}) do coroutine.yield(w) end
  end)
end
local function filter(p)
  return coroutine.create(function()
    local n = 0
    while true do
      local _, w = coroutine.resume(p)
      if not w then break end
      n = n + 1
      coroutine.yield(string.format("%d:%s", n, w:upper()))
    end
  end)
end
local f = filter(producer())
while true do
  local _, v = coroutine.resume(f)
  if not v then break end
  print(v)
end

-- Yield across pcall and through metamethods.
local co2 = coroutine.wrap(function()
  local ok2, v = pcall(function()
    local x = coroutine.yield("in pcall")
    error("boom " .. x)
  end)
  coroutine.yield(tostring(ok2) .. " " .. (v:gsub("^.-:%d+: ", "")))
  local mt = {__add = function(a, b) return coroutine.yield("in __add") end}
  local r = setmetatable({}, mt) + 1
  return "result " .. tostring(r)
end)
print(co2())
print(co2("x"))
print(co2())
print(co2(99))

-- Many coroutines alive at once, and a deep recursion in one.
local cos = {}
for i = 1, 1000 do
  cos[i] = coroutine.create(function(x) while true do x = coroutine.yield(x * i) end end)
end
local sum = 0
for round = 1, 3 do
  for i = 1, #cos do
    local _, v = coroutine.resume(cos[i], round)
    sum = sum + v
  end
end
print("sum", sum)
local deep = coroutine.wrap(function()
  local function rec(n) if n == 0 then return 0 end return 1 + rec(n - 1) end
  return rec(10000)
end)
print("deep", deep())
print(coroutine.close(coroutine.create(function() end)))
