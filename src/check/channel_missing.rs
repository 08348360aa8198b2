//! `channel-missing` (warning): ¶1 announces a channel that no list and no справочник describes.

use super::{Ctx, Finding, Message, Severity, Value};
use crate::model::{Channel, ListKind};

/// Stable rule id.
pub const RULE: &str = "channel-missing";

/// Reports announced channels without a list or appendix of their own.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let reg = ctx.reg;
    for c in &reg.channels {
        if c.channel == Channel::Other {
            continue;
        }
        let listed = reg.lists.iter().any(|l| {
            l.channel == c.channel
                && match c.channel {
                    Channel::Provider => matches!(
                        l.kind,
                        ListKind::Steps | ListKind::Sequence | ListKind::Process | ListKind::Table
                    ),
                    _ => l.kind != ListKind::Participants,
                }
        });
        let appendix = reg.appendices.iter().any(|a| a.channel == Some(c.channel));
        if listed || appendix {
            continue;
        }
        let message = Message::new("finding-channel-missing")
            .arg("channel", c.channel)
            .arg("text", c.text.trim())
            .arg("line", Value::Line(c.line));
        out.push(ctx.finding(
            RULE,
            Severity::Warning,
            vec![c.line],
            vec![c.text.clone()],
            message,
            &[c.channel.slug().to_string()],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::i18n::Lang;
    use crate::model::ChannelRef;

    #[test]
    fn fires_for_akim_without_list() {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        r.channels = vec![
            ChannelRef {
                channel: Channel::Provider,
                text: "услугодатель".into(),
                line: 70,
            },
            ChannelRef {
                channel: Channel::Akim,
                text: "аппарат акима сельского округа".into(),
                line: 71,
            },
        ];
        let f: Vec<_> = check(&doc(r.clone()))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].lines, vec![71]);
        assert_eq!(
            f[0].message.text(Lang::En),
            "¶1 announces the akim channel («аппарат акима сельского округа», line 71) but no list or справочник describes it."
        );
        assert_eq!(
            f[0].message.text(Lang::Ru),
            "В ¶1 объявлено оказание услуги через аппарат акима («аппарат акима сельского округа», строка 71), но ни один перечень и ни один справочник этот канал не описывают."
        );
        assert!(
            f[0].message
                .text(Lang::Kk)
                .starts_with("1-тармақта қызметті әкім аппараты арқылы көрсету жарияланған («аппарат акима сельского округа», 71-жол)")
        );
        let mut akim = r1_steps(ListKind::Process, 10, 168, one_day());
        akim.channel = Channel::Akim;
        r.lists.push(akim);
        assert!(check(&doc(r)).iter().all(|f| f.rule != RULE));
    }

    #[test]
    fn a_channel_is_named_in_words_not_by_its_slug() {
        let mut names = std::collections::BTreeSet::new();
        for c in [
            Channel::Provider,
            Channel::StateCorp,
            Channel::Akim,
            Channel::Portal,
            Channel::Other,
        ] {
            for lang in Lang::ALL {
                let name = Message::new("finding-channel-missing")
                    .arg("channel", c)
                    .arg("text", "")
                    .arg("line", Value::Line(1))
                    .text(lang);
                assert!(!name.contains('_'), "{c:?} {name}");
                assert!(names.insert(name), "{c:?} worded like another channel");
            }
        }
        assert!(
            Message::new("finding-channel-missing")
                .arg("channel", Channel::StateCorp)
                .arg("text", "")
                .arg("line", Value::Line(1))
                .text(Lang::Kk)
                .contains("Мемлекеттік корпорация арқылы")
        );
    }
}
