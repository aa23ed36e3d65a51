//! The seeded generator of the illustrative Cao Bằng dataset (`communes.csv`, `villages.csv`).
//!
//! Real: the 161 units, names, codes, districts and the border flags of the units list. Chosen
//! and written down in `sources/`: the 32 communes and village counts of the 1385 scope, and the
//! 20 communes recognised NTM. Generated and calibrated here: households, poverty, remoteness,
//! extremely-difficult flags and every criterion's progress index, so that the base state
//! reproduces the published aggregates exactly (see `MODEL.md`, "Calibration").
//!
//! Runs natively (`ntm-gen-data`); a test checks that it reproduces the committed files.

use super::{Commune, District, UnitType, Village};
use crate::criteria::CriteriaCatalog;
use rand::rngs::ChaCha8Rng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;

/// The generator's input files, embedded.
pub mod sources {
    /// The 161 units (copied from `shared/data`).
    pub const UNITS: &str = include_str!("../../data/caobang-2020/sources/caobang-units-2020.csv");
    /// The Decision 1385 scope: 32 communes and their village counts (illustrative choice).
    pub const SCOPE: &str = include_str!("../../data/caobang-2020/sources/scope-1385.csv");
    /// The communes recognised NTM by mid-2020.
    pub const RECOGNISED: &str = include_str!("../../data/caobang-2020/sources/ntm-recognised.csv");
}

/// The seed of the committed dataset.
pub const DEFAULT_SEED: u64 = 2020;

/// Published aggregates the base state must reproduce.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// Mean criteria met per xã, province-wide (about 12, 2019 projection for 2020).
    pub avg_commune_criteria: f64,
    /// Fewest criteria any xã may meet (none below 5 by 2019).
    pub min_commune_criteria: usize,
    /// Mean criteria met per scope village (9.6 after two years of Decision 1385).
    pub avg_village_criteria: f64,
    /// Fewest criteria any village may meet.
    pub min_village_criteria: usize,
    /// Household-weighted poverty rate of the province (22.06% in 2020).
    pub poverty_rate: f64,
    /// Extremely difficult communes (127 in 2020).
    pub extremely_difficult: usize,
    /// Communes one criterion short and close to it (the 2019 projection of 25 NTM communes by
    /// end 2020 implies about 5 recognitions in 2020).
    pub near_standard: usize,
}

impl Default for Calibration {
    fn default() -> Self {
        Calibration {
            avg_commune_criteria: 12.0,
            min_commune_criteria: 5,
            avg_village_criteria: 9.6,
            min_village_criteria: 3,
            poverty_rate: 0.2206,
            extremely_difficult: 127,
            near_standard: 5,
        }
    }
}

/// How hard each commune criterion is to meet in Cao Bằng (higher = met less often). The
/// hardest four follow the domain brief: income, poverty, production organisation, environment.
fn commune_difficulty(key: &str) -> f64 {
    match key {
        "defence" => -1.6,
        "electricity" => -1.3,
        "planning" => -1.1,
        "political" => -0.9,
        "education" => -0.7,
        "communications" => -0.5,
        "culture" => -0.4,
        "health" => -0.3,
        "employment" => -0.2,
        "irrigation" => 0.0,
        "schools" => 0.1,
        "culture_facilities" => 0.2,
        "rural_markets" => 0.3,
        "housing" => 0.3,
        "transport" => 0.55,
        "environment" => 0.9,
        "production" => 1.0,
        "income" => 1.05,
        "poverty" => 1.15,
        _ => 0.0,
    }
}

fn village_difficulty(key: &str) -> f64 {
    match key {
        "electricity" => -1.1,
        "security" => -1.0,
        "village_org" => -0.8,
        "education" => -0.6,
        "health" => -0.5,
        "culture" => -0.4,
        "communications" => -0.3,
        "culture_house" => 0.0,
        "irrigation" => 0.0,
        "housing" => 0.3,
        "transport" => 0.5,
        "environment" => 0.7,
        "production" => 0.9,
        "income" => 1.0,
        "poverty" => 1.1,
        _ => 0.0,
    }
}

