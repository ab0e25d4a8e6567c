-- The utf8 library, and UTF-8 in string literals and patterns.
local s = "héllo wörld – ☃ 𝄞 日本語"
print(s, #s, utf8.len(s))
print(utf8.char(72, 233, 0x2603, 0x1D11E, 0x65E5, 0x7FFFFFFF):byte(1, -1))
print(utf8.char(0x48, 0x49), utf8.charpattern)
for p, c in utf8.codes("aé☃𝄞") do io.write(p, ":", c, " ") end
print()
print(utf8.codepoint(s, 1, -1))
print(utf8.offset(s, 3), utf8.offset(s, -1), utf8.offset(s, 0, 3), utf8.offset(s, 100))
print(utf8.len("\xff"), utf8.len("abc\xe4def"), utf8.len(s, 3), pcall(utf8.len, s, 3, 2))
print(pcall(utf8.codepoint, "\xff"))
print(utf8.len("\u{7FFFFFFF}", 1, -1, true), utf8.len("\u{7FFFFFFF}"))
print(pcall(utf8.char, -1))
local chars = {}
for c in s:gmatch(utf8.charpattern) do chars[#chars + 1] = c end
print(#chars, chars[2], chars[#chars], table.concat(chars, "|", 13, 15))
print(("日本語"):reverse() == "日本語", ("ü"):upper(), ("\u{10FFFF}"):byte(1, -1))
-- Reverse a UTF-8 string by code points.
local rev = {}
for _, c in utf8.codes(s) do table.insert(rev, 1, utf8.char(c)) end
print(table.concat(rev))
print(string.format("%q", "é\u{0}\127☃"))
