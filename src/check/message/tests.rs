//! The findings' catalogue against the rules: every id a rule uses is worded in all three
//! languages with the same arguments, and the places a message names read right in each.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message of a `findings.ftl` with the variables its pattern refers to (selectors and
/// every variant included).
fn variables(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = format!("{}/locales/{lang}/findings.ftl", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap();
    let res =
        fluent_syntax::parser::parse(src.as_str()).unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, vars);
        }
    }
}

fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, vars);
            for v in variants {
                pattern(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline(i, vars),
    }
}

fn inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr(expression, vars),
        _ => {}
    }
}

/// The `"finding-…"` ids the rules' sources name.
fn ids_in_rules() -> BTreeSet<String> {
    let dir = format!("{}/src/check", env!("CARGO_MANIFEST_DIR"));
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        for part in src.split("\"finding-").skip(1) {
            let id: String = part
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            if part[id.len()..].starts_with('"') {
                ids.insert(format!("finding-{id}"));
            }
        }
    }
    ids
}

#[test]
fn every_rule_message_is_worded_in_all_three_languages_with_the_same_arguments() {
    let en = variables("en");
    for lang in ["ru", "kk"] {
        let other = variables(lang);
        assert_eq!(
            en.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>(),
            "{lang}: the same messages as English"
        );
        for (id, vars) in &en {
            assert_eq!(vars, &other[id], "{lang} {id}: the same arguments");
        }
    }
    let used = ids_in_rules();
    assert!(used.len() >= 40, "{used:?}");
    for id in &used {
        assert!(
            en.contains_key(id),
            "{id} is used by a rule but not in the catalogue"
        );
    }
    // Every message is a rule's or a place's: none is left over.
    let places = [
        "finding-list",
        "finding-list-in",
        "finding-item",
        "finding-line",
        "finding-place-paragraph",
        "finding-place-row",
        "finding-place-page",
        "finding-passage",
        "finding-channel",
    ];
    for id in en.keys() {
        assert!(
            used.contains(id) || places.contains(&id.as_str()),
            "{id} is used by no rule"
        );
    }
}

#[test]
fn lists_items_and_lines_are_worded_in_each_language() {
    let m = |r: ListRef, item: Option<u32>| {
        Message::new("finding-missing-actor")
            .arg("list", r)
            .arg("item", Value::Item(item))
            .arg("action", "принимает документы")
            .arg("line", Value::Line(96))
    };
    let numbered = m(ListRef::Paragraph(5), Some(3));
    assert_eq!(
        numbered.text(Lang::Ru),
        "¶5, действие 3 «принимает документы» (строка 96): исполнитель не назван."
    );
    assert_eq!(
        numbered.text(Lang::Kk),
        "5-тармақ, 3-әрекет «принимает документы» (96-жол): орындаушы аталмаған."
    );
    assert_eq!(
        numbered.text(Lang::En),
        "¶5 item 3 «принимает документы» (line 96) names no actor."
    );
    let headed = m(ListRef::Heading("1 кесте. УО арқылы".into()), None);
    assert!(
        headed
            .text(Lang::Kk)
            .starts_with("«1 кесте. УО арқылы» тізбесі, нөмірсіз әрекет"),
        "{}",
        headed.text(Lang::Kk)
    );
    assert!(
        headed
            .text(Lang::Ru)
            .starts_with("перечень «1 кесте. УО арқылы», действие без номера"),
        "{}",
        headed.text(Lang::Ru)
    );
    let lined = m(ListRef::Line(1214), Some(2));
    assert!(
        lined
            .text(Lang::Kk)
            .starts_with("1214-жолдағы тізбе, 2-әрекет")
    );
    assert!(
        lined
            .text(Lang::Ru)
            .starts_with("перечень в строке 1214, действие 2")
    );
}

#[test]
fn a_list_as_a_place_takes_its_case() {
    let m = Message::new("finding-step-count-unmatched")
        .arg("list", ListRef::Paragraph(5))
        .arg("item", Value::Item(Some(7)))
        .arg("action", "выдача результата")
        .arg("line", Value::Line(1842))
        .arg("other", Value::ListIn(ListRef::Heading("2 кесте".into())));
    assert!(
        m.text(Lang::Ru)
            .ends_with("такой процедуры нет в перечне «2 кесте»")
    );
    assert!(
        m.text(Lang::Kk)
            .ends_with("«2 кесте» тізбесінде мұндай рәсім жоқ")
    );
    assert!(
        m.text(Lang::En)
            .ends_with("has no counterpart in the list «2 кесте»")
    );
}

#[test]
fn counts_take_each_languages_plural() {
    let m = |n: usize| {
        Message::new("finding-result-mismatch")
            .arg("results", ListRef::Paragraph(6))
            .arg("nr", n)
            .arg("line-results", Value::Line(120))
            .arg("steps", ListRef::Paragraph(5))
            .arg("ns", 5usize)
            .arg("line-steps", Value::Line(94))
    };
    assert!(m(1).text(Lang::Ru).contains("— 1 результат,"));
    assert!(m(3).text(Lang::Ru).contains("— 3 результата,"));
    assert!(m(5).text(Lang::Ru).contains("— 5 результатов,"));
    assert!(m(21).text(Lang::Ru).contains("— 21 результат,"));
    assert!(m(3).text(Lang::Ru).ends_with("— 5 процедур."));
    // Kazakh nouns stay singular after a number.
    assert!(m(3).text(Lang::Kk).contains("— 3 нәтиже,"));
    assert!(m(1).text(Lang::En).contains("lists 1 result but"));
    assert!(m(3).text(Lang::En).contains("lists 3 results but"));
}

#[test]
fn lines_of_other_formats_are_cited_as_their_places() {
    let source = Source {
        format: "pdf".into(),
        places: vec![Place::Page { page: 3, line: 14 }; 2],
    };
    let m = Message::new("finding-unused-participant")
        .arg("participant", "руководитель")
        .arg("line", Value::Line(2));
    assert!(
        m.render(Lang::Ru, &source)
            .contains("(страница 3, строка 14)")
    );
    assert!(m.render(Lang::Kk, &source).contains("(3-бет, 14-жол)"));
    assert!(m.render(Lang::En, &source).contains("(page 3, line 14)"));
}

#[test]
fn a_message_survives_the_findings_store() {
    let m = Message::new("finding-step-count-mismatch-named")
        .arg("a", ListRef::Paragraph(5))
        .arg("na", 7usize)
        .arg("line-a", Value::Line(1828))
        .arg("b", ListRef::Paragraph(8))
        .arg("nb", 6usize)
        .arg("line-b", Value::Line(1869))
        .arg(
            "unmatched",
            Value::Parts(vec![
                Message::new("finding-step-count-unmatched")
                    .arg("list", ListRef::Paragraph(5))
                    .arg("item", Value::Item(Some(7)))
                    .arg("action", "выдача")
                    .arg("line", Value::Line(1842))
                    .arg("other", Value::ListIn(ListRef::Paragraph(8))),
            ]),
        );
    let back: Message = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
    assert_eq!(back, m);
    for lang in Lang::ALL {
        assert_eq!(back.text(lang), m.text(lang));
    }
}
