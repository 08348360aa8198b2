//! The report pages' own words in one language, from the catalogue.

use super::Counts;
use crate::i18n::{Arg, Lang, text};

/// The words of a report page in `.0`'s language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words(pub Lang);

impl Words {
    /// The message `id` with its arguments.
    pub fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        text(self.0, id, args)
    }

    /// `n` and the noun counted by `id` («3 findings», «3 замечания»).
    pub fn count(&self, n: usize, id: &str) -> String {
        self.t(id, &[("n", n.into())])
    }

    /// «1 error, 0 warnings, 1 info» in the page's language.
    pub fn severities(&self, [e, w, i]: [usize; 3]) -> String {
        format!(
            "{}, {}, {}",
            self.count(e, "errors"),
            self.count(w, "warnings"),
            self.count(i, "infos")
        )
    }

    /// The sentence of a page's totals.
    pub fn totals(&self, c: &Counts) -> String {
        self.t(
            "page-totals",
            &[
                ("findings", self.count(c.findings, "findings").into()),
                ("errors", self.count(c.error, "errors").into()),
                ("warnings", self.count(c.warning, "warnings").into()),
                ("infos", self.count(c.info, "infos").into()),
                ("files", self.count(c.files, "files").into()),
                (
                    "regulations",
                    self.count(c.reglaments, "regulations").into(),
                ),
            ],
        )
    }

    /// The line under a file's heading: its findings and regulations.
    pub fn act_counts(&self, findings: usize, regulations: usize) -> String {
        self.t(
            "page-act-counts",
            &[
                ("findings", self.count(findings, "findings").into()),
                ("regulations", self.count(regulations, "regulations").into()),
                ("n", regulations.into()),
            ],
        )
    }
}
