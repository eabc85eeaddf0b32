//! The browser's state and looks: the screens (a table of items, a value's tree, a long string),
//! the selection on each, what the keys do, and how a frame is drawn. It has no terminal of its
//! own, so it is tested with ratatui's `TestBackend`; the terminal and the event loop are in
//! `mod.rs`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, List, ListItem, Paragraph, Row, Table as TableWidget};

use super::Fed;
use super::table::Table;
use super::tree::{Key, Tree, ValueKind};

/// A string longer than this (or of several lines) opens on a screen of its own.
const LONG_STRING: usize = 80;
/// The widest a column grows before the others get room.
const MAX_COLUMN_WIDTH: usize = 60;
const HELP: &str = "↑/k ↓/j move · enter/→ open · ←/h close · esc back · r raw · p print · q quit";

/// What a key asks of the event loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Continue,
    Quit,
    /// Leave the screen and print this value (JSON).
    Print(String),
}

/// Where more items come from, as the footer tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    /// More pages can be asked for.
    More,
    /// A page was asked for.
    Loading,
    /// Items come as they happen.
    Live,
    /// Nothing more will come; why, when it is worth saying.
    Ended(Option<String>),
    Failed(String),
}

/// A list's or a stream's items and where the reader is in them.
struct Listing {
    table: Table,
    cursor: Cursor,
    status: Status,
    /// The feed's last passing message (a dropped connection).
    note: Option<String>,
}

enum Screen {
    Tree {
        /// Where the value came from, for the title (`agent_01…`, `tools[0]`).
        label: Option<String>,
        tree: Tree,
        cursor: Cursor,
        /// The indented JSON of the whole value, made when raw mode first shows it.
        pretty: Option<Vec<String>>,
        raw_cursor: Cursor,
    },
    Text {
        label: String,
        text: String,
        /// `text` cut to the width of the last frame, and that width.
        lines: Vec<String>,
        width: usize,
        cursor: Cursor,
    },
}

impl Screen {
    /// Moves the selection, or on text and raw JSON the view, within `height` rows.
    fn go(&mut self, movement: Move, raw: bool, height: usize) {
        match self {
            Screen::Tree {
                tree,
                pretty,
                raw_cursor,
                ..
            } if raw => raw_cursor.scroll(movement, pretty_lines(pretty, tree).len(), height),
            Screen::Tree { tree, cursor, .. } => cursor.select(movement, tree.rows().len(), height),
            Screen::Text { lines, cursor, .. } => cursor.scroll(movement, lines.len(), height),
        }
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, raw: bool, color: bool) {
        if let Screen::Text { text, lines, width, .. } = self
            && *width != usize::from(area.width)
        {
            *width = usize::from(area.width);
            *lines = wrap(text, *width);
        }
        // What was in sight may not be, after a resize.
        self.go(Move::By(0), raw, usize::from(area.height));
        match self {
            Screen::Tree { pretty, raw_cursor, .. } if raw => {
                draw_text(frame, area, pretty.as_deref().unwrap_or_default(), raw_cursor.offset)
            }
            Screen::Tree { tree, cursor, .. } => draw_tree(frame, area, tree, cursor, color),
            Screen::Text { lines, cursor, .. } => draw_text(frame, area, lines, cursor.offset),
        }
    }
}

pub struct App {
    title: String,
    /// The list or stream being browsed; `None` for a single value.
    items: Option<Listing>,
    /// Screens opened on top of the items' table (for a single value, its tree is the first).
    screens: Vec<Screen>,
    raw: bool,
    color: bool,
    /// Rows the body showed at the last frame: a page for PgUp/PgDn, and how near the end is
    /// near enough to ask for more.
    height: usize,
}

impl App {
    /// A single value (`json`) to browse as a tree, or as text when it is a string.
    pub fn value(title: &str, json: &str, color: bool) -> Self {
        let mut app = Self::new(title, None, color);
        app.screens.push(screen_of(None, json));
        app
    }

    /// Items of a list (`live` false: more pages come when asked) or of a stream (`live`).
    pub fn items(title: &str, first: Vec<String>, live: bool, color: bool) -> Self {
        let mut table = Table::default();
        table.extend(first);
        let status = if live { Status::Live } else { Status::More };
        let items = Listing {
            table,
            cursor: Cursor::default(),
            status,
            note: None,
        };
        Self::new(title, Some(items), color)
    }

