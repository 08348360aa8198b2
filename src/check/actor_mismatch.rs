//! `actor-mismatch` (warning): two aligned copies of a procedure name different actors, in
//! prose lists and in 2012 action tables alike (`align` pairs a table's action with another
//! table's under another unit only when that unit is no channel's own desk).

use super::{Ctx, Finding, Message, Severity, Value, item_key, list_key};

/// Stable rule id.
pub const RULE: &str = "actor-mismatch";

/// Reports aligned items whose canonical actors are both known and differ.
pub fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for p in ctx.pairs.iter() {
        for &(i, j, _) in &p.pairs {
            let (x, y) = (&p.a.items[i], &p.b.items[j]);
            let (Some(ax), Some(ay)) = (&x.actor, &y.actor) else {
                continue;
            };
            if ax == ay {
                continue;
            }
            let printed = |it: &crate::model::Item, canon: &String| {
                it.actor_text.clone().unwrap_or_else(|| canon.clone())
            };
            let message = Message::new("finding-actor-mismatch")
                .arg("a", p.a)
                .arg("x", x)
                .arg("actor-a", printed(x, ax))
                .arg("line-a", Value::Line(super::actor_line(x)))
                .arg("b", p.b)
                .arg("y", y)
                .arg("actor-b", printed(y, ay))
                .arg("line-b", Value::Line(super::actor_line(y)));
            let keys = [
                list_key(p.a),
                item_key(x),
                ax.clone(),
                list_key(p.b),
                item_key(y),
                ay.clone(),
            ];
            let mut f = ctx.pair_finding(RULE, Severity::Warning, (x, y), message, &keys);
            f.lines = vec![super::actor_line(x), super::actor_line(y)];
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::check::check;
    use crate::model::ListKind;

    fn run_with(actor: &str) -> Vec<Finding> {
        let mut r = reg();
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
        seq.items[4].actor = Some(actor.into());
        seq.items[4].actor_text = Some(actor.into());
        r.lists.push(seq);
        check(&doc(r))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect()
    }

    #[test]
    fn fires_on_renamed_head() {
        let f = run_with("руководитель районного отдела услугодателя");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![104, 142]);
    }

    #[test]
    fn silent_on_same_actor() {
        assert!(run_with("руководитель услугодателя").is_empty());
    }

    /// A nominalised step takes its agent as actor: «подготовка ответственным исполнителем …»
    /// against a copy done by another unit is a mismatch, against the same unit none.
    #[test]
    fn nominalised_step_against_its_copy() {
        for (language, nominal, agent, same, other) in [
            (
                crate::model::Language::Ru,
                "подготовка ответственным исполнителем отдела результата оказания государственной услуги в срок не более 2 (двух) рабочих дней;",
                "ответственным исполнителем отдела",
                "ответственный исполнитель отдела",
                "руководитель отдела",
            ),
            (
                crate::model::Language::Kk,
                "көрсетілетін қызметті берушінің жауапты орындаушысымен мемлекеттік қызмет көрсету нәтижесін дайындау - 2 (екі) жұмыс күні;",
                "көрсетілетін қызметті берушінің жауапты орындаушысымен",
                "көрсетілетін қызметті берушінің жауапты орындаушысы",
                "көрсетілетін қызметті берушінің басшысы",
            ),
        ] {
            let mut r = reg();
            r.language = language;
            r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
            let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
            let it = &mut r.lists[0].items[3];
            it.action = nominal.into();
            it.actor = Some(same.into());
            it.actor_text = Some(agent.into());
            seq.items[3].actor = Some(same.into());
            seq.items[3].actor_text = Some(same.into());
            r.lists.push(seq);
            let found = |r: &crate::model::Reglament| -> Vec<Finding> {
                check(&doc(r.clone()))
                    .into_iter()
                    .filter(|f| f.rule == RULE)
                    .collect()
            };
            assert!(found(&r).is_empty(), "{language:?}");
            r.lists[1].items[3].actor = Some(other.into());
            r.lists[1].items[3].actor_text = Some(other.into());
            let f = found(&r);
            assert_eq!(f.len(), 1, "{language:?}: {f:?}");
            assert!(
                f[0].message.text(crate::i18n::Lang::En).contains(agent),
                "{:?}",
                f[0].message.text(crate::i18n::Lang::En)
            );
        }
    }

    fn found(r: &crate::model::Reglament) -> Vec<Finding> {
        check(&doc(r.clone()))
            .into_iter()
            .filter(|f| f.rule == RULE)
            .collect()
    }

    /// ¶5 and a ¶8 that leaves out ¶5's first step (so the two align by their words, not their
    /// numbers); ¶8's copy of ¶5 item `k` is done by `actor`, printed in its action.
    fn renamed_in_sequence(
        language: crate::model::Language,
        k: usize,
        actor: &str,
    ) -> Vec<Finding> {
        let mut r = reg();
        r.language = language;
        r.lists.push(r1_steps(ListKind::Steps, 5, 96, one_day()));
        let mut seq = r1_steps(ListKind::Sequence, 8, 134, one_day());
        seq.items.remove(0);
        let it = &mut seq.items[k - 2];
        let old = it.actor_text.clone().unwrap_or_default();
        it.action = it.action.replacen(&old, actor, 1);
        it.actor = Some(actor.into());
        it.actor_text = Some(actor.into());
        r.lists.push(seq);
        found(&r)
    }

    /// A step alone between two agreed steps, facing one step at the same place, is that step
    /// under another actor even when neither actor is a unit of the provider.
    #[test]
    fn a_renamed_step_between_two_agreed_steps() {
        let ru = crate::model::Language::Ru;
        assert!(renamed_in_sequence(ru, 3, "участковая комиссия").is_empty());
        let f = renamed_in_sequence(ru, 3, "председатель и члены комиссии");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![100, 138]);
    }

    /// The Kazakh twin: 002's provider steps, the sequence leaving out the first; its copy of
    /// step 3 done by `actor`.
    fn kazakh_renamed(actor: &str) -> Vec<Finding> {
        let (staff, head, exec) = (
            "көрсетілетін қызметті берушінің қызметкері",
            "көрсетілетін қызметті берушінің басшысы",
            "көрсетілетін қызметті берушінің жауапты орындаушысы",
        );
        let steps = [
            (
                staff,
                "құжаттарды қабылдауды және тіркеуді жүзеге асырады - 15 (он бес) минут;",
            ),
            (
                head,
                "құжаттармен танысады, жауапты орындаушыны айқындайды, бұрыштама қояды - 1 (бір) жұмыс күні;",
            ),
            (
                exec,
                "ұсынылған құжаттарды қарайды, мемлекеттік қызметті көрсету нәтижесінің жобасын дайындайды - 5 (бес) жұмыс күні;",
            ),
            (
                head,
                "нәтижеге қол қояды және жауапты орындаушыға береді - 1 (бір) жұмыс күні;",
            ),
            (
                staff,
                "мемлекеттік қызметті көрсету нәтижесін көрсетілетін қызметті алушыға береді - 15 (он бес) минут.",
            ),
        ];
        let items = |from: usize, base: u32, renamed: bool| -> Vec<crate::model::Item> {
            steps[from..]
                .iter()
                .enumerate()
                .map(|(k, (who, what))| {
                    let n = (from + k + 1) as u32;
                    let who = if renamed && n == 3 { actor } else { who };
                    item(n, base + 2 * n, Some(who), &format!("{who} {what}"), None)
                })
                .collect()
        };
        let mut r = reg();
        r.language = crate::model::Language::Kk;
        let provider = crate::model::Channel::Provider;
        r.lists
            .push(list(ListKind::Steps, provider, 5, 44, items(0, 44, false)));
        r.lists.push(list(
            ListKind::Sequence,
            provider,
            8,
            66,
            items(1, 66, true),
        ));
        found(&r)
    }

    #[test]
    fn a_kazakh_step_renamed_between_two_agreed_steps() {
        assert!(kazakh_renamed("көрсетілетін қызметті берушінің жауапты орындаушысы").is_empty());
        let f = kazakh_renamed("учаскелік комиссия");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![50, 72]);
    }

    /// Three action tables of one regulation (Kazakh, then Russian units): the second prints the
    /// decision under `unit`; its first column is its own channel's desk.
    fn tables(units: [&str; 3], desk: &str, unit: &str) -> Vec<Finding> {
        let mut r = reg();
        r.language = crate::model::Language::Kk;
        let actions = [
            "Өтініштің және құжаттардың негізгілігін тексеру, УО АЖ тіркеу.",
            "Сұранысты орындау. Шешімді қабылдау.",
            "Сұраныстың статусын өзгерту туралы хабарландыру жіберу.",
        ];
        for (t, channel) in [
            crate::model::Channel::Provider,
            crate::model::Channel::StateCorp,
        ]
        .into_iter()
        .enumerate()
        {
            let items = (0..3)
                .map(|k| {
                    let who = match (t, k) {
                        (1, 0) => desk,
                        (1, 1) => unit,
                        _ => units[k],
                    };
                    let action = if (t, k) == (1, 0) {
                        "Мәліметтерді енгізу, өтінішті қабылдау."
                    } else {
                        actions[k]
                    };
                    let mut it = item(k as u32 + 1, 210 + 30 * t as u32, Some(who), action, None);
                    it.actor_line = Some(211 + 30 * t as u32);
                    it
                })
                .collect();
            let mut l = list(ListKind::Table, channel, 0, 208 + 30 * t as u32, items);
            l.paragraph = None;
            l.heading = format!("{} кесте.", t + 1);
            r.lists.push(l);
        }
        found(&r)
    }

    #[test]
    fn a_renamed_unit_in_an_action_table() {
        let kk = ["УО", "УО", "УО АЖ"];
        assert!(tables(kk, "ХҚКО", "УО").is_empty());
        let f = tables(kk, "ХҚКО", "ЭҮП");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].lines, vec![211, 241]);
        let ru = ["услугодатель", "услугодатель", "ИС услугодателя"];
        assert!(tables(ru, "ЦОН", "услугодатель").is_empty());
        assert_eq!(tables(ru, "ЦОН", "портал").len(), 1);
    }
}
