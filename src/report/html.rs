//! The HTML report: one self-contained page (no scripts, fonts or images from
//! anywhere) that a person would rather look at than read. Each dispute shows its
//! sides next to each other with every quote highlighted in its sentence, and its
//! claims drawn as a small graph in SVG; a matrix shows which outlet said what.

use super::contents::{ClaimRef, DisputeEntry, Report};
use super::words;
use crate::printable;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::rules::Severity;

/// Above this many claims a dispute's graph is not drawn here: DOT and Graphviz
/// lay out large graphs better.
const MAX_DRAWN: usize = 40;
/// Side colours, in order; a dispute with more sides repeats them.
const PALETTE: &[&str] = &[
    "#2563eb", "#d97706", "#059669", "#7c3aed", "#db2777", "#0891b2",
];

pub fn render(report: &Report) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(HEAD);
    let _ = writeln!(
        out,
        "<header><h1>Contradictions report</h1><p class=\"summary\">{}</p></header>",
        escape(&report.summary())
    );
    articles(report, &mut out);
    if report.disputes.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&words::no_disputes(report)));
    } else {
        matrix(report, &mut out);
        for d in &report.disputes {
            dispute(report, d, &mut out);
        }
    }
    if !report.problems.is_empty() {
        out.push_str("<section><h2>Problems</h2><ul>\n");
        for problem in &report.problems {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                escape(&words::describe_problem(problem))
            );
        }
        out.push_str("</ul></section>\n");
    }
    if !report.notes.is_empty() || !report.stale_verdicts.is_empty() {
        out.push_str("<section><h2>Notes</h2><ul>\n");
        for stale in &report.stale_verdicts {
            let _ = writeln!(out, "<li>{}</li>", escape(&words::describe_stale(stale)));
        }
        for note in report.note_lines() {
            let _ = writeln!(out, "<li>{}</li>", escape(&note));
        }
        out.push_str("</ul></section>\n");
    }
    out.push_str("</main></body></html>\n");
    out
}

fn articles(report: &Report, out: &mut String) {
    out.push_str("<section><h2>Articles</h2><table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Claims</th><th>Copy of</th></tr></thead><tbody>\n");
    for a in &report.articles {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            escape(&a.label),
            escape(a.outlet.as_deref().unwrap_or("—")),
            escape(a.published.as_deref().unwrap_or("undated")),
            a.claims,
            a.copy_of
                .as_deref()
                .map_or("—".to_string(), |c| escape(&report.label(c)))
        );
    }
    out.push_str("</tbody></table></section>\n");
}

