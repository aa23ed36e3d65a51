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

    /// Number of rows (years).
    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Row `r`, if there is one.
    pub fn get(&self, r: usize) -> Option<&[f64]> {
        (r < self.rows).then(|| &self.data[r * self.cols..(r + 1) * self.cols])
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

    /// Every figure, row after row, to fill in.
    pub(crate) fn as_mut_slice(&mut self) -> &mut [f64] {
        &mut self.data
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = &[f64]> + '_ {
        (0..self.rows).map(move |r| &self.data[r * self.cols..(r + 1) * self.cols])
    }
}

/// Equal when the rows are: a grid without rows equals any other grid without rows, whatever
/// width it was made with (JSON cannot tell them apart).
impl PartialEq for YearGrid {
    fn eq(&self, other: &YearGrid) -> bool {
        self.rows == other.rows
            && (self.rows == 0 || self.cols == other.cols)
            && self.data == other.data
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
