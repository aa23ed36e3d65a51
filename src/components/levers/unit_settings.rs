//! What each district's or commune's own settings are, in words, for the chips that list the
//! units with settings: three identical chips ("Cốc Pàng | Thượng Hà | Cô Ba") did not show
//! that one of them was left out of the allocation while the others got extra money.

use ntm_model::scenario::diff::{diff, LeverChange, LeverPath, LeverValue, UnitField};

use super::unit::is_excluded;
use super::LeverCtx;
use crate::i18n::compare::{lever_unit, lever_value};
use crate::i18n::{unit_field_label, Lang, LeverMsg};
use crate::state::levers::UnitRef;

/// The scenario's differences from the defaults, read unit by unit.
pub struct UnitSettings<'a> {
    changes: Vec<LeverChange>,
    ctx: &'a LeverCtx,
}

impl<'a> UnitSettings<'a> {
    pub fn of(ctx: &'a LeverCtx) -> Self {
        Self {
            changes: diff(&ctx.defaults, &ctx.scenario, &ctx.dataset),
            ctx,
        }
    }

    fn of_unit<'b>(
        &'b self,
        unit: &'b UnitRef,
    ) -> impl Iterator<Item = (UnitField, &'b LeverChange)> {
        self.changes
            .iter()
            .filter_map(move |c| match (&c.path, unit) {
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
        // A commune whose district is left out says why its own amount is void: its chip
        // otherwise showed a fixed amount the commune never gets.
        let by_district =
            (excluded && matches!(unit, UnitRef::Commune(_)) && !self.excluded_itself(unit))
                .then(|| lang.t(LeverMsg::ChipDistrictExcluded).to_string());
        by_district
            .into_iter()
            .chain(self.of_unit(unit).map(|(field, c)| {
                let value = lever_value(&c.path, &c.b, lang);
                let mut shown = match (&c.b, lever_unit(&c.path, lang)) {
                    // "100%", as the page writes a percentage, not "100 %".
                    (LeverValue::Number(_), u) if u == "%" => format!("{value}%"),
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
            }))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// What a unit's chip says: its settings, and whether it is left out of the allocation.
    pub fn chip(&self, unit: &UnitRef, lang: Lang) -> (String, bool) {
        (self.text(unit, lang), self.excluded(unit))
    }

    /// Left out of the allocation, by its own setting or its district's: no money at all,
    /// which the chip shows, not only tells.
    fn excluded(&self, unit: &UnitRef) -> bool {
        is_excluded(self.ctx, unit)
    }

    /// Left out by the unit's own setting.
    fn excluded_itself(&self, unit: &UnitRef) -> bool {
        self.of_unit(unit)
            .any(|(field, c)| field == UnitField::Excluded && c.b == LeverValue::Flag(true))
    }
}
