//! A synthetic dataset of any size (for example national scale: about 8,000 communes and
//! 70,000 villages) for benchmarks and property tests. Not calibrated to anything.

use super::{Commune, Dataset, District, UnitType, Village};
use crate::criteria::CriteriaCatalog;
use rand::rngs::ChaCha8Rng;
use rand::{Rng, SeedableRng};

/// Builds a dataset with `communes` xã spread over districts of about 12 communes, `villages`
/// villages spread over the first communes (about 9 per commune), budget lines scaled to size.
pub fn synthetic(
    communes: usize,
    villages: usize,
    seed: u64,
) -> Result<Dataset, super::DatasetError> {
    let mut base = Dataset::caobang_2020()?;
    let criteria: CriteriaCatalog = base.criteria.clone();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut u = move || ((rng.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
    let n_districts = communes.div_ceil(12).max(1);
    let districts: Vec<District> = (0..n_districts)
        .map(|d| District {
            code: format!("{d:03}"),
            name: format!("Huyện {d}"),
            kind: "district".into(),
            border: d % 5 == 0,
        })
        .collect();
    let ncrit = base.base_commune_set().len();
    let nvcrit = base.village_set().len();
    let mut out_communes = Vec::with_capacity(communes);
    for i in 0..communes {
        let remoteness = u();
        let dev = 1.0 - 0.5 * remoteness;
        out_communes.push(Commune {
            code: format!("{:05}", i % 100_000),
            name: format!("Xã {i}"),
            district: i / 12,
            unit_type: UnitType::Xa,
            extremely_difficult: remoteness > 0.5,
            program_135: remoteness > 0.5,
            scope_1385: i % 5 == 0,
            border: (i % 10 == 0).then_some(true),
            households: 400 + (u() * 900.0) as u32,
            poverty_rate: 0.05 + 0.4 * remoteness,
            remoteness,
            levels: (0..ncrit)
                .map(|_| (dev * (0.55 + 0.6 * u()) * 100.0).round() / 100.0)
                .collect(),
            recognised_year: None,
        });
    }
    let mut out_villages = Vec::with_capacity(villages);
    let mut villages_of = vec![Vec::new(); communes];
    for v in 0..villages {
        let c = (v * communes.max(1)) / villages.max(1);
        villages_of[c].push(v);
        out_villages.push(Village {
            id: format!("{c}-{v}"),
            name: format!("Xóm {v}"),
            commune: c,
            households: 60 + (u() * 80.0) as u32,
            levels: (0..nvcrit)
                .map(|_| ((0.5 + 0.6 * u()) * 100.0).round() / 100.0)
                .collect(),
        });
    }
    let scale = communes as f64 / 139.0;
    for line in base.province.budget.lines.values_mut() {
        for x in &mut line.per_year {
            *x *= scale;
        }
    }
    base.province.id = format!("synthetic-{communes}-{villages}");
    base.province.districts = districts.clone();
    base.province.targets.clear();
    Ok(Dataset {
        province: base.province,
        criteria,
        districts,
        communes: out_communes,
        villages: out_villages,
        villages_of,
        fingerprint: seed,
    })
}