/// Remoteness of a district's typical commune (0 = provincial centre).
fn district_remoteness(name: &str) -> f64 {
    match name {
        "Thành phố Cao Bằng" => 0.05,
        "Hòa An" => 0.3,
        "Quảng Hòa" => 0.45,
        "Thạch An" => 0.5,
        "Trùng Khánh" => 0.55,
        "Hạ Lang" => 0.6,
        "Nguyên Bình" => 0.62,
        "Hà Quảng" => 0.65,
        "Bảo Lạc" => 0.78,
        "Bảo Lâm" => 0.82,
        _ => 0.5,
    }
}

/// A problem with the generator's inputs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct GenerateError(pub String);

struct Draws(ChaCha8Rng);

impl Draws {
    fn uniform(&mut self) -> f64 {
        ((self.0.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.uniform()
    }

    /// Standard normal (Box–Muller, portable maths).
    fn normal(&mut self) -> f64 {
        let (u1, u2) = (self.uniform(), self.uniform());
        libm::sqrt(-2.0 * libm::log(u1)) * libm::cos(std::f64::consts::TAU * u2)
    }
}

fn read_csv(text: &str, name: &str) -> Result<Vec<BTreeMap<String, String>>, GenerateError> {
    let mut r = csv::Reader::from_reader(text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes());
    let headers = r
        .headers()
        .map_err(|e| GenerateError(format!("{name}: {e}")))?
        .clone();
    r.records()
        .map(|rec| {
            let rec = rec.map_err(|e| GenerateError(format!("{name}: {e}")))?;
            Ok(headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.trim().to_string()))
                .collect())
        })
        .collect()
}

/// Output of the generator.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Communes in the units list's order.
    pub communes: Vec<Commune>,
    /// Villages, grouped by commune.
    pub villages: Vec<Village>,
}

