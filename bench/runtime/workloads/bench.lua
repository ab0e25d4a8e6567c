-- Lua workload for bench/runtime/workloads.sh (run as `lua -`, the script
-- on standard input): table construction, sorting with a Lua comparator,
-- string building and pattern matching, closures and recursion. Prints a
-- checksum line; deterministic.
local seed = 42
local function rnd()
	seed = (seed * 1103515245 + 12345) % 2147483648
	return seed
end

local N = 80000
local t = {}
for i = 1, N do
	t[i] = { key = string.format("k%07d", rnd() % 10000000), v = i }
end
table.sort(t, function(a, b)
	if a.key ~= b.key then return a.key < b.key end
	return a.v < b.v
end)
local h = 0
for i = 1, N, 7 do
	h = (h * 31 + #t[i].key + t[i].v) % 4294967296
end

local parts = {}
for i = 1, 100000 do
	parts[#parts + 1] = tostring(i * 3)
end
local s = table.concat(parts, ",")
local cnt = 0
for _ in s:gmatch("%d*7,") do
	cnt = cnt + 1
end

local counts = {}
for i = 1, 150000 do
	local k = "w" .. (rnd() % 5000)
	counts[k] = (counts[k] or 0) + 1
end
local distinct = 0
for _ in pairs(counts) do
	distinct = distinct + 1
end

local function fib(n)
	if n < 2 then return n end
	return fib(n - 1) + fib(n - 2)
end

print(string.format("lua: %d %d %d %d", h, cnt, distinct, fib(25)))
