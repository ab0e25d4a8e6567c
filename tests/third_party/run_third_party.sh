#!/usr/bin/env bash
# Runs the third-party programs tests/third_party/build.sh built with
# halite-cc in the sandbox (`halite run`) and compares what they do with the
# same programs built natively (plain gcc -O2, same sources; by build.sh in
# BUILD/third_party/native/) or with known data:
#
#   zlib    example (its own test program; same output and foo.gz), and
#           minigzip on 8 MB of generated data (text and pseudo-random
#           bytes): compressed output identical to native, sandboxed
#           compress + native decompress and the reverse, file mode
#   bzip2   the Makefile's `test` (sample{1,2,3}.ref compressed with -1/-2/-3
#           equal sample{1,2,3}.bz2, and back), a round trip of the 8 MB
#           data against native bzip2, and file mode (-k, -t, -d)
#   lua5.4  each tests/third_party/lua/*.lua: same stdout and exit status as
#           native lua (TZ=UTC in both; arg[1] is a granted directory)
#   sqlite3 speedtest1 --verify in memory and on disk (delete and WAL
#           journal): same test list and verification hash as native; the
#           sqlite3 shell creating, filling and querying a database in a
#           granted directory: same output as the native shell, and the
#           database then passes the native shell's integrity_check and
#           queries the same
#
# Prints "ok NAME" or "not ok NAME: WHY" per case; a package whose programs
# are not built gives one "ok NAME # skip not built (make check-third-party)".
# BUILD (default: build) names the build directory. Exit status: 0 if no
# case failed.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-build}
case "$B" in /*) ;; *) B="$top/$B" ;; esac
H="$B/bin/halite"
TP="$B/third_party"
NAT="$TP/native"
LUADIR="$top/tests/third_party/lua"

work=$(mktemp -d "${TMPDIR:-/tmp}/halite-tp.XXXXXX") || exit 1
# KEEP_WORK=1 keeps the work directory (and each case's files) to look at.
if [ "${KEEP_WORK:-0}" = 1 ]; then
	echo "# work directory: $work"
	rmd() { :; }
else
	trap 'rm -rf "$work"' EXIT
	rmd() { rm -rf "$@"; }
fi

failed=0
ok() { echo "ok $1"; }
fail() {
	echo "not ok $1: $2"
	failed=1
}
skip() { echo "ok $1 # skip $2"; }

# Sandboxed run (the module's exit status is halite run's). Every run has
# a time limit, so that a hang fails the case instead of the script.
sbx() { "$H" run --timeout 60 "$@"; }
# Native run, with an environment like the sandbox's (empty but for TZ).
nat() { env -i TZ=UTC "$@"; }

# Why two files differ: the first differing byte or line, briefly.
differ() {
	local c
	c=$(cmp "$1" "$2" 2>&1 | head -1)
	printf '%s' "${c:-identical}"
}
# The first lines of a diff, on one line.
difflines() {
	diff "$1" "$2" 2>&1 | head -${3:-4} | tr '\n' ' ' | cut -c1-300
}
# The first line of a file, for error details.
first() { head -c 300 "$1" 2>/dev/null | head -2 | tr '\n' ' '; }

# have NAME FILE... : all FILEs executable, or one skip line for NAME.
have() {
	local name=$1 f
	shift
	for f in "$@"; do
		if [ ! -x "$f" ]; then
			case $f in
			"$NAT"/*) skip "$name" "native build missing: $f (make check-third-party)" ;;
			*) skip "$name" "not built (make check-third-party)" ;;
			esac
			return 1
		fi
	done
}

if [ ! -x "$H" ]; then
	fail third_party_run "$H not built (make)"
	exit 1
fi

# ---- 8 MB of test data: 64 KB blocks, alternately text (words, numbers)
# and pseudo-random bytes (an LCG; deterministic) ----
gen_data() {
	LC_ALL=C awk 'BEGIN {
		split("the of and to in is was that for on with as by at from " \
			"halite sandbox module runtime zlib bzip2 lua sqlite compress " \
			"deflate inflate block huffman table", w, " ")
		nw = 0; for (k in w) nw++
		s = 20240229; total = 0; blk = 65536
		while (total < 8 * 1048576) {
			n = 0
			while (n < blk) {
				s = (s * 69069 + 1) % 4294967296
				line = sprintf("%d %s %s %s %.3f\n", total + n, w[1 + int(s / 65536) % nw],
					w[1 + int(s / 256) % nw], w[1 + s % nw], s / 4096)
				printf "%s", line; n += length(line)
			}
			total += n
			for (i = 0; i < blk; i++) {
				s = (s * 69069 + 1) % 4294967296
				printf "%c", int(s / 16777216)
			}
			total += blk
		}
	}' >"$1"
}
DATA="$work/data.bin"
data_ready=0
need_data() {
	[ $data_ready -eq 1 ] && return 0
	gen_data "$DATA" && data_ready=1
}

# ================================ zlib ================================
zlib() {
	local S="$TP/work/zlib" N="$NAT/zlib" d="$work/zlib"
	have zlib "$S/example" "$S/minigzip" "$N/example" "$N/minigzip" || return 0
	mkdir -p "$d/s" "$d/n"

	# example: its output, status, and the gzip file it writes.
	local srs nrs
	sbx --dir "$d/s:/work" "$S/example" /work/foo.gz >"$d/ex.s" 2>"$d/ex.s.err"
	srs=$?
	(cd "$d/n" && nat "$N/example" "$d/n/foo.gz") >"$d/ex.n" 2>"$d/ex.n.err"
	nrs=$?
	if [ $nrs -ne 0 ]; then
		fail zlib-example "native example exited $nrs: $(first "$d/ex.n.err")"
	elif [ $srs -ne 0 ]; then
		fail zlib-example "exited $srs: $(first "$d/ex.s.err")"
	elif ! cmp -s "$d/ex.s" "$d/ex.n"; then
		fail zlib-example "output differs from native: $(difflines "$d/ex.n" "$d/ex.s")"
	elif ! cmp -s "$d/s/foo.gz" "$d/n/foo.gz"; then
		fail zlib-example "foo.gz differs from native: $(differ "$d/n/foo.gz" "$d/s/foo.gz")"
	else
		ok "zlib-example ($(wc -l <"$d/ex.s") lines)"
	fi

	need_data || { fail zlib-minigzip "could not generate the test data"; return 0; }
	# Compression through stdin/stdout at levels 1, 6, 9: the same bytes as
	# native, and each side decompresses the other's output.
	local lvl rc why
	for lvl in 1 6 9; do
		why=""
		sbx "$S/minigzip" -$lvl <"$DATA" >"$d/s$lvl.gz" 2>"$d/err"
		rc=$?
		nat "$N/minigzip" -$lvl <"$DATA" >"$d/n$lvl.gz"
		if [ $rc -ne 0 ]; then
			why="sandboxed minigzip -$lvl exited $rc: $(first "$d/err")"
		elif ! cmp -s "$d/s$lvl.gz" "$d/n$lvl.gz"; then
			why="compressed output differs from native: $(differ "$d/n$lvl.gz" "$d/s$lvl.gz")"
		else
			nat "$N/minigzip" -d <"$d/s$lvl.gz" >"$d/n.out"
			sbx "$S/minigzip" -d <"$d/n$lvl.gz" >"$d/s.out" 2>"$d/err"
			rc=$?
			if ! cmp -s "$d/n.out" "$DATA"; then
				why="native decompression of the sandbox's output: $(differ "$DATA" "$d/n.out")"
			elif [ $rc -ne 0 ]; then
				why="sandboxed minigzip -d exited $rc: $(first "$d/err")"
			elif ! cmp -s "$d/s.out" "$DATA"; then
				why="sandboxed decompression: $(differ "$DATA" "$d/s.out")"
			fi
		fi
		if [ -z "$why" ]; then
			ok "zlib-minigzip-$lvl (8 MB -> $(wc -c <"$d/s$lvl.gz") bytes, same as native, round trips)"
		else
			fail zlib-minigzip-$lvl "$why"
		fi
	done
	rm -f "$d"/*.gz "$d"/*.out

	# File mode: `minigzip FILE` writes FILE.gz and removes FILE;
	# `minigzip -d FILE.gz` the reverse.
	why=""
	cp "$DATA" "$d/s/data"
	sbx --dir "$d/s:/work" "$S/minigzip" -9 /work/data 2>"$d/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		why="minigzip -9 /work/data exited $rc: $(first "$d/err")"
	elif [ -e "$d/s/data" ] || [ ! -f "$d/s/data.gz" ]; then
		why="minigzip -9 /work/data: data not replaced by data.gz ($(ls "$d/s" | tr '\n' ' '))"
	elif ! nat "$N/minigzip" -d <"$d/s/data.gz" | cmp -s - "$DATA"; then
		why="data.gz does not decompress natively to the data"
	else
		sbx --dir "$d/s:/work" "$S/minigzip" -d /work/data.gz 2>"$d/err"
		rc=$?
		if [ $rc -ne 0 ]; then
			why="minigzip -d /work/data.gz exited $rc: $(first "$d/err")"
		elif [ -e "$d/s/data.gz" ] || ! cmp -s "$d/s/data" "$DATA"; then
			why="minigzip -d /work/data.gz: data not restored ($(ls "$d/s" | tr '\n' ' '))"
		fi
	fi
	if [ -z "$why" ]; then ok zlib-minigzip-files; else fail zlib-minigzip-files "$why"; fi
	rmd "$d"
}

# ================================ bzip2 ===============================
bzip2_() {
	local S="$TP/work/bzip2" N="$NAT/bzip2" d="$work/bzip2"
	have bzip2 "$S/bzip2" "$N/bzip2" || return 0
	mkdir -p "$d/f"
	local i rc why
	# bzip2's Makefile `test`: compress with -1, -2, -3 and compare with the
	# reference .bz2 files; decompress those (sample3 with -s, the
	# small-memory decompressor) and compare with the .ref files.
	for i in 1 2 3; do
		why=""
		sbx "$S/bzip2" -$i <"$S/sample$i.ref" >"$d/sample$i.rb2" 2>"$d/err"
		rc=$?
		if [ $rc -ne 0 ]; then
			why="bzip2 -$i < sample$i.ref exited $rc: $(first "$d/err")"
		elif ! cmp -s "$d/sample$i.rb2" "$S/sample$i.bz2"; then
			why="bzip2 -$i output differs from sample$i.bz2: $(differ "$S/sample$i.bz2" "$d/sample$i.rb2")"
		else
			local dflag=-d
			[ $i -eq 3 ] && dflag=-ds
			sbx "$S/bzip2" $dflag <"$S/sample$i.bz2" >"$d/sample$i.tst" 2>"$d/err"
			rc=$?
			if [ $rc -ne 0 ]; then
				why="bzip2 $dflag < sample$i.bz2 exited $rc: $(first "$d/err")"
			elif ! cmp -s "$d/sample$i.tst" "$S/sample$i.ref"; then
				why="bzip2 $dflag output differs from sample$i.ref: $(differ "$S/sample$i.ref" "$d/sample$i.tst")"
			fi
		fi
		if [ -z "$why" ]; then ok "bzip2-sample$i (-$i and back)"; else fail bzip2-sample$i "$why"; fi
	done

	need_data || { fail bzip2-roundtrip "could not generate the test data"; return 0; }
	why=""
	sbx "$S/bzip2" -9 <"$DATA" >"$d/s.bz2" 2>"$d/err"
	rc=$?
	nat "$N/bzip2" -9 <"$DATA" >"$d/n.bz2"
	if [ $rc -ne 0 ]; then
		why="bzip2 -9 exited $rc: $(first "$d/err")"
	elif ! cmp -s "$d/s.bz2" "$d/n.bz2"; then
		why="compressed output differs from native: $(differ "$d/n.bz2" "$d/s.bz2")"
	elif ! nat "$N/bzip2" -d <"$d/s.bz2" | cmp -s - "$DATA"; then
		why="native bzip2 -d of the sandbox's output differs from the data"
	else
		sbx "$S/bzip2" -d <"$d/n.bz2" >"$d/s.out" 2>"$d/err"
		rc=$?
		if [ $rc -ne 0 ]; then
			why="bzip2 -d exited $rc: $(first "$d/err")"
		elif ! cmp -s "$d/s.out" "$DATA"; then
			why="sandboxed bzip2 -d: $(differ "$DATA" "$d/s.out")"
		fi
	fi
	if [ -z "$why" ]; then
		ok "bzip2-roundtrip (8 MB -> $(wc -c <"$d/s.bz2") bytes, same as native, round trips)"
	else
		fail bzip2-roundtrip "$why"
	fi
	rm -f "$d"/*.bz2 "$d/s.out"

	# File mode: -k keeps the input and gives the .bz2 the input's mode
	# and modification time; -t tests it; -d restores it (-f: replace).
	why=""
	cp "$DATA" "$d/f/data"
	chmod 640 "$d/f/data"
	touch -d '2001-02-03 04:05:06' "$d/f/data"
	sbx --dir "$d/f:/work" "$S/bzip2" -k -1 /work/data 2>"$d/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		why="bzip2 -k -1 /work/data exited $rc: $(first "$d/err")"
	elif [ ! -f "$d/f/data" ] || [ ! -f "$d/f/data.bz2" ]; then
		why="bzip2 -k -1 /work/data: expected data and data.bz2, found: $(ls "$d/f" | tr '\n' ' ')"
	elif [ "$(stat -c '%a %Y' "$d/f/data.bz2")" != "$(stat -c '%a %Y' "$d/f/data")" ]; then
		why="data.bz2 has mode/mtime $(stat -c '%a %Y' "$d/f/data.bz2"), not the input's $(stat -c '%a %Y' "$d/f/data")"
	elif ! nat "$N/bzip2" -d <"$d/f/data.bz2" | cmp -s - "$DATA"; then
		why="data.bz2 does not decompress natively to the data"
	elif ! sbx --dir "$d/f:/work:ro" "$S/bzip2" -t /work/data.bz2 2>"$d/err"; then
		why="bzip2 -t /work/data.bz2 (read-only grant) failed: $(first "$d/err")"
	else
		rm "$d/f/data"
		sbx --dir "$d/f:/work" "$S/bzip2" -d /work/data.bz2 2>"$d/err"
		rc=$?
		if [ $rc -ne 0 ]; then
			why="bzip2 -d /work/data.bz2 exited $rc: $(first "$d/err")"
		elif [ -e "$d/f/data.bz2" ] || ! cmp -s "$d/f/data" "$DATA"; then
			why="bzip2 -d /work/data.bz2: data not restored ($(ls "$d/f" | tr '\n' ' '))"
		fi
	fi
	if [ -z "$why" ]; then ok bzip2-files; else fail bzip2-files "$why"; fi
	rmd "$d"
}

# ================================ Lua =================================
lua() {
	local S="$TP/work/lua5.4/src/lua" N="$NAT/lua5.4/src/lua" d="$work/lua"
	have lua5.4 "$S" "$N" || return 0
	local scripts=("$LUADIR"/*.lua)
	if [ ! -f "${scripts[0]}" ]; then
		fail lua5.4 "no scripts in $LUADIR"
		return 0
	fi
	mkdir -p "$d"
	local f b srs nrs
	for f in "${scripts[@]}"; do
		b=$(basename "$f" .lua)
		mkdir -p "$d/$b.s" "$d/$b.n"
		# The script's name is lua/NAME.lua on both sides (cwd / in the
		# sandbox, where lua/ is the granted directory; the source tree
		# natively), so that error messages name the same chunk.
		sbx --env TZ=UTC --dir "$LUADIR:/lua:ro" --dir "$d/$b.s:/work" \
			"$S" "lua/$b.lua" /work >"$d/$b.out.s" 2>"$d/$b.err.s"
		srs=$?
		(cd "$LUADIR/.." && nat "$N" "lua/$b.lua" "$d/$b.n") >"$d/$b.out.n" 2>"$d/$b.err.n"
		nrs=$?
		if [ $nrs -ne 0 ]; then
			fail "lua-$b" "native lua exited $nrs: $(tail -c 300 "$d/$b.err.n" | head -1)"
		elif [ $srs -ne 0 ]; then
			fail "lua-$b" "exited $srs (native: 0): $(head -c 300 "$d/$b.err.s" | head -1)"
		elif ! cmp -s "$d/$b.out.s" "$d/$b.out.n"; then
			fail "lua-$b" "output differs from native: $(difflines "$d/$b.out.n" "$d/$b.out.s")"
		else
			ok "lua-$b ($(wc -l <"$d/$b.out.s") lines, same as native)"
		fi
	done
	rmd "$d"
}

# =============================== SQLite ===============================
# The SQL the shell runs: a schema, ~100k rows generated with recursive
# CTEs in transactions, indexes, a view, a trigger, joins, aggregates,
# window functions, JSON, date/time on fixed values, printf, blobs, a
# savepoint rolled back, a CSV export and import through files in the
# granted directory, dot-commands in several output modes, VACUUM and the
# integrity check. @DIR@ is replaced by the database's directory.
sql_script() {
	sed "s|@DIR@|$1|g" <<'EOF'
.bail on
PRAGMA page_size = 4096;
PRAGMA journal_mode = DELETE;
CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, joined TEXT);
CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(id),
  amount REAL, qty INTEGER, note TEXT, data BLOB);
CREATE TABLE audit(id INTEGER PRIMARY KEY, what TEXT);
CREATE TRIGGER big_order AFTER INSERT ON orders WHEN new.amount > 999.5
  BEGIN INSERT INTO audit(what) VALUES ('big order ' || new.id); END;
BEGIN;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000)
INSERT INTO customer SELECT i, 'customer' || printf('%04d', i),
  CASE i % 5 WHEN 0 THEN 'Oslo' WHEN 1 THEN 'Lima' WHEN 2 THEN 'Kyiv' WHEN 3 THEN 'Pune' ELSE NULL END,
  date('2015-01-01', '+' || (i * 7 % 3000) || ' days') FROM c;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 100000)
INSERT INTO orders SELECT i, 1 + (i * 7919) % 2000, ((i * 104729) % 100000) / 100.0,
  1 + i % 17, CASE WHEN i % 3 = 0 THEN 'note ' || i ELSE NULL END,
  CASE WHEN i % 1000 = 0 THEN CAST(printf('%0*d', i / 1000, 7) || 'tail' AS BLOB) ELSE NULL END FROM c;
UPDATE orders SET data = x'00ff10deadbeef' WHERE id = 5000;
COMMIT;
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX customer_city ON customer(city, name);
CREATE VIEW totals AS SELECT c.id, c.name, c.city, count(o.id) AS n, sum(o.amount) AS total
  FROM customer c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id;
SELECT count(*), sum(amount), round(avg(amount), 6), min(amount), max(amount), total(qty) FROM orders;
SELECT count(*) FROM audit;
SELECT city, count(*), sum(n), printf('%.2f', sum(total)) FROM totals GROUP BY city ORDER BY city;
SELECT name, n, printf('%.2f', total) FROM totals ORDER BY total DESC, id LIMIT 5;
.headers on
.mode column
SELECT id, name, city, joined FROM customer WHERE id IN (1, 2, 3, 1999, 2000);
.mode box
SELECT city, count(*) AS customers, min(joined) AS first, max(joined) AS last FROM customer
  GROUP BY city ORDER BY 2 DESC, 1;
.mode line
SELECT 1 + 1 AS two, 7 / 2 AS int_div, 7 / 2.0 AS real_div, 1e308 * 10 AS inf, -0.0 AS negzero,
  0.1 + 0.2 AS sum, 2.5e-310 AS subnormal, 9223372036854775807 AS maxint, 1.0 / 3 AS third;
.mode csv
SELECT id, customer_id, amount, qty, note FROM orders WHERE id % 20000 = 0 ORDER BY id;
.mode list
.headers off
SELECT id, length(data), hex(substr(data, -4)), typeof(data), quote(substr(data, 1, 3)) FROM orders
  WHERE data IS NOT NULL ORDER BY id LIMIT 6;
SELECT customer_id, id, amount,
  rank() OVER (PARTITION BY customer_id ORDER BY amount DESC),
  sum(qty) OVER (PARTITION BY customer_id ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW),
  printf('%.3f', avg(amount) OVER (PARTITION BY customer_id))
  FROM orders WHERE customer_id IN (7, 1234) ORDER BY customer_id, id LIMIT 12;
SELECT json_object('id', id, 'name', name, 'city', city) FROM customer WHERE id <= 3;
SELECT json_group_array(id) FROM (SELECT id FROM customer WHERE city = 'Oslo' ORDER BY id LIMIT 6);
SELECT json_extract('{"a":[1,2,{"b":"c"}],"d":1.5e3}', '$.a[2].b', '$.d');
SELECT date('2020-02-28', '+1 day'), date('2021-02-28', '+1 day'), datetime(1234567890, 'unixepoch'),
  strftime('%Y-%j %H:%M:%f %w %W', '2020-12-31 23:59:58.123'), julianday('2000-01-01 12:00:00'),
  strftime('%s', '2038-01-19 03:14:08'), date('2020-01-31', '+1 month'), time('12:34:56', '+90 minutes');
SELECT printf('%5.2f|%-8s|%08d|%x|%e|%g|%q|%c|%,d', 3.14159, 'ab', 42, 255, 12345.678, 1e-5, 'it''s', 'xyz', 1234567);
SELECT upper('abc'), lower('ÄBC'), length('日本語'), substr('hello', -3), instr('banana', 'nan'),
  replace('aaa', 'a', 'bb'), trim('  x  '), quote(x'00ff'), unicode('€'), char(72, 105), hex('é');
SELECT abs(-9223372036854775807), 9223372036854775807 + 1, cast('12abc' AS INTEGER), cast(1e20 AS INTEGER),
  round(2.5), round(-2.5), round(1234.5678, 2), 10 % 3, -10 % 3, 1 << 62, typeof(1 / 0);
SAVEPOINT sp;
DELETE FROM orders WHERE id > 50000;
SELECT count(*) FROM orders;
ROLLBACK TO sp;
RELEASE sp;
SELECT count(*) FROM orders;
BEGIN;
UPDATE orders SET amount = amount * 2 WHERE customer_id = 7;
DELETE FROM orders WHERE id % 10 = 3;
COMMIT;
SELECT count(*), printf('%.2f', sum(amount)) FROM orders;
.mode csv
.once @DIR@/customers.csv
SELECT id, name, city FROM customer WHERE id <= 500 ORDER BY id;
.mode list
CREATE TABLE imported(id INTEGER, name TEXT, city TEXT);
.import --csv @DIR@/customers.csv imported
SELECT count(*), sum(id), count(city), max(name) FROM imported;
SELECT count(*) FROM imported i JOIN customer c USING (id) WHERE i.name = c.name AND i.city IS c.city;
.output @DIR@/report.txt
SELECT name FROM customer WHERE id <= 3;
.output stdout
SELECT 'report lines', count(*) FROM (SELECT 1);
EXPLAIN QUERY PLAN SELECT * FROM orders WHERE customer_id = 5;
.tables
.schema audit
.indexes orders
.dump audit
DROP TABLE imported;
VACUUM;
PRAGMA integrity_check;
PRAGMA foreign_key_check;
SELECT count(*) FROM sqlite_schema;
EOF
}
# The queries run on the finished database, in the native shell too.
sql_check() {
	cat <<'EOF'
PRAGMA integrity_check;
SELECT count(*), printf('%.2f', sum(amount)), sum(qty), count(note), count(data) FROM orders;
SELECT count(*), count(city), min(joined), max(joined) FROM customer;
SELECT count(*) FROM audit;
SELECT city, n, printf('%.2f', total) FROM totals WHERE id IN (1, 77, 1500) ORDER BY id;
SELECT type, name, tbl_name FROM sqlite_schema ORDER BY name;
EOF
}

sqlite() {
	local S="$TP/work/sqlite3/halite" N="$NAT/sqlite3" d="$work/sqlite"
	have sqlite3 "$S/speedtest1" "$S/sqlite3" "$N/speedtest1" "$N/sqlite3" || return 0
	mkdir -p "$d/s" "$d/n"
	local rc name args why

	# speedtest1 --verify: the list of tests (names without the timings)
	# and the final verification hash (of every result) must be native's.
	structure() { sed -E 's/[. ]*[0-9.]+s$//' "$1" | grep -v '^-- Speedtest1'; }
	for name in memdb disk-delete disk-wal; do
		case $name in
		memdb) args=(--memdb --size 25) ;;
		disk-delete) args=(--size 5 --journal delete) ;;
		disk-wal) args=(--size 5 --journal wal) ;;
		esac
		rm -f "$d"/s/speed.db* "$d"/n/speed.db*
		why=""
		if [ $name = memdb ]; then
			sbx "$S/speedtest1" --verify "${args[@]}" >"$d/st.s" 2>"$d/err"
			rc=$?
			nat "$N/speedtest1" --verify "${args[@]}" >"$d/st.n" 2>&1
		else
			sbx --dir "$d/s:/db" "$S/speedtest1" --verify "${args[@]}" /db/speed.db >"$d/st.s" 2>"$d/err"
			rc=$?
			nat "$N/speedtest1" --verify "${args[@]}" "$d/n/speed.db" >"$d/st.n" 2>&1
		fi
		if [ $rc -ne 0 ]; then
			why="exited $rc: $(first "$d/err") $(tail -1 "$d/st.s")"
		elif ! grep -q '^Verification Hash: ' "$d/st.s"; then
			why="no final 'Verification Hash:' line; last: $(tail -1 "$d/st.s")"
		elif ! grep -q '^Verification Hash: ' "$d/st.n"; then
			why="native speedtest1 gave no verification hash: $(tail -1 "$d/st.n")"
		elif ! diff -q <(structure "$d/st.s") <(structure "$d/st.n") >/dev/null; then
			why="tests or verification hash differ from native: $(difflines <(structure "$d/st.n") <(structure "$d/st.s"))"
		fi
		if [ -z "$why" ]; then
			ok "sqlite-speedtest1-$name ($(grep -c '^ *[0-9]* - ' "$d/st.s") tests, $(sed -n 's/^Verification Hash: //p' "$d/st.s" | cut -c1-24)..., same as native)"
		else
			fail "sqlite-speedtest1-$name" "$why"
		fi
	done
	mkdir -p "$d/speed"
	mv "$d/s" "$d/n" "$d"/st.* "$d/speed/"
	mkdir -p "$d/s" "$d/n"

	# The shell: a database built in the granted directory. SQLite needs a
	# writable temporary directory for the statement journals and sorts
	# of the big INSERTs (it tries $SQLITE_TMPDIR, $TMPDIR, /var/tmp,
	# /usr/tmp, /tmp, .; the sandbox's / is read-only): /tmp is granted.
	# (Without HOME or /etc/passwd the shell warns on stderr that it
	# cannot read ~/.sqliterc; stderr is not compared.)
	mkdir -p "$d/tmp"
	sql_script /db >"$d/script.s.sql"
	sql_script "$d/n" >"$d/script.n.sql"
	sbx --dir "$d/s:/db" --dir "$d/tmp:/tmp" "$S/sqlite3" /db/test.db <"$d/script.s.sql" >"$d/out.s" 2>"$d/err.s"
	rc=$?
	nat "$N/sqlite3" "$d/n/test.db" <"$d/script.n.sql" >"$d/out.n" 2>"$d/err.n"
	local nrc=$?
	why=""
	if [ $nrc -ne 0 ]; then
		why="native sqlite3 exited $nrc: $(first "$d/err.n")"
	elif [ $rc -ne 0 ]; then
		why="exited $rc: $(grep -v sqliterc "$d/err.s" | head -2 | tr '\n' ' ') (after $(wc -l <"$d/out.s") lines of output)"
	elif ! cmp -s "$d/out.s" "$d/out.n"; then
		why="output differs from native: $(difflines "$d/out.n" "$d/out.s" 6)"
	elif ! cmp -s "$d/s/customers.csv" "$d/n/customers.csv"; then
		why="customers.csv (.once) differs from native: $(differ "$d/n/customers.csv" "$d/s/customers.csv")"
	elif ! cmp -s "$d/s/report.txt" "$d/n/report.txt"; then
		why="report.txt (.output) differs from native: $(differ "$d/n/report.txt" "$d/s/report.txt")"
	elif [ -e "$d/s/test.db-journal" ]; then
		why="test.db-journal left behind"
	fi
	if [ -z "$why" ]; then
		ok "sqlite-shell ($(wc -l <"$d/out.s") lines, same as native; database $(wc -c <"$d/s/test.db") bytes)"
	else
		fail sqlite-shell "$why"
	fi

	# The sandbox's database, read by the native shell (and native's by the
	# sandboxed shell, read-only grant): integrity_check ok, same answers.
	why=""
	if [ ! -s "$d/s/test.db" ]; then
		why="no database written"
	else
		sql_check | nat "$N/sqlite3" "$d/s/test.db" >"$d/chk.sn" 2>&1
		sql_check | nat "$N/sqlite3" "$d/n/test.db" >"$d/chk.nn" 2>&1
		sql_check | sbx --dir "$d/n:/db:ro" "$S/sqlite3" -readonly /db/test.db 2>&1 >"$d/chk.ns" |
			grep -v sqliterc >>"$d/chk.ns"
		if [ "$(head -1 "$d/chk.sn")" != ok ]; then
			why="native integrity_check of the sandbox's database: $(first "$d/chk.sn")"
		elif ! cmp -s "$d/chk.sn" "$d/chk.nn"; then
			why="the sandbox's database answers differently: $(difflines "$d/chk.nn" "$d/chk.sn")"
		elif ! cmp -s "$d/chk.ns" "$d/chk.nn"; then
			why="the sandboxed shell reads the native database differently: $(difflines "$d/chk.nn" "$d/chk.ns")"
		fi
	fi
	if [ -z "$why" ]; then
		ok "sqlite-shell-database (integrity_check ok natively; native database read in the sandbox)"
	else
		fail sqlite-shell-database "$why"
	fi
	rmd "$d"
}

t0=$(date +%s)
zlib
bzip2_
lua
sqlite
echo "# run_third_party: $(($(date +%s) - t0))s"
exit $failed
