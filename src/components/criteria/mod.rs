//! The criteria area: [`CriteriaMatrix`] (communes × 19 criteria or villages × the village
//! criteria, as a heat map for one year) and [`CommuneDetail`] (one commune: facts, what
//! blocks it, its trajectory beside the baseline, its villages and its own levers).
//!
//! The components only render; rows, filters, sorting, colours and every figure come from
//! `crate::criteria_logic` (this folder's `logic/`), which is tested natively. Neither
//! component touches the page state: they take props and report through `on_<verb>`.

mod detail;
mod legend;
mod matrix;
mod table;
pub(crate) mod tag;
mod toolbar;

use std::rc::Rc;

pub use detail::{CommuneDetail, CommuneDetailProps};
pub use matrix::{CriteriaMatrix, CriteriaMatrixProps};

/// An `Rc` compared by address: a dependency for `use_memo` that changes when the results
/// are replaced, without comparing thousands of numbers on every render.
#[derive(Clone)]
struct ByAddress<T>(Rc<T>);

impl<T> PartialEq for ByAddress<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
