# Shared by every benchmark (source it): the bench stack, recording figures into docs/benchmarks.md,
# and small helpers. The stack is started by the project's own launcher (./newsgraph) with its own
# state directory, ports and databases, so benchmarks run the services exactly as users do.
# shellcheck shell=bash

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="$BENCH_ROOT/bench"
BENCH_WORK="$BENCH_DIR/.work"
# Smoke runs (--quick) record into bench/.work/benchmarks-smoke.md, never over the real figures.
BENCH_DOC="${BENCH_DOC:-$BENCH_ROOT/docs/benchmarks.md}"
export BENCH_DOC
# The command line recorded with the figures: bench/run passes its own down to the benchmarks it runs.
BENCH_COMMAND="${BENCH_COMMAND:-${0#"$BENCH_ROOT"/} $*}"
export BENCH_COMMAND

# The launcher's knobs for the bench stack (any of them may be overridden from the environment).
export NEWSGRAPH_STATE_DIR="${NEWSGRAPH_STATE_DIR:-$BENCH_WORK}"
export NEWSGRAPH_GATEWAY_PORT="${NEWSGRAPH_GATEWAY_PORT:-18080}"
export NEWSGRAPH_ARTICLE_PORT="${NEWSGRAPH_ARTICLE_PORT:-18081}"
export NEWSGRAPH_ENTITY_PORT="${NEWSGRAPH_ENTITY_PORT:-18082}"
export NEWSGRAPH_DB_URL="${NEWSGRAPH_DB_URL:-jdbc:postgresql://127.0.0.1:5432}"
export NEWSGRAPH_DB_USER="${NEWSGRAPH_DB_USER:-postgres}"
export NEWSGRAPH_DB_PREFIX="${NEWSGRAPH_DB_PREFIX:-newsgraph_bench}"
export NEWSGRAPH_SKIP_SAMPLES=1
# The load generators are one client sending far more than any user; the gateway's cost budget per
# client is a policy, not overhead, so the bench stack measures capacity without it. The soak sets the
# production default back: that is what it tests.
export NEWSGRAPH_GATEWAY_LIMITS_COST_PER_CLIENT_PER_MINUTE="${NEWSGRAPH_GATEWAY_LIMITS_COST_PER_CLIENT_PER_MINUTE:-1000000000}"
export NEWSGRAPH_BUILD="${NEWSGRAPH_BUILD:-missing}"
# Readiness is polled often so that the start-up benchmark's "ready" time is within 0.1 s.
export NEWSGRAPH_READY_POLL="${NEWSGRAPH_READY_POLL:-0.1}"

export GATEWAY_URL="http://127.0.0.1:$NEWSGRAPH_GATEWAY_PORT"
export ARTICLE_URL="http://127.0.0.1:$NEWSGRAPH_ARTICLE_PORT"
export ENTITY_URL="http://127.0.0.1:$NEWSGRAPH_ENTITY_PORT"
export ARTICLE_DB="${NEWSGRAPH_DB_PREFIX}_article"
export ENTITY_DB="${NEWSGRAPH_DB_PREFIX}_entity"

BENCH_SERVICES=(article-service entity-service gateway)

die() { echo "bench: $*" >&2; exit 1; }

# A smoke run's figures go to bench/.work/benchmarks-smoke.md instead of docs/benchmarks.md.
smoke_run() {
  BENCH_DOC="$BENCH_WORK/benchmarks-smoke.md"
  export BENCH_DOC
}
info() { echo "==> $*" >&2; }

require_cmd() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' is needed and not installed (Debian: apt-get install $c)"
  done
}

now_ms() { date +%s%3N; }

# ---------------------------------------------------------------- the stack

launcher() { "$BENCH_ROOT/newsgraph" "$@"; }

# psql against the bench databases' server (host and port taken from NEWSGRAPH_DB_URL).
bench_psql() {
  local hostport="${NEWSGRAPH_DB_URL#jdbc:postgresql://}"
  hostport="${hostport%%/*}"
  PGPASSWORD="${NEWSGRAPH_DB_PASSWORD:-}" psql -X -v ON_ERROR_STOP=1 -q -h "${hostport%%:*}" \
    -p "${hostport##*:}" -U "$NEWSGRAPH_DB_USER" "$@"
}

drop_bench_databases() {
  require_cmd psql
  local db
  for db in "$ARTICLE_DB" "$ENTITY_DB"; do
    PGOPTIONS="-c client_min_messages=warning" bench_psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
      || die "could not drop database $db"
  done
  info "dropped $ARTICLE_DB and $ENTITY_DB"
}

