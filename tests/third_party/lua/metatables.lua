-- Metatables: arithmetic and comparison metamethods, __index/__newindex,
-- __call, __tostring, __len, __concat, __close, __gc, inheritance, proxies.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__lt = function(a, b) return a:len() < b:len() end
V.__le = function(a, b) return a:len() <= b:len() end
V.__tostring = function(a) return string.format("(%g, %g)", a.x, a.y) end
V.__len = function() return 2 end
V.__concat = function(a, b) return tostring(a) .. tostring(b) end
V.__call = function(self, k) return self[k] end
V.__idiv = function(a, d) return vec(a.x // d, a.y // d) end
V.__mod = function(a, d) return vec(a.x % d, a.y % d) end
V.__band = function(a, b) return vec(a.x & b.x, a.y & b.y) end
V.__shl = function(a, n) return vec(a.x << n, a.y << n) end
V.__bnot = function(a) return vec(~a.x, ~a.y) end
function V:len() return math.sqrt(self.x * self.x + self.y * self.y) end

local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a - b), a * b, tostring(2 * a), tostring(a * 3), tostring(-a))
print(a == vec(1, 2), a ~= b, a < b, b <= a, #a, a .. b, a("y"))
print(tostring(vec(7, 9) // 2), tostring(vec(7, 9) % 4), tostring(vec(6, 5) & vec(3, 3)),
  tostring(vec(1, 2) << 3), tostring(~vec(0, 1)))
print(b:len(), rawequal(a, vec(1, 2)), rawlen({1, 2, 3}), getmetatable(a) == V)

-- Inheritance chain through __index.
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound) return setmetatable({name = name, sound = sound}, Animal) end
function Animal:speak() return self.name .. " says " .. self.sound end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name) local d = Animal.new(name, "woof"); return setmetatable(d, Dog) end
function Dog:fetch() return self.name .. " fetches" end
local d = Dog.new("Rex")
print(d:speak(), d:fetch(), rawget(d, "speak"))

-- Defaults, read-only proxies, __newindex tracking.
local defaults = setmetatable({}, {__index = function(_, k) return "default_" .. k end})
print(defaults.foo, defaults[1])
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. k; return k:upper() end,
  __newindex = function(t, k, v) log[#log + 1] = "set " .. k; rawset(t, k, v * 2) end,
})
local _ = proxy.abc
proxy.x = 21
print(proxy.x, proxy.yz, table.concat(log, ", "))
local ro = setmetatable({}, {__index = {a = 1}, __newindex = function() error("read-only table", 2) end})
print(pcall(function() ro.a = 2 end))

-- __close (to-be-closed variables) and __gc.
do
  local order = {}
  do
    local x <close> = setmetatable({}, {__close = function() order[#order + 1] = "x" end})
    local y <close> = setmetatable({}, {__close = function(_, e) order[#order + 1] = "y" .. tostring(e) end})
    order[#order + 1] = "body"
  end
  print("close order", table.concat(order, " "))
  local ok, err = pcall(function()
    local z <close> = setmetatable({}, {__close = function(_, e) order[#order + 1] = "z:" .. (tostring(e):gsub("^.-:%d+: ", "")) end})
    error("oops")
  end)
  print("close on error", ok, (err:gsub("^.-:%d+: ", "")), order[#order])
  local k <const> = 10
  print("const", k)
end
local collected = 0
for _ = 1, 100 do setmetatable({}, {__gc = function() collected = collected + 1 end}) end
collectgarbage(); collectgarbage()
print("gc ran", collected)
local weak = setmetatable({}, {__mode = "k"})
weak[{}] = 1
collectgarbage()
print("weak empty", next(weak) == nil)

-- String metatable.
print(("abc"):upper(), getmetatable("").__index == string)
-- __index on numbers is not possible; error messages of bad operations.
for _, f in ipairs({
  function() return {} + 1 end,
  function() return #nil end,
  function() return ("x") < 1 end,
  function() local t = nil; t.x = 1 end,
  function() return 1 // 0 end,
  function() return math.tointeger("x") .. nil end,
}) do
  local ok, e = pcall(f)
  print(ok, (e:gsub("^.-:%d+: ", "")))
end
