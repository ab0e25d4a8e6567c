-- Strings: the string library and patterns.
local s = "Hello, World! 123 abc_DEF"
print(#s, s:upper(), s:lower())
print(s:sub(1, 5), s:sub(-3), s:sub(8, -5), s:sub(100), s:sub(0))
print(s:rep(3, "|"))
print(s:reverse())
print(s:byte(1, 5))
print(string.char(72, 105, 0, 33):byte(1, -1))
print(s:find("World"), s:find("o", 6), s:find("%d+"), s:find(".", 1, true))
print(s:match("(%a+), (%a+)"))
print(s:match("%d+"), s:match("()%d+()"))
print(s:gsub("o", "0"))
print(s:gsub("%w+", string.upper, 2))
print(s:gsub("(%w+)", "<%1>"))
print(("hello world"):gsub("(%w+) (%w+)", "%2 %1"))
print(("$name is $age"):gsub("%$(%w+)", {name = "Ann", age = 33}))
print(("abc"):gsub("", "-"))
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, ":", v, ";") end
print()
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
print(("THE (quick) fox"):find("%((%a+)%)"))
print(("f(a(b)c)d"):match("%b()"))
print(("key = value"):match("^(%w+)%s*=%s*(%w+)$"))
print(("THE (quick) fox"):gsub("%f[%a]%a+", function(w) return w:lower() end))
print(string.len("\0\1\2"), ("x"):rep(0) == "", ("ab"):rep(3))
print(tostring(12), tostring(1.5), tostring(-0.0), tostring(1e100), tostring(2^63))
print(tonumber("0x1F"), tonumber("  12  "), tonumber("1e2"), tonumber("z", 36), tonumber("777", 8), tonumber("abc"), tonumber("10", 2))
print(tonumber("0x1p4"), tonumber(".5"), tonumber("5."), tonumber("1e500"), tonumber("9223372036854775808"))
print("10" + 5, "3" * "4", 10 .. 20, "2" ^ 2)
print(("x"):rep(10000):len(), #string.rep("abc", 1000, ","))
-- string.pack / unpack
local p = string.pack("<i4 >i4 d s1 z B", -2, 258, 3.5, "hi", "zero", 255)
print(#p, (p:gsub(".", function(c) return string.format("%02x", c:byte()) end)))
print(string.unpack("<i4 >i4 d s1 z B", p))
print(string.packsize("i4 i8 d"), string.unpack("<I2", "\1\2"))
-- Comparison and a long string built piecewise.
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "10" < "9")
local parts = {}
for i = 1, 5000 do parts[i] = tostring(i) end
local big = table.concat(parts)
print(#big, big:sub(1, 20), big:sub(-20))
print(("%d items"):format(3), ("x"):byte(), ("\65\066\x43\u{44}\z
       E"):lower())
print([[long
string]], [==[with ]] inside]==])