/// Generates the dataset from the embedded sources.
pub fn generate_caobang(
    districts: &[District],
    criteria: &CriteriaCatalog,
    seed: u64,
    cal: &Calibration,
) -> Result<Generated, GenerateError> {
    let units = read_csv(sources::UNITS, "units")?;
    let scope: BTreeMap<String, u32> = read_csv(sources::SCOPE, "scope")?
        .into_iter()
        .map(|r| {
            Ok((
                r["code"].clone(),
                r["villages"]
                    .parse::<u32>()
                    .map_err(|e| GenerateError(format!("scope: {e}")))?,
            ))
        })
        .collect::<Result<_, GenerateError>>()?;
    let recognised: BTreeMap<String, u16> = read_csv(sources::RECOGNISED, "recognised")?
        .into_iter()
        .map(|r| {
            Ok((
                r["code"].clone(),
                r["recognised_year"]
                    .parse::<u16>()
                    .map_err(|e| GenerateError(format!("recognised: {e}")))?,
            ))
        })
        .collect::<Result<_, GenerateError>>()?;
    let cset = criteria
        .set("commune-2016")
        .ok_or_else(|| GenerateError("no commune-2016 set".into()))?;
    let vset = criteria
        .set("village-illustrative")
        .ok_or_else(|| GenerateError("no village set".into()))?;
    let mut rng = Draws(ChaCha8Rng::seed_from_u64(seed));

    // 1. Units, remoteness, households, poverty.
    let mut communes = Vec::with_capacity(units.len());
    let mut score = Vec::with_capacity(units.len());
    for u in &units {
        let district = districts
            .iter()
            .position(|d| d.name == u["district"])
            .ok_or_else(|| GenerateError(format!("unknown district {}", u["district"])))?;
        let unit_type = match u["type"].as_str() {
            "xã" => UnitType::Xa,
            "thị trấn" => UnitType::ThiTran,
            "phường" => UnitType::Phuong,
            t => return Err(GenerateError(format!("unknown type {t}"))),
        };
        let code = u["code"].clone();
        let rec = recognised.get(&code).copied();
        let border = (u["border"] == "yes").then_some(true);
        let mut r = district_remoteness(&u["district"]) + rng.range(-0.12, 0.12);
        if border.is_some() || scope.contains_key(&code) {
            r += 0.08;
        }
        if rec.is_some() {
            r -= 0.1;
        }
        r = match unit_type {
            UnitType::Xa => r,
            UnitType::ThiTran => r - 0.25,
            UnitType::Phuong => rng.range(0.0, 0.05),
        };
        let remoteness = (r.clamp(0.0, 1.0) * 100.0).round() / 100.0;
        let households = match unit_type {
            UnitType::Xa => 350.0 + rng.range(0.0, 900.0) * (1.0 - 0.3 * remoteness),
            UnitType::ThiTran => rng.range(1200.0, 2800.0),
            UnitType::Phuong => rng.range(1500.0, 3800.0),
        }
        .round() as u32;
        let poverty = match unit_type {
            UnitType::Xa if rec.is_some() => rng.range(0.04, 0.11),
            UnitType::Xa => 0.06 + 0.5 * remoteness + 0.08 * rng.normal(),
            UnitType::ThiTran => rng.range(0.03, 0.1),
            UnitType::Phuong => rng.range(0.005, 0.03),
        }
        .clamp(0.01, 0.8);
        score.push(
            -1.6 * remoteness
                + 0.35 * rng.normal()
                + if unit_type == UnitType::Xa { 0.0 } else { 1.5 },
        );
        communes.push(Commune {
            code: code.clone(),
            name: u["unit"].clone(),
            district,
            unit_type,
            extremely_difficult: false,
            program_135: false,
            scope_1385: scope.contains_key(&code),
            border,
            households,
            poverty_rate: poverty,
            remoteness,
            levels: vec![0.0; cset.len()],
            recognised_year: rec,
        });
    }
    calibrate_poverty(&mut communes, cal.poverty_rate, &recognised);

    // 2. Extremely difficult: the most remote xã.
    let mut by_remoteness: Vec<usize> = (0..communes.len())
        .filter(|&i| communes[i].is_candidate())
        .collect();
    by_remoteness.sort_by(|&a, &b| {
        communes[b]
            .remoteness
            .total_cmp(&communes[a].remoteness)
            .then(a.cmp(&b))
    });
    for &i in by_remoteness.iter().take(cal.extremely_difficult) {
        communes[i].extremely_difficult = true;
        communes[i].program_135 = true;
    }

    // 3. Commune criteria: rank propensities, keep exactly the calibrated number met.
    let ncrit = cset.len();
    let xa: Vec<usize> = (0..communes.len())
        .filter(|&i| communes[i].is_candidate())
        .collect();
    let target_total = (cal.avg_commune_criteria * xa.len() as f64).round() as usize;
    let propensity: Vec<Vec<f64>> = communes
        .iter()
        .zip(&score)
        .map(|(_, s)| {
            cset.criteria
                .iter()
                .map(|c| s - commune_difficulty(&c.key) + 0.5 * rng.normal())
                .collect()
        })
        .collect();
    let recognised_xa: Vec<usize> = xa
        .iter()
        .copied()
        .filter(|&i| communes[i].recognised_year.is_some())
        .collect();
    let others: Vec<usize> = xa
        .iter()
        .copied()
        .filter(|&i| communes[i].recognised_year.is_none())
        .collect();
    let fixed = recognised_xa.len() * ncrit;
    // The communes nearest the standard: the highest development scores among the others.
    let mut near: Vec<usize> = others.clone();
    near.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    near.truncate(cal.near_standard);
    let met = select_met(
        &others,
        &propensity,
        target_total.saturating_sub(fixed),
        cal.min_commune_criteria,
        ncrit - 1,
        &near,
    );
    for &i in &recognised_xa {
        for j in 0..ncrit {
            communes[i].levels[j] = ((1.0 + rng.range(0.02, 0.4)) * 100.0).round() / 100.0;
        }
    }
    let cutoff = met.cutoff;
    for &i in &others {
        for j in 0..ncrit {
            communes[i].levels[j] =
                level_from(met.is_met(i, j), propensity[i][j], cutoff, &mut rng);
        }
        if near.contains(&i) {
            // One criterion short, and close to it.
            for j in 0..ncrit {
                if !met.is_met(i, j) {
                    communes[i].levels[j] = (rng.range(0.95, 0.99) * 100.0).round() / 100.0;
                }
            }
        }
    }
    // Towns and wards are not candidates; their status is shown, not simulated.
    for (i, c) in communes.iter_mut().enumerate() {
        if !c.is_candidate() {
            for j in 0..ncrit {
                c.levels[j] = level_from(propensity[i][j] > 0.0, propensity[i][j], 0.0, &mut rng);
            }
        }
    }

    // 4. Villages of the scope.
    let mut villages = Vec::new();
    let mut vprop = Vec::new();
    for (ci, c) in communes.iter().enumerate() {
        let Some(&n) = scope.get(&c.code) else {
            continue;
        };
        let first = villages.len();
        for k in 1..=n {
            let s = score[ci]
                + 0.4 * rng.normal()
                + if c.recognised_year.is_some() {
                    1.0
                } else {
                    0.0
                };
            let hh = (f64::from(c.households) / f64::from(n) * rng.range(0.7, 1.3))
                .round()
                .max(20.0) as u32;
            vprop.push(
                vset.criteria
                    .iter()
                    .map(|cr| s - village_difficulty(&cr.key) + 0.5 * rng.normal())
                    .collect::<Vec<f64>>(),
            );
            villages.push(Village {
                id: format!("{}-{k:02}", c.code),
                name: format!("Xóm {k}"),
                commune: ci,
                households: hh,
                levels: vec![0.0; vset.len()],
            });
        }
        fit_households(&mut villages[first..], c.households);
    }
    let vtotal = (cal.avg_village_criteria * villages.len() as f64).round() as usize;
    let all_v: Vec<usize> = (0..villages.len()).collect();
    let vmet = select_met(
        &all_v,
        &vprop,
        vtotal,
        cal.min_village_criteria,
        vset.len(),
        &[],
    );
    for (v, village) in villages.iter_mut().enumerate() {
        for j in 0..vset.len() {
            village.levels[j] = level_from(vmet.is_met(v, j), vprop[v][j], vmet.cutoff, &mut rng);
        }
    }
    Ok(Generated { communes, villages })
}

