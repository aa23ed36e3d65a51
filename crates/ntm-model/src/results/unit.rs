//! [`UnitResult`]: one commune's or village's results, every figure in one allocation.
//!
//! A simulation returns one per commune and village (78,000 of them nationally). As five
//! vectors each, allocating and freeing them was a large part of building and dropping the
//! results. The figures are read through methods; JSON reads and writes the same five arrays
//! as before, and a commune's investment money as a sixth (villages have none: their JSON is
//! as before).

use super::grid::{YearGrid, YearRows};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Per-unit (commune or village) results.
#[derive(Debug, Clone, Default)]
pub struct UnitResult {
    /// Where each yearly series ends in `data`, in [`UnitResult`]'s field order
    /// (`p_standard`, `p_recognised`, `mean_criteria`, `money`, `investment`); the criteria
    /// grid follows.
    ends: [usize; SERIES],
    /// Rows (years) of the grid.
    rows: usize,
    /// Columns (criteria) of the grid.
    cols: usize,
    data: Vec<f64>,
}

/// The yearly series before the grid.
const SERIES: usize = 5;

/// A unit's figures, to fill in (see [`UnitResult::zeros`]).
pub(crate) struct UnitParts<'a> {
    pub p_standard: &'a mut [f64],
    pub p_recognised: &'a mut [f64],
    pub mean_criteria: &'a mut [f64],
    pub money: &'a mut [f64],
    /// Empty for a village.
    pub investment: &'a mut [f64],
    /// `[year * criteria + criterion]`.
    pub criterion_met: &'a mut [f64],
}

impl UnitResult {
    /// A unit from its figures.
    pub fn new(
        p_standard: &[f64],
        p_recognised: &[f64],
        mean_criteria: &[f64],
        criterion_met: &YearGrid,
        money: &[f64],
    ) -> UnitResult {
        Self::with_investment(
            p_standard,
            p_recognised,
            mean_criteria,
            criterion_met,
            money,
            &[],
        )
    }

    /// [`UnitResult::new`] with a commune's investment money.
    pub fn with_investment(
        p_standard: &[f64],
        p_recognised: &[f64],
        mean_criteria: &[f64],
        criterion_met: &YearGrid,
        money: &[f64],
        investment: &[f64],
    ) -> UnitResult {
        let series = [p_standard, p_recognised, mean_criteria, money, investment];
        let grid = criterion_met.view();
        let mut data = Vec::with_capacity(
            series.iter().map(|s| s.len()).sum::<usize>() + grid.as_slice().len(),
        );
        let mut ends = [0; SERIES];
        for (end, s) in ends.iter_mut().zip(series) {
            data.extend_from_slice(s);
            *end = data.len();
        }
        data.extend_from_slice(grid.as_slice());
        UnitResult {
            ends,
            rows: grid.len(),
            cols: grid.cols(),
            data,
        }
    }

    /// `ny` years of every figure and of `cols` criteria, all zero, to fill in through
    /// [`UnitResult::parts_mut`]; `investment` says whether the unit has investment money
    /// (a commune).
    pub(crate) fn zeros(ny: usize, cols: usize, investment: bool) -> UnitResult {
        let inv = if investment { ny } else { 0 };
        UnitResult {
            ends: [ny, 2 * ny, 3 * ny, 4 * ny, 4 * ny + inv],
            rows: ny,
            cols,
            data: vec![0.0; ny * (4 + cols) + inv],
        }
    }

    /// Every figure, to fill in.
    pub(crate) fn parts_mut(&mut self) -> UnitParts<'_> {
        let [a, b, c, d, e] = self.ends;
        let (p_standard, rest) = self.data.split_at_mut(a);
        let (p_recognised, rest) = rest.split_at_mut(b - a);
        let (mean_criteria, rest) = rest.split_at_mut(c - b);
        let (money, rest) = rest.split_at_mut(d - c);
        let (investment, criterion_met) = rest.split_at_mut(e - d);
        UnitParts {
            p_standard,
            p_recognised,
            mean_criteria,
            money,
            investment,
            criterion_met,
        }
    }

    /// Series `k` of `ends`.
    fn series(&self, k: usize) -> &[f64] {
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.data[start..self.ends[k]]
    }

    /// `[year]`: probability of meeting every criterion at the end of the year.
    pub fn p_standard(&self) -> &[f64] {
        self.series(0)
    }

    /// `[year]`: probability of holding recognition by the end of the year (communes only).
    pub fn p_recognised(&self) -> &[f64] {
        self.series(1)
    }

    /// `[year]`: mean criteria met.
    pub fn mean_criteria(&self) -> &[f64] {
        self.series(2)
    }

    /// `[year]`: mean money received, billion VND. For a commune: every source allocated to it,
    /// including the Program 135 share it passes on to its villages, but not the Decision 1385
    /// money that goes straight to villages (that is in the villages' own `money`).
    pub fn money(&self) -> &[f64] {
        self.series(3)
    }

    /// `[year]`: a commune's mean investment money, billion VND: the part of [`Self::money`]
    /// that can close investment (infrastructure) gaps, the rest going to livelihoods and
    /// production (each source's investment share, MODEL.md §5) or to its villages (Program
    /// 135's village share). Empty for a village.
    pub fn investment(&self) -> &[f64] {
        self.series(4)
    }

    /// `[year][criterion]`: probability that the criterion is met.
    pub fn criterion_met(&self) -> YearRows<'_> {
        YearRows::new(self.rows, self.cols, &self.data[self.ends[SERIES - 1]..])
    }

    /// Criteria that block the unit at `year_index`: every criterion met with probability below
    /// `p`, most blocking first, as (criterion index, probability met).
    pub fn binding(&self, year_index: usize, p: f64) -> Vec<(usize, f64)> {
        let Some(row) = self.criterion_met().get(year_index) else {
            return Vec::new();
        };
        let mut out: Vec<(usize, f64)> = row
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, q)| *q < p)
            .collect();
        out.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        out
    }
}

