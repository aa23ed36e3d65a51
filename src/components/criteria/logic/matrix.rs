//! The criteria matrix's rows and what the planner does to them: one row per commune (or
//! village) for one year, filtered by district, commune, scope, status and name, sorted by
//! any column. The state of those choices ([`MatrixView`]) is part of the page's view state
//! (`crate::state::view::ViewState::matrix`) and changes only through [`ViewAction`]s
//! (`Action::Matrix`).

use ntm_model::criteria::CriteriaSet;
use ntm_model::dataset::UnitType;
use ntm_model::{Dataset, Results};

use crate::i18n::Lang;

use super::collate::{self, SortKey as NameKey};
use super::scale::BINDING_P;

/// A unit counts as recognised, or as meeting every criterion, when it does so in at least
/// this share of the runs ("more likely than not").
pub const LIKELY: f64 = 0.5;

/// Which units the matrix lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Units {
    /// Commune-level units × the commune criteria.
    #[default]
    Communes,
    /// Villages × the village criteria.
    Villages,
}

/// What the simulation says about one unit in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct RowFigures {
    /// Probability that each criterion is met, in the set's order.
    pub met: Vec<f64>,
    /// Binding criteria (met with probability below [`BINDING_P`]), weakest first.
    pub binding: Vec<usize>,
    /// Criteria met, mean over runs.
    pub mean_criteria: f64,
    /// Probability of meeting every criterion.
    pub p_standard: f64,
    /// Probability of holding recognition (communes only).
    pub p_recognised: Option<f64>,
}

/// One line of the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index in `dataset.communes` or `dataset.villages`.
    pub index: usize,
    /// The commune (itself for a commune row), index in `dataset.communes`.
    pub commune: usize,
    /// Index in `dataset.districts`.
    pub district: usize,
    /// Commune code or village id.
    pub code: String,
    pub name: String,
    /// Where it is: the district of a commune, the commune of a village.
    pub place: String,
    /// In the Decision 1385 scope (a village: its commune is).
    pub scope: bool,
    /// `None` for thị trấn and phường: not NTM candidates, not simulated.
    pub figures: Option<RowFigures>,
    name_key: NameKey,
    place_key: NameKey,
}

impl Row {
    /// True when the unit holds recognition in most runs.
    pub fn likely_recognised(&self) -> bool {
        self.figures
            .as_ref()
            .and_then(|f| f.p_recognised)
            .is_some_and(|p| p >= LIKELY)
    }

    /// True when the unit meets every criterion in most runs.
    pub fn likely_standard(&self) -> bool {
        self.figures
            .as_ref()
            .is_some_and(|f| f.p_standard >= LIKELY)
    }
}

/// The commune criteria set in force at year index `yi` (the base set if the results do not
/// say, which a validated dataset never lets happen).
pub fn commune_set<'a>(ds: &'a Dataset, results: &Results, yi: usize) -> &'a CriteriaSet {
    results
        .commune_set_by_year
        .get(yi)
        .and_then(|id| ds.criteria.set(id))
        .unwrap_or_else(|| ds.base_commune_set())
}

/// The set the rows of `units` are measured against at year index `yi`.
pub fn set_for<'a>(ds: &'a Dataset, results: &Results, units: Units, yi: usize) -> &'a CriteriaSet {
    match units {
        Units::Communes => commune_set(ds, results, yi),
        Units::Villages => ds.village_set(),
    }
}

/// One row per commune-level unit, in dataset order, for year index `yi`.
/// `lang`: the district's name as its reader says it (the city's in English).
pub fn commune_rows(ds: &Dataset, results: &Results, yi: usize, lang: Lang) -> Vec<Row> {
    ds.communes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let place = ds
                .districts
                .get(c.district)
                .map_or(String::new(), |d| d.name_in(lang.into()).into_owned());
            let figures = if c.is_candidate() {
                results.communes.get(i).and_then(|u| figures(u, yi, true))
            } else {
                None
            };
            Row {
                index: i,
                commune: i,
                district: c.district,
                code: c.code.clone(),
                name_key: collate::sort_key(&c.name),
                place_key: collate::sort_key(&place),
                name: c.name.clone(),
                place,
                scope: c.scope_1385,
                figures,
            }
        })
        .collect()
}

