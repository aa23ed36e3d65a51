//! The small tags beside a commune's or a district's name that say how the scenario treats it
//! ("Riêng": levers of its own; "Không cấp vốn": no allocated money), in the matrix and on the
//! district slides: the word on screen, what a screen reader hears after the name instead of
//! the bare word, and the tooltip that says where the setting is.

use yew::prelude::*;

use crate::i18n::criteria::CriteriaMsg as M;
use crate::i18n::Lang;

/// What a tag is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitTag {
    /// Levers of the commune's own (the tooltip says whose: `hint`).
    Own { hint: M },
    /// Levers of its district's own, beside the district's name.
    District,
    /// Given no allocated money, by its own setting or its district's.
    Excluded,
    /// A village of a commune given no allocated money (its money comes through its commune).
    ExcludedVillage,
}

impl UnitTag {
    fn parts(self) -> (&'static str, M, M, M) {
        match self {
            UnitTag::Own { hint } => ("cm-own", M::OwnTag, M::OwnTagSpoken, hint),
            UnitTag::District => (
                "cm-own",
                M::OwnTag,
                M::OwnTagDistrictSpoken,
                M::OwnTagDistrict,
            ),
            UnitTag::Excluded => (
                "cm-excluded",
                M::ExcludedTag,
                M::ExcludedTagSpoken,
                M::ExcludedTagHint,
            ),
            UnitTag::ExcludedVillage => (
                "cm-excluded",
                M::ExcludedTag,
                M::ExcludedTagSpoken,
                M::ExcludedTagVillageHint,
            ),
        }
    }
}

/// The tag's word on screen: "Riêng".
pub fn shown(lang: Lang, tag: UnitTag) -> &'static str {
    lang.t(tag.parts().1)
}

/// What a screen reader hears for the tag: "có thiết lập riêng trong kịch bản".
pub fn spoken(lang: Lang, tag: UnitTag) -> &'static str {
    lang.t(tag.parts().2)
}

/// The tag, test id `testid`.
pub fn unit_tag(lang: Lang, tag: UnitTag, testid: String) -> Html {
    let (class, shown, spoken, hint) = tag.parts();
    html! {
        <span class={classes!("cm-tag", class)} title={lang.t(hint)} data-testid={testid}>
            <span aria-hidden="true">{ lang.t(shown) }</span>
            <span class="visually-hidden">{ ", " }{ lang.t(spoken) }</span>
        </span>
    }
}
