//! Speed of the simulation (criterion). Goals (issue 3): the Cao Bằng default, 2020–2025,
//! 1,000 runs ≤ 60 ms and one run ≤ 0.1 ms on one native thread; a national-scale synthetic
//! dataset (8,000 communes, 70,000 villages) at 100 runs ≤ 2 s. Results go to BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ntm_model::dataset::synthetic::synthetic;
use ntm_model::{simulate, Dataset, Scenario, Simulation};
use std::hint::black_box;

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
/// results (each timed alone; dropping what was built is left out of every phase).
fn single_run_phases(c: &mut Criterion) {
    let ds = Dataset::caobang_2020().expect("embedded dataset");
    let mut sc = Scenario::defaults(&ds);
    sc.runs = 1;
    let prepared = || Simulation::new(&ds, &sc);
    let ran = || {
        let mut sim = prepared();
        sim.advance(1);
        sim
    };
    let mut group = c.benchmark_group("caobang_2020/1_run_phases");
    group.bench_function("prepare", |b| {
        b.iter_batched(|| (), |()| prepared(), BatchSize::SmallInput)
    });
    group.bench_function("run", |b| {
        b.iter_batched(
            prepared,
            |mut sim| {
                sim.advance(1);
                sim
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("results", |b| {
        b.iter_batched(ran, |sim| sim.results(&ds), BatchSize::SmallInput)
    });
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
