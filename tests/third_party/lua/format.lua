-- string.format: every conversion Lua supports, with flags, widths and
-- precisions (Lua passes these to the C library's snprintf).
local values = {0, 1, -1, 0.1, 1/3, 2/3, 100, 123456789, 1e15, 1e16, 1e-5,
  1e-4, 123.456, -0.0, 1e300, 2.5e-310, 3.14159265358979, 2^53, 2^63,
  math.pi * 1e10}
for _, v in ipairs(values) do
  print(string.format("%g|%.3g|%10.4g|%-12g|%e|%.2e|%f|%5.2f|%.0f|%+.1f|%08.3f|%.14g",
    v, v, v, v, v, v, v, v, v, v, v, v))
  -- %a of a subnormal is left out: glibc writes 2.5e-310 as
  -- 0x0.02e055c9a3f6cp-1022 and musl (the sandbox's libc) as
  -- 0x1.702ae4d1fb6p-1029, both correct.
  if v == 0 or math.abs(v) >= 2.2250738585072014e-308 then print(string.format("%a", v)) end
end
local ints = {0, 1, -1, 42, 255, 65535, math.maxinteger, math.mininteger, -123456}
for _, i in ipairs(ints) do
  print(string.format("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%i|%c", i, i, i, i, i, i, i, i, i, i, 65 + (i % 26)))
end
print(string.format("%s|%10s|%-10s|%.3s|%q", "abc", "abc", "abc", "abcdef", "quote\"new\nline\0nul\r\t\\"))
print(string.format("%q", 1/3), string.format("%q", 42), string.format("%q", math.mininteger),
  string.format("%q", 1/0), string.format("%q", -1/0), string.format("%q", 0/0 ~= 0/0))
print(string.format("%q", "\200\201\1\0012"), string.format("%q", 2^63))
print(string.format("%5.2f %5.2f %5.2f %5.2f", 3.14159, -2.5, 1234.567, 0.005))
print(string.format("%.20f", 0.1), string.format("%.17g", 0.1), string.format("%.0e", 12345))
print(string.format("%%|%s|%s|%s", nil, true, 12.0))
print(string.format("%-20s|", "left"), string.format("%20s|", "right"))
print(string.format("[%10.3s]", "truncate"), string.format("%.99f", 1):len())
print(1e15, 1e16, 2^53, -2^63, 0.1 + 0.2, 100 / 3, 1/0, -1/0, math.huge)
print(string.format("%g %g %g", 1/0, -1/0, 0/0 ~= 0/0 and 0 or 1))
print(255 // 1, 7.0, -7.5 // 2, 3 % -2, -3 % 2, 5.5 % 2, 2^0.5)
