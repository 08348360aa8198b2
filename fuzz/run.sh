#!/usr/bin/env bash
# Build the libFuzzer target on the stable toolchain and fuzz the whole pipeline.
# Usage: fuzz/run.sh [SECONDS] [extra libFuzzer flags...]   (default 1800 s). See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-1800}"
shift || true

# The flags cargo-fuzz passes, minus the sanitizer (-Zsanitizer needs nightly): SanitizerCoverage
# is an LLVM pass reachable through the stable -C passes / -C llvm-args options. The explicit
# --target keeps these flags off build scripts and proc macros, which cannot link the sancov hooks.
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing"
target="$(rustc -vV | sed -n 's/^host: //p')"
cargo build --release --target "$target" --bin pipeline

# Seeds: the four real acts, each cut into its regulations (small inputs mutate faster), and
# every committed bad input.
mkdir -p corpus/pipeline seeds artifacts logs
python3 - <<'PY'
import glob, os, re
for f in sorted(glob.glob('../reglaments/*.txt')):
    data = open(f, 'rb').read()
    base = os.path.basename(f)
    open(os.path.join('seeds', base), 'wb').write(data)
    lines = data.decode('utf-8', 'replace').split('\n')
    cuts = [i for i, l in enumerate(lines)
            if re.search(r'к постановлению|қаулысына|Регламент государственной услуги|қызмет регламенті', l)]
    cuts = sorted(set([0] + cuts + [len(lines)]))
    for a, b in zip(cuts, cuts[1:]):
        chunk = '\n'.join(lines[a:b])
        if len(chunk) > 200:
            open(os.path.join('seeds', f'{base[:3]}-{a}.txt'), 'w').write(chunk)
PY
cp ../tests/bad/* seeds/

exec timeout "$((secs + 100))" "./target/$target/release/pipeline" corpus/pipeline seeds \
  -dict=reglament.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -max_total_time="$secs" -artifact_prefix=artifacts/ -print_final_stats=1 "$@"
