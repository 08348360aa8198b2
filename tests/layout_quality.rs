//! Every corpus diagram is drawn without a defect, measured from the BPMN DI the way the layout
//! bench measures bpmn-auto-layout's: no shapes or labels overlapping, no flow through a shape or
//! a label, no flow docked on the side away from where it goes; and the placement's own checks
//! (`layout::check::problems`) find nothing. No two flows cross either.

use reglament::bpmn::quality::{Quality, measure};
use reglament::bpmn::write;
use reglament::layout::{graph, place, place::problems};

#[test]
fn the_corpus_drawings_have_no_defects() {
    let mut files: Vec<_> = std::fs::read_dir("reglaments")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut all = Quality::default();
    for f in &files {
        let doc = reglament::parse_file(f, None).unwrap();
        for mut d in graph::diagrams(&doc) {
            place(&mut d);
            assert_eq!(
                problems(&d),
                Vec::<String>::new(),
                "{} {}",
                f.display(),
                d.id
            );
            let q = measure(&d.id, &write(&d)).unwrap();
            assert!(q.is_sound(), "{} {}: {q:?}", f.display(), d.id);
            assert_eq!(q.widest, d.pool.w);
            all.add(&q);
        }
    }
    assert_eq!(all.diagrams, 68);
    assert_eq!(
        (all.overlaps, all.edge_shape, all.edge_label, all.wrong_way),
        (0, 0, 0, 0)
    );
}
