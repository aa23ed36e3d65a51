//! Speed of the simulation (criterion). Goals (issue 3): the Cao Bằng default, 2020–2025,
//! 1,000 runs ≤ 60 ms and one run ≤ 0.1 ms on one native thread; a national-scale synthetic
//! dataset (8,000 communes, 70,000 villages) at 100 runs ≤ 2 s. Results go to BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use ntm_model::dataset::synthetic::synthetic;
use ntm_model::{simulate, Dataset, Scenario, Simulation};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn default_dataset(c: &mut Criterion) {
    let ds = Dataset::caobang_2020().expect("embedded dataset");
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 1000;
    c.bench_function("caobang_2020/1000_runs", |b| {
        b.iter(|| simulate(black_box(&ds), black_box(&sc)))
    });
    sc.runs = 1;
    c.bench_function("caobang_2020/1_run", |b| {
        b.iter(|| simulate(black_box(&ds), black_box(&sc)))
    });
}

/// Where a single run's time goes: preparing the scenario, the run itself, building the
/// results. Each case runs the whole pipeline, as `1_run` does, and counts only its phase, so
/// the three add up to `1_run` (less dropping what was built).
fn single_run_phases(c: &mut Criterion) {
    let ds = Dataset::caobang_2020().expect("embedded dataset");
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 1;
    let mut group = c.benchmark_group("caobang_2020/1_run_phases");
    for (name, phase) in [("prepare", 0), ("run", 1), ("results", 2)] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let t0 = Instant::now();
                    let mut sim = Simulation::new(black_box(&ds), black_box(&sc));
                    let t1 = Instant::now();
                    sim.advance(1);
                    let t2 = Instant::now();
                    let results = sim.results(black_box(&ds));
                    let t3 = Instant::now();
                    spent += [t1 - t0, t2 - t1, t3 - t2][phase];
                    black_box(results);
                }
                spent
            })
        });
    }
    group.finish();
}

fn national_scale(c: &mut Criterion) {
    let ds = synthetic(8000, 70_000, 1).expect("synthetic dataset");
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 100;
    let mut group = c.benchmark_group("national_8000x70000");
    group.sample_size(10);
    group.bench_function("100_runs", |b| {
        b.iter(|| simulate(black_box(&ds), black_box(&sc)))
    });
    group.finish();
}

criterion_group!(benches, default_dataset, single_run_phases, national_scale);
criterion_main!(benches);
