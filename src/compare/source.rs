//! Which text an edited diagram was drawn from, and which of its regulation channels it draws.
//!
//! The text is the one named on the command line, else the one `rg:diagram` names (looked for
//! from the working directory and from the folders above the BPMN file, as a build writes
//! `output/<act>/<regulation>/`), else, when the editor dropped the extensions, the file of
//! `reglaments/` whose act the process id carries. The diagram is the one with the file's
//! process id, else with its diagram id, else the one whose ids its nodes carry.

use std::path::{Path, PathBuf};

use crate::bpmn::Edited;
use crate::bpmn::matching::{Key, pair};
use crate::error::Error;
use crate::layout::diagram::{Diagram, act_scope};
use crate::layout::graph;
use crate::parse::Sourced;
use crate::text::Encoding;

/// The folder looked in when neither the command nor the file names the text.
const DEFAULT_TEXTS: &str = "reglaments";

/// The text, its regulation and the diagram of it the edited file draws.
#[derive(Debug)]
pub struct Drawn {
    pub sourced: Sourced,
    /// Index into the document's regulations.
    pub reglament: usize,
    /// The diagram the text draws, without geometry.
    pub expected: Diagram,
}

/// The path of the text to compare with.
pub fn text_path(edited: &Edited, bpmn: &Path, text: Option<&Path>) -> Result<PathBuf, Error> {
    if let Some(t) = text {
        return Ok(t.to_path_buf());
    }
    let name = bpmn.display().to_string();
    if let Some(origin) = &edited.origin {
        let named = Path::new(&origin.file);
        let mut tried = vec![named.to_path_buf()];
        if named.is_relative() {
            let dir = bpmn.parent().unwrap_or(Path::new(""));
            tried.extend(dir.ancestors().skip(1).map(|a| a.join(named)));
        }
        return tried.into_iter().find(|p| p.is_file()).ok_or_else(|| {
            Error::new(
                &name,
                None,
                format!(
                    "the diagram was drawn from {}, which is not there; name the text: \
                     reglament compare {name} TEXT",
                    origin.file
                ),
            )
        });
    }
    let (files, _) = crate::inputs::collect(&[PathBuf::from(DEFAULT_TEXTS)]);
    files
        .into_iter()
        .find(|f| {
            let act = act_scope(&f.display().to_string());
            !act.is_empty() && edited.scope.starts_with(&format!("{act}_"))
        })
        .ok_or_else(|| {
            Error::new(
                &name,
                None,
                format!(
                    "the diagram does not say which text it was drawn from (its rg:diagram is gone) \
                     and no file of {DEFAULT_TEXTS}/ has its act; name the text: reglament compare {name} TEXT"
                ),
            )
        })
}

/// Parses the text at `path` and finds the regulation channel `edited` draws.
pub fn locate(
    edited: &Edited,
    bpmn: &str,
    path: &Path,
    encoding: Option<Encoding>,
) -> Result<Drawn, Error> {
    let sourced = crate::parse::parse_file_sourced(path, encoding)?;
    let doc = &sourced.document;
    let mut candidates: Vec<(usize, Diagram)> = Vec::new();
    for (r, reg) in doc.reglaments.iter().enumerate() {
        for list in graph::diagram_lists(reg)
            .into_iter()
            .filter(|l| l.items.len() <= crate::layout::MAX_DIAGRAM_STEPS)
        {
            candidates.push((r, graph::build_at(r + 1, &doc.file, reg, list)));
        }
    }
    let chosen = choose(edited, &candidates).ok_or_else(|| {
        Error::new(
            bpmn,
            None,
            format!(
                "no regulation channel of {} draws this diagram (process {}): name the text it was drawn from",
                doc.file,
                if edited.scope.is_empty() {
                    "without an id"
                } else {
                    &edited.scope
                }
            ),
        )
    })?;
    let (reglament, expected) = candidates.swap_remove(chosen);
    Ok(Drawn {
        sourced,
        reglament,
        expected,
    })
}

/// The candidate the edited file draws: same process id; else, among the diagrams that share
/// at least half their steps' words with it (a text copy elsewhere has another act in its ids,
/// and another text may reuse the same diagram ids), the same diagram id; the process id ending
/// in the diagram id; the most node ids of the diagram; the most steps in common.
fn choose(edited: &Edited, candidates: &[(usize, Diagram)]) -> Option<usize> {
    if let Some(i) = candidates
        .iter()
        .position(|(_, d)| d.scoped_id() == edited.scope)
    {
        return Some(i);
    }
    let shared: Vec<usize> = candidates
        .iter()
        .map(|(_, d)| shared_steps(edited, d))
        .collect();
    let by = |test: &dyn Fn(&Diagram) -> bool| {
        (0..candidates.len()).find(|&i| shared[i] > 0 && test(&candidates[i].1))
    };
    if let Some(origin) = &edited.origin
        && let Some(i) = by(&|d| d.id == origin.id)
    {
        return Some(i);
    }
    if let Some(i) = by(&|d| edited.scope.ends_with(&format!("_{}", d.id))) {
        return Some(i);
    }
    let most = |score: &dyn Fn(usize) -> usize| {
        (0..candidates.len())
            .map(|i| (score(i), i))
            .filter(|(s, i)| *s > 0 && shared[*i] > 0)
            .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)))
            .map(|(_, i)| i)
    };
    let ids = |i: usize| {
        let prefix = format!("{}_", candidates[i].1.id);
        edited
            .nodes
            .iter()
            .filter(|n| n.id.starts_with(&prefix))
            .count()
    };
    most(&ids).or_else(|| most(&|i| shared[i]))
}

/// How many of `d`'s steps the edited file has by their words (not their ids, which another
/// text's diagram may share); 0 when fewer than half.
fn shared_steps(edited: &Edited, d: &Diagram) -> usize {
    let a: Vec<Key> = d
        .nodes
        .iter()
        .filter(|n| n.step.is_some())
        .map(|n| Key {
            id: "",
            kind: Some(n.kind),
            name: &n.name,
        })
        .collect();
    let b: Vec<Key> = edited
        .nodes
        .iter()
        .filter(|n| !n.id.is_empty())
        .map(|n| Key {
            id: &n.id,
            kind: n.kind,
            name: &n.name,
        })
        .collect();
    let paired = pair(&a, &b).iter().flatten().count();
    if 2 * paired >= a.len().max(1) {
        paired
    } else {
        0
    }
}
