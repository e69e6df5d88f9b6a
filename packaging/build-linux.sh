#!/usr/bin/env bash
# Build the Linux station: a PyInstaller one-folder bundle, then a .deb around it.
#
#   packaging/build-linux.sh            # uses ./.venv, creating it from requirements/package.txt if absent
#   VENV=/path/to/venv packaging/build-linux.sh
#
# Output: dist/inspector-app/ (the bundle) and dist/return-inspector_<version>_<arch>.deb.
# The package installs the bundle under /opt/return-inspector, a launcher at
# /usr/bin/inspector-app, a desktop entry and icon, and a commented
# /etc/return-inspector/config.toml registered as a conffile (kept on upgrade and remove,
# deleted on purge). Removing the package removes every file it installed.
set -euo pipefail
trap 'echo "build-linux.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
umask 022

VENV=${VENV:-.venv}
PY="$VENV/bin/python"
if [ ! -x "$PY" ]; then
    # The pinned, hashed runtime set (make lock), then the station itself.
    python3 -m venv "$VENV"
    "$PY" -m pip install --quiet --require-hashes -r requirements/package.txt
    "$PY" -m pip install --quiet --no-deps --no-build-isolation .
fi

version=$("$PY" -c 'import inspector_app; print(inspector_app.__version__)')
arch=$(dpkg --print-architecture)
bundle=dist/inspector-app
root=build/deb/root
deb=dist/return-inspector_${version}_${arch}.deb

echo "== icons"
"$PY" packaging/make_icons.py build/icons

echo "== OpenCV (core, imgproc, imgcodecs, videoio; cached after the first build)"
opencv=$(PY="$PY" packaging/build-opencv.sh)

echo "== bundle (PyInstaller)"
# The slim OpenCV shadows the venv's wheel for the analysis; the venv itself is untouched.
PYTHONPATH="$opencv" "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/inspector-app.spec

echo "== strip"
# Debug symbols are dead weight on a bench (libpython alone carries 17 MB). The libraries
# auditwheel vendored into <package>.libs/ are left alone: patchelf rewrote their headers
# and strip corrupts them (NumPy's OpenBLAS then fails to load).
find "$bundle/_internal" -name '*.so*' -type f -not -path '*.libs/*' \
    -exec strip --strip-unneeded {} +

echo "== package tree"
rm -rf "$root"
install -d "$root/DEBIAN" "$root/opt/return-inspector" "$root/usr/bin" \
    "$root/usr/share/applications" "$root/usr/share/icons/hicolor/256x256/apps" \
    "$root/etc/return-inspector" "$root/usr/share/doc/return-inspector"
cp -a "$bundle/." "$root/opt/return-inspector/"
install -m 0755 packaging/linux/inspector-app.sh "$root/usr/bin/inspector-app"
install -m 0644 packaging/linux/return-inspector.desktop "$root/usr/share/applications/"
install -m 0644 build/icons/inspector-app.png \
    "$root/usr/share/icons/hicolor/256x256/apps/return-inspector.png"
"$PY" -m inspector_app config example > "$root/etc/return-inspector/config.toml"
install -m 0644 docs/it-guide.md "$root/usr/share/doc/return-inspector/it-guide.md"
echo "/etc/return-inspector/config.toml" > "$root/DEBIAN/conffiles"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# The newest glibc symbol version any bundled binary needs: the oldest system it runs on.
glibc=$(find "$root/opt" -type f \( -name '*.so*' -o -name inspector-app \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -1)
# The system libraries the bundle links against, as packages; Qt loads libdbus at run time.
deps=$("$PY" packaging/debian_depends.py "$root/opt/return-inspector" --depends libdbus-1-3)
depends="libc6 (>= ${glibc#GLIBC_})"
recommends="fonts-dejavu-core"
computed=$(echo "$deps" | sed -n 's/^depends=//p')
[ -z "$computed" ] || depends="$depends, $computed"
computed=$(echo "$deps" | sed -n 's/^recommends=//p')
[ -z "$computed" ] || recommends="$recommends, $computed"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$installed_kb/" \
    -e "s/@DEPENDS@/$depends/" -e "s/@RECOMMENDS@/$recommends/" \
    packaging/linux/control.in > "$root/DEBIAN/control"

echo "== .deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null

echo "bundle: $(du -sh "$bundle" | cut -f1) unpacked  ($bundle)"
echo "deb:    $(du -h "$deb" | cut -f1)  ($deb)"
