//! ntm-sim: runs a scenario and prints yearly results (placeholder until the model lands).
fn main() {
    let ds = ntm_model::Dataset::caobang_2020().unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let r = ntm_model::simulate(&ds, &ntm_model::Scenario::defaults(&ds), 100);
    println!("{:?}", r.years);
}