/// Who said what: a row per article, a column per dispute, each cell the value
/// that article gives, in its side's colour.
fn matrix(report: &Report, out: &mut String) {
    out.push_str("<section><h2>Who said what</h2><div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>Article</th>");
    for d in &report.disputes {
        let _ = write!(
            out,
            "<th><a href=\"#{id}\">{}</a><br><span class=\"dim\">{}</span></th>",
            escape(&d.subject),
            escape(&d.predicate),
            id = escape(&d.id)
        );
    }
    out.push_str("</tr></thead><tbody>\n");
    for a in &report.articles {
        let _ = write!(out, "<tr><th>{}</th>", escape(&a.label));
        for d in &report.disputes {
            let said = d
                .sides
                .iter()
                .enumerate()
                .find(|(_, s)| s.articles.contains(&a.id));
            match said {
                Some((i, side)) => {
                    let _ = write!(
                        out,
                        "<td style=\"border-left:4px solid {}\">{}</td>",
                        colour(i),
                        escape(&side.value)
                    );
                }
                None => out.push_str("<td class=\"dim\">·</td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div></section>\n");
}

fn dispute(report: &Report, d: &DisputeEntry, out: &mut String) {
    let _ = writeln!(
        out,
        "<section class=\"dispute\" id=\"{id}\"><h2><span class=\"badge {sev}\">{sev}</span> {subject} <span class=\"dim\">({predicate}) · {id} · <code>{rule}</code></span></h2>\n<p>{reason}</p>",
        id = escape(&d.id),
        sev = d.severity,
        subject = escape(&d.subject),
        predicate = escape(&d.predicate),
        rule = escape(&d.rule),
        reason = escape(&d.reason)
    );
    if let Some(likely) = &d.likely {
        let _ = writeln!(
            out,
            "<p class=\"likely\">{}</p>",
            escape(&words::describe_likely(likely))
        );
    }
    if let Some(v) = &d.verdict {
        let _ = writeln!(
            out,
            "<p class=\"verdict\">{}</p>",
            escape(&words::describe_verdict(v))
        );
    }
    out.push_str("<div class=\"body\"><div class=\"sides\">\n");
    for (i, side) in d.sides.iter().enumerate() {
        let _ = writeln!(
            out,
            "<div class=\"side\" style=\"border-top:4px solid {}\"><h3>{}</h3><p class=\"dim\">{} · {} article{}</p>",
            colour(i),
            escape(&side.value),
            words::sources(side.support),
            side.articles.len(),
            if side.articles.len() == 1 { "" } else { "s" }
        );
        if side.claims.is_empty() {
            let labels: Vec<String> = side.articles.iter().map(|a| report.label(a)).collect();
            let _ = writeln!(out, "<p>{}</p>", escape(&labels.join(", ")));
        }
        for c in &side.claims {
            let _ = writeln!(
                out,
                "<blockquote><cite>{} · {}</cite>{}</blockquote>",
                escape(&report.label(&c.article)),
                escape(&c.claim),
                quote_in_sentence(c, i)
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
    out.push_str(&graph(report, d));
    out.push_str("</div></section>\n");
}

/// The quote marked in its sentence.
fn quote_in_sentence(c: &ClaimRef, side: usize) -> String {
    let Some(quote) = &c.quote else {
        return escape(words::NO_QUOTE);
    };
    let mark = format!(
        "<mark style=\"background:{}33\">{}</mark>",
        colour(side),
        escape(quote)
    );
    match &c.context {
        Some((before, after)) => format!("{}{mark}{}", escape(before), escape(after)),
        None => mark,
    }
}

/// The dispute's claims as an SVG graph: each side's claims together on a
/// circle, conflicts in red, agreements in grey dashes. Variants are drawn as
/// their forms around the name.
fn graph(report: &Report, d: &DisputeEntry) -> String {
    let mut nodes: Vec<(String, String, usize)> = Vec::new(); // key, label, side
    if d.sides.iter().all(|s| s.claims.is_empty()) || d.severity == Severity::Variant {
        for (i, side) in d.sides.iter().enumerate() {
            nodes.push((format!("form{i}"), side.value.clone(), i));
        }
    } else {
        for (i, side) in d.sides.iter().enumerate() {
            for c in &side.claims {
                nodes.push((
                    key(c),
                    format!("{} {}", report.label(&c.article), c.claim),
                    i,
                ));
            }
        }
    }
    if nodes.len() > MAX_DRAWN {
        return format!(
            "<p class=\"dim graph\">{} claims: too many to draw here; <code>claimcheck check --format dot</code> draws them with Graphviz.</p>",
            nodes.len()
        );
    }
    let index: BTreeMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.0.as_str(), i))
        .collect();
    let (width, height) = (420.0, 300.0);
    let (cx, cy, r) = (width / 2.0, height / 2.0, 90.0);
    let n = nodes.len().max(1) as f64;
    let at = |i: usize| {
        let angle = std::f64::consts::TAU * i as f64 / n - std::f64::consts::FRAC_PI_2;
        (cx + r * angle.cos(), cy + r * angle.sin())
    };
    let mut svg = format!(
        "<svg class=\"graph\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"claims of {}\">",
        escape(&d.id)
    );
    if d.severity == Severity::Variant {
        svg.push_str(&format!(
            "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"6\" fill=\"#444\"/><text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            cy + 20.0,
            escape(&d.subject)
        ));
        for i in 0..nodes.len() {
            let (x, y) = at(i);
            svg.push_str(&format!(
                "<line x1=\"{cx}\" y1=\"{cy}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#999\"/>"
            ));
        }
    } else {
        for e in &report.edges {
            let (Some(&a), Some(&b)) =
                (index.get(key(&e.a).as_str()), index.get(key(&e.b).as_str()))
            else {
                continue;
            };
            let ((x1, y1), (x2, y2)) = (at(a), at(b));
            let style = match e.severity {
                Some(Severity::Contradiction) => "stroke=\"#dc2626\" stroke-width=\"2.5\"",
                Some(_) => "stroke=\"#ea580c\" stroke-width=\"2\"",
                None => "stroke=\"#9ca3af\" stroke-dasharray=\"4 3\"",
            };
            svg.push_str(&format!(
                "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" {style}><title>{}</title></line>",
                escape(e.rule.as_deref().unwrap_or("agrees"))
            ));
        }
    }
    for (i, (_, label, side)) in nodes.iter().enumerate() {
        let (x, y) = at(i);
        let anchor = if x < cx - 1.0 {
            "end"
        } else if x > cx + 1.0 {
            "start"
        } else {
            "middle"
        };
        let dx = if x < cx - 1.0 {
            -12.0
        } else if x > cx + 1.0 {
            12.0
        } else {
            0.0
        };
        let dy = if (x - cx).abs() <= 1.0 {
            if y < cy { -12.0 } else { 18.0 }
        } else {
            4.0
        };
        svg.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"8\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
            colour(*side),
            x + dx,
            y + dy,
            escape(&shorten(label, 16))
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// At most `chars` characters, an ellipsis marking a cut.
fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        text.chars().take(chars - 1).collect::<String>() + "…"
    }
}

fn key(c: &ClaimRef) -> String {
    format!("{}/{}", c.article, c.claim)
}

fn colour(side: usize) -> &'static str {
    PALETTE[side % PALETTE.len()]
}

/// Text as HTML: markup characters as entities, control characters and
/// direction overrides as visible escapes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable::lines(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Contradictions report · claimcheck</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2937;background:#f8fafc;margin:0}
main{max-width:1100px;margin:0 auto;padding:1.5rem}
header h1{margin:.2rem 0}
.summary{color:#475569}
section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:1rem 1.2rem;margin:1rem 0}
table{border-collapse:collapse;font-size:14px}
th,td{padding:.3rem .6rem;border-bottom:1px solid #e2e8f0;text-align:left;vertical-align:top}
td.n{text-align:right}
.scroll{overflow-x:auto}
.matrix th a{color:inherit}
.dim{color:#64748b;font-weight:normal}
.badge{font-size:12px;text-transform:uppercase;letter-spacing:.04em;padding:.1rem .45rem;border-radius:4px;color:#fff;vertical-align:middle}
.badge.contradiction{background:#dc2626}.badge.warning{background:#d97706}.badge.variant{background:#0891b2}
.dispute h2{font-size:1.15rem}
.likely{font-weight:600}
.verdict{background:#ecfdf5;border-left:4px solid #059669;padding:.3rem .6rem}
.body{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:.8rem;flex:1 1 480px}
.side{background:#f8fafc;border-radius:6px;padding:.5rem .8rem}
.side h3{margin:.2rem 0;font-size:1rem}
blockquote{margin:.5rem 0;padding:0;font-size:14px}
cite{display:block;font-style:normal;font-size:12px;color:#64748b}
mark{padding:0 .1rem;border-radius:3px;color:inherit}
svg.graph{flex:0 0 auto;background:#fff;border:1px solid #e2e8f0;border-radius:6px;font-size:11px}
</style></head><body><main>
"#;
