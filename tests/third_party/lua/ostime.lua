-- os.time / os.date / os.difftime with fixed inputs. Run with TZ=UTC
-- (both natively and in the sandbox): os.time{...} reads the local time
-- zone.
print(os.time{year = 2020, month = 1, day = 1, hour = 0})
print(os.time{year = 1970, month = 1, day = 1, hour = 0})
print(os.time{year = 2000, month = 2, day = 29, hour = 12, min = 30, sec = 15})
print(os.time{year = 2038, month = 1, day = 19, hour = 3, min = 14, sec = 8})
print(os.time{year = 2021, month = 13, day = 1, hour = 0}) -- normalised
print(os.time{year = 2021, month = 3, day = 0})           -- hour defaults to 12
print(os.time{year = 2100, month = 12, day = 31, hour = 23, min = 59, sec = 59})
-- (1969-12-31 23:59:59 UTC is -1, mktime's error result: Lua raises "time
-- result cannot be represented", so it is not tried.)
print(os.time{year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 58})

local t = 1234567890
print(os.date("!%Y-%m-%d %H:%M:%S", t))
print(os.date("%Y-%m-%d %H:%M:%S", t))
print(os.date("!%c", t))
print(os.date("!%x %X %p %j %U %W %w %a %A %b %B %y %C %e %D %F %T %R %u %V %G %g %h %n%t%%", t))
print(os.date("!%I %M %S %H", 0))
-- (Not "!%Z": for gmtime's result glibc writes "GMT", musl "UTC".)
print(os.date("!%z", t))
print(os.date("%z %Z", t))
local d = os.date("*t", t)
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
local u = os.date("!*t", 0)
print(u.year, u.month, u.day, u.hour, u.min, u.sec, u.wday, u.yday, u.isdst)
print(os.time(d) == t)
d.day = d.day + 40
print(os.time(d), os.date("!%F", os.time(d)))
print(os.difftime(t, 0), os.difftime(os.time{year = 2020, month = 3, day = 1}, os.time{year = 2020, month = 2, day = 1}) / 86400)
for _, y in ipairs({1900, 1999, 2000, 2004, 2023, 2024, 2400}) do
  local feb = os.date("!*t", os.time{year = y, month = 3, day = 0, hour = 0})
  io.write(y, ":", feb.day, " ")
end
print()
print(pcall(os.date, "%Ez", t))
print(pcall(os.date, "%Q", t))
print(os.getenv("TZ"), os.getenv("HALITE_NO_SUCH_VAR"))
print(type(os.time()), type(os.clock()), os.time() > 1600000000)
