//! What each district's or commune's own settings are, in words, for the chips that list the
//! units with settings: three identical chips ("Cốc Pàng | Thượng Hà | Cô Ba") did not show
//! that one of them was left out of the allocation while the others got extra money.

use ntm_model::scenario::diff::{diff, LeverChange, LeverPath, LeverValue, UnitField};

use super::LeverCtx;
use crate::i18n::compare::{lever_unit, lever_value};
use crate::i18n::{unit_field_label, Lang, LeverMsg};
use crate::state::levers::UnitRef;

/// The scenario's differences from the defaults, read unit by unit.
pub struct UnitSettings(Vec<LeverChange>);

impl UnitSettings {
    pub fn of(ctx: &LeverCtx) -> Self {
        Self(diff(&ctx.defaults, &ctx.scenario, &ctx.dataset))
    }

    fn of_unit<'a>(
        &'a self,
        unit: &'a UnitRef,
    ) -> impl Iterator<Item = (UnitField, &'a LeverChange)> {
        self.0.iter().filter_map(move |c| match (&c.path, unit) {
            (LeverPath::District(code, field), UnitRef::District(of))
            | (LeverPath::Commune(code, field), UnitRef::Commune(of))
                if code == of =>
            {
                Some((*field, c))
            }
            _ => None,
        })
    }

    /// "Loại khỏi phân bổ vốn: Có; Vốn cấp thêm cố định mỗi năm: 1,5 tỷ đồng/năm (không áp
    /// dụng)": what a unit left out of the allocation voids says so, as its levers do.
    fn text(&self, unit: &UnitRef, lang: Lang) -> String {
        let excluded = self.excluded(unit);
        self.of_unit(unit)
            .map(|(field, c)| {
                let value = lever_value(&c.path, &c.b, lang);
                let mut shown = match (&c.b, lever_unit(&c.path, lang)) {
                    (LeverValue::Number(_), u) if !u.is_empty() => format!("{value} {u}"),
                    _ => value,
                };
                let voided = matches!(
                    field,
                    UnitField::FixedAmount | UnitField::Priority | UnitField::BudgetWeight
                );
                if excluded && voided {
                    shown = format!("{shown} ({})", lang.t(LeverMsg::ChipNotApplied));
                }
                format!("{}: {shown}", unit_field_label(field, lang))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// What a unit's chip says: its settings, and whether it is left out of the allocation.
    pub fn chip(&self, unit: &UnitRef, lang: Lang) -> (String, bool) {
        (self.text(unit, lang), self.excluded(unit))
    }

    /// Left out of the allocation: no money at all, which the chip shows, not only tells.
    fn excluded(&self, unit: &UnitRef) -> bool {
        self.of_unit(unit)
            .any(|(field, c)| field == UnitField::Excluded && c.b == LeverValue::Flag(true))
    }
}
