#!/usr/bin/env bash
# Builds the Linux packages of SeatDesk from target/seatdesk.jar with the JDK 25's jpackage:
#   target/installer/SeatDesk/            app-image (a folder that runs in place)
#   target/installer/seatdesk_<v>_amd64.deb
# Usage: installer/jpackage.sh [app-image|deb|all]     (default: all)
# The runtime is trimmed to the modules jdeps finds in the jar, plus the ones that are loaded
# by name and so invisible to jdeps. See installer/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TYPE="${1:-all}"
case "$TYPE" in app-image|deb|all) ;; *) echo "usage: $0 [app-image|deb|all]" >&2; exit 2 ;; esac

NAME=SeatDesk                   # the app-image folder, its launcher and the menu entry
PKG=seatdesk                    # the .deb and its folder: /opt/seatdesk
OUT="$ROOT/target/installer"
WORK="$ROOT/target/jpackage"
JAR="$ROOT/target/seatdesk.jar"
# jdeps cannot see these: locale data for zh_CN/es formats, legacy Chinese charsets (GBK,
# GB2312) for imported files, sun.misc.Unsafe users.
EXTRA_MODULES="jdk.localedata,jdk.charsets,jdk.unsupported"
# The options ./seatdesk runs a console with: the installed console is what an agent runs all
# shift, so it gets the bounded memory (ADR 0011, 0034) and compiler thresholds (ADR 0028, 0032)
# the targets were measured with. The hub's service starts the jar with its own options.
mapfile -t JAVA_OPTIONS < <("$ROOT/seatdesk" --print-jvm-options console)

# The JDK: the same search as ./seatdesk (JAVA_HOME if 25+, else /usr/lib/jvm).
JAVA_HOME=$("$ROOT/seatdesk" --print-java-home)
export JAVA_HOME
BIN="$JAVA_HOME/bin"
for tool in jdeps jlink jpackage; do
    [[ -x "$BIN/$tool" ]] || { echo "$BIN/$tool is missing: jpackage.sh needs a full JDK 25" >&2; exit 1; }
done

elapsed() { echo "$(( $(date +%s) - $1 )) s"; }

# 1. The jar, built afresh unless it is newer than every source.
if [[ ! -f "$JAR" || -n "$(find pom.xml src $( [[ -d resources ]] && echo resources ) -newer "$JAR" -print -quit)" ]]; then
    echo "==> building target/seatdesk.jar"
    ./mvnw -q -B -DskipTests package
