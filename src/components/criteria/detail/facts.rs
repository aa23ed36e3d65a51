//! The commune's facts from the dataset: type, code, district, flags, households, poverty,
//! remoteness, recognition year. Border is "yes" or "not established", never "no": the
//! dataset only marks what a source confirms.

use std::rc::Rc;

use ntm_model::Dataset;
use yew::prelude::*;

use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct FactsProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub commune: usize,
}

#[component]
pub fn Facts(props: &FactsProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let Some(c) = ds.communes.get(props.commune) else {
        return Html::default();
    };
    let yes_no = |b: bool| lang.t(if b { M::Yes } else { M::No }).to_string();
    let border = match c.border {
        Some(true) => lang.t(M::Yes),
        // "No" is never claimed: absent or false both mean no source says so.
        _ => lang.t(M::NotEstablished),
    };
    // A ward or a township is not an NTM candidate: "not yet" would promise it could be.
    let recognised = match c.recognised_year {
        Some(y) => text::recognised_in(lang, y),
        None if !c.is_candidate() => lang.t(M::NotCandidateRecognised).to_string(),
        None => lang.t(M::NotYetRecognised).to_string(),
    };
    let heading = if c.is_candidate() {
        lang.t(M::FactsHeading).to_string()
    } else {
        let unit = text::pick(lang, c.unit_type.as_vi(), c.unit_type.as_en()).to_lowercase();
        lang.fill(M::FactsHeadingUnit, &[("unit", &unit)])
    };
    let district = ds
        .districts
        .get(c.district)
        .map_or("".into(), |d| d.name_in(lang.into()));
    // The data's year: its base year (2020 for the default), not a year written in the text.
    let base = ds.province.base_year.to_string();
    let about = |m: M| lang.about_data(&lang.fill(m, &[("year", &base)]), ds.province.illustrative);
    let fact = |label: M, value: String, hint: Option<M>, testid: &'static str| {
        html! {
            <div class="cd-fact" title={hint.map(about)}>
                <dt>{ lang.t(label) }</dt>
                <dd data-testid={testid}>{ value }</dd>
            </div>
        }
    };
    html! {
        <section class="cd-section" aria-labelledby="cd-facts-h" data-testid="detail-facts">
            <h3 id="cd-facts-h" data-testid="detail-facts-heading">{ heading }</h3>
            <dl class="cd-facts">
                { fact(M::FactType, text::pick(lang, c.unit_type.as_vi(), c.unit_type.as_en()).to_string(), Some(M::FactTypeHint), "fact-type") }
                { fact(M::FactCode, c.code.clone(), Some(M::FactCodeHint), "fact-code") }
                { fact(M::FactDistrict, district.to_string(), Some(M::FactDistrictHint), "fact-district") }
                { fact(M::FactHouseholds, format!("{} {}", lang.number(f64::from(c.households), 0), lang.t(M::FactHouseholdsUnit)), Some(M::FactHouseholdsHint), "fact-households") }
                { fact(M::FactPoverty, format!("{}%", lang.number(c.poverty_rate * 100.0, 1)), Some(M::FactPovertyHint), "fact-poverty") }
                { fact(M::FactRemoteness, lang.fill(M::FactRemotenessValue, &[("value", &lang.number(c.remoteness, 2))]), Some(M::FactRemotenessHint), "fact-remoteness") }
                { fact(M::FactExtremelyDifficult, yes_no(c.extremely_difficult), Some(M::FactFlagHint), "fact-extremely-difficult") }
                { fact(M::FactProgram135, yes_no(c.program_135), Some(M::FactFlagHint), "fact-p135") }
                { fact(M::FactScope, yes_no(c.scope_1385), Some(M::FactScopeHint), "fact-scope") }
                { fact(M::FactBorder, border.to_string(), Some(M::FactBorderHint), "fact-border") }
                { fact(M::FactRecognised, recognised, Some(M::FactRecognisedHint), "fact-recognised") }
            </dl>
            <p class="cd-source">{ about(M::FactsSource) }</p>
        </section>
    }
}
