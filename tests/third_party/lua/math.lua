-- Integer and float arithmetic, conversions, the math library, bitwise
-- operators, and a fixed-seed random sequence.
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2)
print(3 / 2, 4 / 2, 2^10, 10 // 0.0, -10 // 0.0, 0/0 ~= 0/0)
print(1 == 1.0, math.type(1), math.type(1.0), math.type("1"), math.type(2^31))
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.tointeger(2^63))
print(3 | 5, 3 & 5, 3 ~ 5, ~0, 1 << 62, 1 << 63, 1 << 64, -1 >> 1, 256 >> 4, "3" + 0, pcall(function() return "3" | 0 end))
print(math.abs(-5), math.abs(-5.5), math.abs(math.mininteger), math.ceil(2.1), math.floor(-2.1), math.ceil(-0.5))
print(math.max(3, 7.5, -1), math.min(3, 7.5, -1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, 2))
print(math.sqrt(2), math.sqrt(144), math.exp(1), math.log(100, 10), math.log(8, 2), math.log(2.718281828459045))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1, 1), math.atan(-1, -1))
print(math.modf(3.7), math.modf(-3.7), math.modf(5), math.modf(1/0))
print(math.ult(1, -1), math.huge, -math.huge, math.pi)
print(string.format("%.17g %.17g %.17g", math.exp(10), math.log(3), math.sin(1e6)))
print(2^53 + 1, (2^53 + 1) | 0, 9007199254740993, 0x7fffffffffffffff, 0xffffffffffffffff, 0x10, 0xA.8p1)
print(1e308 * 10, -1e308 * 10, 5 // 0.0, -5 % math.huge, 5 % -math.huge)
print(pcall(function() return 1 % 0 end))
print(8 // 3 * 3 + 8 % 3, 2^-1, (-2)^2, -2^2, 2^3^2)
print(100000000000000 * 100000, 12345678901234 * 1000000)
print(string.format("%.0f", 2^63), math.floor(2^62), math.floor(1e100) == 1e100, math.floor(-0.0))
print(tostring(1e15), tostring(1e16), tostring(123456789012345678))
print(3 == 3.0000000000000001, 0.1 + 0.2 == 0.3, math.abs(0.1 + 0.2 - 0.3) < 1e-15)

-- Fixed-seed pseudo-random numbers (xoshiro256**: the same on every
-- platform for the same seed).
math.randomseed(12345)
local r = {}
for i = 1, 10 do r[i] = math.random(1, 100) end
print(table.concat(r, " "))
print(math.random(0), math.random(5, 5))
print(string.format("%.17g", math.random()))
math.randomseed(12345, 678)
print(math.random(1 << 40))

-- Sieve, integer sums, float accumulation.
local N = 100000
local sieve, primes = {}, 0
for i = 2, N do
  if not sieve[i] then
    primes = primes + 1
    for j = i * i, N, i do sieve[j] = true end
  end
end
print("primes below 100000", primes)
local isum, fsum = 0, 0.0
for i = 1, 1000000 do isum = isum + i * i; fsum = fsum + 1 / i end
print("sums", isum, string.format("%.15f", fsum))
-- Numeric for with float step and loop limits.
local steps = {}
for x = 0, 1, 0.25 do steps[#steps + 1] = x end
print(table.concat(steps, " "))
local cnt = 0
for _ = math.maxinteger - 2, math.maxinteger do cnt = cnt + 1 end
print("maxint loop", cnt)
for i = 3, 1, -1 do io.write(i, " ") end
print()
