//! Every rule `check` runs: its stable id and the severity it reports at (the highest, when a
//! milder case of the rule reports lower). What each compares is told in `docs/check.md` and,
//! one line per language, in the message catalogue (`rule-<id>`).

use super::Severity;

/// A rule of the checker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, as findings carry it.
    pub id: &'static str,
    /// The severity of its findings (the highest it gives).
    pub severity: Severity,
    /// Whether some of its findings take a lower severity (a milder case).
    pub milder: bool,
}

const fn rule(id: &'static str, severity: Severity, milder: bool) -> Rule {
    Rule {
        id,
        severity,
        milder,
    }
}

use Severity::{Error, Info, Warning};

/// Every rule, in the order `docs/check.md` lists them.
pub const RULES: &[Rule] = &[
    rule("duration-mismatch", Error, true),
    rule("step-count-mismatch", Error, false),
    rule("order-mismatch", Warning, false),
    rule("actor-mismatch", Warning, false),
    rule("action-mismatch", Warning, false),
    rule("total-mismatch", Warning, false),
    rule("result-mismatch", Warning, false),
    rule("numbering", Warning, true),
    rule("missing-actor", Warning, true),
    rule("missing-duration", Warning, false),
    rule("unknown-participant", Warning, false),
    rule("unused-participant", Info, false),
    rule("handoff-mismatch", Warning, false),
    rule("result-recipient-mismatch", Warning, false),
    rule("channel-missing", Warning, false),
    rule("appendix-missing", Warning, false),
    rule("appendix-ambiguous", Info, false),
    rule("appendix-unreferenced", Info, false),
    rule("header-missing", Warning, false),
    rule("legend-missing", Warning, false),
    rule("unattributed", Warning, false),
    rule("next-step-invalid", Warning, false),
    rule("annex-missing", Warning, false),
    rule("annex-header-mismatch", Error, true),
    rule("annex-act-mismatch", Error, false),
    rule("annex-title-mismatch", Warning, true),
    rule("service-name-mismatch", Warning, true),
    rule("empty-list", Error, false),
    rule("list-too-long", Error, false),
    rule("duration-implausible", Error, false),
];

/// The rule of an id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_the_modules_name_is_listed_once() {
        let sources = [
            include_str!("action_mismatch.rs"),
            include_str!("actor_mismatch.rs"),
            include_str!("annex_act.rs"),
            include_str!("annex_header.rs"),
            include_str!("annex_match.rs"),
            include_str!("annex_missing.rs"),
            include_str!("annex_title.rs"),
            include_str!("appendices.rs"),
            include_str!("channel_missing.rs"),
            include_str!("duration_implausible.rs"),
            include_str!("duration_mismatch.rs"),
            include_str!("empty_list.rs"),
            include_str!("handoff.rs"),
            include_str!("list_too_long.rs"),
            include_str!("missing_actor.rs"),
            include_str!("missing_duration.rs"),
            include_str!("next_step.rs"),
            include_str!("numbering.rs"),
            include_str!("participants.rs"),
            include_str!("result_mismatch.rs"),
            include_str!("result_recipient.rs"),
            include_str!("service_name.rs"),
            include_str!("step_count.rs"),
            include_str!("total_mismatch.rs"),
            include_str!("unattributed.rs"),
        ];
        for (i, r) in RULES.iter().enumerate() {
            assert!(
                sources.iter().any(|s| s.contains(&format!("\"{}\"", r.id))),
                "{} is named by no rule module",
                r.id
            );
            assert!(
                !RULES[i + 1..].iter().any(|o| o.id == r.id),
                "{} twice",
                r.id
            );
        }
        assert_eq!(find("numbering").map(|r| r.severity), Some(Warning));
        assert_eq!(find("no-such-rule"), None);
    }
}
