# Everyday recipes; each is a plain command you can also type yourself.

# Build the справочник and report for reglaments/ into output/.
build:
    cargo run --release

# Every test, with the external BPMN validators (installs them first).
test:
    bash scripts/test.sh

# Print the parsed model of a file as JSON.
parse FILE:
    cargo run --release -- parse --format json {{FILE}}

# Parse throughput on the bundled corpus.
bench:
    cargo bench --bench parse

fmt:
    cargo fmt --all

lint:
    cargo clippy --all-targets -- -D warnings
