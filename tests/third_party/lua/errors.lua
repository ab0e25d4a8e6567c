-- pcall, xpcall, error with levels and non-string values, assert, goto.
local function thrower(kind)
  if kind == "string" then error("a string error")
  elseif kind == "level0" then error("no position", 0)
  elseif kind == "level2" then error("caller's fault", 2)
  elseif kind == "table" then error({code = 42, msg = "table error"})
  elseif kind == "nil" then error(nil)
  elseif kind == "number" then error(3.5)
  elseif kind == "runtime" then local t = nil; return t.x
  elseif kind == "arith" then return "abc" + 1
  elseif kind == "call" then local x = 5; x()
  end
  return "no error"
end
for _, k in ipairs({"string", "level0", "level2", "table", "nil", "number", "runtime", "arith", "call", "none"}) do
  local ok, e = pcall(thrower, k)
  if type(e) == "table" then e = "table " .. e.code .. " " .. e.msg end
  print(k, ok, type(e) == "string" and (e:gsub("^[^:]*:%d+: ", "POS: ")) or tostring(e))
end
print(xpcall(function() error("inner") end, function(m) return "handled: " .. m:gsub("^.-:%d+: ", "") end))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(select("#", pcall(error)))
print(pcall(assert, false))
print(pcall(assert, nil, "custom assert"))
print(pcall(assert, 1, 2, 3))
print(pcall(pcall))
-- Nested pcall; error objects passing through; error in the handler.
print(pcall(function()
  local ok, e = pcall(error, {1, 2, 3})
  error(#e .. " elements", 0)
end))
print(xpcall(function() error("x") end, function() error("handler fails") end))
-- Stack overflow is caught.
local function inf(n) return 1 + inf(n + 1) end
local ok, e = pcall(inf, 1)
print("overflow", ok, e:match("stack overflow") ~= nil)
-- Error messages from the library.
print(pcall(string.rep))
print(pcall(string.format, "%d", 1.5))
print(pcall(setmetatable, 1, {}))
print(pcall(ipairs))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(string.char, 256))
print(pcall(math.random, 2, 1))
local t = setmetatable({}, {__metatable = "locked"})
print(pcall(setmetatable, t, {}), getmetatable(t))
print(tostring(nil), tostring(true), rawequal("a", "a"), type(print), type(nil))

-- goto: continue, nested break, backward jump.
for i = 1, 10 do
  if i % 3 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
do
  local i = 1
  ::top::
  if i <= 5 then io.write("g", i, " "); i = i + 1; goto top end
  print()
end
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
    io.write(i, "*", j, " ")
  end
end
::done::
print("out")
print(load("goto nowhere") == nil, select(2, load("goto nowhere")):gsub("^.-:%d+: ", ""))
-- while/repeat with break; repeat's scope includes the condition.
local n = 0
while true do n = n + 1; if n > 100 then break end end
local k = 0
repeat local stop = k >= 5; k = k + 1 until stop
print(n, k)
