-- io library on files in a directory given as arg[1] (granted to the
-- sandbox with --dir): write, read with every format, lines, seek, append,
-- rename, remove, error results.
local dir = assert(arg[1], "usage: io.lua DIR")
local function p(name) return dir .. "/" .. name end
local function strip(msg)
  if type(msg) ~= "string" then return msg end
  local i, j = msg:find(dir, 1, true)
  if not i then return msg end
  return msg:sub(1, i - 1) .. "DIR" .. msg:sub(j + 1)
end

local f = assert(io.open(p("a.txt"), "w"))
print(io.type(f), io.type(io.stdout), io.type(42))
f:write("line one\n", "line two\n", 3, " ", 4.5, "\n")
f:write("12 0x1F -3.5e2 nan\n", "last line without newline")
print(f:seek("cur"), f:seek("end"), f:seek("set", 5))
f:close()
print(io.type(f), pcall(f.write, f, "x"))

f = assert(io.open(p("a.txt"), "r"))
print(f:read("l"))
print(f:read("L"))
print(f:read("n", "n"))
print(f:read("n", "n", "n"))
print(f:read("l"))
print(f:read(4), f:read(0), f:read("a"))
print(f:read("a"), f:read("l"), f:read(1), f:read(0))
print(f:seek("set", 0), f:read(8), f:seek("cur"), f:seek("end", -4), f:read("a"))
f:close()

local n = 0
for line in io.lines(p("a.txt")) do n = n + 1; io.write("[", line, "]") end
print(" lines:", n)
for a, b in io.lines(p("a.txt"), 4, "l") do io.write(a, "|", b, ";") break end
print()
for num in io.lines(p("a.txt"), "L") do io.write(#num, " ") end
print()

-- Append mode, and "r+" update.
f = assert(io.open(p("a.txt"), "a"))
f:write("\nappended")
f:close()
f = assert(io.open(p("a.txt"), "r+"))
f:seek("set", 0)
f:write("LINE")
f:seek("set", 0)
print(f:read("l"), select(2, f:read("a"):gsub("\n", "")) + 1)
f:close()

-- A larger binary file: all byte values, 1 MB, written in chunks.
f = assert(io.open(p("big.bin"), "wb"))
local chunk = {}
for i = 0, 255 do chunk[#chunk + 1] = string.char(i) end
chunk = table.concat(chunk):rep(16)
for _ = 1, 256 do f:write(chunk) end
print("size", f:seek("end"))
f:close()
f = assert(io.open(p("big.bin"), "rb"))
local data = f:read("a")
f:close()
local sum = 0
for i = 1, #data, 997 do sum = sum + data:byte(i) end
print("read back", #data, sum, data == chunk:rep(256))
print("setvbuf", io.open(p("big.bin")):setvbuf("no"))

-- io.output / io.input redirection.
io.output(p("out.txt"))
io.write("via io.write\n", 42, "\n")
io.close()
io.output(io.stdout)
io.input(p("out.txt"))
print(io.read("l"), io.read("n"), io.read("l"), io.read("l"))
io.close(io.input())
io.input(io.stdin)

-- rename, remove, errors.
print(os.rename(p("out.txt"), p("renamed.txt")))
print(io.open(p("renamed.txt")) ~= nil, strip(select(2, io.open(p("out.txt")))))
print(os.remove(p("renamed.txt")))
local r1, r2, r3 = os.remove(p("renamed.txt"))
print(r1, strip(r2), r3)
local o1, o2, o3 = io.open(p("no/such/dir/file"), "w")
print(o1, strip(o2), o3)
local e1, e2, e3 = io.open(dir, "w")
print(e1, strip(e2), e3)
print(pcall(io.open, p("a.txt"), "rw"))
print(strip(select(2, pcall(io.lines, p("missing")))))
local m1, m2, m3 = io.open(p("missing"))
print(m1, strip(m2), m3)
-- Reading a directory fails on read, not open (Linux).
local df = io.open(dir, "r")
if df then
  local ok, msg, code = df:read(1)
  print("read dir", ok, msg, code)
  df:close()
end
print(os.remove(p("a.txt")), os.remove(p("big.bin")))
f = io.open(p("a.txt"))
print("gone", f)
io.stdout:write("stdout write", "\n")
