//! Under a district's levers, what they give that district: its communes recognised and its
//! villages at the standard at the end of the target year, beside the default's. A district
//! planner moved a lever and saw only the province's figures change; the district's own were
//! three clicks away, in the "Theo huyện" chart.
//!
//! The results come through [`OutcomeCtx`], a context the workspace provides, so that only
//! this line, not the whole levers panel, is drawn again as each batch of runs comes in.

use std::rc::Rc;

use ntm_model::results::DistrictResult;
use ntm_model::{Band, Dataset, Metric, Results};
use yew::prelude::*;

use crate::components::{same, same_opt};
use crate::figures::{target_year, value_text};
use crate::i18n::{Lang, LeverMsg};

/// The scenario's results on screen and the default's (when they differ), for the levers.
#[derive(Clone)]
pub struct OutcomeCtx {
    pub results: Option<Rc<Results>>,
    pub baseline: Option<Rc<Results>>,
    /// The results are of the scenario before the last change (shown faded, as the
    /// headline's are, until the new ones come).
    pub stale: bool,
}

impl PartialEq for OutcomeCtx {
    fn eq(&self, other: &Self) -> bool {
        same_opt(&self.results, &other.results)
            && same_opt(&self.baseline, &other.baseline)
            && self.stale == other.stale
    }
}

#[derive(Properties)]
pub struct DistrictOutcomeProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub district: usize,
}

impl PartialEq for DistrictOutcomeProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same(&self.dataset, &other.dataset)
            && self.district == other.district
    }
}

/// The median of `band` at year index `yi` of `r`'s district `code`.
fn median(r: &Results, code: &str, yi: usize, band: fn(&DistrictResult) -> &Band) -> Option<f64> {
    let d = r.districts.iter().find(|d| d.code == code)?;
    band(d).p50.get(yi).copied()
}

#[component]
pub fn DistrictOutcome(props: &DistrictOutcomeProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let Some(ctx) = use_context::<OutcomeCtx>() else {
        return Html::default();
    };
    let (Some(r), Some(district)) = (ctx.results.as_deref(), ds.districts.get(props.district))
    else {
        return Html::default();
    };
    let year = target_year(ds);
    let Some(yi) = r.year_index(year) else {
        return Html::default();
    };
    let code = district.code.as_str();
    let xa = ds
        .communes
        .iter()
        .filter(|c| c.district == props.district && c.is_candidate())
        .count();
    let villages = ds
        .villages
        .iter()
        .filter(|v| {
            ds.communes
                .get(v.commune)
                .is_some_and(|c| c.district == props.district)
        })
        .count();
    let baseline = |band: fn(&DistrictResult) -> &Band, metric: Metric| -> String {
        ctx.baseline
            .as_deref()
            .and_then(|b| Some((b, b.year_index(year)?)))
            .and_then(|(b, byi)| median(b, code, byi, band))
            .map(|x| {
                lang.fill(
                    LeverMsg::DistrictOutcomeDefault,
                    &[("n", &value_text(metric, x, lang))],
                )
            })
            .unwrap_or_default()
    };
    let Some(communes) = median(r, code, yi, |d| &d.communes_recognised) else {
        return Html::default();
    };
    let mut text = lang.fill(
        LeverMsg::DistrictOutcome,
        &[
            ("district", &district.name_in(lang.into())),
            ("year", &year.to_string()),
            ("n", &value_text(Metric::CommunesRecognised, communes, lang)),
            ("of", &xa.to_string()),
        ],
    );
    text.push_str(&baseline(
        |d| &d.communes_recognised,
        Metric::CommunesRecognised,
    ));
    if villages > 0 {
        if let Some(v) = median(r, code, yi, |d| &d.villages_standard) {
            text.push_str(&lang.fill(
                LeverMsg::DistrictOutcomeVillages,
                &[
                    ("n", &value_text(Metric::VillagesStandard, v, lang)),
                    ("of", &villages.to_string()),
                ],
            ));
            text.push_str(&baseline(
                |d| &d.villages_standard,
                Metric::VillagesStandard,
            ));
        }
    }
    html! {
        <p
            class={classes!("district-outcome", ctx.stale.then_some("is-stale"))}
            data-testid="district-outcome"
            data-stale={ctx.stale.to_string()}
            title={lang.t(LeverMsg::DistrictOutcomeTip)}
        >
            { text }
        </p>
    }
}
