# lib.sh: shared by the CI stage scripts (sourced, not run).

# ci_configure SRC BUILD [CONFIGURE_ARGS...]: configures a build of SRC in
# the folder BUILD (made if missing) and changes into it.  A source tree
# configured in place cannot host a separate build, so then a copy of its
# files (as they are now, committed or not, but not what git ignores) is
# built instead, in BUILD/source.
ci_configure() {
	ci_src=$1 ci_build=$2
	shift 2
	mkdir -p "$ci_build"
	ci_build=$(cd "$ci_build" && pwd)
	if [ -f "$ci_src/config.status" ]; then
		rm -rf "$ci_build/source"
		mkdir "$ci_build/source"
		(cd "$ci_src" && git ls-files -z --cached --others --exclude-standard |
			xargs -0 cp --parents -t "$ci_build/source" 2>/dev/null) || {
			echo "ci: cannot copy $ci_src (is it a git checkout?)" >&2
			return 1
		}
		ci_src="$ci_build/source"
		(cd "$ci_src" && autoreconf -fi >/dev/null 2>&1)
	fi
	[ -x "$ci_src/configure" ] || (cd "$ci_src" && autoreconf -fi >/dev/null 2>&1)
	cd "$ci_build"
	"$ci_src/configure" --quiet "$@"
}

# ci_trs_files: the test results below here, but not other builds' in build-ci/.
ci_trs_files() {
	find . -name build-ci -prune -o -name '*.trs' -print
}

# ci_show_failures: after make check in the current folder, prints the log
# of every test that failed or errored; returns 1 if any did, or if any test
# in ${CI_NO_SKIP:-} (names like tests/cli/test-faults) was skipped.
ci_show_failures() {
	ci_bad=0
	for ci_trs in $(ci_trs_files | sort); do
		if grep -q -E '^:test-result: (FAIL|ERROR|XPASS)' "$ci_trs"; then
			echo "==> ${ci_trs%.trs}.log"
			cat "${ci_trs%.trs}.log"
			ci_bad=1
		fi
	done
	for ci_t in ${CI_NO_SKIP:-}; do
		if grep -q '^:test-result: SKIP' "$ci_t.trs" 2>/dev/null; then
			echo "==> $ci_t was skipped, but this stage exists to run it:"
			cat "$ci_t.log"
			ci_bad=1
		fi
	done
	return $ci_bad
}

# ci_check_skips SRC: after make check in the current folder, lists the
# skipped tests with their reasons, and returns 1 if one is not on the list
# of allowed skips (SRC/tests/ci/allowed-skips) or gave no reason.
ci_check_skips() {
	ci_rc=0
	sh "$1/tests/ci/skips.sh" --check "$1/tests/ci/allowed-skips" . >skips.out || ci_rc=1
	sed 's/^/skipped: /' skips.out
	return $ci_rc
}

# ci_count: "N passed, N failed, N skipped" over the .trs files below here.
ci_count() {
	ci_p=$(ci_trs_files | xargs -r cat | grep -c '^:test-result: PASS' || true)
	ci_f=$(ci_trs_files | xargs -r cat | grep -c -E '^:test-result: (FAIL|ERROR|XPASS)' || true)
	ci_s=$(ci_trs_files | xargs -r cat | grep -c '^:test-result: SKIP' || true)
	echo "$ci_p passed, $ci_f failed, $ci_s skipped"
}
