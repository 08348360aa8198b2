//! The 2012 action tables: rows named by their heading cell, one column per action.
//!
//! A table comes in blocks («1) Негізгі үдірістің … әрекеті») of six rows: action number,
//! unit (ҚФБ, АЖ), action, completion form, term, next action. Cells broken over several
//! physical lines arrive as rows whose leading cells are empty; they continue the row above.
//! Every cell keeps the physical line that holds its first words, so a finding about an action's
//! unit or term cites that row, not the row of action numbers.

use super::duration;
use super::lines::Line;
use crate::lexicon::{self, TableRow};
use crate::model::{Channel, Item, ItemKind, ListKind, StepList};

/// Collects the rows of one action table.
pub struct TableBuilder {
    list: StepList,
    /// Rows of the current block: the row kind, its line, and the value cells.
    block: Vec<(TableRow, u32, Vec<Cell>)>,
    /// Wrapped cell text waiting for the free-text row it belongs to.
    floating: Vec<Cell>,
}

/// A cell's text and the physical line holding its first words (0 while it is empty).
type Cell = (String, u32);

/// The value cells of a row (the cells after the row number and the row name) on `line`.
fn value_cells(l: &Line) -> Vec<Cell> {
    l.cells
        .iter()
        .skip(2)
        .map(|c| (c.clone(), l.line))
        .collect()
}

/// Append `more` to `cells` column by column; a cell empty so far takes the line of its words.
fn merge_cells(cells: &mut Vec<Cell>, more: &[Cell]) {
    for (i, (c, line)) in more.iter().enumerate() {
        if c.is_empty() {
            continue;
        }
        if cells.len() <= i {
            cells.resize(i + 1, (String::new(), 0));
        }
        let cell = &mut cells[i];
        if cell.0.is_empty() {
            cell.1 = *line;
        } else {
            cell.0.push(' ');
        }
        cell.0.push_str(c);
    }
}

impl TableBuilder {
    /// Start a table from its title line.
    pub fn new(channel: Channel, line: u32, heading: &str) -> Self {
        TableBuilder {
            list: StepList {
                kind: ListKind::Table,
                channel,
                paragraph: None,
                line,
                heading: heading.to_string(),
                scenario: None,
                items: Vec::new(),
                twins: Vec::new(),
            },
            block: Vec::new(),
            floating: Vec::new(),
        }
    }

    /// Add one tab-separated row.
    pub fn row(&mut self, l: &Line) {
        let cells = &l.cells;
        let first = cells.first().map(String::as_str).unwrap_or("");
        let second = cells.get(1).map(String::as_str).unwrap_or("");
        if first.is_empty() && second.is_empty() {
            let values = value_cells(l);
            // Only the free-text rows wrap; a fragment after a row of numbers or unit names is the
            // start of the next free-text row, printed before it by the extraction.
            match self.block.last_mut() {
                Some((TableRow::Action | TableRow::Result, _, prev)) => merge_cells(prev, &values),
                _ => merge_cells(&mut self.floating, &values),
            }
            return;
        }
        let by_number = first
            .trim_end_matches('.')
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(lexicon::table_row_by_position);
        let kind = lexicon::table_row(second).or(by_number);
        let Some(kind) = kind else { return };
        if kind == TableRow::Number && self.block.iter().any(|(k, _, _)| *k == TableRow::Number) {
            self.block_boundary();
        }
        let mut values = value_cells(l);
        if matches!(kind, TableRow::Action | TableRow::Result) && !self.floating.is_empty() {
            let mut joined = std::mem::take(&mut self.floating);
            merge_cells(&mut joined, &values);
            values = joined;
        }
        self.block.push((kind, l.line, values));
    }

