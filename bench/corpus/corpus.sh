# Feeding the benchmark corpus to the bench stack: generation streamed into batch files, concurrent batch
# POSTs, waiting until the entity service has analysed everything, and what part of the corpus the stack
# holds. Sourced by bench/ingest/run and bench/scale/run after bench/lib/common.sh.
# shellcheck shell=bash

CORPUS_JAVA="$BENCH_DIR/corpus/ArticleCorpus.java"
CORPUS_SEED="${CORPUS_SEED:-42}"
# Batch lookups take at most 500 ids (docs/service-contracts.md).
STATUS_CHUNK=500

# corpus_generate FROM COUNT BATCH DIR: starts writing corpus articles FROM..FROM+COUNT-1 into
# DIR/batch-00000.ndjson, ... (BATCH lines each) in the background. Each file appears (renamed) only once
# complete, so posting can start while later batches are still being generated. Sets CORPUS_GEN_PID.
corpus_generate() {
  local from="$1" count="$2" batch="$3" dir="$4"
  mkdir -p "$dir"
  rm -f "$dir"/batch-* "$dir/.complete" "$dir/.failed"
  (
    if java "$CORPUS_JAVA" --seed "$CORPUS_SEED" --from "$from" --count "$count" \
        | split -l "$batch" -d -a 5 --filter='cat >"$FILE.part" && mv "$FILE.part" "$FILE.ndjson"' - "$dir/batch-"; then
      touch "$dir/.complete"
    else
      touch "$dir/.failed"
    fi
  ) &
  CORPUS_GEN_PID=$!
}

corpus_batch_count() { echo $(( ($1 + $2 - 1) / $2 )); }

corpus_batch_file() { printf '%s/batch-%05d.ndjson' "$1" "$2"; }

# corpus_await_batch DIR B: waits until batch B is complete; dies when the generator failed.
corpus_await_batch() {
  local file
  file="$(corpus_batch_file "$1" "$2")"
  until [[ -f "$file" ]]; do
    [[ -f "$1/.failed" ]] && die "generating the corpus failed (java $CORPUS_JAVA)"
    [[ -f "$1/.complete" ]] && die "the corpus generator finished without batch $2 ($file)"
    sleep 0.1
  done
}

corpus_await_all() {
  until [[ -f "$1/.complete" ]]; do
    [[ -f "$1/.failed" ]] && die "generating the corpus failed (java $CORPUS_JAVA)"
    sleep 0.2
  done
}

# post_one FILE: POSTs one NDJSON batch; writes FILE.answer and FILE.ack (http code, created, duplicates,
# errors, seconds, end time in ms). Fails when the answer is not 200 or not every line was created.
post_one() {
  local file="$1" lines code seconds
  lines="$(wc -l <"$file")"
  read -r code seconds < <(curl -sS --max-time 900 -o "$file.answer" -w '%{http_code} %{time_total}\n' \
    -H "Authorization: Bearer $EDITOR_TOKEN" -H 'Content-Type: application/x-ndjson; charset=UTF-8' \
    --data-binary "@$file" "$ARTICLE_URL/articles/batch") || { echo "curl failed" >"$file.error"; return 1; }
  if [[ "$code" != 200 ]]; then
    echo "HTTP $code: $(head -c 300 "$file.answer")" >"$file.error"
    return 1
  fi
  jq -r --arg lines "$lines" --arg s "$seconds" --arg endms "$(now_ms)" \
    '"\(.created) \(.duplicates) \(.errors) \($s) \($endms) \($lines)"' "$file.answer" >"$file.ack"
  local created
  created="$(jq -r '.created' "$file.answer")"
  if [[ "$created" != "$lines" ]]; then
    echo "$created of $lines created: $(jq -c '[.results[] | select(.outcome != "CREATED")][0:3]' "$file.answer")" >"$file.error"
    return 1
  fi
  jq -r '.results[].articleId' "$file.answer" >"$file.ids"
}

