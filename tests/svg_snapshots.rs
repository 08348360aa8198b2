//! Byte-for-byte snapshots of the SVG for hand-built diagrams. Review a change by eye (open the
//! .svg in a browser), then regenerate with `UPDATE_SNAPSHOTS=1 cargo test --test svg_snapshots`.

mod svg_fixtures;

use std::path::PathBuf;

use reglament::layout::Diagram;
use reglament::svg::{self, SvgOptions};

fn check(name: &str, d: &Diagram, opts: &SvgOptions) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.svg"));
    let got = svg::render(d, opts);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; create it with UPDATE_SNAPSHOTS=1", path.display()));
    if got != want {
        let diff = similar::TextDiff::from_lines(&want, &got);
        let changes: String = diff
            .unified_diff()
            .context_radius(1)
            .header("snapshot", "rendered")
            .to_string()
            .lines()
            .take(40)
            .collect::<Vec<_>>()
            .join("\n");
        panic!(
            "{} differs (UPDATE_SNAPSHOTS=1 to accept):\n{changes}",
            path.display()
        );
    }
}

#[test]
fn russian_provider() {
    check(
        "svg_russian_provider",
        &svg_fixtures::russian(),
        &SvgOptions::default(),
    );
}

#[test]
fn kazakh_state_corp() {
    check(
        "svg_kazakh_state_corp",
        &svg_fixtures::kazakh(),
        &SvgOptions::default(),
    );
}

#[test]
fn kazakh_electronic_legend() {
    check(
        "svg_kazakh_electronic",
        &svg_fixtures::kazakh(),
        &SvgOptions {
            electronic: true,
            ..SvgOptions::default()
        },
    );
}
