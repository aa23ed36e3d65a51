//! [`YearGrid`]: one row of figures per year, all rows the same length, in one allocation.
//!
//! Per-unit results hold a row of criterion probabilities for every year, for every commune
//! and village; as `Vec<Vec<f64>>` that was a heap allocation per unit and year, and freeing
//! them was a good part of building a single run's results. It reads and writes JSON as the
//! nested arrays it replaces, so files and goldens do not change.

use serde::de::Error as _;
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Index;

/// `rows` rows of `cols` figures each, row-major.
#[derive(Debug, Clone, Default)]
pub struct YearGrid {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl YearGrid {
    /// `rows` rows of `cols` zeros.
    pub fn zeros(rows: usize, cols: usize) -> YearGrid {
        YearGrid {
            rows,
            cols,
            data: vec![0.0; rows * cols],
        }
    }

    /// `rows` copies of `row`.
    pub fn repeat(row: &[f64], rows: usize) -> YearGrid {
        YearGrid {
            rows,
            cols: row.len(),
            data: row.repeat(rows),
        }
    }

    /// The grid of `rows`, or `None` if they are not all the same length.
    pub fn from_rows(rows: &[Vec<f64>]) -> Option<YearGrid> {
        let cols = rows.first().map_or(0, Vec::len);
        if rows.iter().any(|r| r.len() != cols) {
            return None;
        }
        Some(YearGrid {
            rows: rows.len(),
            cols,
            data: rows.concat(),
        })
    }

    /// The grid as borrowed rows.
    pub fn view(&self) -> YearRows<'_> {
        YearRows::new(self.rows, self.cols, &self.data)
    }

    /// Number of rows (years).
    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Row `r`, if there is one.
    pub fn get(&self, r: usize) -> Option<&[f64]> {
        self.view().get(r)
    }

    /// Row `r`, to fill in. Panics if `r` is out of range, like indexing a `Vec`.
    pub fn row_mut(&mut self, r: usize) -> &mut [f64] {
        assert!(r < self.rows, "row {r} of a {}-row grid", self.rows);
        &mut self.data[r * self.cols..(r + 1) * self.cols]
    }

    /// Every figure, row after row.
    pub fn as_slice(&self) -> &[f64] {
        &self.data
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = &[f64]> + '_ {
        self.view().iter()
    }
}

/// Equal when the rows are: a grid without rows equals any other grid without rows, whatever
/// width it was made with (JSON cannot tell them apart).
impl PartialEq for YearGrid {
    fn eq(&self, other: &YearGrid) -> bool {
        self.view() == other.view()
    }
}

impl Index<usize> for YearGrid {
    type Output = [f64];

    fn index(&self, r: usize) -> &[f64] {
        match self.get(r) {
            Some(row) => row,
            None => panic!("row {r} of a {}-row grid", self.rows),
        }
    }
}

impl Serialize for YearGrid {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.view().serialize(s)
    }
}

/// A [`YearGrid`]'s rows held elsewhere (in a [`crate::results::UnitResult`], whose figures
/// share one allocation): `rows` rows of `cols` figures each, row-major.
#[derive(Debug, Clone, Copy)]
pub struct YearRows<'a> {
    rows: usize,
    cols: usize,
    data: &'a [f64],
}

impl<'a> YearRows<'a> {
    /// `rows` rows of `cols` figures in `data` (which holds exactly that many).
    pub(crate) fn new(rows: usize, cols: usize, data: &'a [f64]) -> YearRows<'a> {
        debug_assert_eq!(data.len(), rows * cols);
        YearRows { rows, cols, data }
    }

    /// Number of rows (years).
    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Row `r`, if there is one.
    pub fn get(&self, r: usize) -> Option<&'a [f64]> {
        (r < self.rows).then(|| &self.data[r * self.cols..(r + 1) * self.cols])
    }

    /// Figures per row.
    pub(crate) fn cols(&self) -> usize {
        self.cols
    }

    /// Every figure, row after row.
    pub fn as_slice(&self) -> &'a [f64] {
        self.data
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a [f64]> + 'a {
        let (cols, data) = (self.cols, self.data);
        (0..self.rows).map(move |r| &data[r * cols..(r + 1) * cols])
    }

    /// An owned copy.
    pub fn to_grid(&self) -> YearGrid {
        YearGrid {
            rows: self.rows,
            cols: self.cols,
            data: self.data.to_vec(),
        }
    }
}

/// Equal when the rows are, as for [`YearGrid`].
impl PartialEq for YearRows<'_> {
    fn eq(&self, other: &YearRows<'_>) -> bool {
        self.rows == other.rows
            && (self.rows == 0 || self.cols == other.cols)
            && self.data == other.data
    }
}

impl Index<usize> for YearRows<'_> {
    type Output = [f64];

    fn index(&self, r: usize) -> &[f64] {
        match self.get(r) {
            Some(row) => row,
            None => panic!("row {r} of a {}-row grid", self.rows),
        }
    }
}

/// As nested arrays, like [`YearGrid`].
impl Serialize for YearRows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.rows))?;
        for row in self.iter() {
            seq.serialize_element(row)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for YearGrid {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<YearGrid, D::Error> {
        let rows = Vec::<Vec<f64>>::deserialize(d)?;
        YearGrid::from_rows(&rows)
            .ok_or_else(|| D::Error::custom("every year needs the same number of criteria"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_back_as_written_and_as_nested_json() {
        let rows = vec![vec![1.0, 0.5], vec![0.25, 0.0], vec![0.0, 1.0]];
        let g = YearGrid::from_rows(&rows).expect("equal rows");
        assert_eq!(g.len(), 3);
        assert_eq!(&g[1], &[0.25, 0.0][..]);
        assert_eq!(g.get(3), None);
        assert_eq!(g.iter().map(<[f64]>::to_vec).collect::<Vec<_>>(), rows);
        let json = serde_json::to_string(&g).expect("serialise");
        assert_eq!(json, serde_json::to_string(&rows).expect("serialise"));
        let back: YearGrid = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(back, g);
    }

    #[test]
    fn ragged_rows_are_refused_not_padded() {
        assert_eq!(YearGrid::from_rows(&[vec![1.0], vec![1.0, 2.0]]), None);
        assert!(serde_json::from_str::<YearGrid>("[[1.0],[1.0,2.0]]").is_err());
    }

    #[test]
    fn rows_of_no_criteria_still_count_as_years() {
        let g = YearGrid::zeros(4, 0);
        assert_eq!(g.len(), 4);
        assert_eq!(g.get(2), Some(&[][..]));
        assert_eq!(YearGrid::zeros(0, 19), YearGrid::zeros(0, 0));
        assert_ne!(YearGrid::zeros(1, 2), YearGrid::zeros(1, 3));
        let mut r = YearGrid::repeat(&[0.5, 1.0], 2);
        r.row_mut(1)[0] = 0.0;
        assert_eq!(&r[1], &[0.0, 1.0][..]);
        assert_eq!(&r[0], &[0.5, 1.0][..]);
    }
}