# post_batches DIR BATCHES CONCURRENCY: posts every batch as soon as it is generated, CONCURRENCY at a
# time, and dies on the first failure. Appends the new article ids to DIR/ids.txt and the answer of each
# batch to DIR/acks.txt ("created duplicates errors seconds end-ms lines"); deletes each batch once done.
post_batches() {
  local dir="$1" batches="$2" concurrency="$3" b job
  : >"$dir/ids.txt"
  : >"$dir/acks.txt"
  local -a running=()
  for ((b = 0; b < batches; b++)); do
    corpus_await_batch "$dir" "$b"
    while (( ${#running[@]} >= concurrency )); do
      collect_batch "$dir" "${running[0]}"
      running=("${running[@]:1}")
    done
    post_one "$(corpus_batch_file "$dir" "$b")" &
    running+=("$!:$b")
  done
  for job in "${running[@]}"; do
    collect_batch "$dir" "$job"
  done
}

# collect_batch DIR PID:BATCH: waits for one posting job and checks its result.
collect_batch() {
  local dir="$1" pid="${2%%:*}" b="${2##*:}" file
  file="$(corpus_batch_file "$dir" "$b")"
  if ! wait "$pid"; then
    die "batch $b (POST $ARTICLE_URL/articles/batch) failed: $(cat "$file.error" 2>/dev/null || echo unknown)"
  fi
  cat "$file.ack" >>"$dir/acks.txt"
  cat "$file.ids" >>"$dir/ids.txt"
  rm -f "$file" "$file.answer" "$file.ack" "$file.ids"
  local posted
  posted="$(wc -l <"$dir/ids.txt")"
  if (( b % 10 == 9 )); then
    info "posted $posted articles"
  fi
}

# analysis_counters: "stored tokens" from the entity service's counters (0 before its first analysis).
analysis_counters() {
  local text
  text="$(curl -fsS --max-time 10 "$ENTITY_URL/q/metrics")" || die "the entity service's metrics ($ENTITY_URL/q/metrics) did not answer"
  awk '
    { sub(/ # .*/, "") }  # an OpenMetrics exemplar follows a value
    /^newsgraph_analysis_outcomes_total[{].*outcome="stored"/ { stored += $NF }
    /^newsgraph_analysis_tokens_total / { tokens += $NF }
    END { printf "%.0f %.0f\n", stored, tokens }' <<<"$text"
}

# wait_entity_idle TIMEOUT-S: waits until the entity service's analysis counter stands still for 3 s, so
# that a measurement does not include earlier work.
wait_entity_idle() {
  local deadline=$((SECONDS + $1)) last="" now stable=0
  while (( stable < 3 )); do
    (( SECONDS < deadline )) || die "the entity service was still analysing earlier articles after $1 s"
    now="$(analysis_counters)"
    if [[ "$now" == "$last" ]]; then stable=$((stable + 1)); else stable=0; fi
    last="$now"
    sleep 1
  done
}

# analysis_pending IDS-FILE PENDING-FILE: asks the entity service for the status of every id in batches of
# 500; writes the ids that are not DONE yet to PENDING-FILE and prints "done failed latest-analyzedAt-ms".
analysis_pending() {
  local ids="$1" pending="$2" chunk answer done=0 failed=0 latest=0 d f l
  : >"$pending"
  while IFS= read -r chunk; do
    [[ -n "$chunk" ]] || continue
    answer="$(curl -fsS --max-time 60 "$ENTITY_URL/articles/analysis?ids=${chunk%,}")" \
      || die "GET $ENTITY_URL/articles/analysis failed"
    jq -r '(.items[] | select(.status != "DONE") | .articleId), .missing[]' <<<"$answer" >>"$pending"
    read -r d f l < <(jq -r '
      def ms: (sub("\\.[0-9]+Z$"; "Z") | fromdateiso8601) * 1000
              + ((capture("\\.(?<f>[0-9]+)Z$") // {f: "0"}).f | .[0:3] | . + "000"[length:] | tonumber);
      [ (.items | map(select(.status == "DONE")) | length),
        (.items | map(select(.status == "FAILED")) | length),
        ([.items[] | select(.status == "DONE" and .analyzedAt != null) | .analyzedAt | ms] | max // 0) ] | @tsv' <<<"$answer")
    done=$((done + d)); failed=$((failed + f)); (( l > latest )) && latest=$l
  done < <(awk -v n="$STATUS_CHUNK" '{ printf "%s%s", $0, (NR % n ? "," : "\n") } END { if (NR % n) print "" }' "$ids")
  echo "$done $failed $latest"
}

# wait_analysed IDS-FILE STORED-BEFORE START-MS TIMEOUT-S: follows the entity service's "stored" counter
# (printing progress, rate and ETA) until it has grown by the number of ids, then checks every id's
# analysis status until all are DONE. Sets ANALYSED_MS (the latest analyzedAt, epoch ms) and
# ANALYSED_SEEN_MS (when this script saw it).
wait_analysed() {
  local ids="$1" before="$2" start="$3" timeout="$4" total deadline stored tokens done last_report=0 interval d f latest
  total="$(wc -l <"$ids")"
  deadline=$((SECONDS + timeout))
  interval=$(( total >= 5000 ? 15 : 3 ))
  local pending="$ids.pending" remaining="$ids" latest_seen=0 previous=-1 changed=$SECONDS
  while :; do
    read -r stored tokens < <(analysis_counters)
    done=$((stored - before))
    if (( done != previous )); then
      previous=$done
      changed=$SECONDS
    fi
    if (( SECONDS - last_report >= interval )); then
      last_report=$SECONDS
      progress_line "$done" "$total" "$start"
    fi
    # no progress for a minute: say why (failed articles are retried with back-off)
    if (( done < total && SECONDS - changed >= 60 )); then
      changed=$SECONDS
      read -r d f latest < <(analysis_pending "$remaining" "$pending")
      info "no analysis finished for a minute: $d of $(wc -l <"$remaining") checked articles DONE, $f FAILED (retried by the entity service)"
    fi
    if (( done >= total )); then
      read -r d f latest < <(analysis_pending "$remaining" "$pending")
      (( latest > latest_seen )) && latest_seen=$latest
      if [[ ! -s "$pending" ]]; then
        ANALYSED_SEEN_MS="$(now_ms)"
        ANALYSED_MS="$latest_seen"
        return 0
      fi
      cp "$pending" "$ids.remaining"
      remaining="$ids.remaining"
      info "$(wc -l <"$remaining") articles not DONE yet ($f failed, retried by the entity service)"
    fi
    (( SECONDS < deadline )) || die "not all $total articles were analysed within $timeout s (counter: $done stored)"
    sleep 1
  done
}

progress_line() {
  local done="$1" total="$2" start="$3" elapsed rate eta
  elapsed=$(( $(now_ms) - start ))
  rate="$(awk -v d="$done" -v e="$elapsed" 'BEGIN { printf "%.1f", (e > 0 ? d * 1000 / e : 0) }')"
  eta="$(awk -v d="$done" -v t="$total" -v r="$rate" 'BEGIN { if (r > 0 && t > d) printf "%d min %02d s", (t - d) / r / 60, ((t - d) / r) % 60; else printf "-" }')"
  info "analysed $done/$total ($(( total > 0 ? 100 * done / total : 100 )) %), $rate articles/s, ETA $eta"
}

# corpus_size: K when the article service holds exactly corpus articles 0..K-1 (of CORPUS_SEED), read from
# its count and the newest article's url (corpus urls end in -<seed hex>-<index>; publication time grows
# with the index). Dies when the store holds anything else.
corpus_size() {
  local page total url suffix index
  page="$(curl -fsS --max-time 30 "$ARTICLE_URL/articles?limit=1")" || die "GET $ARTICLE_URL/articles failed"
  total="$(jq -r .totalCount <<<"$page")"
  (( total == 0 )) && { echo 0; return; }
  url="$(jq -r '.items[0].url // ""' <<<"$page")"
  suffix="$(printf '%x' $((CORPUS_SEED & 0xffff)))"
  [[ "$url" =~ -${suffix}-([0-9]+)$ ]] || die "the article store holds $total articles that are not (all) corpus articles of seed $CORPUS_SEED (newest: ${url:-no url}); use a fresh stack (bench/run --fresh)"
  index="${BASH_REMATCH[1]}"
  (( index == total - 1 )) || die "the article store holds $total articles but the newest is corpus article $index: not exactly articles 0..$((total - 1)); use a fresh stack (bench/run --fresh)"
  echo "$total"
}

# cpu_seconds PID: user + system CPU time of a process so far.
cpu_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f\n", ($12 + $13) / tck }' "/proc/$1/stat" 2>/dev/null \
    || die "no process $1"
}

# fmt_int N: 12345 -> 12,345
fmt_int() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
