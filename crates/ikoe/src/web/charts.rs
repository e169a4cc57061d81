//! Charts drawn on the server as SVG (`_layout/charts.html`): horizontal
//! bars of shares and lines over months. Every chart has a title and sits
//! above a table with the same figures; two series differ in colour and in
//! shape (solid against hatched bars, dots against squares), never in colour
//! alone. The geometry is worked out here, the template only draws it.

/// Width of every chart's drawing (user units; it scales to the page).
pub const WIDTH: i64 = 400;
/// Where bars start, and how long 100 % is at most and at least (the rest
/// of the width is left for the longest text beside a bar).
const BAR_X: i64 = 4;
const BAR_FULL: i64 = 290;
const BAR_FULL_MIN: i64 = 140;
/// A generous width of one character of the values' text (13 px type).
const CHAR_W: i64 = 8;
const BAR_H: i64 = 14;
const LABEL_H: i64 = 20;
const GROUP_GAP: i64 = 12;

/// One bar: a share drawn to scale, and the words written beside it.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Which series (0 or 1): its colour and pattern.
    pub series: usize,
    /// The share in percent (drawn up to 100).
    pub percent: i64,
    pub text: String,
}

/// A labelled group of bars (e.g. one department).
#[derive(Debug, Clone)]
pub struct BarGroup {
    pub label: String,
    pub bars: Vec<Bar>,
}

/// A bar drawn: its place and size.
pub struct DrawnBar<'a> {
    pub bar: &'a Bar,
    pub y: i64,
    pub width: i64,
    /// Where its text starts.
    pub text_x: i64,
}

/// A group drawn: the label's baseline and its bars.
pub struct DrawnGroup<'a> {
    pub label: &'a str,
    pub label_y: i64,
    pub bars: Vec<DrawnBar<'a>>,
}

/// Horizontal bars of shares, grouped.
#[derive(Debug, Clone)]
pub struct Bars {
    /// Unique on its page (the ids of title and description derive from it).
    pub id: &'static str,
    pub title: String,
    /// What the chart says, in words (the SVG's description).
    pub desc: String,
    pub groups: Vec<BarGroup>,
}

impl Bars {
    fn group_height(g: &BarGroup) -> i64 {
        LABEL_H + g.bars.len() as i64 * (BAR_H + 4) + GROUP_GAP
    }
    pub fn height(&self) -> i64 {
        self.groups.iter().map(Bars::group_height).sum::<i64>().max(1)
    }
    /// How long 100 % is: as long as possible with the longest text still
    /// fitting beside its bar.
    fn full(&self) -> i64 {
        let longest = self
            .groups
            .iter()
            .flat_map(|g| g.bars.iter())
            .map(|b| b.text.chars().count() as i64)
            .max()
            .unwrap_or(0);
        (WIDTH - BAR_X - 6 - longest * CHAR_W).clamp(BAR_FULL_MIN, BAR_FULL)
    }
    pub fn drawn(&self) -> Vec<DrawnGroup<'_>> {
        let full = self.full();
        let mut y = 0;
        self.groups
            .iter()
            .map(|g| {
                let top = y;
                y += Bars::group_height(g);
                DrawnGroup {
                    label: &g.label,
                    label_y: top + 14,
                    bars: g
                        .bars
                        .iter()
                        .enumerate()
                        .map(|(i, bar)| {
                            let width = bar.percent.clamp(0, 100) * full / 100;
                            DrawnBar {
                                bar,
                                y: top + LABEL_H + i as i64 * (BAR_H + 4),
                                width,
                                text_x: BAR_X + width + 6,
                            }
                        })
                        .collect(),
                }
            })
            .collect()
    }
    pub fn width(&self) -> i64 {
        WIDTH
    }
    pub fn bar_x(&self) -> i64 {
        BAR_X
    }
    pub fn bar_h(&self) -> i64 {
        BAR_H
    }
}

/// A line over months: one value per month.
#[derive(Debug, Clone)]
pub struct Line {
    pub series: usize,
    /// Shares in percent, one per label of the chart.
    pub percents: Vec<i64>,
}

/// A point drawn.
pub struct Point {
    pub x: i64,
    pub y: i64,
}

/// A gridline with its label.
pub struct Grid {
    pub y: i64,
    pub label: String,
}

/// A label under the time axis.
pub struct Tick {
    pub x: i64,
    pub label: String,
}

const PLOT_LEFT: i64 = 44;
const PLOT_RIGHT: i64 = 388;
const PLOT_TOP: i64 = 10;
const PLOT_BOTTOM: i64 = 160;
/// The height of a line chart.
pub const LINES_HEIGHT: i64 = 186;

/// Lines of shares (0–100 %) over months.
#[derive(Debug, Clone)]
pub struct Lines {
    pub id: &'static str,
    pub title: String,
    pub desc: String,
    /// The months, in the page's language.
    pub labels: Vec<String>,
    pub lines: Vec<Line>,
    /// "0 %", "50 %", "100 %" in the page's language.
    pub grid_labels: [String; 3],
}

