//! The criteria matrix's filters and sorts as a share link carries them (the model's
//! `MatrixV4`: plain numbers whose meaning is defined here), so a colleague opening the link
//! sees the communes the planner picked out.
//!
//! The numbering below is part of released links: only ever append values, never renumber.
//! Anything a link holds that this version does not know reads as the matrix's default.

use ntm_model::codec::link::{tidy_search, MatrixV4};
use ntm_model::Dataset;

use super::view::{commune_number, commune_of_number, district_number, district_of_number};
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

/// A sort from a link (a criterion past the rows' sorts as "no figure", harmlessly).
fn sort_from((by, criterion, descending): (u8, u16, bool)) -> Sort {
    let by = match by {
        0 => SortBy::Place,
        1 => SortBy::Name,
        2 => SortBy::Criteria,
        3 => SortBy::Standard,
        4 => SortBy::Recognised,
        5 => SortBy::Criterion(usize::from(criterion)),
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
    let f = &view.filter;
    MatrixV4 {
        units: match view.units {
            Units::Communes => 0,
            Units::Villages => 1,
        },
        district: f.district.and_then(|i| district_number(ds, i)),
        commune: f.commune.and_then(|i| commune_number(ds, i)),
        scope_only: f.scope_only,
        status: status_code(f.status),
        // Tidied once, where the link is written (`encode_with_matrix`).
        search: f.search.clone(),
        show_other_units: f.show_other_units,
        commune_sort: sort_code(view.commune_sort),
        village_sort: sort_code(view.village_sort),
    }
}

/// The matrix a link describes, for `ds`: a district or commune it does not have, a status
/// or sort this version does not know, reads as "all" or the default; and only what the
/// toolbar can show for those units is kept (a colleague must see why rows are missing).
pub fn from_wire(m: &MatrixV4, ds: &Dataset) -> MatrixView {
    let units = if m.units == 1 {
        Units::Villages
    } else {
        Units::Communes
    };
    let villages = units == Units::Villages;
    let district = m.district.and_then(|n| district_of_number(ds, n));
    // A commune filter is the village view's, for a commune with villages in its district
    // (as the toolbar offers it).
    let commune = m
        .commune
        .and_then(|n| commune_of_number(ds, n))
        .filter(|_| villages)
        .filter(|&c| district.is_none_or(|d| ds.communes[c].district == d))
        .filter(|&c| ds.villages_of.get(c).is_some_and(|v| !v.is_empty()));
    // Villages hold no recognition: the village view has no such status.
    let status = match status_from(m.status) {
        Status::Recognised if villages => Status::Any,
        s => s,
    };
    MatrixView {
        units,
        filter: Filter {
            district,
            commune,
            scope_only: m.scope_only,
            status,
            search: tidy_search(&m.search),
            show_other_units: m.show_other_units,
        },
        commune_sort: sort_from(m.commune_sort),
        village_sort: sort_from(m.village_sort),
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
            .find(|&c| ds.communes[c].district == district && !ds.villages_of[c].is_empty())
            .expect("a commune with villages");
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
            commune_sort: (9, 400, true),
            village_sort: (42, 0, true),
            ..MatrixV4::default()
        };
        assert_eq!(from_wire(&odd, &ds), MatrixView::default());
        // A commune of another district than the one chosen is dropped.
        assert!(ds.districts.len() >= 2);
        let a = (0..ds.communes.len())
            .find(|&c| !ds.villages_of[c].is_empty())
            .expect("a commune with villages");
        let other = usize::from(ds.communes[a].district == 0);
        let m = to_wire(
            &MatrixView {
                units: Units::Villages,
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
        // Only what the toolbar can show for the units: no commune filter in the commune
        // view, no "recognised" among villages.
        let communes_with_one = MatrixV4 {
            units: 0,
            ..to_wire(
                &MatrixView {
                    units: Units::Villages,
                    filter: Filter {
                        commune: Some(a),
                        ..Filter::default()
                    },
                    ..MatrixView::default()
                },
                &ds,
            )
        };
        assert_eq!(from_wire(&communes_with_one, &ds).filter.commune, None);
        let villages_recognised = MatrixV4 {
            units: 1,
            status: 1,
            ..MatrixV4::default()
        };
        assert_eq!(
            from_wire(&villages_recognised, &ds).filter.status,
            Status::Any
        );
        assert_eq!(
            from_wire(
                &MatrixV4 {
                    units: 0,
                    ..villages_recognised
                },
                &ds
            )
            .filter
            .status,
            Status::Recognised
        );
    }
}