/// One row per village, in dataset order, for year index `yi`.
pub fn village_rows(ds: &Dataset, results: &Results, yi: usize) -> Vec<Row> {
    ds.villages
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let commune = ds.communes.get(v.commune);
            let place = commune.map_or(String::new(), |c| c.name.clone());
            Row {
                index: i,
                commune: v.commune,
                district: commune.map_or(0, |c| c.district),
                code: v.id.clone(),
                name_key: collate::sort_key(&v.name),
                place_key: collate::sort_key(&place),
                name: v.name.clone(),
                place,
                scope: commune.is_some_and(|c| c.scope_1385),
                figures: results.villages.get(i).and_then(|u| figures(u, yi, false)),
            }
        })
        .collect()
}

fn figures(u: &ntm_model::results::UnitResult, yi: usize, commune: bool) -> Option<RowFigures> {
    Some(RowFigures {
        met: u.criterion_met().get(yi)?.to_vec(),
        binding: u
            .binding(yi, BINDING_P)
            .into_iter()
            .map(|(i, _)| i)
            .collect(),
        mean_criteria: *u.mean_criteria().get(yi)?,
        p_standard: *u.p_standard().get(yi)?,
        p_recognised: if commune {
            u.p_recognised().get(yi).copied()
        } else {
            None
        },
    })
}

/// The status filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Any,
    /// Holds recognition in most runs (communes only).
    Recognised,
    /// Meets every criterion of the set in force in most runs.
    MeetsAll,
    /// Neither.
    NotYet,
}

/// Which rows to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub district: Option<usize>,
    /// Villages of this commune only (the village view).
    pub commune: Option<usize>,
    /// Decision 1385 scope only (the commune view).
    pub scope_only: bool,
    pub status: Status,
    /// Part of the name, commune or district, or the start of the code; accents optional.
    pub search: String,
    /// Also list thị trấn and phường (below the xã: they are not NTM candidates).
    pub show_other_units: bool,
}

impl Filter {
    /// True when `row` passes every filter except `show_other_units`.
    pub fn admits(&self, row: &Row) -> bool {
        self.in_place(row)
            && (!self.scope_only || row.scope)
            && self.status_admits(row)
            && (collate::matches(&row.name, &self.search)
                || collate::matches(&row.place, &self.search)
                || (!self.search.trim().is_empty() && row.code.starts_with(self.search.trim())))
    }

    /// In the district and commune filtered to (the place the counts are of).
    fn in_place(&self, row: &Row) -> bool {
        self.district.is_none_or(|d| row.district == d)
            && self.commune.is_none_or(|c| row.commune == c)
    }

    fn status_admits(&self, row: &Row) -> bool {
        match self.status {
            Status::Any => true,
            // A unit without figures has no status: only "any" shows it.
            _ if row.figures.is_none() => false,
            Status::Recognised => row.likely_recognised(),
            Status::MeetsAll => row.likely_standard(),
            Status::NotYet => !row.likely_recognised() && !row.likely_standard(),
        }
    }

    /// True when any filter is set (for the "clear filters" button).
    pub fn is_active(&self) -> bool {
        self.district.is_some()
            || self.commune.is_some()
            || self.scope_only
            || self.status != Status::Any
            || !self.search.trim().is_empty()
    }
}

/// A column to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Name,
    /// District (communes) or commune (villages), then name.
    Place,
    /// Mean criteria met.
    Criteria,
    /// Probability of meeting every criterion.
    Standard,
    /// Probability of holding recognition.
    Recognised,
    /// Probability that criterion `i` is met.
    Criterion(usize),
}

impl SortBy {
    /// The direction of a first click: the most advanced first for the summary figures, the
    /// weakest first for one criterion (who is held back by it), A to Z for names.
    pub fn descending_first(self) -> bool {
        matches!(
            self,
            SortBy::Criteria | SortBy::Standard | SortBy::Recognised
        )
    }
}

/// A sort column and direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub by: SortBy,
    pub descending: bool,
}

impl Default for Sort {
    /// By district (or commune), then name: how the province's own lists read.
    fn default() -> Self {
        Sort {
            by: SortBy::Place,
            descending: false,
        }
    }
}

impl Sort {
    /// The sort after a click on `by`: the same column flips, another starts in its own
    /// first direction.
    pub fn clicked(self, by: SortBy) -> Sort {
        if by == self.by {
            Sort {
                by,
                descending: !self.descending,
            }
        } else {
            Sort {
                by,
                descending: by.descending_first(),
            }
        }
    }

    /// `aria-sort` of the column `by`.
    pub fn aria(self, by: SortBy) -> &'static str {
        match (by == self.by, self.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    }
}

