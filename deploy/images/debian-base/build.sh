#!/bin/sh
# Builds a local stand-in for the JVM images' base (registry.access.redhat.com/ubi9/openjdk-17-runtime)
# from Debian packages alone, for machines that reach no image registry: Debian bookworm with
# openjdk-17-jre-headless, user and group 185 (the manifests' runAsUser/runAsGroup), /deployments owned
# by them, and run-java.sh at the UBI image's path. Then, e.g.:
#
#   deploy/images/debian-base/build.sh
#   podman build --build-arg BASE_IMAGE=localhost/newsgraph/debian-openjdk-17-runtime:bookworm \
#     -f gateway/src/main/docker/Dockerfile.jvm -t newsgraph/gateway:0.1.0-SNAPSHOT gateway
#
# Needs root (or mmdebstrap's unshare mode), mmdebstrap and podman or docker (CONTAINER_ENGINE).
# IMAGE names the result; DEBIAN_MIRROR picks another Debian mirror.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
engine=${CONTAINER_ENGINE:-podman}
image=${IMAGE:-localhost/newsgraph/debian-openjdk-17-runtime:bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
arch=$(dpkg --print-architecture)
rootfs=$(mktemp --suffix=.tar)
trap 'rm -f "$rootfs"' EXIT

# Documentation and manual pages are left out (dpkg path-exclude); the JRE's post-installation
# registers its manual page with update-alternatives, which fails unless man1 exists. apt's lists and
# caches are removed by mmdebstrap's own clean-up.
mmdebstrap --variant=apt --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='chroot "$1" groupadd --gid 185 jboss' \
  --customize-hook='chroot "$1" useradd --uid 185 --gid 185 --home-dir /home/jboss --create-home --shell /usr/sbin/nologin jboss' \
  --customize-hook='mkdir -p "$1/deployments" "$1/opt/jboss/container/java/run" && chown 185:185 "$1/deployments"' \
  --customize-hook="copy-in $here/run-java.sh /opt/jboss/container/java/run" \
  --customize-hook='chmod 755 "$1/opt/jboss/container/java/run/run-java.sh"' \
  bookworm "$rootfs" "$mirror"

"$engine" import \
  --change 'ENV LANG=C.UTF-8' \
  --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$arch' \
  --change 'WORKDIR /deployments' \
  --change 'USER 185' \
  --change 'ENTRYPOINT ["/opt/jboss/container/java/run/run-java.sh"]' \
  "$rootfs" "$image"
echo "Built $image"
