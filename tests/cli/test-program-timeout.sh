#!/bin/sh
# pandoc and dot run under a time limit (EVALWIZ_PANDOC_TIMEOUT,
# EVALWIZ_DOT_TIMEOUT; tests set one second): a pandoc that never finishes
# is ended with its children and render says so and how to allow more
# (exit 75, EX_TEMPFAIL), with no document written; a dot that never
# finishes leaves the text diagram and a note.  A signal (^C, SIGTERM)
# while pandoc runs ends pandoc's whole process group, then evalwiz, and
# leaves no temporary file.  (issue 21, item 15; the wizard:
# tests/tui/test-stuck-export.sh)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

mkdir bin tmp
for prog in pandoc dot; do
	cat >bin/$prog <<EOS
#!/bin/sh
echo \$\$ >"$dir/$prog.pid"
sleep 300 &
echo \$! >"$dir/$prog.child"
wait
EOS
	chmod +x bin/$prog
done
PATH="$dir/bin:$PATH"
TMPDIR="$dir/tmp"
export PATH TMPDIR
cp "$top_srcdir/examples/demo-plan.yaml" plan.yaml

# ended_all PROG: the hung program and its child are gone
ended_all() {
	for f in "$1.pid" "$1.child"; do
		p=$(cat "$f")
		i=0
		while kill -0 "$p" 2>/dev/null && [ "$i" -lt 60 ]; do sleep 0.05; i=$((i + 1)); done
		if kill -0 "$p" 2>/dev/null; then
			kill -9 "$p" 2>/dev/null || true
			fail "$1 ($f) is still running"
		fi
	done
	rm -f "$1.pid" "$1.child"
}

# pandoc past its limit (dot too, with a long limit of its own: the picture
# is drawn first)
start=$(date +%s)
EVALWIZ_PANDOC_TIMEOUT=1 EVALWIZ_DOT_TIMEOUT=1 run "$EVALWIZ" render plan.yaml -f docx -o x.docx
expect_rc 75
has err 'pandoc did not finish within 1 second and was stopped; a very large plan may need longer: set EVALWIZ_PANDOC_TIMEOUT=SECONDS, or render to html or md, which need no pandoc'
[ ! -e x.docx ] || fail "a stopped pandoc left x.docx"
[ $(($(date +%s) - start)) -lt 15 ] || fail "render took more than 15 seconds"
ended_all pandoc
ended_all dot

# dot past its limit: the HTML has the text diagram, and a note says why
EVALWIZ_DOT_TIMEOUT=1 run "$EVALWIZ" render plan.yaml -o x.html
expect_rc 0
has err 'evalwiz: the logic model is a text diagram: dot did not finish within 1 second and was stopped; a very large plan may need longer: set EVALWIZ_DOT_TIMEOUT=SECONDS$'
has x.html '<pre class="diagram">'
ended_all dot

# a signal while pandoc runs: evalwiz dies of it (as before), pandoc's group first
rm bin/dot
rm -f pandoc.child
(exec "$EVALWIZ" render plan.yaml -f odt -o x.odt 2>err) &
pid=$!
i=0
while [ ! -s pandoc.child ] && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
[ -s pandoc.child ] || fail "pandoc never started"
kill -TERM "$pid"
set +e
wait "$pid"
rc=$?
set -e
expect_rc 143
ended_all pandoc
[ ! -e x.odt ] || fail "a stopped render left x.odt"
[ -z "$(ls tmp)" ] || fail "temporary files left: $(ls tmp)"
