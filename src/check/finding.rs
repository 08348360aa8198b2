//! The finding a rule reports and its fingerprint: what it says, where, and a hash of the
//! conflicting values that survives edits which only move text.

use crate::model::{Item, Reglament};
use serde::Serialize;
use std::cmp::Ordering;

use super::message::Message;
use super::normalise;

/// How serious a finding is; `Error` ranks highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    fn rank(self) -> u8 {
        match self {
            Severity::Error => 2,
            Severity::Warning => 1,
            Severity::Info => 0,
        }
    }

    /// Lowercase name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl PartialOrd for Severity {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Severity {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

/// One inconsistency found in a regulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id (`duration-mismatch`, `numbering`, ...).
    pub rule: &'static str,
    pub severity: Severity,
    pub file: String,
    /// Title of the regulation the finding belongs to.
    pub reglament: String,
    /// Line of the regulation's heading.
    pub reglament_line: u32,
    /// All conflicting places, the primary one first.
    pub lines: Vec<u32>,
    /// What the finding says, as a catalogue id and its arguments (rendered in a report's
    /// language when it is written).
    pub message: Message,
    /// The conflicting passages as printed, in the order of `lines`.
    pub quotes: Vec<String>,
    /// Line-independent hash of rule, file name, title and the conflicting values (16 hex chars).
    pub fingerprint: String,
    /// The two items a finding about a pair of copies compares, so diagrams can mark the step
    /// without reading the text again; not part of the report (kept in memory only).
    #[serde(skip)]
    pub pair: Option<ItemPair>,
}

/// Where the two copies of a step stand in their regulation: `(list, item)` indices into
/// `Reglament::lists` and that list's `items`, the first copy first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemPair {
    pub a: (usize, usize),
    pub b: (usize, usize),
}

impl ItemPair {
    /// The positions of two items of `reg`, found by address (they must be items of its lists).
    pub fn locate(reg: &Reglament, x: &Item, y: &Item) -> Option<ItemPair> {
        let at = |it: &Item| {
            reg.lists.iter().enumerate().find_map(|(l, list)| {
                list.items
                    .iter()
                    .position(|i| std::ptr::eq(i, it))
                    .map(|k| (l, k))
            })
        };
        Some(ItemPair {
            a: at(x)?,
            b: at(y)?,
        })
    }
}

/// Where a finding belongs: a file and the regulation in it (none, for the act's own text).
pub struct Place<'a> {
    pub file: &'a str,
    /// The regulation's title; empty for a finding about the file outside any regulation.
    pub reglament: &'a str,
    /// Line of the regulation's heading; 0 outside any regulation.
    pub reglament_line: u32,
}

impl Place<'_> {
    /// Builds a finding; the fingerprint hashes `keys` (values and item numbers, never lines).
    pub fn finding(
        &self,
        rule: &'static str,
        severity: Severity,
        lines: Vec<u32>,
        quotes: Vec<String>,
        message: Message,
        keys: &[String],
    ) -> Finding {
        let base = std::path::Path::new(self.file)
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.file.to_string());
        let mut h = Fnv::new();
        h.write_key(rule);
        h.write_key(&base);
        h.write_key(self.reglament);
        for k in keys {
            h.write_key(&normalise(k));
        }
        Finding {
            rule,
            severity,
            file: self.file.to_string(),
            reglament: self.reglament.to_string(),
            reglament_line: self.reglament_line,
            lines,
            message,
            quotes,
            fingerprint: format!("{:016x}", h.0),
            pair: None,
        }
    }
}

/// 64-bit FNV-1a: tiny, and stable across runs and platforms (unlike `RandomState`).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Hashes `s` followed by a separator byte, so that ("ab", "c") and ("a", "bc") differ.
    fn write_key(&mut self, s: &str) {
        std::hash::Hasher::write(self, s.as_bytes());
        std::hash::Hasher::write(self, &[0xff]);
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_orders_error_highest_and_serialises_lowercase() {
        assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Info);
        assert_eq!(
            serde_json::to_string(&Severity::Warning).unwrap(),
            "\"warning\""
        );
    }

    #[test]
    fn fnv_matches_the_published_vector() {
        // FNV-1a-64("a") = 0xaf63dc4c8601ec8c (the reference test vector); `write_key` then folds in
        // its 0xff separator.
        let mut h = Fnv::new();
        h.write_key("a");
        let expect = (0xaf63_dc4c_8601_ec8c_u64 ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
        assert_eq!(h.0, expect);
    }
}