    fn new(title: &str, items: Option<Listing>, color: bool) -> Self {
        Self {
            title: title.to_string(),
            items,
            screens: Vec::new(),
            raw: false,
            color,
            height: 20,
        }
    }

    /// Whether to ask for the next page now: the reader is within a screenful of the end.
    pub fn wants_more(&self) -> bool {
        self.items.as_ref().is_some_and(|items| {
            items.status == Status::More && items.cursor.selected + self.height >= items.table.len()
        })
    }

    /// The next page was asked for.
    pub fn loading(&mut self) {
        if let Some(items) = &mut self.items {
            items.status = Status::Loading;
        }
    }

    pub fn fed(&mut self, fed: Fed) {
        let Some(items) = &mut self.items else {
            return;
        };
        match fed {
            Fed::Items(new) => {
                // On the last row of a stream, the selection follows what arrives.
                let follow = items.status == Status::Live && items.cursor.selected + 1 >= items.table.len();
                items.table.extend(new);
                if follow {
                    items.cursor.selected = items.table.len().saturating_sub(1);
                }
                if items.status == Status::Loading {
                    items.status = Status::More;
                }
            }
            Fed::Note(note) => items.note = Some(note),
            Fed::End(why) => items.status = Status::Ended(why),
            Fed::Failed(why) => items.status = Status::Failed(why),
        }
    }

    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let page = self.height.max(1);
        let movement = match key.code {
            KeyCode::Char('c') if ctrl => return Outcome::Quit,
            KeyCode::Char('q') => return Outcome::Quit,
            KeyCode::Char('p') => return self.selection().map_or(Outcome::Continue, Outcome::Print),
            KeyCode::Char('r') => {
                self.raw = !self.raw;
                return Outcome::Continue;
            }
            KeyCode::Esc if self.at_bottom() => return Outcome::Quit,
            KeyCode::Esc | KeyCode::Backspace => {
                self.back();
                return Outcome::Continue;
            }
            KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => {
                self.open(key.code == KeyCode::Enter);
                return Outcome::Continue;
            }
            KeyCode::Left | KeyCode::Char('h') => {
                self.close();
                return Outcome::Continue;
            }
            KeyCode::Up | KeyCode::Char('k') => Move::By(-1),
            KeyCode::Down | KeyCode::Char('j') => Move::By(1),
            KeyCode::Char('b') if ctrl => Move::By(-(page as isize)),
            KeyCode::Char('f') if ctrl => Move::By(page as isize),
            KeyCode::PageUp => Move::By(-(page as isize)),
            KeyCode::PageDown | KeyCode::Char(' ') => Move::By(page as isize),
            KeyCode::Home | KeyCode::Char('g') => Move::First,
            KeyCode::End | KeyCode::Char('G') => Move::Last,
            _ => return Outcome::Continue,
        };
        match self.screens.last_mut() {
            Some(screen) => screen.go(movement, self.raw, self.height),
            None => {
                if let Some(items) = &mut self.items {
                    items.cursor.select(movement, items.table.len(), self.height);
                }
            }
        }
        Outcome::Continue
    }

    /// Whether the screen shown is the first one (then esc quits, as in the official CLI).
    fn at_bottom(&self) -> bool {
        self.screens.len() <= usize::from(self.items.is_none())
    }

    fn back(&mut self) {
        if !self.at_bottom() {
            self.screens.pop();
        }
    }

    /// The value of the selected row (JSON), or of the whole screen in raw mode.
    fn selection(&self) -> Option<String> {
        match self.screens.last() {
            Some(Screen::Tree { tree, .. }) if self.raw => Some(tree.node(&[]).json()),
            Some(Screen::Tree { tree, cursor, .. }) => Some(tree.node_at(cursor.selected).json()),
            Some(Screen::Text { text, .. }) => Some(serde_json::Value::from(text.as_str()).to_string()),
            None => {
                let items = self.items.as_ref()?;
                items.table.item(items.cursor.selected).map(str::to_string)
            }
        }
    }

    /// Enter, → or l: the selected item's tree; on a tree, a closed member opens (enter also
    /// closes an open one) and a long string opens as text.
    fn open(&mut self, enter: bool) {
        if self.raw {
            return;
        }
        let screen = match self.screens.last_mut() {
            None => {
                let Some(items) = &self.items else { return };
                let Some(item) = items.table.item(items.cursor.selected) else {
                    return;
                };
                let id = gjson::get(item, "id");
                let label = if id.kind() == gjson::Kind::String {
                    id.str().to_string()
                } else {
                    format!("[{}]", items.cursor.selected)
                };
                screen_of(Some(label), item)
            }
            Some(Screen::Tree { tree, cursor, .. }) => {
                let row = cursor.selected;
                let changed = if enter {
                    tree.toggle(row)
                } else {
                    tree.set_open(row, true)
                };
                let node = tree.node_at(row);
                match node.string() {
                    Some(text) if !changed && is_long(&text) => text_screen(tree_path(tree, row), text),
                    _ => return,
                }
            }
            Some(Screen::Text { .. }) => return,
        };
        self.screens.push(screen);
    }

    /// ← or h on a tree: an open member closes, else the selection goes to its parent, else
    /// back to the screen before.
    fn close(&mut self) {
        if let Some(Screen::Tree { tree, cursor, .. }) = self.screens.last_mut()
            && !self.raw
        {
            if tree.set_open(cursor.selected, false) {
                return;
            }
            if let Some(parent) = tree.parent_row(cursor.selected) {
                cursor.selected = parent;
                return;
            }
        }
        self.back();
    }

    pub fn draw(&mut self, frame: &mut Frame) {
        let [title, body, status, help] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(frame.area());
        frame.render_widget(Line::styled(self.title_text(), Style::new().bold()), title);
        frame.render_widget(Line::styled(HELP, Style::new().dim()), help);
        frame.render_widget(self.status_line(), status);
        self.draw_body(frame, body);
    }

    fn title_text(&self) -> String {
        let mut text = self.title.clone();
        for screen in &self.screens {
            let label = match screen {
                Screen::Tree { label, .. } => label.as_deref(),
                Screen::Text { label, .. } => Some(label.as_str()).filter(|l| !l.is_empty()),
            };
            if let Some(label) = label {
                text.push_str(" → ");
                text.push_str(label);
            }
        }
        if self.raw {
            text.push_str(" (JSON)");
        }
        text
    }

    fn status_line(&self) -> Line<'static> {
        let Some(items) = &self.items else {
            return Line::default();
        };
        let n = items.table.len();
        let mut spans = vec![Span::raw(format!("{n} item{}", if n == 1 { "" } else { "s" }))];
        let (text, style) = match &items.status {
            Status::More => (" · more below".to_string(), Style::new().dim()),
            Status::Loading => (" · loading more…".to_string(), Style::new().dim()),
            Status::Live => (" · following the stream".to_string(), Style::new().dim()),
            Status::Ended(None) => (" · all loaded".to_string(), Style::new().dim()),
            Status::Ended(Some(why)) => (format!(" · {why}"), Style::new().dim()),
            Status::Failed(why) => (format!(" · error: {why}"), self.paint(Color::Red).bold()),
        };
        spans.push(Span::styled(text, style));
        if let Some(note) = &items.note
            && matches!(items.status, Status::Live)
        {
            spans.push(Span::styled(format!(" · {note}"), self.paint(Color::Yellow)));
        }
        Line::from(spans)
    }

    fn draw_body(&mut self, frame: &mut Frame, area: Rect) {
        match self.screens.last_mut() {
            Some(screen) => {
                self.height = usize::from(area.height);
                screen.draw(frame, area, self.raw, self.color);
            }
            None => {
                if let Some(items) = &mut self.items {
                    // The header takes a row.
                    self.height = usize::from(area.height.saturating_sub(1));
                    items.cursor.select(Move::By(0), items.table.len(), self.height);
                    draw_table(frame, area, items, self.raw);
                }
            }
        }
    }

    /// `color` as a foreground, or no colour when colours are off (`NO_COLOR`).
    fn paint(&self, color: Color) -> Style {
        paint(self.color, color)
    }
}

