#!/usr/bin/env bash
# Fuzzes kartlegg's readers of untrusted input with libFuzzer (issue 14).
#
# Builds the separate package in Fuzz/ with -sanitize=fuzzer,address, seeds each target from the
# test fixtures, and runs each for FUZZ_SECONDS (default 50; five targets, so about four minutes).
# A crash, a leak, an input slower than FUZZ_TIMEOUT seconds (default 5) or one needing more than
# 2 GB fails the run; the input is kept under Tests/fuzz/findings/TARGET/ — turn it into a
# fixture and a test, then delete it.
#
#   Tests/fuzz/run.sh                 # all targets
#   FUZZ_SECONDS=600 Tests/fuzz/run.sh FuzzAnswersFile
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${FUZZ_SECONDS:-50}
timeout_seconds=${FUZZ_TIMEOUT:-5}
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(FuzzSurveyLoader FuzzAnswersFile FuzzRoster FuzzXLIFF FuzzCondition)
fi

echo "== building Fuzz/ with -sanitize=fuzzer,address"
(cd Fuzz && swift build -c debug -Xswiftc -sanitize=fuzzer,address)
bin=$(cd Fuzz && swift build -c debug -Xswiftc -sanitize=fuzzer,address --show-bin-path)

work=$(mktemp -d /tmp/kartlegg-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT

seed() {
  local target=$1
  local corpus="$work/$target"
  mkdir -p "$corpus"
  case $target in
    FuzzSurveyLoader)
      cp Tests/KartleggXMLTests/Fixtures/*.xml surveys/digital-intake.xml "$corpus/" ;;
    FuzzAnswersFile)
      cp Tests/AssessmentTests/Profiles/*.json docs/examples/*.json "$corpus/" ;;
    FuzzRoster)
      find Benchmarks Tests docs -name '*.csv' -size -1M -exec cp {} "$corpus/" \; 2>/dev/null || true
      printf 'id,level,goal,industry\nA1,1,work,care\nB2,3,school,"it, data"\n' >"$corpus/small.csv" ;;
    FuzzXLIFF)
      cp locales/digital-intake/*.xlf "$corpus/"
      find Tests -name '*.xlf' -exec cp {} "$corpus/" \; ;;
    FuzzCondition)
      local index=0
      grep -ho 'relevant="[^"]*"\|test="[^"]*"\|when="[^"]*"' surveys/digital-intake.xml \
        | sed 's/^[a-z]*="//; s/"$//; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g; s/&apos;/'"'"'/g' \
        | sort -u | while IFS= read -r line; do
          index=$((index + 1))
          printf '%s' "$line" >"$corpus/condition-$index"
        done ;;
  esac
  # Fixtures found earlier by fuzzing are seeds too.
  if [ -d "Tests/fuzz/corpus/$target" ]; then cp Tests/fuzz/corpus/"$target"/* "$corpus/" 2>/dev/null || true; fi
}

failed=0
for target in "${targets[@]}"; do
  seed "$target"
  findings="$root/Tests/fuzz/findings/$target"
  mkdir -p "$findings"
  echo "== $target for ${seconds}s ($(ls "$work/$target" | wc -l) seeds)"
  if ! (cd "$work" && KARTLEGG_ROOT="$root" ASAN_OPTIONS=detect_leaks=0 "$bin/$target" \
    -max_total_time="$seconds" -timeout="$timeout_seconds" -rss_limit_mb=2048 \
    -max_len=262144 -artifact_prefix="$findings/" -print_final_stats=1 \
    "$work/$target" 2>"$work/$target.log"); then
    failed=1
    tail -30 "$work/$target.log"
    echo "!! $target: finding kept in $findings"
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$work/$target.log" | tr '\n' ' '
    echo
  fi
  rmdir "$findings" 2>/dev/null || true
done
rmdir "$root/Tests/fuzz/findings" 2>/dev/null || true
exit "$failed"