impl Lines {
    fn x(&self, i: usize) -> i64 {
        let n = self.labels.len() as i64;
        if n <= 1 {
            (PLOT_LEFT + PLOT_RIGHT) / 2
        } else {
            PLOT_LEFT + i as i64 * (PLOT_RIGHT - PLOT_LEFT) / (n - 1)
        }
    }
    fn y(percent: i64) -> i64 {
        PLOT_BOTTOM - percent.clamp(0, 100) * (PLOT_BOTTOM - PLOT_TOP) / 100
    }
    pub fn points(&self, line: &Line) -> Vec<Point> {
        line.percents
            .iter()
            .enumerate()
            .map(|(i, p)| Point {
                x: self.x(i),
                y: Lines::y(*p),
            })
            .collect()
    }
    /// The polyline's `points` attribute.
    pub fn path(&self, line: &Line) -> String {
        self.points(line)
            .iter()
            .map(|p| format!("{},{}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    }
    pub fn grid(&self) -> Vec<Grid> {
        [0, 50, 100]
            .iter()
            .zip(self.grid_labels.iter())
            .map(|(p, label)| Grid {
                y: Lines::y(*p),
                label: label.clone(),
            })
            .collect()
    }
    /// Labels under the axis: the first and last month, and the middle one
    /// when there are enough months for three to fit.
    pub fn ticks(&self) -> Vec<Tick> {
        let n = self.labels.len();
        let mut at: Vec<usize> = vec![0];
        if n >= 5 {
            at.push(n / 2);
        }
        if n >= 2 {
            at.push(n - 1);
        }
        at.into_iter()
            .filter_map(|i| {
                self.labels.get(i).map(|l| Tick {
                    x: self.x(i),
                    label: l.clone(),
                })
            })
            .collect()
    }
    pub fn width(&self) -> i64 {
        WIDTH
    }
    pub fn height(&self) -> i64 {
        LINES_HEIGHT
    }
    pub fn left(&self) -> i64 {
        PLOT_LEFT
    }
    pub fn right(&self) -> i64 {
        PLOT_RIGHT
    }
    pub fn bottom(&self) -> i64 {
        PLOT_BOTTOM
    }
    /// The text anchor of a tick: the first starts, the last ends, others centre.
    pub fn anchor(&self, t: &Tick) -> &'static str {
        if self.labels.len() > 1 && t.x == PLOT_LEFT {
            "start"
        } else if self.labels.len() > 1 && t.x == PLOT_RIGHT {
            "end"
        } else {
            "middle"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_drawn_to_scale_and_capped() {
        let b = Bars {
            id: "x",
            title: String::new(),
            desc: String::new(),
            groups: vec![BarGroup {
                label: "A".into(),
                bars: vec![
                    Bar {
                        series: 0,
                        percent: 50,
                        text: "50 %".into(),
                    },
                    Bar {
                        series: 1,
                        percent: 140,
                        text: "140 %".into(),
                    },
                ],
            }],
        };
        let d = b.drawn();
        assert_eq!(d[0].bars[0].width, BAR_FULL / 2);
        assert_eq!(d[0].bars[1].width, BAR_FULL);
        // a long text shortens the bars so it still fits
        let mut long = b.clone();
        long.groups[0].bars[1].text = "beantwortet: 120 (100 %)".into();
        let d = long.drawn();
        let last = &d[0].bars[1];
        assert!(last.width < BAR_FULL);
        assert!(last.text_x + 24 * CHAR_W <= WIDTH, "{}", last.text_x);
        assert!(d[0].bars[1].y > d[0].bars[0].y);
        assert_eq!(b.height(), LABEL_H + 2 * (BAR_H + 4) + GROUP_GAP);
    }

    #[test]
    fn lines_span_the_plot() {
        let l = Lines {
            id: "t",
            title: String::new(),
            desc: String::new(),
            labels: vec!["a".into(), "b".into(), "c".into()],
            lines: vec![Line {
                series: 0,
                percents: vec![0, 50, 100],
            }],
            grid_labels: [String::new(), String::new(), String::new()],
        };
        let mid = (PLOT_LEFT + PLOT_RIGHT) / 2;
        let half = (PLOT_TOP + PLOT_BOTTOM) / 2;
        assert_eq!(
            l.path(&l.lines[0]),
            format!("{PLOT_LEFT},{PLOT_BOTTOM} {mid},{half} {PLOT_RIGHT},{PLOT_TOP}")
        );
        let ticks = l.ticks();
        assert_eq!(ticks.len(), 2);
        assert_eq!(l.anchor(&ticks[0]), "start");
        assert_eq!(l.anchor(&ticks[1]), "end");
    }
}
