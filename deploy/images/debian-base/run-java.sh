#!/bin/sh
# The JVM launcher the services' Dockerfile.jvm runs (ENTRYPOINT), at the path the UBI OpenJDK images
# have theirs, reading the same variables: the heap is JAVA_MAX_MEM_RATIO percent of the container's
# memory limit (the JVM reads the limit from the cgroup), then JAVA_OPTS and JAVA_OPTS_APPEND, then
# JAVA_APP_JAR with the container's arguments. Only what the Dockerfiles use is implemented.
set -eu
: "${JAVA_APP_JAR:?JAVA_APP_JAR names the jar to run}"
# shellcheck disable=SC2086 # the option variables are lists of words
exec java -XX:MaxRAMPercentage="${JAVA_MAX_MEM_RATIO:-50}" -XX:+ExitOnOutOfMemoryError \
  ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} -jar "$JAVA_APP_JAR" "$@"
