//! Texts in shapes the corpus does not have, as other regions print them: a title that is only
//! the quoted service name under the approval stamp, no blank lines, durations in words, channel
//! sub-headings inside a list, regulation matter outside any regulation. Values asserted here
//! were read in `tests/fixtures/`.

use reglament::model::{Channel, ListKind, TimeUnit};

const AKIM: &str = include_str!("fixtures/region_akim.txt");

fn parse(name: &str, text: &str) -> reglament::model::Document {
    reglament::parse::parse_text(name, text, "utf-8").expect("parses")
}

#[test]
fn quoted_name_under_the_stamp_opens_the_regulation() {
    let doc = parse("region_akim.txt", AKIM);
    assert_eq!(doc.reglaments.len(), 1);
    let r = &doc.reglaments[0];
    assert_eq!(
        r.title,
        "Выдача справок о наличии личного подсобного хозяйства"
    );
    assert_eq!(r.line, 7);
    let annex = r.annex.as_ref().expect("the annex header above the stamp");
    assert_eq!((annex.number, annex.line), (Some(3), 1));
    let channels: Vec<Channel> = r.channels.iter().map(|c| c.channel).collect();
    assert_eq!(channels, vec![Channel::Akim, Channel::Portal]);
    assert!(doc.unattributed.is_empty());
}

#[test]
fn channel_sub_headings_split_the_steps_paragraph() {
    let doc = parse("region_akim.txt", AKIM);
    let lists: Vec<(ListKind, Channel, u32, usize)> = doc.reglaments[0]
        .lists
        .iter()
        .map(|l| (l.kind, l.channel, l.line, l.items.len()))
        .collect();
    assert_eq!(
        lists,
        vec![
            (ListKind::Steps, Channel::Akim, 16, 5),
            (ListKind::Steps, Channel::Portal, 23, 3),
            (ListKind::Sequence, Channel::Akim, 27, 5),
        ]
    );
    // ¶4's akim part and ¶5 repeat each other.
    assert_eq!(doc.reglaments[0].lists[0].twins, vec![2]);
    assert!(doc.reglaments[0].lists[1].twins.is_empty());
}

#[test]
fn durations_in_words_only_are_read() {
    let doc = parse("region_akim.txt", AKIM);
    let akim = &doc.reglaments[0].lists[0];
    let d: Vec<(u64, TimeUnit, bool)> = akim
        .items
        .iter()
        .map(|it| {
            let d = it.duration.as_ref().expect("every step states its time");
            (d.value, d.unit, d.same_day)
        })
        .collect();
    assert_eq!(
        d,
        vec![
            (15, TimeUnit::Minute, false),
            (1, TimeUnit::Hour, false),
            (1, TimeUnit::WorkingDay, false),
            (30, TimeUnit::Minute, false),
            (1, TimeUnit::WorkingDay, true),
        ]
    );
}

#[test]
fn the_twins_disagreement_is_reported_at_its_lines() {
    let doc = parse("region_akim.txt", AKIM);
    let findings = reglament::check::check(&doc);
    let durations: Vec<&Vec<u32>> = findings
        .iter()
        .filter(|f| f.rule == "duration-mismatch")
        .map(|f| &f.lines)
        .collect();
    // «в течение одного часа» (line 19) against «в течение двух часов» (line 30).
    assert_eq!(durations, vec![&vec![19, 30]]);
}

#[test]
fn regulation_matter_before_any_regulation_is_reported() {
    let text = format!(
        "4. Содержание каждой процедуры (действия), входящей в состав процесса оказания государственной услуги, длительность его выполнения:\n1) специалист принимает документы – пятнадцать минут;\n2) руководитель подписывает справку – один рабочий день.\n{AKIM}"
    );
    let doc = parse("orphan.txt", &text);
    assert_eq!(doc.reglaments.len(), 1);
    assert_eq!(doc.unattributed.len(), 1);
    let u = &doc.unattributed[0];
    assert_eq!((u.line, u.end_line), (1, 3));
    assert_eq!(u.kind, reglament::model::Matter::List);
    assert!(
        u.quote.starts_with("«4. Содержание каждой процедуры"),
        "{}",
        u.quote
    );
    assert_eq!(u.items, 2);
    let f: Vec<_> = reglament::check::check(&doc)
        .into_iter()
        .filter(|f| f.rule == "unattributed")
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].lines, vec![1]);
    // The regulation itself is untouched by the stray list before it.
    assert_eq!(doc.reglaments[0].lists.len(), 3);
}

#[test]
fn a_file_of_regulation_matter_without_any_regulation_names_the_line() {
    let text = "Приложение 1 к постановлению\n5. Описание последовательности процедур (действий) между структурными подразделениями (работниками) услугодателя:\n1) специалист принимает документы;\n";
    let err = reglament::parse::parse_text("bare.txt", text, "utf-8").unwrap_err();
    assert_eq!(err.line, Some(2));
    assert!(err.to_string().contains("no regulation found"), "{err}");
}
