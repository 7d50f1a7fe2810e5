#!/bin/sh
# Golden end-to-end runs: every file in samples/ through `twice --format`
# json, text, github and rdjsonl, and text with `--color always` (default
# options otherwise), stdout and exit code compared with
# tests/e2e/golden/<name>.json, <name>.txt, <name>.github, <name>.rdjsonl,
# <name>.color.txt and <name>.exit. (SARIF is checked against its schema by
# tests/sarif_schema_test.py; HTML by tests/html_test.cc and
# tests/html_chromium_test.py.)
#
#   run_golden.sh TWICE_BINARY REPO_ROOT
#   TWICE_UPDATE_GOLDEN=1 run_golden.sh ...   rewrites the golden files instead
#   TWICE_GOLDEN_FORMATS="text-color" ...     only these kinds (default: all)
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 TWICE_BINARY REPO_ROOT" >&2
  exit 2
fi
twice=$1
case "$twice" in /*) ;; *) twice="$(pwd)/$twice" ;; esac
cd "$2"
golden=tests/e2e/golden
update=${TWICE_UPDATE_GOLDEN:-0}

if [ ! -x "$twice" ]; then
  echo "run_golden: $twice is not an executable" >&2
  exit 2
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
[ "$update" = 1 ] && mkdir -p "$golden"

passed=0
failed=0
LC_ALL=C
export LC_ALL
for sample in samples/*; do
  [ -f "$sample" ] || continue
  name=${sample#samples/}
  expected_exit=""
  if [ -f "$golden/$name.exit" ]; then
    expected_exit=$(sed -n 1p "$golden/$name.exit")
  fi
  update_exit=""
  for format in ${TWICE_GOLDEN_FORMATS:-json text github rdjsonl text-color}; do
    case "$format" in
      text) ext=txt; options="--format text" ;;
      text-color) ext=color.txt; options="--format text --color always" ;;
      *) ext=$format; options="--format $format" ;;
    esac
    out="$scratch/$name.$ext"
    err="$scratch/$name.$ext.stderr"
    status=0
    # shellcheck disable=SC2086 # $options is a list of words
    "$twice" $options "$sample" >"$out" 2>"$err" || status=$?

    if [ "$update" = 1 ]; then
      cp "$out" "$golden/$name.$ext"
      if [ -n "$update_exit" ] && [ "$update_exit" != "$status" ]; then
        echo "FAIL $sample ($format): exit code $status, but $update_exit with --format json"
        failed=$((failed + 1))
        continue
      fi
      update_exit=$status
      if [ "$status" -gt 1 ] && [ -s "$err" ]; then
        echo "warning: twice exited $status on $sample:"
        cat "$err"
      fi
      printf '%s\n' "$status" >"$golden/$name.exit"
      echo "updated $golden/$name.$ext (exit $status)"
      passed=$((passed + 1))
      continue
    fi

    ok=1
    if [ ! -f "$golden/$name.$ext" ] || [ ! -f "$golden/$name.exit" ]; then
      echo "FAIL $sample ($format): no golden file; generate with TWICE_UPDATE_GOLDEN=1"
      ok=0
    else
      if [ "$status" != "$expected_exit" ]; then
        echo "FAIL $sample ($format): exit code $status, expected $expected_exit"
        ok=0
      fi
      if ! cmp -s "$golden/$name.$ext" "$out"; then
        echo "FAIL $sample ($format): output differs from $golden/$name.$ext"
        diff -u "$golden/$name.$ext" "$out" || true
        ok=0
      fi
    fi
    if [ "$ok" = 1 ]; then
      echo "ok   $sample ($format)"
      passed=$((passed + 1))
    else
      if [ -s "$err" ]; then
        echo "---- stderr of twice:"
        cat "$err"
      fi
      failed=$((failed + 1))
    fi
  done
done

if [ "$update" = 1 ]; then
  echo "rewrote the golden files in $golden (TWICE_UPDATE_GOLDEN=1); review them before committing"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