/// The met cells chosen by [`select_met`].
struct MetCells {
    met: BTreeMap<(usize, usize), ()>,
    cutoff: f64,
}

impl MetCells {
    fn is_met(&self, unit: usize, crit: usize) -> bool {
        self.met.contains_key(&(unit, crit))
    }
}

/// Chooses exactly `total` (unit, criterion) cells to be met: the `full` units' `max_each`
/// most likely criteria and every other unit's `min_each` most likely ones first, then the most
/// likely cells overall, at most `max_each` per unit.
fn select_met(
    units: &[usize],
    propensity: &[Vec<f64>],
    total: usize,
    min_each: usize,
    max_each: usize,
    full: &[usize],
) -> MetCells {
    let mut met = BTreeMap::new();
    let mut per_unit: BTreeMap<usize, usize> = BTreeMap::new();
    for &u in units {
        let mut order: Vec<usize> = (0..propensity[u].len()).collect();
        order.sort_by(|&a, &b| {
            propensity[u][b]
                .total_cmp(&propensity[u][a])
                .then(a.cmp(&b))
        });
        let take = if full.contains(&u) {
            max_each
        } else {
            min_each
        };
        for &j in order.iter().take(take) {
            met.insert((u, j), ());
        }
        per_unit.insert(u, take);
    }
    let mut cells: Vec<(f64, usize, usize)> = units
        .iter()
        .flat_map(|&u| {
            propensity[u]
                .iter()
                .enumerate()
                .map(move |(j, p)| (*p, u, j))
        })
        .filter(|(_, u, j)| !met.contains_key(&(*u, *j)))
        .collect();
    cells.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut cutoff = f64::INFINITY;
    for (p, u, j) in cells {
        if met.len() >= total {
            break;
        }
        let count = per_unit.entry(u).or_insert(0);
        if *count >= max_each {
            continue;
        }
        *count += 1;
        met.insert((u, j), ());
        cutoff = p;
    }
    MetCells {
        met,
        cutoff: if cutoff.is_finite() { cutoff } else { 0.0 },
    }
}

