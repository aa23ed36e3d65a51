//! Markdown tables of the model's data (assumptions, criteria, sources), so `MODEL.md` shows
//! exactly what the code uses. A test keeps the tables in `MODEL.md` current.

use crate::criteria::{CriteriaSet, CriterionKind};
use crate::params::{ParamKey, Unit};
use crate::scenario::{Eligibility, Source};

fn value(x: f64, unit: Unit) -> String {
    match unit {
        Unit::Share => format!(
            "{}%",
            crate::format::number_en(x * 100.0, if (x * 100.0).fract() == 0.0 { 0 } else { 1 })
        ),
        _ => {
            let s = format!("{x}");
            s
        }
    }
}

/// The assumptions: key, names, unit, default, range, sampled, basis.
pub fn parameters_table() -> String {
    let mut out = String::from(
        "| key | name (vi) | name (en) | unit | default | range | sampled | basis |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for &k in ParamKey::ALL {
        let s = k.spec();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} – {} | {} | {} |\n",
            k.key(),
            s.name_vi,
            s.name_en,
            s.unit.label_en(),
            value(s.default, s.unit),
            value(s.low, s.unit),
            value(s.high, s.unit),
            if s.sampled { "yes" } else { "no" },
            s.basis
        ));
    }
    out
}

/// A criteria set with its later thresholds (when given), costs, trends and drivers.
pub fn criteria_table(set: &CriteriaSet, later: Option<&CriteriaSet>) -> String {
    let mut out = String::from(
        "| # | criterion (vi) | criterion (en) | kind | threshold | later threshold | unit cost (billion VND per 1.0) | trend per year | drivers |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for (i, c) in set.criteria.iter().enumerate() {
        let later_t = later
            .and_then(|l| l.criteria.get(i))
            .map(|l| format!("{}", l.threshold))
            .unwrap_or_else(|| "–".into());
        let (cost, trend) = match c.kind {
            CriterionKind::Investment => (format!("{}", c.unit_cost), "–".to_string()),
            CriterionKind::Capacity => ("–".to_string(), format!("{}", c.trend)),
        };
        let drivers: Vec<String> = c
            .drivers
            .iter()
            .map(|(d, w)| format!("{d:?} {w}"))
            .collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            c.id,
            c.name_vi,
            c.name_en,
            match c.kind {
                CriterionKind::Investment => "investment",
                CriterionKind::Capacity => "capacity",
            },
            c.threshold,
            later_t,
            cost,
            trend,
            if drivers.is_empty() {
                "–".into()
            } else {
                drivers.join(", ")
            }
        ));
    }
    out
}

/// The money sources and what they pay for.
pub fn sources_table() -> String {
    let mut out = String::from(
        "| source | name (vi) | goes to | investment share | cliff | after recognition | basis |\n| --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for s in Source::ALL {
        let spec = s.spec();
        out.push_str(&format!(
            "| {} (`{}`) | {} | {} | {}% | {} | {} | {} |\n",
            spec.name_en,
            s.key(),
            spec.name_vi,
            match spec.eligibility {
                Eligibility::AllCommunes => "every xã",
                Eligibility::ExtremelyDifficult => "extremely difficult xã",
                Eligibility::ScopeVillages => "villages of the 1385 scope",
            },
            spec.investment_share * 100.0,
            if spec.cliff { "lost" } else { "–" },
            if spec.tapers_after_recognition {
                "reduced share"
            } else {
                "full share"
            },
            spec.basis
        ));
    }
    out
}

/// Replaces the text between `<!-- BEGIN:name -->` and `<!-- END:name -->` in `doc`.
pub fn replace_section(doc: &str, name: &str, body: &str) -> Option<String> {
    let begin = format!("<!-- BEGIN:{name} -->\n");
    let end = format!("<!-- END:{name} -->");
    let i = doc.find(&begin)? + begin.len();
    let j = doc[i..].find(&end)? + i;
    Some(format!("{}{}{}", &doc[..i], body, &doc[j..]))
}