fn paint(on: bool, color: Color) -> Style {
    if on { Style::new().fg(color) } else { Style::new() }
}

fn selected_style() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

fn draw_table(frame: &mut Frame, area: Rect, items: &Listing, raw: bool) {
    let table = &items.table;
    let height = usize::from(area.height.saturating_sub(1));
    let shown = items.cursor.offset..(items.cursor.offset + height).min(table.len());
    let (titles, widths): (Vec<String>, Vec<usize>) = if raw {
        (vec!["json".into()], vec![usize::from(area.width)])
    } else {
        let titles: Vec<String> = table.columns().iter().map(|c| c.title().to_string()).collect();
        let widths = titles
            .iter()
            .enumerate()
            .map(|(i, title)| {
                table
                    .column_width(i)
                    .max(Span::raw(title.as_str()).width())
                    .min(MAX_COLUMN_WIDTH)
            })
            .collect();
        (titles, widths)
    };
    let spacing = 2;
    let room = usize::from(area.width).saturating_sub(spacing * widths.len().saturating_sub(1));
    let widths = fit(&widths, room);
    let rows: Vec<Row> = shown
        .clone()
        .map(|i| {
            let cells: Vec<Cell> = if raw {
                vec![Cell::from(table.item(i).unwrap_or_default().replace('\n', " "))]
            } else {
                table.cells(i).iter().map(|c| Cell::from(c.as_str())).collect()
            };
            let row = Row::new(cells);
            if i == items.cursor.selected {
                row.style(selected_style())
            } else {
                row
            }
        })
        .collect();
    let header = Row::new(titles).style(Style::new().bold().underlined());
    let widget = TableWidget::new(rows, widths.into_iter().map(|w| Constraint::Length(w as u16)))
        .header(header)
        .column_spacing(spacing as u16);
    frame.render_widget(widget, area);
}