/// A progress index: above 1 for a met criterion (a margin), below 1 for an unmet one, closer
/// to 1 the likelier the criterion was.
fn level_from(met: bool, propensity: f64, cutoff: f64, rng: &mut Draws) -> f64 {
    let x = if met {
        1.0 + rng.range(0.0, 0.35)
    } else {
        (0.95 - 0.12 * (cutoff - propensity).max(0.0) - rng.range(0.0, 0.08)).clamp(0.3, 0.97)
    };
    // Whole percent, as the file stores it, so the generated state equals the read one.
    (x * 100.0).round() / 100.0
}

/// Scales the xã poverty rates so the household-weighted provincial rate hits the target.
fn calibrate_poverty(communes: &mut [Commune], target: f64, recognised: &BTreeMap<String, u16>) {
    let hh: f64 = communes.iter().map(|c| f64::from(c.households)).sum();
    let fixed: f64 = communes
        .iter()
        .filter(|c| !c.is_candidate() || recognised.contains_key(&c.code))
        .map(|c| c.poverty_rate * f64::from(c.households))
        .sum();
    let free: f64 = communes
        .iter()
        .filter(|c| c.is_candidate() && !recognised.contains_key(&c.code))
        .map(|c| c.poverty_rate * f64::from(c.households))
        .sum();
    if free <= 0.0 {
        return;
    }
    let k = (target * hh - fixed) / free;
    for c in communes
        .iter_mut()
        .filter(|c| c.is_candidate() && !recognised.contains_key(&c.code))
    {
        c.poverty_rate = (c.poverty_rate * k).clamp(0.01, 0.85);
    }
    for c in communes.iter_mut() {
        c.poverty_rate = (c.poverty_rate * 1000.0).round() / 1000.0;
    }
}

/// Scales a commune's villages' households down, when they add up to more than the commune
/// has, so that they add up to exactly its households (the largest remainders get the units
/// rounding down left over). Drawn one by one around the commune's mean, they passed its total
/// in 18 of the 32 scope communes, which the commune detail shows side by side. No random
/// draw is made here, so every other figure of the generated data stays as it was.
fn fit_households(villages: &mut [Village], total: u32) {
    let sum: u64 = villages.iter().map(|v| u64::from(v.households)).sum();
    if sum <= u64::from(total) {
        return;
    }
    let scale = f64::from(total) / sum as f64;
    let exact: Vec<f64> = villages
        .iter()
        .map(|v| f64::from(v.households) * scale)
        .collect();
    for (v, x) in villages.iter_mut().zip(&exact) {
        v.households = x.floor() as u32;
    }
    let given: u32 = villages.iter().map(|v| v.households).sum();
    let mut order: Vec<usize> = (0..villages.len()).collect();
    // Largest fraction first; ties in village order (the sort is stable), so the result is fixed.
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    for &i in order.iter().take(total.saturating_sub(given) as usize) {
        villages[i].households += 1;
    }
}
