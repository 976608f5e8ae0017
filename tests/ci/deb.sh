#!/bin/sh
# deb.sh [BUILD_DIR]: builds the Debian package from a copy of the tree
# (default build-ci/deb), fails on any lintian error or warning, installs it
# (dpkg -i, then apt-get -f install for what it depends on) and runs the
# installed /usr/bin/evalwiz from a folder outside the source tree:
# --version, new, check, render -o x.html.  A CI stage (tests/ci/stages.sh);
# needs root (or sudo) to install.  The suite has run by then, so the
# package is built with DEB_BUILD_OPTIONS=nocheck.  EVALWIZ_DEB_KEEP=1 leaves
# the package installed; by default it is removed again at the end.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$src/build-ci/deb"}
for tool in dpkg-buildpackage lintian dh; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool is missing (apt-get install dpkg-dev debhelper lintian)"; exit 77; }
done
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
	echo "skipped: installing the package needs root or sudo"
	exit 77
fi
version=$(dpkg-parsechangelog -l "$src/debian/changelog" -S Version)
rm -rf "$build"
mkdir -p "$build/evalwiz-$version"
# what git tracks, plus new files not yet committed, but nothing git ignores
# (an in-place build's Makefile, objects, the binary)
(cd "$src" && git ls-files -z --cached --others --exclude-standard |
	xargs -0 cp --parents -t "$build/evalwiz-$version" 2>/dev/null) || {
	echo "deb: cannot copy $src (is it a git checkout?)" >&2
	exit 1
}
cd "$build/evalwiz-$version"
echo "== dpkg-buildpackage (evalwiz $version)"
DEB_BUILD_OPTIONS="nocheck parallel=${JOBS:-2}" dpkg-buildpackage -us -uc -b >"$build/build.log" 2>&1 || {
	tail -n 60 "$build/build.log"
	echo "deb: dpkg-buildpackage failed (whole log: $build/build.log)" >&2
	exit 1
}
cd "$build"
deb=$(ls evalwiz_"$version"_*.deb)
changes=$(ls evalwiz_"$version"_*.changes)
dpkg-deb --contents "$deb" >contents.txt
echo "== lintian"
# errors and warnings fail; information and pedantic tags are printed only
lintian --info --display-info "$changes" >lintian.txt 2>&1 || true
cat lintian.txt
status=0
if grep -E '^[EW]: ' lintian.txt >/dev/null; then
	echo "deb: lintian reports errors or warnings" >&2
	status=1
fi
# the FHS places
for f in ./usr/bin/evalwiz ./usr/share/evalwiz/lua/evalwiz/core.lua ./usr/share/evalwiz/wizard/00-opening.lua \
    ./usr/share/evalwiz/packs/ ./usr/share/evalwiz/templates/plan.yaml ./usr/share/man/man1/evalwiz.1.gz \
    ./usr/share/man/man5/evalwiz-pack.5.gz ./usr/share/doc/evalwiz/copyright; do
	grep -q " $f\$\| $f -> " contents.txt || { echo "deb: the package lacks $f" >&2; status=1; }
done
echo "== install"
$SUDO dpkg -i "$deb" >install.log 2>&1 || {
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get -f install -y -qq --no-install-recommends >>install.log 2>&1 || {
		cat install.log
		echo "deb: the package does not install" >&2
		exit 1
	}
}
dpkg-query -W -f='${Status}\n' evalwiz | grep -q 'ok installed' || { cat install.log; echo "deb: evalwiz is not installed" >&2; exit 1; }
echo "== smoke test of /usr/bin/evalwiz"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
(
	cd "$smoke"
	# as an administrator's user would run it: no build tree, no overrides
	unset EVALWIZ_DATADIR EVALWIZ_PACK EVALWIZ_PACK_PATH EVALWIZ
	unset XDG_STATE_HOME XDG_DATA_HOME XDG_CACHE_HOME
	export HOME="$smoke/home"
	mkdir -p "$HOME"
	set -x
	/usr/bin/evalwiz --version | grep "^evalwiz $version\$"
	/usr/bin/evalwiz new plan.yaml
	/usr/bin/evalwiz check plan.yaml
	/usr/bin/evalwiz render plan.yaml -o x.html
	grep -q '<html' x.html
	# the installed demo plan, the built-in packs and the man page
	cp /usr/share/evalwiz/examples/demo-plan.yaml demo.yaml
	/usr/bin/evalwiz check demo.yaml
	/usr/bin/evalwiz render demo.yaml -o demo.html
	/usr/bin/evalwiz packs
	man -w evalwiz
) >"$build/smoke.log" 2>&1 || { cat "$build/smoke.log"; echo "deb: the installed evalwiz failed its smoke test" >&2; status=1; }
if [ "${EVALWIZ_DEB_KEEP:-0}" != 1 ]; then
	$SUDO dpkg --purge evalwiz >>install.log 2>&1 || true
fi
[ $status -eq 0 ] || { echo "deb: FAILED" >&2; exit 1; }
echo "deb: built, lintian-clean, installed and smoke-tested ($deb, $(du -k "$deb" | cut -f1) KB)"