fn draw_tree(frame: &mut Frame, area: Rect, tree: &Tree, cursor: &Cursor, color: bool) {
    let end = (cursor.offset + usize::from(area.height)).min(tree.rows().len());
    let lines: Vec<ListItem> = (cursor.offset..end)
        .map(|i| {
            let t = tree.text(i);
            let mut spans = vec![Span::raw(format!("{}{} ", "  ".repeat(t.depth), t.marker))];
            if let Some(label) = t.label {
                spans.push(Span::styled(label, paint(color, Color::Blue).bold()));
                spans.push(Span::raw(": "));
            }
            let style = match t.kind {
                ValueKind::String => paint(color, Color::Green),
                ValueKind::Number => paint(color, Color::Cyan),
                ValueKind::Literal => paint(color, Color::Magenta),
                ValueKind::Container => Style::new().dim(),
            };
            spans.push(Span::styled(t.value, style));
            let item = ListItem::new(Line::from(spans));
            if i == cursor.selected {
                item.style(selected_style())
            } else {
                item
            }
        })
        .collect();
    frame.render_widget(List::new(lines), area);
}

fn draw_text(frame: &mut Frame, area: Rect, lines: &[String], offset: usize) {
    let end = (offset + usize::from(area.height)).min(lines.len());
    let shown: Vec<Line> = lines[offset.min(end)..end]
        .iter()
        .map(|l| Line::raw(l.as_str()))
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
}

/// The screen for a value: its tree, or its text when it is a string.
fn screen_of(label: Option<String>, json: &str) -> Screen {
    let tree = Tree::parse(json);
    match tree.node(&[]).string() {
        Some(text) => text_screen(label.unwrap_or_default(), text),
        None => Screen::Tree {
            label,
            tree,
            cursor: Cursor::default(),
            pretty: None,
            raw_cursor: Cursor::default(),
        },
    }
}

fn text_screen(label: String, text: String) -> Screen {
    Screen::Text {
        label,
        text,
        lines: Vec::new(),
        width: 0,
        cursor: Cursor::default(),
    }
}

fn pretty_lines<'a>(pretty: &'a mut Option<Vec<String>>, tree: &Tree) -> &'a [String] {
    pretty.get_or_insert_with(|| {
        let json = tree.node(&[]).json();
        gjson::get(&json, "@pretty")
            .json()
            .lines()
            .map(str::to_string)
            .collect()
    })
}