fi
# jpackage wants a purely numeric version: 0.1.0-SNAPSHOT -> 0.1.0
VERSION=$(cd "$(mktemp -d)" && "$BIN/jar" -xf "$JAR" META-INF/MANIFEST.MF &&
          sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' META-INF/MANIFEST.MF | tr -d '\r')
VERSION=${VERSION:-0.0.0}

rm -rf "$WORK" && mkdir -p "$WORK/input" "$OUT"
cp "$JAR" "$WORK/input/"

# 2. A runtime with only the modules the jar needs. Temurin 25 has no jmods/: jlink links from
#    the running JDK itself (JEP 493). bin/java stays in, so the hub service can run the jar.
start=$(date +%s)
MODULES=$("$BIN/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps "$JAR")
MODULES="$MODULES,$EXTRA_MODULES"
echo "==> runtime modules: $MODULES"
"$BIN/jlink" --add-modules "$MODULES" --compress=zip-6 --strip-debug \
    --no-header-files --no-man-pages --output "$WORK/runtime"
echo "==> runtime: $(du -sh "$WORK/runtime" | cut -f1) in $(elapsed "$start")"

COMMON=(--name "$NAME" --app-version "$VERSION" --vendor SeatDesk
        --description "Operator console for call-centre rooms: seat, supervisor, wall display and sync hub")

# 3. The app-image: bin/seatdesk, lib/app/seatdesk.jar, lib/runtime/.
start=$(date +%s)
rm -rf "${OUT:?}/$NAME"
java_opts=()
for o in "${JAVA_OPTIONS[@]}"; do java_opts+=(--java-options "$o"); done
"$BIN/jpackage" --type app-image "${COMMON[@]}" \
    --input "$WORK/input" --main-jar seatdesk.jar --main-class org.seatdesk.app.Main \
    --runtime-image "$WORK/runtime" "${java_opts[@]}" --dest "$OUT"
echo "==> app-image: $OUT/$NAME, $(du -sh "$OUT/$NAME" | cut -f1) in $(elapsed "$start")"

# 3b. The JDK 25 AOT cache the launcher's README way starts from (ADR 0028, 0032), made with the
#     image's own runtime and options: a seeding start of a throw-away folder, then an everyday
#     start that records it. It stays valid where the image is installed (checked on a copied
#     image and an unpacked .deb, ADR 0035). Without it the console still starts, only slower,
#     so a failure here is reported, not fatal, and the launcher is then not told about a cache
#     that is not there.
start=$(date +%s)
IMAGE_APP="$OUT/$NAME/lib/app"
TRAIN_DATA=$(mktemp -d "${TMPDIR:-/tmp}/seatdesk-jpackage-aot.XXXXXX")
train=("$OUT/$NAME/lib/runtime/bin/java" "${JAVA_OPTIONS[@]}" -cp "$IMAGE_APP/seatdesk.jar" org.seatdesk.app.Main
       demo --exit-when-ready --data "$TRAIN_DATA")
if env -u DISPLAY "${train[@]}" >"$WORK/aot.log" 2>&1 &&
   env -u DISPLAY "${train[0]}" "-XX:AOTCacheOutput=$IMAGE_APP/seatdesk.aot" "${train[@]:1}" >>"$WORK/aot.log" 2>&1 &&
   [[ -s "$IMAGE_APP/seatdesk.aot" ]]; then
    # the launcher reads its options from this file; $APPDIR is lib/app wherever it is installed
    echo 'java-options=-XX:AOTCache=$APPDIR/seatdesk.aot' >> "$IMAGE_APP/$NAME.cfg"
    echo "==> start-up cache: $(du -sh "$IMAGE_APP/seatdesk.aot" | cut -f1) in $(elapsed "$start")"
else
    rm -f "$IMAGE_APP/seatdesk.aot" "$IMAGE_APP/seatdesk.aot.config"
    echo "==> WARNING: no start-up cache (see $WORK/aot.log); the console will start without it" >&2
fi
rm -rf "$TRAIN_DATA"
[[ "$TYPE" == app-image ]] && exit 0

# 4. The .deb, from that image. JavaFX's native libraries sit inside the jar, so jpackage cannot
#    see that they need GTK: name it. Needs fakeroot and dpkg-deb (Debian/Ubuntu).
for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install fakeroot dpkg" >&2; exit 1; }
done
start=$(date +%s)
# What the console's windows need that jpackage cannot see (JavaFX's native libraries sit inside
# the jar): GTK 3 and libXtst for its windows (libglassgtk3.so), libGL and libXxf86vm for the
# hardware pipeline (without them it falls back to the software one), CJK fonts for Chinese (boxes
# without them). The README's "Run it" names the same packages.
DESKTOP_DEPS="libgtk-3-0, libxtst6, libgl1, libxxf86vm1, fonts-noto-cjk"
rm -f "$OUT/${PKG}_"*.deb
"$BIN/jpackage" --type deb "${COMMON[@]}" --app-image "$OUT/$NAME" \
    --install-dir /opt --linux-package-name "$PKG" --linux-package-deps "$DESKTOP_DEPS" \
    --linux-app-category misc --linux-menu-group Office --linux-shortcut \
    --linux-deb-maintainer "seatdesk@localhost" --dest "$OUT"
echo "==> deb: $(ls "$OUT/${PKG}_"*.deb), $(du -sh "$OUT/${PKG}_"*.deb | cut -f1) in $(elapsed "$start")"
