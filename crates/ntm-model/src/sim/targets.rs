//! Checks the dataset's official targets against the results: the median's verdict, the
//! margin, and the share of runs that reach the target.

use super::record::Recorder;
use crate::dataset::{Dataset, TargetOp};
use crate::results::{Results, TargetResult};

pub(crate) fn check(ds: &Dataset, rec: &Recorder, results: &Results) -> Vec<TargetResult> {
    ds.province
        .targets
        .iter()
        .map(|t| {
            let goal = t.value
                + if t.relative_to_base {
                    rec.base_value(t.metric)
                } else {
                    0.0
                };
            let assessable = ds.province.assesses(t);
            let holds = |x: f64| match t.op {
                TargetOp::AtLeast => x >= goal - 1e-9,
                TargetOp::AtMost => x <= goal + 1e-9,
            };
            match results.year_index(t.year) {
                Some(y) => {
                    let runs = rec.run_values(t.metric, y);
                    let median = results.series.get(t.metric).p50[y];
                    let probability = if runs.is_empty() {
                        0.0
                    } else {
                        runs.iter().filter(|x| holds(**x)).count() as f64 / runs.len() as f64
                    };
                    TargetResult {
                        id: t.id.clone(),
                        metric: t.metric,
                        year: t.year,
                        goal,
                        median: Some(median),
                        probability,
                        met: holds(median),
                        margin: match t.op {
                            TargetOp::AtLeast => median - goal,
                            TargetOp::AtMost => goal - median,
                        },
                        in_horizon: true,
                        assessable,
                    }
                }
                None => TargetResult {
                    id: t.id.clone(),
                    metric: t.metric,
                    year: t.year,
                    goal,
                    median: None,
                    probability: 0.0,
                    met: false,
                    margin: 0.0,
                    in_horizon: false,
                    assessable,
                },
            }
        })
        .collect()
}