fn is_long(text: &str) -> bool {
    text.contains('\n') || text.chars().count() > LONG_STRING
}

/// Where the node at `row` sits in the value: `tools[0].name`.
fn tree_path(tree: &Tree, row: usize) -> String {
    let path = &tree.rows()[row].path;
    let mut text = String::new();
    for depth in 1..=path.len() {
        match tree.node(&path[..depth]).key() {
            Key::Field(name) if text.is_empty() => text.push_str(name),
            Key::Field(name) => {
                text.push('.');
                text.push_str(name);
            }
            Key::Index(i) => text.push_str(&format!("[{i}]")),
            Key::Root => {}
        }
    }
    text
}

/// `text`'s lines cut to `width` characters each.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        if chars.is_empty() {
            lines.push(String::new());
        }
        lines.extend(chars.chunks(width).map(|c| c.iter().collect()));
    }
    lines
}

/// Column widths within `room`: as they are when they fit, else the widest are cut down to a
/// common width, so narrow columns keep all of theirs.
fn fit(widths: &[usize], room: usize) -> Vec<usize> {
    if widths.iter().sum::<usize>() <= room {
        return widths.to_vec();
    }
    let mut cap = *widths.iter().max().unwrap_or(&0);
    while cap > 1 && widths.iter().map(|w| (*w).min(cap)).sum::<usize>() > room {
        cap -= 1;
    }
    widths.iter().map(|w| (*w).min(cap)).collect()
}

#[derive(Debug, Clone, Copy)]
enum Move {
    By(isize),
    First,
    Last,
}

/// A selected row and the first row shown.
#[derive(Debug, Default, Clone, Copy)]
struct Cursor {
    selected: usize,
    offset: usize,
}

impl Cursor {
    /// Moves the selection among `len` rows, and the view so that `height` rows show it.
    fn select(&mut self, movement: Move, len: usize, height: usize) {
        let last = len.saturating_sub(1);
        self.selected = match movement {
            Move::By(n) => self.selected.saturating_add_signed(n).min(last),
            Move::First => 0,
            Move::Last => last,
        };
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if height > 0 && self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }

