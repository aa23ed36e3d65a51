//! The villages of a Decision 1385 commune in the chosen year: probability of meeting the
//! village standard, criteria met, and their binding village criteria.

use std::rc::Rc;

use ntm_model::{Dataset, Results};
use yew::prelude::*;

use crate::criteria_logic::detail;
use crate::i18n::criteria::{self as text, CriteriaMsg as M};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct VillageListProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub results: Rc<Results>,
    pub commune: usize,
    pub year: u16,
    pub year_index: usize,
}

#[component]
pub fn VillageList(props: &VillageListProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let set = ds.village_set();
    let lines = detail::village_lines(ds, &props.results, props.commune, props.year_index);
    let named = |list: &[(usize, f64)]| -> Vec<(&str, f64)> {
        list.iter()
            .filter_map(|&(i, p)| {
                let c = set.criteria.get(i)?;
                Some((text::pick(lang, &c.name_vi, &c.name_en), p))
            })
            .collect()
    };
    let rows = lines.iter().map(|v| {
        let (binding, uncertain) = (named(&v.binding), named(&v.uncertain));
        // No criterion binding is not "nothing to do" when the village still misses its
        // standard in some runs: say which criteria are not yet certain, as the commune does.
        let binding = match (binding.is_empty(), uncertain.is_empty()) {
            (false, _) => text::name_list(lang, &binding),
            (true, false) => text::uncertain(lang, &uncertain),
            (true, true) => lang.t(M::None).to_string(),
        };
        html! {
            <tr data-testid={format!("detail-village-{}", v.index)}>
                <th scope="row">{ &v.name }</th>
                <td>{ lang.number(f64::from(v.households), 0) }</td>
                <td>{ text::percent(lang, v.p_standard) }</td>
                <td>{ text::criteria_of(lang, v.mean_criteria, set.len()) }</td>
                <td class="cd-binding-list">{ binding }</td>
            </tr>
        }
    });
    html! {
        <section class="cd-section" aria-labelledby="cd-villages-h" data-testid="detail-villages">
            <h3 id="cd-villages-h">
                { lang.t(M::VillagesHeading) }
                <span class="cd-h-year">{ " — " }{ text::heading_year(lang, props.year) }</span>
            </h3>
            <p class="cd-source">
                { text::set_in_force(lang, text::pick(lang, &set.name_vi, &set.name_en), text::pick(lang, &set.decision_vi, &set.decision_en)) }
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={crate::i18n::scroll_table(lang, lang.t(M::VillagesHeading))}>
                <table class="data-table cd-table cd-villages">
                    <thead>
                        <tr>
                            <th scope="col" class="cd-left">{ lang.t(M::ColVillage) }</th>
                            <th scope="col" title={lang.about_data(&lang.fill(M::FactsSource, &[("year", &ds.province.base_year.to_string())]), ds.province.illustrative)}>{ lang.t(M::ColHouseholds) }</th>
                            <th scope="col" title={lang.t(M::ColVillageStandardHint)}>{ lang.t(M::ColStandard) }</th>
                            <th scope="col" title={lang.t(M::ColMetHint)}>{ lang.t(M::ColMet) }</th>
                            <th scope="col" class="cd-left" title={lang.t(M::BlockersSource)}>{ lang.t(M::ColVillageBinding) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
