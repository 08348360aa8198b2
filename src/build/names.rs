//! Names of the output tree: act directories from file names, regulation directories and diagram
//! files from titles and ids, numbered when they repeat.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::slug::slug;

/// Names already taken in one directory, and for each base the next suffix to try, so that
/// thousands of regulations with one title are named in linear time.
#[derive(Default)]
pub(super) struct Names {
    taken: HashSet<String>,
    next: HashMap<String, u32>,
}

impl Names {
    pub(super) fn claim(&mut self, base: String) -> String {
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// A diagram's file stem: its id without the `R<n>_` regulation prefix, which the regulation's
/// directory already says (and which would rename every file when a regulation is inserted).
pub(super) fn diagram_name(id: &str) -> String {
    let s = slug(id, 60);
    match s.split_once('-') {
        Some((head, rest))
            if head.len() > 1
                && head.starts_with('r')
                && head[1..].bytes().all(|b| b.is_ascii_digit())
                && !rest.is_empty() =>
        {
            rest.to_string()
        }
        _ => s,
    }
}

/// The act directory of each input: the slug of its file name, `-2`, `-3`, … for repeats in
/// input order. It depends on the paths only, so it is known before any file is read.
pub fn act_dirs(files: &[PathBuf]) -> Vec<String> {
    act_dirs_beside(files, &[], &[])
}

/// [`act_dirs`] in an output directory where the acts `taken` (kept from earlier runs) stay and
/// each input keeps the directory it had (`previous`, beside `files`) while no other holds it, so
/// a published act's address does not move when another input with the same name comes along.
pub(super) fn act_dirs_beside(
    files: &[PathBuf],
    taken: &[&str],
    previous: &[Option<&str>],
) -> Vec<String> {
    let mut names = Names::default();
    for t in taken {
        names.taken.insert((*t).to_string());
    }
    let mut acts: Vec<Option<String>> = files
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let old = previous.get(i).copied().flatten()?;
            names.taken.insert(old.to_string()).then(|| old.to_string())
        })
        .collect();
    // Top-level names the build writes itself can never be act directories (slugs have no dot,
    // so they cannot clash with `report.json` or `index.html` anyway).
    for (f, act) in files.iter().zip(&mut acts) {
        if act.is_none() {
            let stem = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            *act = Some(names.claim(slug(&stem, 60)));
        }
    }
    acts.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_act_names_get_numbered_in_input_order() {
        let files: Vec<PathBuf> = ["a/Акт.txt", "b/акт.md", "c/akt-2.txt", "d/x.txt"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(act_dirs(&files), ["akt", "akt-2", "akt-2-2", "x"]);
        // An act kept from an earlier run keeps its directory, and so does an input built
        // before, though another input with its name now comes first.
        assert_eq!(
            act_dirs_beside(&files[..2], &["akt"], &[]),
            ["akt-2", "akt-3"]
        );
        assert_eq!(
            act_dirs_beside(&files[..2], &[], &[None, Some("akt")]),
            ["akt-2", "akt"]
        );
    }

    #[test]
    fn diagram_names_drop_the_regulation_prefix() {
        assert_eq!(diagram_name("R12_state_corp"), "state-corp");
        assert_eq!(diagram_name("R1_provider_s2"), "provider-s2");
        assert_eq!(diagram_name("Rx_provider"), "rx-provider");
    }
}