/// The rows to show, as indices into the row list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    /// Simulated units (xã, or villages) passing the filters, in sort order.
    pub main: Vec<usize>,
    /// Thị trấn and phường passing the filters (empty unless asked for), by place and name.
    pub other: Vec<usize>,
    /// How many simulated units there are in the district (or commune) filtered to, or in all:
    /// "9 trên 139 xã" read as nine of the province's with Nguyên Bình chosen.
    pub main_total: usize,
    /// How many units without figures there are there.
    pub other_total: usize,
}

/// The rows of `rows` that `filter` admits, sorted by `sort`.
pub fn shown(rows: &[Row], filter: &Filter, sort: Sort) -> Shown {
    let mut out = Shown::default();
    for (i, row) in rows.iter().enumerate() {
        let simulated = row.figures.is_some();
        if filter.in_place(row) {
            if simulated {
                out.main_total += 1;
            } else {
                out.other_total += 1;
            }
        }
        if !filter.admits(row) {
            continue;
        }
        if simulated {
            out.main.push(i);
        } else if filter.show_other_units {
            out.other.push(i);
        }
    }
    out.main.sort_by(|&a, &b| compare(&rows[a], &rows[b], sort));
    out.other
        .sort_by(|&a, &b| compare(&rows[a], &rows[b], Sort::default()));
    out
}

fn compare(a: &Row, b: &Row, sort: Sort) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let num = |r: &Row| -> f64 {
        let Some(f) = &r.figures else {
            return f64::NAN;
        };
        match sort.by {
            SortBy::Criteria => f.mean_criteria,
            SortBy::Standard => f.p_standard,
            SortBy::Recognised => f.p_recognised.unwrap_or(f64::NAN),
            SortBy::Criterion(i) => f.met.get(i).copied().unwrap_or(f64::NAN),
            SortBy::Name | SortBy::Place => 0.0,
        }
    };
    let primary = match sort.by {
        SortBy::Name => a.name_key.cmp(&b.name_key),
        SortBy::Place => a.place_key.cmp(&b.place_key),
        _ => num(a).total_cmp(&num(b)),
    };
    let primary = if sort.descending {
        primary.reverse()
    } else {
        primary
    };
    // Ties read A to Z whatever the direction, so equal rows never jump around.
    let tie = match sort.by {
        SortBy::Name => a.place_key.cmp(&b.place_key),
        _ => a.name_key.cmp(&b.name_key),
    };
    match primary {
        Ordering::Equal => tie.then(a.index.cmp(&b.index)),
        other => other,
    }
}

/// A run of adjacent columns in the same group: one header cell over `len` columns, the
/// criteria `columns[first..first + len]` of [`column_order`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSpan {
    pub group: u8,
    pub first: usize,
    pub len: usize,
}

/// The criteria of `set` (their indexes) in the order shown: by group, and within a group as
/// the set lists them. The village set lists communications (group II) last; shown in its
/// place it sits under one group II header with the other infrastructure, not under a second
/// "II" after group V.
pub fn column_order(set: &CriteriaSet) -> Vec<usize> {
    let mut order: Vec<usize> = (0..set.criteria.len()).collect();
    order.sort_by_key(|&i| set.criteria[i].group);
    order
}

/// The group header cells of `set`, over the columns of [`column_order`].
pub fn group_spans(set: &CriteriaSet) -> Vec<GroupSpan> {
    let mut out: Vec<GroupSpan> = Vec::new();
    for (position, i) in column_order(set).into_iter().enumerate() {
        let group = set.criteria[i].group;
        match out.last_mut() {
            Some(span) if span.group == group => span.len += 1,
            _ => out.push(GroupSpan {
                group,
                first: position,
                len: 1,
            }),
        }
    }
    out
}

/// Communes that have villages in the dataset, within `district` if given, A to Z: the
/// choices of the village view's commune filter.
pub fn communes_with_villages(ds: &Dataset, district: Option<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = (0..ds.communes.len())
        .filter(|&c| ds.villages_of.get(c).is_some_and(|v| !v.is_empty()))
        .filter(|&c| district.is_none_or(|d| ds.communes[c].district == d))
        .collect();
    out.sort_by_cached_key(|&c| collate::sort_key(&ds.communes[c].name));
    out
}

/// How many thị trấn and phường the dataset has (not NTM candidates).
pub fn other_unit_counts(ds: &Dataset, district: Option<usize>) -> (usize, usize) {
    let count = |t: UnitType| {
        ds.communes
            .iter()
            .filter(|c| c.unit_type == t && district.is_none_or(|d| c.district == d))
            .count()
    };
    (count(UnitType::ThiTran), count(UnitType::Phuong))
}

