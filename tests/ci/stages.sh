#!/bin/sh
# stages.sh [STAGE...]: CI's stages, each timed, with a summary table at the
# end; every stage runs even after one fails, and the exit is 1 if any
# failed (a stage that skips, say for a missing tool, counts as failed).
# Run from a source tree that ./quickstart has set up and built
# (.ci/run: ./quickstart check, then ./quickstart ci for the stages after
# check).  Stages, in order (default all):
#   check       make check in the tree (20 kill -9 rounds)  make check
#   sanitizers  the whole suite built with ASan+UBSan      tests/ci/sanitizers.sh
#   faults      200 kill -9 rounds and failing saves        tests/ci/faults.sh
#   valgrind    the CLI tests under valgrind memcheck       tests/ci/valgrind.sh
#   static      cppcheck and clang-tidy on src/             tests/ci/static.sh
#   fuzz        every libFuzzer harness for 20 seconds      tests/ci/fuzz-smoke.sh
#   deb         the Debian package: build, lintian, install tests/ci/deb.sh
#               and a smoke test of /usr/bin/evalwiz
# Separate builds go in build-ci/ (ignored by git); logs in build-ci/logs/.
set -u
src=$(cd "$(dirname "$0")/../.." && pwd)
cd "$src"
logs="$src/build-ci/logs"
mkdir -p "$logs"
[ $# -gt 0 ] || set -- check sanitizers faults valgrind static fuzz deb

# processor seconds used by finished children so far (user + system), from
# the shell's times (written to a file: in $(...) it would be a subshell's):
# a busy machine stretches a stage's time, not this.  Sets cpu.
cpu_seconds() {
	times >"$logs/.times"
	cpu=$(sed -n 2p "$logs/.times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); t += a[1] * 60 + a[2] } printf "%d\n", t }')
}

table=""
failed=0
total_start=$(date +%s)
for stage in "$@"; do
	case $stage in
	check) cmd="tests/ci/check.sh" ;;
	sanitizers) cmd="tests/ci/sanitizers.sh $src/build-ci/sanitizers" ;;
	faults) cmd="tests/ci/faults.sh $src/build-ci/faults" ;;
	valgrind) cmd="tests/ci/valgrind.sh" ;;
	static) cmd="tests/ci/static.sh" ;;
	fuzz) cmd="tests/ci/fuzz-smoke.sh" ;;
	deb) cmd="tests/ci/deb.sh $src/build-ci/deb" ;;
	*)
		echo "stages: unknown stage $stage (check, sanitizers, faults, valgrind, static, fuzz, deb)" >&2
		exit 64
		;;
	esac
	printf '\n==== %s: %s (%s UTC)\n' "$stage" "$cmd" "$(date -u +%H:%M:%S)"
	start=$(date +%s)
	cpu_seconds
	cpu_start=$cpu
	# shellcheck disable=SC2086
	{ sh $cmd 2>&1; echo $? >"$logs/$stage.rc"; } | tee "$logs/$stage.log"
	rc=$(cat "$logs/$stage.rc")
	secs=$(($(date +%s) - start))
	cpu_seconds
	cpu=$((cpu - cpu_start))
	case $rc in
	0) result=passed ;;
	77) result="SKIPPED (a failure in CI)"; failed=$((failed + 1)) ;;
	*) result="FAILED (exit $rc)"; failed=$((failed + 1)) ;;
	esac
	line=$(printf '%-11s %-26s %3dm%02ds  (processor time %dm%02ds)' "$stage" "$result" $((secs / 60)) $((secs % 60)) \
	    $((cpu / 60)) $((cpu % 60)))
	printf '==== %s\n' "$line"
	table="$table$line
"
done
total=$(($(date +%s) - total_start))
printf '\n==== CI stages (logs in build-ci/logs/)\n%s%-38s %3dm%02ds\n' "$table" "total" $((total / 60)) $((total % 60))
if [ $failed -gt 0 ]; then
	echo "==== $failed stage(s) failed"
	exit 1
fi
echo "==== all stages passed"