    /// End the current block of rows and turn its columns into items.
    pub fn block_boundary(&mut self) {
        let block = std::mem::take(&mut self.block);
        self.floating.clear();
        let get = |k: TableRow| block.iter().find(|(kind, _, _)| *kind == k);
        let Some((_, num_line, numbers)) = get(TableRow::Number) else {
            return;
        };
        let cell = |k: TableRow, i: usize| -> Cell {
            get(k)
                .and_then(|(_, _, v)| v.get(i))
                .map(|(s, line)| (s.trim().to_string(), *line))
                .unwrap_or_default()
        };
        for (i, (n, _)) in numbers.iter().enumerate() {
            let Ok(number) = n.trim().parse::<u32>() else {
                continue;
            };
            let (actor_text, actor_line) = cell(TableRow::Actor, i);
            let actor_line = (!actor_text.is_empty()).then_some(actor_line);
            let (action, _) = cell(TableRow::Action, i);
            let (result, _) = cell(TableRow::Result, i);
            let (term, term_line) = cell(TableRow::Duration, i);
            let duration = duration::step_duration(&term).map(|mut d| {
                d.line = term_line;
                for p in &mut d.parts {
                    p.line = term_line;
                }
                d
            });
            let next: Vec<u32> = cell(TableRow::Next, i)
                .0
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|x| x.parse().ok())
                .collect();
            self.list.items.push(Item {
                label: n.trim().to_string(),
                number: Some(number),
                misprint: false,
                line: *num_line,
                kind: ItemKind::Step,
                process_number: None,
                actor: (!actor_text.is_empty()).then(|| lexicon::canonical_actor(&actor_text)),
                actor_text: (!actor_text.is_empty()).then_some(actor_text),
                action,
                duration,
                result: (!result.is_empty()).then_some(result),
                decision: None,
                next,
                actor_kind: None,
                actor_line,
                alternatives: Vec::new(),
                recipient: None,
                object: None,
            });
        }
    }

    /// The finished list, or `None` when no action was read.
    pub fn finish(mut self) -> Option<StepList> {
        self.block_boundary();
        (!self.list.items.is_empty()).then_some(self.list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::logical_lines;

    /// The rows of `text` fed to a table, then its actions.
    fn read(text: &str) -> Vec<Item> {
        let mut t = TableBuilder::new(Channel::Provider, 1, "1 кесте.");
        for l in logical_lines(text).iter().filter(|l| l.is_row()) {
            t.row(l);
        }
        t.finish().map(|l| l.items).unwrap_or_default()
    }

    /// (number, item line, actor line, duration line) of each action.
    fn lines(items: &[Item]) -> Vec<(u32, u32, Option<u32>, Option<u32>)> {
        items
            .iter()
            .map(|i| {
                let d = i.duration.as_ref().map(|d| d.line);
                (i.number.unwrap_or(0), i.line, i.actor_line, d)
            })
            .collect()
    }

    #[test]
    fn kazakh_cells_carry_their_own_rows() {
        // An action whose text wraps onto a row of its own (line 4), printed before its row.
        let text = "1.\tӘрекет (жұмыстар барысының, ағынының) №\t1\t2\n\
                    2.\tҚФБ, АЖ атауы\tУО\tУО АЖ\n\
                    \n\
                    \t\tӨтініштің және құжаттардың\tЖүйеге\n\
                    3.\tӘрекеттің (үдерістің, рәсімдеудің, операцияның) атауы және олардың сипаттамасы\tнегізгілігін тексеру\tтіркеу\n\
                    4.\tАяқтау нысаны ( деректер, құжат, ұйымдық- басшылық шешімі)\tҚабылдау.\tНөмір беру.\n\
                    5.\tОрындау мерзімдері\t10 минуттан аспайды.\t3 жұмыс күні\n\
                    6.\tКелесі әрекеттің нөмірі\t2\t-\n";
        let items = read(text);
        assert_eq!(
            lines(&items),
            vec![(1, 1, Some(2), Some(7)), (2, 1, Some(2), Some(7))]
        );
        assert_eq!(
            items[0].action,
            "Өтініштің және құжаттардың негізгілігін тексеру"
        );
        assert_eq!(items[1].duration.as_ref().map(|d| d.value), Some(3));
    }

    #[test]
    fn russian_cells_carry_their_own_rows() {
        let text = "1.\tДействие (хода, потока работ) №\t1\t2\n\
                    2.\tНаименование СФЕ, ИС\tУО\tУО ИС\n\
                    3.\tНаименование действия (процесса, процедуры, операции) и их описание\tПрием документов.\tРегистрация.\n\
                    4.\tФорма завершения\tТалон.\tУведомление.\n\
                    \n\
                    5.\tСроки исполнения\t15 минут\t1 рабочий день\n\
                    6.\tНомер следующего действия\t2\t-\n";
        let items = read(text);
        assert_eq!(
            lines(&items),
            vec![(1, 1, Some(2), Some(6)), (2, 1, Some(2), Some(6))]
        );
        // A row without its unit cell leaves the action's actor line empty.
        let bare = text.replace("\tУО\tУО ИС", "\t\tУО ИС");
        assert_eq!(lines(&read(&bare))[0].2, None);
    }
}
