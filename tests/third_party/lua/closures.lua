-- Closures, upvalues, varargs, recursion, tail calls, higher-order functions.
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
inc(); inc(); inc()
print("counter", get(), inc(), get())

local fns = {}
for i = 1, 5 do fns[i] = function() return i * 10 end end
for i = 1, 5 do io.write(fns[i](), " ") end
print()

local function shared()
  local x = 0
  local function a() x = x + 1; return x end
  local function b() x = x * 2; return x end
  return a, b
end
local a, b = shared()
print("shared", a(), b(), a(), b())

local function va(...)
  local n = select("#", ...)
  return n, select(2, ...), ...
end
print("varargs", va(1, nil, 3))
print("select neg", select(-1, "a", "b", "c"))
local function sum(...)
  local s = 0
  for _, v in ipairs({...}) do s = s + v end
  return s
end
print("sum", sum(1, 2, 3, 4.5))

local function map(t, f) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function filter(t, p) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
local function reduce(t, f, acc) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
local nums = {}
for i = 1, 20 do nums[i] = i end
local sq = map(nums, function(x) return x * x end)
local even = filter(sq, function(x) return x % 2 == 0 end)
print("hof", table.concat(even, ","), reduce(even, function(x, y) return x + y end, 0))

local function compose(...)
  local fs = {...}
  return function(...)
    local r = table.pack(...)
    for i = #fs, 1, -1 do r = table.pack(fs[i](table.unpack(r, 1, r.n))) end
    return table.unpack(r, 1, r.n)
  end
end
print("compose", compose(function(x) return x + 1 end, function(x) return x * 3 end)(5))

local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fib", fib(25))
local memo = {}
local function mfib(n)
  if n < 2 then return n end
  if memo[n] then return memo[n] end
  local v = mfib(n - 1) + mfib(n - 2)
  memo[n] = v
  return v
end
print("mfib", mfib(90))

-- Proper tail calls: a million of them must not overflow the stack.
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + 1) end
print("tail", loop(1000000, 0))

-- Ackermann, mutual recursion.
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print("ack", ack(2, 3), ack(3, 3))
local even_, odd_
function even_(n) if n == 0 then return true end return odd_(n - 1) end
function odd_(n) if n == 0 then return false end return even_(n - 1) end
print("mutual", even_(10001), odd_(10001))

-- load with an environment, string.dump round trip.
local env = {x = 5}
local chunk = load("return x * 2", "chunk", "t", env)
print("load", chunk())
local f = load(string.dump(function(p) return p .. "!" end))
print("dump", f("hi"))
print("load error", select(2, load("return +")) ~= nil)
local upv = debug.getupvalue(inc, 1)
print("debug upvalue name", upv)
