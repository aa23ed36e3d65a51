//! The criteria matrix's filters and sorts as a share link carries them (the model's
//! `MatrixV4`: plain numbers whose meaning is defined here), so a colleague opening the link
//! sees the communes the planner picked out.
//!
//! The numbering below is part of released links: only ever append values, never renumber.
//! Anything a link holds that this version does not know reads as the matrix's default.

use ntm_model::codec::link::{tidy_search, MatrixV4};
use ntm_model::Dataset;

use crate::criteria_logic::matrix::{Filter, MatrixView, Sort, SortBy, Status, Units};

fn sort_code(s: Sort) -> (u8, u16, bool) {
    let (by, criterion) = match s.by {
        // The matrix opens sorted by place: code 0, so that a matrix as it opens is the
        // link's default and adds nothing to it.
        SortBy::Place => (0, 0),
        SortBy::Name => (1, 0),
        SortBy::Criteria => (2, 0),
        SortBy::Standard => (3, 0),
        SortBy::Recognised => (4, 0),
        SortBy::Criterion(i) => (5, u16::try_from(i).unwrap_or(u16::MAX)),
    };
    (by, criterion, s.descending)
}

/// A sort from a link; `criteria` is how many criteria the rows have (a criterion past them
/// is no sort this page can show).
fn sort_from((by, criterion, descending): (u8, u16, bool), criteria: usize) -> Sort {
    let by = match by {
        0 => SortBy::Place,
        1 => SortBy::Name,
        2 => SortBy::Criteria,
        3 => SortBy::Standard,
        4 => SortBy::Recognised,
        5 if usize::from(criterion) < criteria => SortBy::Criterion(usize::from(criterion)),
        _ => return Sort::default(),
    };
    Sort { by, descending }
}

fn status_code(s: Status) -> u8 {
    match s {
        Status::Any => 0,
        Status::Recognised => 1,
        Status::MeetsAll => 2,
        Status::NotYet => 3,
    }
}

fn status_from(code: u8) -> Status {
    match code {
        1 => Status::Recognised,
        2 => Status::MeetsAll,
        3 => Status::NotYet,
        _ => Status::Any,
    }
}

/// `view` as a link carries it (districts and communes by their codes).
pub fn to_wire(view: &MatrixView, ds: &Dataset) -> MatrixV4 {
    let number = |code: &str| code.parse::<u32>().ok();
    let f = &view.filter;
    MatrixV4 {
        units: match view.units {
            Units::Communes => 0,
            Units::Villages => 1,
        },
        district: f
            .district
            .and_then(|i| ds.districts.get(i))
            .and_then(|d| number(&d.code))
            .and_then(|n| u16::try_from(n).ok()),
        commune: f
            .commune
            .and_then(|i| ds.communes.get(i))
            .and_then(|c| number(&c.code)),
        scope_only: f.scope_only,
        status: status_code(f.status),
        search: tidy_search(&f.search),
        show_other_units: f.show_other_units,
        commune_sort: sort_code(view.commune_sort),
        village_sort: sort_code(view.village_sort),
    }
}

/// The matrix a link describes, for `ds`: a district or commune it does not have, a status
/// or sort this version does not know, reads as "all" or the default.
pub fn from_wire(m: &MatrixV4, ds: &Dataset) -> MatrixView {
    let district = m
        .district
        .and_then(|n| ds.district_index(&format!("{n:03}")));
    // A commune filter belongs to its district (as the toolbar keeps it).
    let commune = m
        .commune
        .and_then(|n| ds.commune_index(&format!("{n:05}")))
        .filter(|&c| district.is_none_or(|d| ds.communes[c].district == d));
    MatrixView {
        units: if m.units == 1 {
            Units::Villages
        } else {
            Units::Communes
        },
        filter: Filter {
            district,
            commune,
            scope_only: m.scope_only,
            status: status_from(m.status),
            search: tidy_search(&m.search),
            show_other_units: m.show_other_units,
        },
        commune_sort: sort_from(m.commune_sort, ds.base_commune_set().criteria.len()),
        village_sort: sort_from(m.village_sort, ds.village_set().criteria.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("dataset")
    }

    #[test]
    fn a_matrix_view_goes_through_a_link_and_back() {
        let ds = ds();
        let district = ds
            .districts
            .iter()
            .position(|d| d.name == "Bảo Lạc")
            .expect("Bảo Lạc");
        let commune = (0..ds.communes.len())
            .find(|&c| ds.communes[c].district == district)
            .expect("a commune");
        let view = MatrixView {
            units: Units::Villages,
            filter: Filter {
                district: Some(district),
                commune: Some(commune),
                scope_only: true,
                status: Status::NotYet,
                search: "Xóm 1".into(),
                show_other_units: true,
            },
            commune_sort: Sort {
                by: SortBy::Criterion(9),
                descending: true,
            },
            village_sort: Sort {
                by: SortBy::Standard,
                descending: false,
            },
        };
        assert_eq!(from_wire(&to_wire(&view, &ds), &ds), view);
        assert_eq!(to_wire(&MatrixView::default(), &ds), MatrixV4::default());
        assert_eq!(from_wire(&MatrixV4::default(), &ds), MatrixView::default());
    }

    #[test]
    fn what_this_version_or_dataset_does_not_know_reads_as_the_default() {
        let ds = ds();
        let odd = MatrixV4 {
            units: 9,
            district: Some(999),
            commune: Some(99_999),
            status: 77,
            commune_sort: (5, 400, true),
            village_sort: (42, 0, true),
            ..MatrixV4::default()
        };
        assert_eq!(from_wire(&odd, &ds), MatrixView::default());
        // A commune of another district than the one chosen is dropped.
        let a = ds
            .communes
            .iter()
            .position(|c| c.district == 0)
            .expect("one");
        let other = ds
            .districts
            .iter()
            .position(|_| true)
            .map(|_| 1)
            .expect("two");
        let m = to_wire(
            &MatrixView {
                filter: Filter {
                    district: Some(other),
                    commune: Some(a),
                    ..Filter::default()
                },
                ..MatrixView::default()
            },
            &ds,
        );
        let back = from_wire(&m, &ds);
        assert_eq!(back.filter.district, Some(other));
        assert_eq!(back.filter.commune, None);
    }
}