# stack_up [--fresh]: the three services on the bench ports, ready; --fresh stops them and starts on
# empty databases. Exports GATEWAY_URL, ARTICLE_URL, ENTITY_URL, EDITOR_TOKEN and the *_PID variables.
stack_up() {
  local fresh=0
  case "${1:-}" in
    --fresh) fresh=1 ;;
    "") ;;
    *) die "stack_up: unknown option '$1'" ;;
  esac
  require_cmd java curl jq openssl
  mkdir -p "$BENCH_WORK"
  if (( fresh )); then
    stack_down
    drop_bench_databases
  fi
  launcher up >"$BENCH_WORK/launcher.out" 2>&1 \
    || { tail -n 20 "$BENCH_WORK/launcher.out" >&2; die "the bench stack did not start (launcher output: bench/.work/launcher.out)"; }
  stack_attach
}

stack_down() {
  launcher down >&2
}

stack_running() {
  local url
  for url in "$ARTICLE_URL" "$ENTITY_URL" "$GATEWAY_URL"; do
    curl -fsS --max-time 3 "$url/q/health/ready" >/dev/null 2>&1 || return 1
  done
}

# Uses a stack that is already up (fails with the reason when it is not).
stack_attach() {
  stack_running || die "the bench stack is not up on ports $NEWSGRAPH_GATEWAY_PORT/$NEWSGRAPH_ARTICLE_PORT/$NEWSGRAPH_ENTITY_PORT; start it with: bench/run --up"
  ARTICLE_PID="$(service_pid article-service)"
  ENTITY_PID="$(service_pid entity-service)"
  GATEWAY_PID="$(service_pid gateway)"
  EDITOR_TOKEN="$(launcher token)"
  export ARTICLE_PID ENTITY_PID GATEWAY_PID EDITOR_TOKEN
}

service_pid() {
  local file="$NEWSGRAPH_STATE_DIR/run/$1.pid" pid
  [[ -f "$file" ]] || die "no pid file for $1 ($file); was the stack started by bench?"
  pid="$(cat "$file")"
  kill -0 "$pid" 2>/dev/null || die "$1 (pid $pid) is not running"
  echo "$pid"
}

service_log() { echo "$NEWSGRAPH_STATE_DIR/logs/$1.log"; }

# Milliseconds from launching a service to its readiness answering, as the launcher recorded them.
service_startup_ms() {
  local run="$NEWSGRAPH_STATE_DIR/run"
  [[ -f "$run/$1.started-ms" && -f "$run/$1.ready-ms" ]] || die "no start/ready times recorded for $1"
  echo $(( $(cat "$run/$1.ready-ms") - $(cat "$run/$1.started-ms") ))
}

# Resident set size of a process in MiB (VmRSS from /proc).
rss_mib() {
  awk '/^VmRSS:/ { printf "%.1f\n", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || die "no process $1"
}

# ---------------------------------------------------------------- HTTP helpers

# gql QUERY [VARIABLES-JSON]: the gateway's JSON answer; fails on HTTP errors and GraphQL errors.
gql() {
  local body answer
  body="$(jq -cn --arg q "$1" --argjson v "${2:-{\}}" '{query: $q, variables: $v}')"
  answer="$(curl -fsS --max-time 60 -H 'Content-Type: application/json' --data "$body" "$GATEWAY_URL/graphql")" \
    || die "the gateway did not answer the query: $1"
  if jq -e '.errors | length > 0' <<<"$answer" >/dev/null; then
    die "the gateway answered with $(jq '.errors | length' <<<"$answer") error(s), the first: $(jq -c '.errors[0] | {message, path, code: .extensions.code}' <<<"$answer")"
  fi
  echo "$answer"
}

# gql_answers QUERY: true when the gateway answers the query without errors (for polling).
gql_answers() { (gql "$1" >/dev/null 2>&1); }

# metric BASE_URL SERIES-REGEX: the sum of the Prometheus samples whose line matches (0 when none).
# A sample may end in an exemplar (" # {span_id=..} 1.0 <timestamp>"): the value is the field before it.
metric() {
  curl -fsS --max-time 10 "$1/q/metrics" | awk -v re="$2" '$0 !~ /^#/ && $0 ~ re { sub(/ # .*/, ""); sum += $NF } END { printf "%.0f\n", sum }'
}

# poll_until TIMEOUT-S DESCRIPTION COMMAND...: runs COMMAND until it succeeds; dies after the deadline.
poll_until() {
  local timeout="$1" what="$2" deadline
  shift 2
  deadline=$((SECONDS + timeout))
  until "$@"; do
    (( SECONDS < deadline )) || die "timed out after ${timeout} s waiting for $what"
    sleep 0.2
  done
}

