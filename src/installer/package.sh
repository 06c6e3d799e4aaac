#!/usr/bin/env bash
# Builds LicenseDesk as an installable application with the JDK's jlink and jpackage: a trimmed Java runtime, a
# self-contained app image (target/installer/licensedesk/, launcher bin/licensedesk), and a .deb where fakeroot and
# dpkg-deb exist. Run by `mvn -Pinstaller package` (pom.xml), which first copies the jar and its runtime
# dependencies into target/installer/input.
#   usage: package.sh BUILD_DIR MAIN_JAR VERSION ICON
set -euo pipefail
build="$1"; main_jar="$2"; version="$3"; icon="$4"
out="$build/installer"
input="$out/input"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
jlink="${java_bin}jlink"
jpackage="${java_bin}jpackage"

# What the app and its libraries use: the desktop (AWT images for PNG export), JDBC (H2, Flyway), JNDI and JMX (H2),
# XML (Logback's configuration), sun.misc.Unsafe (JavaFX), and the locale data of the two languages the window speaks.
modules="java.base,java.desktop,java.sql,java.naming,java.management,java.logging,java.xml,java.scripting"
modules="$modules,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.charsets,jdk.zipfs"

rm -rf "$out/runtime" "$out/licensedesk" "$out"/*.deb
"$jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$out/runtime"

"$jpackage" --type app-image --dest "$out" --name licensedesk --app-version "$version" \
    --vendor "LicenseDesk" --description "Desktop tool for reviewers of dual-use export-licence applications" \
    --icon "$icon" --input "$input" --main-jar "$main_jar" --main-class org.licensedesk.app.Launcher \
    --runtime-image "$out/runtime" --java-options "-Xmx1g" --java-options "-Dh2.bindAddress=127.0.0.1"
echo "app image: $out/licensedesk (run $out/licensedesk/bin/licensedesk)"

if command -v fakeroot > /dev/null && command -v dpkg-deb > /dev/null; then
    "$jpackage" --type deb --dest "$out" --app-image "$out/licensedesk" --name licensedesk \
        --app-version "$version" --vendor "LicenseDesk" \
        --description "Desktop tool for reviewers of dual-use export-licence applications" \
        --linux-package-name licensedesk --linux-shortcut --linux-menu-group Office --linux-app-category misc \
        --icon "$icon" --install-dir /opt
    echo "package: $(ls "$out"/*.deb)"
else
    echo "no .deb: jpackage needs fakeroot and dpkg-deb (apt-get install fakeroot; dpkg-deb comes with dpkg)"
fi
