//! `reglament.toml`: the settings of a project of regulations, found upward from the working
//! directory the way cargo finds `Cargo.toml`.
//!
//! ```toml
//! lang = "ru"                        # messages and reports
//! output = "site"                    # the folder `build` writes
//! ignore = ["reglaments/drafts/**"]  # inputs left out (globs, relative to this file)
//! [rules]
//! missing-duration = "off"           # off, info, warning or error
//! numbering = "info"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::check::Finding;
use crate::i18n::Lang;
pub use crate::report::Level;
use crate::report::Levels;

/// The file's name.
pub const FILE: &str = "reglament.toml";

/// What `reglament.toml` may say.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The language of messages and reports.
    pub lang: Option<Lang>,
    /// The folder `build` writes, relative to the file.
    pub output: Option<PathBuf>,
    /// Globs of inputs to leave out, relative to the file.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// A level per rule id.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
}

/// A `reglament.toml` read, with where it is.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub config: Config,
    ignore: GlobSet,
}

impl Loaded {
    /// The folder the file stands in; its paths are relative to it.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The output folder it names, relative to the working directory.
    pub fn output(&self) -> Option<PathBuf> {
        let out = self.config.output.as_ref()?;
        Some(relative_to_cwd(&self.dir().join(out)))
    }

    /// True when `file` (as walked, relative to the working directory or absolute) is ignored.
    pub fn ignores(&self, file: &Path) -> bool {
        if self.ignore.is_empty() {
            return false;
        }
        let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let dir = std::path::absolute(self.dir()).unwrap_or_else(|_| self.dir().to_path_buf());
        let rel = absolute.strip_prefix(&dir).unwrap_or(file);
        self.ignore.is_match(rel) || self.ignore.is_match(file)
    }

    /// The rule levels it sets.
    pub fn levels(&self) -> Levels {
        Levels(self.config.rules.clone())
    }

    /// Applies the rule levels: `off` findings are dropped, the others take the level's severity.
    pub fn apply_levels(&self, findings: &mut Vec<Finding>) {
        self.levels().apply(findings);
    }
}

fn relative_to_cwd(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().ok();
    match cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()) {
        Some(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Some(rel) => rel.to_path_buf(),
        None => path.to_path_buf(),
    }
}

/// The `reglament.toml` of `dir` or the nearest folder above it; `Err` names the file and
/// what is wrong with it (with its line), in `lang` where the words are ours.
pub fn find(dir: &Path, lang: Lang) -> Result<Option<Loaded>, (PathBuf, String)> {
    for d in dir.ancestors() {
        let path = d.join(FILE);
        if path.is_file() {
            let shown = relative_to_cwd(&path);
            let text =
                std::fs::read_to_string(&path).map_err(|e| (shown.clone(), e.to_string()))?;
            return load(&text, lang)
                .map(|l| {
                    Some(Loaded {
                        path: shown.clone(),
                        ..l
                    })
                })
                .map_err(|m| (shown, m));
        }
    }
    Ok(None)
}

/// Reads the text of a `reglament.toml`.
pub fn load(text: &str, lang: Lang) -> Result<Loaded, String> {
    let config: Config = toml::from_str(text).map_err(|e| {
        // toml's message spans several lines with a drawing of the place; the line number
        // and the reason are what a person needs here.
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let reason = e.message().trim().to_string();
        match line {
            Some(l) => format!("line {l}: {reason}"),
            None => reason,
        }
    })?;
    let known: Vec<&str> = crate::check::rules::RULES.iter().map(|r| r.id).collect();
    if let Some(unknown) = config.rules.keys().find(|k| !known.contains(&k.as_str())) {
        let line = text
            .lines()
            .position(|l| {
                l.trim_start()
                    .trim_start_matches('"')
                    .starts_with(unknown.as_str())
            })
            .map_or(0, |i| i + 1);
        return Err(crate::i18n::text(
            lang,
            "config-no-rule",
            &[("line", line.into()), ("rule", unknown.as_str().into())],
        ));
    }
    let mut set = GlobSetBuilder::new();
    for g in &config.ignore {
        let glob = Glob::new(g).map_err(|e| format!("ignore: {e}"))?;
        set.add(glob);
    }
    let ignore = set.build().map_err(|e| format!("ignore: {e}"))?;
    Ok(Loaded {
        path: PathBuf::from(FILE),
        config,
        ignore,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_ignores_language_and_output_are_read() {
        let l = load(
            "lang = \"kk\"\noutput = \"site\"\nignore = [\"reglaments/drafts/**\"]\n\
             [rules]\nmissing-duration = \"off\"\nnumbering = \"error\"\n",
            Lang::En,
        )
        .unwrap();
        assert_eq!(l.config.lang, Some(Lang::Kk));
        assert_eq!(l.config.output, Some(PathBuf::from("site")));
        assert_eq!(l.config.rules["missing-duration"], Level::Off);
        assert!(l.ignores(Path::new("reglaments/drafts/a.txt")));
        assert!(!l.ignores(Path::new("reglaments/a.txt")));
    }

    #[test]
    fn a_mistake_names_its_line() {
        let e = load("lang = \"ru\"\n\n[rules]\nnumbering = \"loud\"\n", Lang::En).unwrap_err();
        assert!(e.starts_with("line 4: "), "{e}");
        let unknown = "[rules]\nno-such-rule = \"off\"\n";
        let e = load(unknown, Lang::En).unwrap_err();
        assert_eq!(
            e,
            "line 2: no rule «no-such-rule» (`reglament rules` lists them)"
        );
        let e = load(unknown, Lang::Ru).unwrap_err();
        assert_eq!(
            e,
            "строка 2: правила «no-such-rule» нет (их список даёт `reglament rules`)"
        );
        let e = load(unknown, Lang::Kk).unwrap_err();
        assert_eq!(
            e,
            "2-жол: «no-such-rule» ережесі жоқ (тізімін `reglament rules` береді)"
        );
        let e = load("colour = true\n", Lang::En).unwrap_err();
        assert!(e.starts_with("line 1: unknown field `colour`"), "{e}");
    }
}
