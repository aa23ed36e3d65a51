//! The lever diff of two to four scenarios: every lever that differs between the first and
//! any other (the model's `scenario::diff::diff`), with each scenario's value, in the order
//! the levers panel shows them.

use ntm_model::scenario::diff::{diff, LeverPath, LeverValue, TrainingKind, UnitField};
use ntm_model::{Dataset, Scenario};

use crate::state::levers::{self, UnitRef};

/// One lever that differs, with its value in each scenario (in column order).
#[derive(Debug, Clone, PartialEq)]
pub struct LeverRow {
    pub path: LeverPath,
    pub values: Vec<LeverValue>,
    /// Where a district or commune follows the level above (`values[i]` is `Unset`), the value
    /// that gives it in scenario `i` ("theo cấp trên (50)", and a difference to show); `Unset`
    /// elsewhere, or empty when not known.
    pub inherited: Vec<LeverValue>,
    /// Scenario `i` sets this unit lever but leaves the unit out of the allocation, so it has
    /// no effect (a fixed amount, priority or weight of an excluded unit); empty when not
    /// known.
    pub voided: Vec<bool>,
}

impl LeverRow {
    /// The value the model uses in scenario `i`: its own, else the one it inherits.
    pub fn effective(&self, i: usize) -> Option<&LeverValue> {
        match (self.values.get(i)?, self.inherited.get(i)) {
            (LeverValue::Unset, Some(up)) if *up != LeverValue::Unset => Some(up),
            (v, _) => Some(v),
        }
    }
}

/// The levers that differ between `scenarios[0]` and any of the others, each once, in screen
/// order; empty when they all agree (or there is only one).
pub fn lever_rows(scenarios: &[&Scenario], ds: &Dataset) -> Vec<LeverRow> {
    let Some((first, others)) = scenarios.split_first() else {
        return Vec::new();
    };
    let mut paths: Vec<LeverPath> = Vec::new();
    for other in others {
        for change in diff(first, other, ds) {
            if !paths.contains(&change.path) {
                paths.push(change.path);
            }
        }
    }
    // Each pair's diff is in screen order; merged, the paths of later pairs go in their place.
    paths.sort_by_key(order);
    paths
        .into_iter()
        .map(|path| {
            let values: Vec<LeverValue> = scenarios
                .iter()
                .map(|s| levers::value(s, ds, &path))
                .collect();
            let unit = match &path {
                LeverPath::District(code, field) => Some((UnitRef::District(code.clone()), *field)),
                LeverPath::Commune(code, field) => Some((UnitRef::Commune(code.clone()), *field)),
                _ => None,
            };
            let inherited: Vec<LeverValue> = scenarios
                .iter()
                .zip(&values)
                .map(|(s, v)| match (&unit, v) {
                    (Some((unit, field)), LeverValue::Unset) => {
                        levers::inherited_every_year(s, ds, unit, *field)
                    }
                    _ => LeverValue::Unset,
                })
                .collect();
            // Its own setting or the one it takes from the level above: either does nothing
            // where the unit is left out ("theo cấp trên (5) (không áp dụng)").
            let voided = scenarios
                .iter()
                .zip(values.iter().zip(&inherited))
                .map(|(s, (v, up))| voided_by_exclusion(s, ds, &path, v, up))
                .collect();
            LeverRow {
                path,
                values,
                inherited,
                voided,
            }
        })
        .collect()
}

/// A fixed amount, priority or allocation weight of a unit that `sc` leaves out of the
/// allocation (for a district, every xã of it left out): no money goes there, so the setting
/// does nothing (`state::levers::left_out`, the levers panel's rule). The panel marks it
/// "(không áp dụng)"; the lever tables showed "20 tỷ đồng/xã/năm" without a word. `own` is the
/// unit's own setting, `up` what it takes from the level above when it has none: an inherited
/// amount is void too, but following a level above that sets nothing ("theo cấp trên (0)",
/// priority off, the plain weight 1) is no setting to call void.
fn voided_by_exclusion(
    sc: &Scenario,
    ds: &Dataset,
    path: &LeverPath,
    own: &LeverValue,
    up: &LeverValue,
) -> bool {
    let (unit, field) = match path {
        LeverPath::Commune(code, field) => (UnitRef::Commune(code.clone()), field),
        LeverPath::District(code, field) => (UnitRef::District(code.clone()), field),
        _ => return false,
    };
    let inherits_something = match (field, up) {
        (UnitField::FixedAmount, LeverValue::Number(x)) => *x != 0.0,
        (UnitField::Priority, LeverValue::Flag(on)) => *on,
        (UnitField::BudgetWeight, LeverValue::Number(w)) => *w != 1.0,
        _ => false,
    };
    (*own != LeverValue::Unset || inherits_something)
        && matches!(
            field,
            UnitField::FixedAmount | UnitField::Priority | UnitField::BudgetWeight
        )
        && levers::left_out(sc, ds, &unit)
}

