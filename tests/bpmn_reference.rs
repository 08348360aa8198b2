//! The generated BPMN of hand-checked regulations must equal the frozen files in bpmn/reference/.
//!
//! Each reference was read against the regulation text before it was frozen (see
//! bpmn/reference/README.md). To re-freeze after an intended change, run with
//! `REGLAMENT_BLESS_REFERENCE=1` and review the diff against the regulation again.

use std::path::Path;

use reglament::bpmn::write;
use reglament::layout::{diagrams, place};

/// (corpus file, diagram id) of every frozen reference.
const REFERENCES: [(&str, &str); 4] = [
    ("000_6f385fbdd640c006", "R1_provider"),
    ("000_6f385fbdd640c006", "R3_portal"),
    ("002_2973bc44dfc7985a", "R1_provider"),
    ("003_1c2847d2c07c60cf", "R1_portal"),
];

#[test]
fn generated_bpmn_matches_the_hand_checked_references() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("REGLAMENT_BLESS_REFERENCE").is_some();
    for (stem, id) in REFERENCES {
        // A relative path (cargo runs tests from the package root) keeps the checkout's location
        // out of the `file` attributes, so the references hold on any machine.
        let doc =
            reglament::parse_file(Path::new(&format!("reglaments/{stem}.txt")), None).unwrap();
        let mut d = diagrams(&doc)
            .into_iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("{stem} has no diagram {id}"));
        place(&mut d);
        let xml = write(&d);
        let path = root.join(format!("bpmn/reference/{stem}_{id}.bpmn"));
        if bless {
            std::fs::write(&path, &xml).unwrap();
            continue;
        }
        let frozen =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if frozen != xml {
            let (n, (want, got)) = frozen
                .lines()
                .zip(xml.lines())
                .enumerate()
                .find(|(_, (a, b))| a != b)
                .unwrap_or((
                    frozen.lines().count().min(xml.lines().count()),
                    ("<end>", "<end>"),
                ));
            panic!(
                "{} differs from the generated BPMN at line {}:\n  frozen:    {want}\n  generated: {got}",
                path.display(),
                n + 1
            );
        }
    }
}