    /// Moves the view itself, for text without a selection.
    fn scroll(&mut self, movement: Move, len: usize, height: usize) {
        let last = len.saturating_sub(height);
        self.offset = match movement {
            Move::By(n) => self.offset.saturating_add_signed(n).min(last),
            Move::First => 0,
            Move::Last => last,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn press(app: &mut App, keys: &str) -> Outcome {
        let mut last = Outcome::Continue;
        for c in keys.chars() {
            let code = match c {
                '⏎' => KeyCode::Enter,
                '⎋' => KeyCode::Esc,
                '⌫' => KeyCode::Backspace,
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                c => KeyCode::Char(c),
            };
            last = app.key(KeyEvent::from(code));
        }
        last
    }

    fn screen(app: &mut App, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| app.draw(f)).unwrap();
        terminal.backend().to_string()
    }

    fn agent(i: usize) -> String {
        format!(
            r#"{{"id":"agent_{i:02}","type":"agent","name":"agent number {i}","model":{{"id":"claude-sonnet-4-6"}},"system":"line one\nline two","tools":[{{"type":"agent_toolset_20260401"}}],"metadata":{{}},"version":1,"created_at":"2026-05-01T10:00:{i:02}Z"}}"#
        )
    }

    fn agents(n: usize) -> Vec<String> {
        (0..n).map(agent).collect()
    }

    #[test]
    fn a_list_draws_as_a_table() {
        let mut app = App::items("beta:agents list", agents(3), false, false);
        insta::assert_snapshot!(screen(&mut app, 80, 8));
    }

    #[test]
    fn enter_opens_the_tree_and_esc_goes_back() {
        let mut app = App::items("beta:agents list", agents(3), false, false);
        press(&mut app, "j⏎");
        insta::assert_snapshot!(screen(&mut app, 80, 13));
        // The model opens, then a long string opens as text.
        press(&mut app, "jjl");
        press(&mut app, "jj⏎");
        insta::assert_snapshot!(screen(&mut app, 80, 8));
        assert_eq!(press(&mut app, "p"), Outcome::Print(r#""line one\nline two""#.into()));
        press(&mut app, "⌫⌫");
        assert_eq!(press(&mut app, "p"), Outcome::Print(agent(1)));
        assert_eq!(press(&mut app, "⎋"), Outcome::Quit, "esc on the first screen quits");
    }

    #[test]
    fn left_closes_then_climbs_then_goes_back() {
        let mut app = App::items("t", agents(2), false, false);
        press(&mut app, "⏎jjjjjl");
        screen(&mut app, 80, 20);
        assert_eq!(
            press(&mut app, "jp"),
            Outcome::Print(r#"{"type":"agent_toolset_20260401"}"#.into())
        );
        press(&mut app, "←");
        assert_eq!(
            press(&mut app, "p"),
            Outcome::Print(r#"[{"type":"agent_toolset_20260401"}]"#.into())
        );
        press(&mut app, "←");
        assert!(screen(&mut app, 80, 20).contains("▸ tools: [1 item]"));
        press(&mut app, "←");
        assert!(screen(&mut app, 80, 20).contains("id        name"), "back on the table");
    }

    #[test]
    fn raw_shows_json_and_p_prints_the_whole_value() {
        let mut app = App::value("beta:agents retrieve", &agent(7), false);
        press(&mut app, "r");
        insta::assert_snapshot!(screen(&mut app, 60, 10));
        assert_eq!(press(&mut app, "p"), Outcome::Print(agent(7)));
        press(&mut app, "r");
        assert_eq!(press(&mut app, "p"), Outcome::Print(r#""agent_07""#.into()));
        assert_eq!(press(&mut app, "q"), Outcome::Quit);
    }

    #[test]
    fn the_reader_near_the_end_asks_for_more_once() {
        let mut app = App::items("t", agents(10), false, false);
        screen(&mut app, 80, 8);
        assert!(!app.wants_more(), "the first rows fill the screen");
        press(&mut app, "G");
        assert!(app.wants_more());
        app.loading();
        assert!(!app.wants_more(), "one page at a time");
        assert!(screen(&mut app, 80, 8).contains("10 items · loading more…"));
        app.fed(Fed::Items((10..15).map(agent).collect()));
        assert!(!app.wants_more(), "a screenful below the selection");
        press(&mut app, "G");
        assert!(app.wants_more());
        app.fed(Fed::End(None));
        assert!(!app.wants_more());
        assert!(screen(&mut app, 80, 8).contains("15 items · all loaded"));
        app.fed(Fed::Failed("boom".into()));
        assert!(screen(&mut app, 80, 8).contains("error: boom"));
    }

    #[test]
    fn a_stream_follows_new_events_from_the_last_row_only() {
        let event = |i: usize| {
            format!(r#"{{"id":"sevt_{i}","type":"agent.message","content":[{{"type":"text","text":"hello {i}"}}]}}"#)
        };
        let mut app = App::items("beta:sessions:events stream", vec![], true, false);
        app.fed(Fed::Items(vec![event(0), event(1)]));
        assert_eq!(press(&mut app, "p"), Outcome::Print(event(1)));
        press(&mut app, "k");
        app.fed(Fed::Items(vec![event(2)]));
        assert_eq!(
            press(&mut app, "p"),
            Outcome::Print(event(0)),
            "scrolled back, the selection stays"
        );
        press(&mut app, "G");
        app.fed(Fed::Note("connection lost; reconnecting".into()));
        app.fed(Fed::Items(vec![event(3)]));
        assert_eq!(press(&mut app, "p"), Outcome::Print(event(3)));
        insta::assert_snapshot!(screen(&mut app, 80, 8));
    }

    #[test]
    fn columns_share_the_width_the_widest_giving_way() {
        assert_eq!(fit(&[5, 10, 3], 30), [5, 10, 3]);
        assert_eq!(fit(&[40, 10, 40], 60), [25, 10, 25]);
        assert_eq!(fit(&[4, 4], 2), [1, 1]);
    }

    #[test]
    fn long_text_wraps_at_the_width() {
        assert_eq!(wrap("abcdef\n\nxy", 4), ["abcd", "ef", "", "xy"]);
    }
}