/// `rows` with a per-year lever changed alike in consecutive years as one entry: the row of
/// its first year and the path of its last ("…, năm 2020–2025", not one row a year).
pub fn grouped(rows: &[LeverRow]) -> Vec<(&LeverRow, &LeverPath)> {
    let mut groups: Vec<(&LeverRow, &LeverPath)> = Vec::new();
    for r in rows {
        if let Some((first, last)) = groups.last_mut() {
            if first.values == r.values && crate::i18n::compare::next_year_of(last, &r.path) {
                *last = &r.path;
                continue;
            }
        }
        groups.push((r, &r.path));
    }
    groups
}

/// Where a lever comes in the levers panel (the order `diff` reports them in).
fn order(path: &LeverPath) -> (u8, u32, u32, String, u32) {
    let kind = |k: &TrainingKind| match k {
        TrainingKind::Cadres => 0,
        TrainingKind::VillageLeaders => 1,
        TrainingKind::Vocational => 2,
    };
    let field = |f: &UnitField| match f {
        UnitField::Excluded => 0,
        UnitField::Priority => 1,
        UnitField::BudgetWeight => 2,
        UnitField::FixedAmount => 3,
        UnitField::Training(k) => 4 + kind(k),
        UnitField::TrainingScale => 7,
        UnitField::TrainingFrom => 8,
        UnitField::TrainingUntil => 9,
        UnitField::Campaigns => 10,
        UnitField::SupportUnit => 11,
        UnitField::Leadership => 12,
    };
    let none = String::new;
    match path {
        LeverPath::BudgetScale => (0, 0, 0, none(), 0),
        LeverPath::BudgetLine(s, y) => (1, s.index() as u32, u32::from(*y), none(), 0),
        LeverPath::Rule => (2, 0, 0, none(), 0),
        LeverPath::CustomWeight(c) => (3, 0, 0, c.clone(), 0),
        // Kind, then year (as the panel shows them): years next to each other merge into
        // one entry ("năm 2020–2025"); year first, the kinds alternated and none merged.
        LeverPath::Training(k, y) => (4, kind(k), u32::from(*y), none(), 0),
        LeverPath::Campaigns(y) => (5, u32::from(*y), 0, none(), 0),
        LeverPath::SupportUnits => (6, 0, 0, none(), 0),
        LeverPath::Leadership => (7, 0, 0, none(), 0),
        LeverPath::StricterSetYear => (8, 0, 0, none(), 0),
        LeverPath::GraduationCliff => (9, 0, 0, none(), 0),
        LeverPath::Backsliding => (10, 0, 0, none(), 0),
        LeverPath::District(c, f) => (11, 0, 0, c.clone(), field(f)),
        LeverPath::Commune(c, f) => (12, 0, 0, c.clone(), field(f)),
        LeverPath::Assumption(k) => (13, *k as u32, 0, none(), 0),
        LeverPath::Uncertainty => (14, 0, 0, none(), 0),
        LeverPath::Seed => (15, 0, 0, none(), 0),
        LeverPath::Runs => (16, 0, 0, none(), 0),
        LeverPath::Until => (17, 0, 0, none(), 0),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::params::ParamKey;
    use ntm_model::scenario::{AllocationRule, Source, UnitLevers};

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("dataset")
    }

    #[test]
    fn a_budget_of_150_percent_is_exactly_one_row() {
        let ds = ds();
        let a = Scenario::defaults(&ds);
        let mut b = a.clone();
        b.budget.scale_pct = 150.0;
        let rows = lever_rows(&[&a, &b], &ds);
        assert_eq!(
            rows,
            vec![LeverRow {
                path: LeverPath::BudgetScale,
                values: vec![LeverValue::Number(100.0), LeverValue::Number(150.0)],
                inherited: vec![LeverValue::Unset, LeverValue::Unset],
                voided: vec![false, false],
            }]
        );
        assert_eq!(lever_rows(&[&a, &a.clone()], &ds), vec![]);
        assert_eq!(lever_rows(&[&a], &ds), vec![]);
        assert_eq!(lever_rows(&[], &ds), vec![]);
    }

    /// A fixed amount, priority or weight of a unit left out of the allocation is marked as
    /// doing nothing, in the scenario that leaves it out only.
    #[test]
    fn settings_of_an_excluded_unit_are_marked_void() {
        let ds = ds();
        let a = Scenario::defaults(&ds);
        let commune = ds.communes.iter().find(|c| c.is_candidate()).expect("a xã");
        let district = ds.districts[commune.district].code.clone();
        let fixed = |excluded: Option<bool>| UnitLevers {
            fixed_amount: Some(5.0),
            excluded,
            ..Default::default()
        };
        let mut b = a.clone();
        b.communes.insert(commune.code.clone(), fixed(None));
        let mut c = a.clone();
        c.communes.insert(commune.code.clone(), fixed(Some(true)));
        let rows = lever_rows(&[&a, &b, &c], &ds);
        let path = LeverPath::Commune(commune.code.clone(), UnitField::FixedAmount);
        let row = rows
            .iter()
            .find(|r| r.path == path)
            .expect("the fixed amount's row");
        assert_eq!(row.voided, vec![false, false, true]);
        // Left out by its district's setting: void too; let back in by its own: not.
        let mut d = b.clone();
        d.districts.entry(district.clone()).or_default().excluded = Some(true);
        let mut e = d.clone();
        e.communes.get_mut(&commune.code).expect("set").excluded = Some(false);
        let rows = lever_rows(&[&a, &d, &e], &ds);
        let row = rows
            .iter()
            .find(|r| r.path == path)
            .expect("the fixed amount's row");
        assert_eq!(row.voided, vec![false, true, false]);
        // A district's own fixed amount, the district left out: void; with one of its xã let
        // back in by its own setting, that xã takes the amount: not void.
        let mut f = a.clone();
        f.districts.insert(district.clone(), fixed(Some(true)));
        let district_row = |rows: &[LeverRow]| {
            rows.iter()
                .find(|r| matches!(&r.path, LeverPath::District(_, UnitField::FixedAmount)))
                .map(|r| r.voided.clone())
        };
        assert_eq!(
            district_row(&lever_rows(&[&a, &f], &ds)),
            Some(vec![false, true])
        );
        let mut g = f.clone();
        g.communes.entry(commune.code.clone()).or_default().excluded = Some(false);
        assert_eq!(
            district_row(&lever_rows(&[&a, &g], &ds)),
            Some(vec![false, false])
        );
        // A xã that takes its district's fixed amount and is left out by its own setting:
        // the amount it would take does nothing either ("theo cấp trên (5) (không áp dụng)").
        let mut h = a.clone();
        h.districts.insert(district.clone(), fixed(None));
        h.communes.entry(commune.code.clone()).or_default().excluded = Some(true);
        let mut k = h.clone();
        k.communes.get_mut(&commune.code).expect("set").fixed_amount = Some(7.0);
        k.communes.get_mut(&commune.code).expect("set").excluded = Some(false);
        let rows = lever_rows(&[&h, &k], &ds);
        let row = rows
            .iter()
            .find(|r| r.path == path)
            .expect("the fixed amount's row");
        assert_eq!(row.values[0], LeverValue::Unset);
        assert_eq!(row.inherited[0], LeverValue::Number(5.0));
        assert_eq!(row.voided, vec![true, false]);
    }

    /// A district that sets its own value is shown beside what it inherited by default, and a
    /// commune that follows is shown with what its district gives it.
    #[test]
    fn a_unit_that_follows_the_level_above_says_what_that_gives() {
        let ds = ds();
        let a = Scenario::defaults(&ds);
        let mut b = a.clone();
        let district = ds.districts[0].code.clone();
        b.leadership = 0.9;
        b.districts.entry(district.clone()).or_default().leadership = Some(0.7);
        let commune = ds
            .communes
            .iter()
            .find(|c| c.district == 0)
            .expect("a commune");
        b.communes
            .entry(commune.code.clone())
            .or_default()
            .campaigns = Some(4.0);
        let rows = lever_rows(&[&a, &b], &ds);
        let row = |path: LeverPath| rows.iter().find(|r| r.path == path).expect("a row").clone();
        let d = row(LeverPath::District(district, UnitField::Leadership));
        assert_eq!(d.values, vec![LeverValue::Unset, LeverValue::Number(0.7)]);
        assert_eq!(
            d.inherited,
            vec![LeverValue::Number(a.leadership), LeverValue::Unset]
        );
        assert_eq!(d.effective(0), Some(&LeverValue::Number(a.leadership)));
        assert_eq!(d.effective(1), Some(&LeverValue::Number(0.7)));
        // The commune's campaigns follow the province's first year by default.
        let c = row(LeverPath::Commune(
            commune.code.clone(),
            UnitField::Campaigns,
        ));
        assert_eq!(c.inherited[0], LeverValue::Number(a.campaigns[0]));
        assert_eq!(c.effective(1), Some(&LeverValue::Number(4.0)));
        // A province plan that changes by year is not one number: none is claimed.
        let mut varying = a.clone();
        varying.campaigns = vec![a.campaigns[0], a.campaigns[0] + 2.0];
        let rows = lever_rows(&[&varying, &b], &ds);
        let path = LeverPath::Commune(commune.code.clone(), UnitField::Campaigns);
        let c = rows.iter().find(|r| r.path == path).expect("a row");
        assert_eq!(c.inherited[0], LeverValue::Unset);
        assert_eq!(c.effective(0), Some(&LeverValue::Unset));
    }

    /// Doubled training in every year is three entries, one per kind over 2020–2025 (it was
    /// eighteen: with years sorted before kinds, the kinds alternated and no years merged).
    #[test]
    fn training_changed_in_every_year_groups_by_kind() {
        let ds = ds();
        let a = Scenario::defaults(&ds);
        let mut b = a.clone();
        b.scale_province_training(2.0);
        let rows = lever_rows(&[&a, &b], &ds);
        assert_eq!(rows.len(), 18, "three kinds, six years");
        let groups = grouped(&rows);
        let spans: Vec<(&LeverPath, &LeverPath)> =
            groups.iter().map(|(r, last)| (&r.path, *last)).collect();
        assert_eq!(
            spans,
            [
                (
                    &LeverPath::Training(TrainingKind::Cadres, 2020),
                    &LeverPath::Training(TrainingKind::Cadres, 2025)
                ),
                (
                    &LeverPath::Training(TrainingKind::VillageLeaders, 2020),
                    &LeverPath::Training(TrainingKind::VillageLeaders, 2025)
                ),
                (
                    &LeverPath::Training(TrainingKind::Vocational, 2020),
                    &LeverPath::Training(TrainingKind::Vocational, 2025)
                ),
            ]
        );
    }

    #[test]
    fn several_scenarios_merge_into_one_list_in_screen_order() {
        let ds = ds();
        let a = Scenario::defaults(&ds);
        let mut b = a.clone();
        b.assumptions.values.insert(ParamKey::Noise, 0.7);
        b.budget.scale_pct = 120.0;
        let mut c = a.clone();
        c.allocation.rule = AllocationRule::NearestFirst;
        c.budget.lines.program_135[2] = 300.0;
        let code = ds.communes[5].code.clone();
        c.communes.insert(
            code.clone(),
            UnitLevers {
                leadership: Some(0.9),
                ..Default::default()
            },
        );
        let rows = lever_rows(&[&a, &b, &c], &ds);
        let paths: Vec<&LeverPath> = rows.iter().map(|r| &r.path).collect();
        assert_eq!(
            paths,
            [
                &LeverPath::BudgetScale,
                &LeverPath::BudgetLine(Source::Program135, 2022),
                &LeverPath::Rule,
                &LeverPath::Commune(code.clone(), UnitField::Leadership),
                &LeverPath::Assumption(ParamKey::Noise),
            ]
        );
        // Every scenario's own value, the reference's included.
        let scale = &rows[0].values;
        assert_eq!(
            scale,
            &vec![
                LeverValue::Number(100.0),
                LeverValue::Number(120.0),
                LeverValue::Number(100.0)
            ]
        );
        assert_eq!(rows[3].values[0], LeverValue::Unset);
        assert_eq!(rows[3].values[2], LeverValue::Number(0.9));
        // The merged order is the order of each pair's own diff.
        for other in [&b, &c] {
            let own: Vec<LeverPath> = diff(&a, other, &ds).into_iter().map(|d| d.path).collect();
            let merged: Vec<LeverPath> = paths
                .iter()
                .filter(|p| own.contains(p))
                .map(|p| (*p).clone())
                .collect();
            assert_eq!(merged, own);
        }
    }
}