# ---------------------------------------------------------------- figures

# percentiles FILE P...: nearest-rank percentiles of the numbers in FILE (one a line), one per line.
percentiles() {
  local file="$1"
  shift
  sort -g "$file" | awk -v ps="$*" '
    { v[NR] = $1 }
    END {
      if (NR == 0) exit 1
      n = split(ps, p, " ")
      for (i = 1; i <= n; i++) { r = int((p[i] / 100) * NR + 0.999999); if (r < 1) r = 1; if (r > NR) r = NR; print v[r] }
    }'
}

# The JVM options the running gateway was started with (the launcher gives all three the same).
service_jvm_options() {
  local file="$NEWSGRAPH_STATE_DIR/run/gateway.pid" pid
  if [[ -f "$file" ]] && pid="$(cat "$file")" && [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' '\n' <"/proc/$pid/cmdline" | awk 'NR > 1 && $0 == "-jar" { exit } NR > 1 { printf "%s%s", sep, $0; sep = " " }'
  else
    echo "${NEWSGRAPH_JAVA_OPTS:-launcher defaults}"
  fi
}

machine_description() {
  local cpu mem os java pg
  cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
  [[ -n "$cpu" ]] || cpu="$(lscpu 2>/dev/null | awk -F': +' '/Model name/ { print $2; exit }')"
  mem="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  os="$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null), Linux $(uname -r)"
  java="$(java -version 2>&1 | head -n 1)"
  pg="$(bench_psql -d postgres -Atc "SELECT current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', autovacuum ' || current_setting('autovacuum')" 2>/dev/null || echo unknown)"
  echo "- Machine: ${cpu:-unknown CPU}, $(nproc) cores, $mem RAM, $os"
  echo "- Java: $java; services' JVM options: \`$(service_jvm_options)\`"
  echo "- PostgreSQL: $pg"
  # Other work on the machine inflates every timing; the load average says how much there was.
  echo "- Load average when recorded (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
}

BENCH_DOC_INTRO='# Benchmarks

Measured figures of Newsgraph (issue 7): gateway overhead, downstream calls per query, ingest,
search and listing at scale, start-up time and memory. Each section below is written by one benchmark
of [bench/](../bench/README.md), headed by the machine, the date and the exact command that produced
it; a later run of the same benchmark replaces its section.

Reproduce everything with one command from the repository root (needs PostgreSQL on 127.0.0.1:5432,
Java 17, `apt-get install wrk hey jq curl openssl postgresql-client`):

```sh
bench/run            # the whole suite; bench/run --quick for a smoke run; bench/run gateway for one
```
'

# record SECTION-ID TITLE MARKDOWN-FILE: writes the section into $BENCH_DOC between its
# markers, replacing an older run of the same section and keeping everything else.
record() {
  local id="$1" title="$2" content="$3" section tmp
  [[ "$id" =~ ^[a-z0-9-]+$ ]] || die "record: section id must be lower-case letters, digits and dashes: '$id'"
  [[ -f "$content" ]] || die "record: no such file: $content"
  mkdir -p "$BENCH_WORK"
  section="$(mktemp "$BENCH_WORK/section.XXXXXX")"
  {
    echo "<!-- bench:$id -->"
    echo "## $title"
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Command: \`${BENCH_COMMAND% }\`"
    machine_description
    echo
    cat "$content"
    echo "<!-- /bench:$id -->"
  } >"$section"
  (
    # benchmarks may record at the same time; one writer at a time
    flock 9
    [[ -f "$BENCH_DOC" ]] || printf '%s' "$BENCH_DOC_INTRO" >"$BENCH_DOC"
    tmp="$(mktemp "$BENCH_WORK/benchmarks.XXXXXX")"
    awk -v start="<!-- bench:$id -->" -v end="<!-- /bench:$id -->" -v file="$section" '
      function emit(  line) { while ((getline line < file) > 0) print line; close(file); done = 1 }
      $0 == start { emit(); skipping = 1; next }
      skipping && $0 == end { skipping = 0; next }
      !skipping { print }
      END { if (!done) { print ""; emit() } }
    ' "$BENCH_DOC" >"$tmp"
    mv "$tmp" "$BENCH_DOC"
  ) 9>"$BENCH_WORK/record.lock"
  rm -f "$section"
  info "recorded section '$id' in ${BENCH_DOC#"$BENCH_ROOT"/}"
}