/// Equal when every figure is (however the figures were laid out).
impl PartialEq for UnitResult {
    fn eq(&self, other: &UnitResult) -> bool {
        (0..SERIES).all(|k| self.series(k) == other.series(k))
            && self.criterion_met() == other.criterion_met()
    }
}

/// The five arrays, in the order and under the names they always had, then a commune's
/// investment money.
impl Serialize for UnitResult {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let investment = !self.investment().is_empty();
        let mut st = s.serialize_struct("UnitResult", 5 + usize::from(investment))?;
        st.serialize_field("p_standard", self.p_standard())?;
        st.serialize_field("p_recognised", self.p_recognised())?;
        st.serialize_field("mean_criteria", self.mean_criteria())?;
        st.serialize_field("criterion_met", &self.criterion_met())?;
        st.serialize_field("money", self.money())?;
        if investment {
            st.serialize_field("investment", self.investment())?;
        }
        st.end()
    }
}

/// What a unit's JSON holds.
#[derive(Deserialize)]
#[serde(rename = "UnitResult")]
struct Fields {
    p_standard: Vec<f64>,
    p_recognised: Vec<f64>,
    mean_criteria: Vec<f64>,
    criterion_met: YearGrid,
    money: Vec<f64>,
    #[serde(default)]
    investment: Vec<f64>,
}

impl<'de> Deserialize<'de> for UnitResult {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<UnitResult, D::Error> {
        let f = Fields::deserialize(d)?;
        Ok(UnitResult::with_investment(
            &f.p_standard,
            &f.p_recognised,
            &f.mean_criteria,
            &f.criterion_met,
            &f.money,
            &f.investment,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> UnitResult {
        UnitResult::new(
            &[0.5, 1.0],
            &[],
            &[3.0, 4.0],
            &YearGrid::from_rows(&[vec![1.0, 0.25], vec![0.0, 0.75]]).expect("equal rows"),
            &[2.0, 0.1, 7.0],
        )
    }

    #[test]
    fn figures_read_back_as_given() {
        let u = sample();
        assert_eq!(u.p_standard(), &[0.5, 1.0]);
        assert_eq!(u.p_recognised(), &[] as &[f64]);
        assert_eq!(u.mean_criteria(), &[3.0, 4.0]);
        assert_eq!(u.money(), &[2.0, 0.1, 7.0]);
        assert_eq!(u.criterion_met().len(), 2);
        assert_eq!(&u.criterion_met()[1], &[0.0, 0.75][..]);
        assert_eq!(u.binding(1, 0.5), vec![(0, 0.0)]);
        assert_eq!(UnitResult::default().criterion_met().len(), 0);
    }

    #[test]
    fn json_is_the_five_arrays() {
        let u = sample();
        let json = serde_json::to_string(&u).expect("serialise");
        assert_eq!(
            json,
            r#"{"p_standard":[0.5,1.0],"p_recognised":[],"mean_criteria":[3.0,4.0],"criterion_met":[[1.0,0.25],[0.0,0.75]],"money":[2.0,0.1,7.0]}"#
        );
        let back: UnitResult = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(back, u);
    }

    #[test]
    fn zeros_filled_in_equal_the_same_figures_given() {
        let mut u = UnitResult::zeros(2, 2, true);
        let parts = u.parts_mut();
        parts.p_standard.copy_from_slice(&[0.5, 1.0]);
        parts.mean_criteria.copy_from_slice(&[3.0, 4.0]);
        parts.money.copy_from_slice(&[2.0, 0.1]);
        parts.investment.copy_from_slice(&[1.5, 0.05]);
        parts.criterion_met.copy_from_slice(&[1.0, 0.25, 0.0, 0.75]);
        let grid = YearGrid::from_rows(&[vec![1.0, 0.25], vec![0.0, 0.75]]).expect("equal rows");
        let given = UnitResult::with_investment(
            &[0.5, 1.0],
            &[0.0, 0.0],
            &[3.0, 4.0],
            &grid,
            &[2.0, 0.1],
            &[1.5, 0.05],
        );
        assert_eq!(u, given);
        assert_eq!(u.investment(), &[1.5, 0.05]);
        assert_eq!(&u.criterion_met()[1], &[0.0, 0.75][..]);
        // A commune's investment is written after the five arrays and read back.
        let json = serde_json::to_string(&u).expect("serialise");
        assert!(
            json.ends_with(r#""money":[2.0,0.1],"investment":[1.5,0.05]}"#),
            "{json}"
        );
        let back: UnitResult = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(back, u);
        // A village has none.
        let village = UnitResult::zeros(2, 2, false);
        assert!(village.investment().is_empty());
        assert_eq!(village.criterion_met().len(), 2);
    }
}