/// The matrix's own choices: which units, the filters, and a sort per unit kind (their
/// columns differ).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatrixView {
    pub units: Units,
    pub filter: Filter,
    pub commune_sort: Sort,
    pub village_sort: Sort,
}

/// Every way the planner changes the matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewAction {
    ShowUnits(Units),
    /// Also clears the commune filter: a commune belongs to one district.
    District(Option<usize>),
    Commune(Option<usize>),
    ScopeOnly(bool),
    Status(Status),
    Search(String),
    ShowOtherUnits(bool),
    SortBy(SortBy),
    /// Every filter back to "all" (the view and the sorts stay).
    ClearFilters,
}

impl MatrixView {
    /// The sort of the units on screen.
    pub fn sort(&self) -> Sort {
        match self.units {
            Units::Communes => self.commune_sort,
            Units::Villages => self.village_sort,
        }
    }

    /// The view after `action`, or `None` when nothing changes.
    pub fn apply(&self, action: ViewAction) -> Option<MatrixView> {
        let mut next = self.clone();
        match action {
            ViewAction::ShowUnits(u) => next.units = u,
            ViewAction::District(d) => {
                next.filter.district = d;
                next.filter.commune = None;
            }
            ViewAction::Commune(c) => next.filter.commune = c,
            ViewAction::ScopeOnly(on) => next.filter.scope_only = on,
            ViewAction::Status(s) => next.filter.status = s,
            ViewAction::Search(s) => next.filter.search = s,
            ViewAction::ShowOtherUnits(on) => next.filter.show_other_units = on,
            ViewAction::SortBy(by) => match self.units {
                Units::Communes => next.commune_sort = self.commune_sort.clicked(by),
                Units::Villages => next.village_sort = self.village_sort.clicked(by),
            },
            ViewAction::ClearFilters => {
                next.filter = Filter {
                    show_other_units: self.filter.show_other_units,
                    ..Filter::default()
                }
            }
        }
        (next != *self).then_some(next)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::test_support::{dataset, frozen_results, results};
    use super::*;

    fn names(rows: &[Row], idx: &[usize]) -> Vec<String> {
        idx.iter().map(|&i| rows[i].name.clone()).collect()
    }

    fn row_of<'a>(rows: &'a [Row], code: &str) -> &'a Row {
        rows.iter().find(|r| r.code == code).expect("code in rows")
    }

    #[test]
    fn only_xa_are_simulated_and_the_others_wait_below() {
        let ds = dataset();
        let rows = commune_rows(&ds, &results(), 0, Lang::Vi);
        let s = shown(&rows, &Filter::default(), Sort::default());
        assert_eq!((s.main.len(), s.main_total), (139, 139));
        assert_eq!((s.other.len(), s.other_total), (0, 22));
        assert_eq!(other_unit_counts(&ds, None), (14, 8));
        // Within a district, the counts are the district's.
        let d = rows[0].district;
        let in_district = |t: UnitType| {
            ds.communes
                .iter()
                .filter(|c| c.district == d && c.unit_type == t)
                .count()
        };
        let others = other_unit_counts(&ds, Some(d));
        assert_eq!(
            others,
            (
                in_district(UnitType::ThiTran),
                in_district(UnitType::Phuong)
            )
        );
        assert!(others.0 + others.1 < 22);
        let there = Filter {
            district: Some(d),
            status: Status::NotYet,
            ..Filter::default()
        };
        let s = shown(&rows, &there, Sort::default());
        assert_eq!(
            s.main_total,
            rows.iter()
                .filter(|r| r.district == d && r.figures.is_some())
                .count()
        );
        assert!(s.main.len() <= s.main_total && s.main_total < 139);
        let all = Filter {
            show_other_units: true,
            ..Filter::default()
        };
        let s = shown(&rows, &all, Sort::default());
        assert_eq!(s.other.len(), 22);
        assert!(s.other.iter().all(|&i| rows[i].figures.is_none()));
    }

    #[test]
    fn soc_ha_meets_all_nineteen_at_the_end_of_2020() {
        let ds = dataset();
        let rows = commune_rows(&ds, &results(), 0, Lang::Vi);
        let soc_ha = row_of(&rows, "01417");
        let f = soc_ha.figures.as_ref().expect("a xã has figures");
        assert_eq!(soc_ha.name, "Sóc Hà");
        assert!(f.mean_criteria > 18.95, "{}", f.mean_criteria);
        assert!(f.binding.is_empty());
        assert!(soc_ha.likely_recognised() && soc_ha.likely_standard());
    }

    #[test]
    fn with_nothing_moving_the_matrix_shows_the_data() {
        // No money, no trend, no slips: the end of 2020 is the base state, so every cell is
        // certain and the count is the number of levels at or above their thresholds.
        let ds = dataset();
        let r = frozen_results();
        let rows = commune_rows(&ds, &r, 0, Lang::Vi);
        let set = ds.base_commune_set();
        for row in rows.iter().filter(|r| r.figures.is_some()) {
            let levels = &ds.communes[row.index].levels;
            let want: Vec<f64> = levels
                .iter()
                .zip(&set.criteria)
                .map(|(x, c)| if *x >= c.threshold { 1.0 } else { 0.0 })
                .collect();
            let f = row.figures.as_ref().unwrap();
            assert_eq!(f.met, want, "{}", row.name);
            assert_eq!(f.mean_criteria, want.iter().sum::<f64>(), "{}", row.name);
        }
        // Cốc Pàng (01324): 11 of 19 at the base date; its eight unmet criteria bind.
        let f = row_of(&rows, "01324").figures.clone().unwrap();
        assert_eq!(f.mean_criteria, 11.0);
        assert_eq!(f.binding, vec![1, 4, 5, 8, 9, 10, 12, 16]);
    }

    #[test]
    fn filters_narrow_the_rows() {
        let ds = dataset();
        let rows = commune_rows(&ds, &results(), 0, Lang::Vi);
        let ha_quang = ds.district_index("045");
        let count = |f: Filter| shown(&rows, &f, Sort::default()).main.len();
        let scope = count(Filter {
            scope_only: true,
            ..Filter::default()
        });
        assert_eq!(scope, 32);
        let hq = count(Filter {
            district: ha_quang,
            ..Filter::default()
        });
        let hq_scope = count(Filter {
            district: ha_quang,
            scope_only: true,
            ..Filter::default()
        });
        assert!(hq_scope < hq && hq_scope > 0, "{hq_scope} of {hq}");
        let by_name = shown(
            &rows,
            &Filter {
                search: "soc ha".into(),
                ..Filter::default()
            },
            Sort::default(),
        );
        assert_eq!(names(&rows, &by_name.main), ["Sóc Hà"]);
        let by_code = shown(
            &rows,
            &Filter {
                search: "01417".into(),
                ..Filter::default()
            },
            Sort::default(),
        );
        assert_eq!(names(&rows, &by_code.main), ["Sóc Hà"]);
        // The statuses split the xã: "not yet" is exactly the rest.
        let recognised = count(Filter {
            status: Status::Recognised,
            ..Filter::default()
        });
        let meets = count(Filter {
            status: Status::MeetsAll,
            ..Filter::default()
        });
        let not_yet = count(Filter {
            status: Status::NotYet,
            ..Filter::default()
        });
        assert!(recognised >= 20, "{recognised}");
        assert!(
            meets <= recognised,
            "meets {meets}, recognised {recognised}"
        );
        assert_eq!(
            recognised + not_yet,
            139,
            "2020: meeting all means recognised"
        );
    }

    #[test]
    fn sorting_orders_and_flips() {
        let ds = dataset();
        let rows = commune_rows(&ds, &results(), 0, Lang::Vi);
        let f = Filter::default();
        let by = |by: SortBy, descending: bool| shown(&rows, &f, Sort { by, descending }).main;

        let name_az = by(SortBy::Name, false);
        let name_za = by(SortBy::Name, true);
        assert_eq!(rows[name_az[0]].name, "An Lạc", "first xã A to Z");
        // Ties (two "Quang Trung") keep their district order both ways, so Z to A is not
        // the exact reverse; the names are.
        let mut reversed = names(&rows, &name_za);
        reversed.reverse();
        assert_eq!(names(&rows, &name_az), reversed);

        let most = by(SortBy::Criteria, true);
        let counts: Vec<f64> = most
            .iter()
            .map(|&i| rows[i].figures.as_ref().unwrap().mean_criteria)
            .collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");

        // By income (criterion 10), weakest first.
        let income = by(SortBy::Criterion(9), false);
        let p: Vec<f64> = income
            .iter()
            .map(|&i| rows[i].figures.as_ref().unwrap().met[9])
            .collect();
        assert!(p.windows(2).all(|w| w[0] <= w[1]));
        assert!(p[0] < 0.5 && p[p.len() - 1] > 0.99);

        // District order is the dictionary's: Bảo Lạc (a) before Bảo Lâm (â).
        let place = by(SortBy::Place, false);
        let districts: Vec<&str> = place.iter().map(|&i| rows[i].place.as_str()).collect();
        assert_eq!(districts[0], "Bảo Lạc");
        assert!(districts
            .windows(2)
            .all(|w| collate::sort_key(w[0]) <= collate::sort_key(w[1])));
    }

    #[test]
    fn a_click_sorts_then_flips() {
        let cases = [
            (Sort::default(), SortBy::Name, SortBy::Name, false),
            (Sort::default(), SortBy::Place, SortBy::Place, true),
            (Sort::default(), SortBy::Standard, SortBy::Standard, true),
            (
                Sort::default(),
                SortBy::Criterion(3),
                SortBy::Criterion(3),
                false,
            ),
            (
                Sort {
                    by: SortBy::Criteria,
                    descending: true,
                },
                SortBy::Criteria,
                SortBy::Criteria,
                false,
            ),
        ];
        for (from, click, by, descending) in cases {
            assert_eq!(
                from.clicked(click),
                Sort { by, descending },
                "{from:?} + {click:?}"
            );
        }
        let s = Sort {
            by: SortBy::Standard,
            descending: true,
        };
        assert_eq!(
            (s.aria(SortBy::Standard), s.aria(SortBy::Name)),
            ("descending", "none")
        );
    }

    #[test]
    fn the_view_changes_only_through_actions() {
        let v = MatrixView::default();
        assert_eq!(v.apply(ViewAction::ShowUnits(Units::Communes)), None);
        let v = v.apply(ViewAction::ShowUnits(Units::Villages)).unwrap();
        let v = v.apply(ViewAction::Commune(Some(57))).unwrap();
        let v = v.apply(ViewAction::District(Some(3))).unwrap();
        assert_eq!((v.filter.district, v.filter.commune), (Some(3), None));
        // Each unit kind keeps its own sort.
        let v = v.apply(ViewAction::SortBy(SortBy::Standard)).unwrap();
        assert_eq!(v.village_sort.by, SortBy::Standard);
        assert_eq!(v.commune_sort, Sort::default());
        let v = v.apply(ViewAction::Search("x".into())).unwrap();
        assert!(v.filter.is_active());
        let v = v.apply(ViewAction::ClearFilters).unwrap();
        assert!(!v.filter.is_active());
        assert_eq!(v.apply(ViewAction::ClearFilters), None);
    }

    #[test]
    fn villages_filter_by_commune() {
        let ds = dataset();
        let r = results();
        let rows = village_rows(&ds, &r, 0);
        assert_eq!(rows.len(), 294);
        let soc_ha = ds.commune_index("01417");
        let s = shown(
            &rows,
            &Filter {
                commune: soc_ha,
                ..Filter::default()
            },
            Sort::default(),
        );
        assert_eq!(s.main.len(), ds.villages_of[soc_ha.unwrap()].len());
        assert!(s.main.iter().all(|&i| rows[i].place == "Sóc Hà"));
        // "Xóm 2" before "Xóm 10".
        let n = names(&rows, &s.main);
        if n.len() >= 10 {
            assert_eq!(n[1], "Xóm 2");
        }
        let choices = communes_with_villages(&ds, None);
        assert_eq!(choices.len(), 32);
    }

    #[test]
    fn group_spans_follow_the_columns() {
        let ds = dataset();
        let spans: Vec<(u8, usize)> = group_spans(ds.base_commune_set())
            .iter()
            .map(|s| (s.group, s.len))
            .collect();
        assert_eq!(spans, [(1, 1), (2, 8), (3, 4), (4, 4), (5, 2)]);
        // The commune set is listed by group already: shown as listed.
        let commune_columns = column_order(ds.base_commune_set());
        assert_eq!(commune_columns, (0..19).collect::<Vec<_>>());
        // The village set's communications (number 15, group II) joins the other group II
        // criteria: one header per group.
        let village: Vec<(u8, usize)> = group_spans(ds.village_set())
            .iter()
            .map(|s| (s.group, s.len))
            .collect();
        assert_eq!(village, [(2, 6), (3, 3), (4, 4), (5, 2)]);
        let numbers: Vec<u8> = column_order(ds.village_set())
            .iter()
            .map(|&i| ds.village_set().criteria[i].id)
            .collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 15, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    }
}
