//! The 2012 action tables: rows named by their heading cell, one column per action.
//!
//! A table comes in blocks («1) Негізгі үдірістің … әрекеті») of six rows: action number,
//! unit (ҚФБ, АЖ), action, completion form, term, next action. Cells broken over several
//! physical lines arrive as rows whose leading cells are empty; they continue the row above.

use super::duration;
use super::lines::Line;
use crate::lexicon::{self, TableRow};
use crate::model::{Channel, Item, ItemKind, ListKind, StepList};

/// Collects the rows of one action table.
pub struct TableBuilder {
    list: StepList,
    /// Rows of the current block: the row kind, its line, and the value cells.
    block: Vec<(TableRow, u32, Vec<String>)>,
    /// Wrapped cell text waiting for the free-text row it belongs to.
    floating: Vec<String>,
}

/// Append `more` to `cells` column by column.
fn merge_cells(cells: &mut Vec<String>, more: &[String]) {
    for (i, c) in more.iter().enumerate() {
        if c.is_empty() {
            continue;
        }
        if cells.len() <= i {
            cells.resize(i + 1, String::new());
        }
        if !cells[i].is_empty() {
            cells[i].push(' ');
        }
        cells[i].push_str(c);
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
            let values: Vec<String> = cells.iter().skip(2).cloned().collect();
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
        let mut values: Vec<String> = cells.iter().skip(2).cloned().collect();
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
        let cell = |k: TableRow, i: usize| -> String {
            get(k)
                .and_then(|(_, _, v)| v.get(i))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        for (i, n) in numbers.iter().enumerate() {
            let Ok(number) = n.trim().parse::<u32>() else {
                continue;
            };
            let actor_text = cell(TableRow::Actor, i);
            let action = cell(TableRow::Action, i);
            let result = cell(TableRow::Result, i);
            let term = cell(TableRow::Duration, i);
            let next: Vec<u32> = cell(TableRow::Next, i)
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
                duration: duration::step_duration(&term),
                result: (!result.is_empty()).then_some(result),
                decision: None,
                next,
                actor_kind: None,
                actor_line: None,
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
