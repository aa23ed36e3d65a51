//! The share link's wire types. This is a boundary: these types are frozen once released.
//! A new format is a new variant appended to [`Wire`] (never reorder or change a variant), and
//! every released variant keeps decoding (golden fixtures in `tests/links.rs`).
//!
//! A link stores the scenario as a delta against the dataset's defaults, so a typical scenario
//! is a few dozen bytes before compression.

use serde::{Deserialize, Serialize};

/// Every link format ever released, in release order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Wire {
    /// Version 1 (2026).
    V1(LinkV1),
    /// Version 2 (2026-11-30): a district's or commune's training counts travel one by one
    /// ([`LeversV2`]); everything else as in version 1.
    V2(LinkV2),
    /// Version 3 (2026-12-01): version 2 with the scenario's name ([`NamedLinkV3`]), so the
    /// colleague who opens it sees the name the sender saved it under. Written only when the
    /// scenario has a name: a link without one stays version 2, which older builds read.
    V3(NamedLinkV3),
    /// Version 4 (2026-12-03): version 2, the scenario's name if it has one, and the criteria
    /// matrix's filters and sorts ([`ViewedLinkV4`]), so a colleague sees the same communes a
    /// planner picked out. Written only when the matrix is not as it opens: other links stay
    /// version 2 or 3, which older builds read.
    V4(ViewedLinkV4),
    /// Version 5 (2026-12-04): version 4 with the years of districts' and communes' own
    /// training ([`TrainingYearsV5`]). Written only when a unit's training has years: other
    /// links stay version 2, 3 or 4, which older builds read.
    V5(TrainingYearsV5),
    /// Version 6 (2026-12-05): version 5 with a mark of the data it was made on
    /// ([`MarkedLinkV6`]), so that a link made on a province's own data and opened on other
    /// data under the same id and version says the figures may differ. Written only for data
    /// other than the embedded default: links made on the default stay versions 2 to 5.
    V6(MarkedLinkV6),
}

/// Number of [`Wire`] variants this build knows (a larger first byte is a newer link).
pub const KNOWN_VARIANTS: u8 = 6;

/// A number that travels as thousandths when that is exact (most planner inputs), else as
/// its IEEE bits, so decoding always gives back the very same `f64`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum NumV1 {
    /// Value × 1000, exactly.
    Milli(i64),
    /// The raw bits.
    Bits(u64),
}

impl NumV1 {
    /// Encodes `x` exactly.
    pub fn from_f64(x: f64) -> NumV1 {
        let m = (x * 1000.0).round();
        if m.is_finite()
            && m.abs() < 9.0e15
            && ((m as i64) as f64 / 1000.0).to_bits() == x.to_bits()
        {
            NumV1::Milli(m as i64)
        } else {
            NumV1::Bits(x.to_bits())
        }
    }

    /// The value.
    pub fn to_f64(self) -> f64 {
        match self {
            NumV1::Milli(m) => m as f64 / 1000.0,
            NumV1::Bits(b) => f64::from_bits(b),
        }
    }
}

/// Levers of one district or commune (`None` = inherited).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LeversV1 {
    /// Excluded from allocation.
    pub excluded: Option<bool>,
    /// Priority boost.
    pub priority: Option<bool>,
    /// Allocation weight multiplier.
    pub budget_weight: Option<NumV1>,
    /// Fixed amount, billion VND per year.
    pub fixed_amount: Option<NumV1>,
    /// Training counts (cadres, village leaders, vocational).
    pub training: Option<(NumV1, NumV1, NumV1)>,
    /// Training multiplier.
    pub training_scale: Option<NumV1>,
    /// Campaigns per year.
    pub campaigns: Option<NumV1>,
    /// Support unit forced on or off.
    pub support_unit: Option<bool>,
    /// Leadership priority.
    pub leadership: Option<NumV1>,
}

/// Levers of one district or commune in version 2 (`None` = inherited): as [`LeversV1`], but
/// each training count on its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LeversV2 {
    /// Excluded from allocation.
    pub excluded: Option<bool>,
    /// Priority boost.
    pub priority: Option<bool>,
    /// Allocation weight multiplier.
    pub budget_weight: Option<NumV1>,
    /// Fixed amount, billion VND per year.
    pub fixed_amount: Option<NumV1>,
    /// Training counts (cadres, village leaders, vocational), each `None` when inherited.
    pub training: Option<(Option<NumV1>, Option<NumV1>, Option<NumV1>)>,
    /// Training multiplier.
    pub training_scale: Option<NumV1>,
    /// Campaigns per year.
    pub campaigns: Option<NumV1>,
    /// Support unit forced on or off.
    pub support_unit: Option<bool>,
    /// Leadership priority.
    pub leadership: Option<NumV1>,
}

/// The scenario as a delta against the dataset's defaults (`None`/empty = default), with the
/// district and commune levers of a version (`L`: [`LeversV1`] or [`LeversV2`]; the encoding
/// of the rest is the same in both).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Delta<L> {
    /// Seed.
    pub seed: Option<u64>,
    /// Runs.
    pub runs: Option<u32>,
    /// Last year.
    pub until: Option<u16>,
    /// Budget scale, percent.
    pub scale_pct: Option<NumV1>,
    /// Changed budget lines: (source index in release order, amounts per year).
    pub lines: Vec<(u8, Vec<NumV1>)>,
    /// Allocation rule index in release order.
    pub rule: Option<u8>,
    /// Custom weights by commune code (as a number).
    pub custom_weights: Vec<(u32, NumV1)>,
    /// Training per year, if changed.
    pub training: Option<Vec<(NumV1, NumV1, NumV1)>>,
    /// Campaigns per year, if changed.
    pub campaigns: Option<Vec<NumV1>>,
    /// Support units.
    pub support_units: Option<u32>,
    /// Leadership.
    pub leadership: Option<NumV1>,
    /// (stricter set year, graduation cliff, backsliding), if changed.
    pub policy: Option<(u16, bool, bool)>,
    /// District levers by district code (as a number).
    pub districts: Vec<(u16, L)>,
    /// Commune levers by commune code (as a number).
    pub communes: Vec<(u32, L)>,
    /// Changed assumptions: (index into [`PARAM_KEYS_V1`], value).
    pub assumptions: Vec<(u16, NumV1)>,
    /// Parameter uncertainty, if changed.
    pub uncertainty: Option<bool>,
}

/// What the screen showed (meaning defined by the app; plain numbers here).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewV1 {
    /// Language (0 Vietnamese, 1 English).
    pub lang: u8,
    /// Tab or page.
    pub tab: u8,
    /// Chart.
    pub chart: u8,
    /// Year shown (0 = default).
    pub year: u16,
    /// District code shown, as a number.
    pub district: Option<u16>,
    /// Commune code shown, as a number.
    pub commune: Option<u32>,
}

/// The criteria matrix's own choices (meaning defined by the app; plain numbers here).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixV4 {
    /// Which units (0 communes, 1 villages).
    pub units: u8,
    /// District filter: its code, as a number.
    pub district: Option<u16>,
    /// Commune filter (the village view): its code, as a number.
    pub commune: Option<u32>,
    /// Decision 1385 scope only.
    pub scope_only: bool,
    /// Status filter.
    pub status: u8,
    /// The search box's text.
    pub search: String,
    /// Thị trấn and phường listed too.
    pub show_other_units: bool,
    /// The communes' sort: (what, which criterion when by a criterion, descending).
    pub commune_sort: (u8, u16, bool),
    /// The villages' sort, likewise.
    pub village_sort: (u8, u16, bool),
}

/// Link version 4: a version 2 link, the scenario's name if it has one, and the matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ViewedLinkV4 {
    /// Everything a version 2 link holds.
    pub link: LinkV2,
    /// The scenario's name as the sender saved it.
    pub name: Option<String>,
    /// The criteria matrix as the sender left it.
    pub matrix: MatrixV4,
}

/// Link version 5: a version 2 link, the scenario's name and the matrix if it has them, and
/// the years in which units' own training applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingYearsV5 {
    /// Everything a version 2 link holds.
    pub link: LinkV2,
    /// The scenario's name as the sender saved it.
    pub name: Option<String>,
    /// The criteria matrix, when it is not as it opens.
    pub matrix: Option<MatrixV4>,
    /// (district code as a number, first year, last year) of each district whose own
    /// training has years.
    pub districts: Vec<(u16, Option<u16>, Option<u16>)>,
    /// (commune code as a number, first year, last year), likewise.
    pub communes: Vec<(u32, Option<u16>, Option<u16>)>,
}

/// Link version 6: everything version 5 holds (no years when no unit's training has them)
/// and the mark of the data it was made on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarkedLinkV6 {
    /// Everything a version 5 link holds.
    pub link: TrainingYearsV5,
    /// The dataset's fingerprint folded to 32 bits (`Dataset::fingerprint`, a hash of what the
    /// data says): enough to tell two datasets apart, short in a link.
    pub data: u32,
}

/// Version 1's delta.
pub type DeltaV1 = Delta<LeversV1>;
/// Version 2's delta.
pub type DeltaV2 = Delta<LeversV2>;

/// A link of a version (`L`: its district and commune levers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link<L> {
    /// Dataset id.
    pub dataset_id: String,
    /// Dataset version.
    pub dataset_version: u32,
    /// The scenario.
    pub delta: Delta<L>,
    /// The view.
    pub view: ViewV1,
}

/// Link version 1.
pub type LinkV1 = Link<LeversV1>;
/// Link version 2.
pub type LinkV2 = Link<LeversV2>;

/// Link version 3: a version 2 link and the name of its scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedLinkV3 {
    /// Everything a version 2 link holds.
    pub link: LinkV2,
    /// The scenario's name as the sender saved it (never empty).
    pub name: String,
}

/// Assumption keys in the order version 1 numbers them (frozen: append only).
pub const PARAM_KEYS_V1: &[&str] = &[
    "cost_multiplier",
    "remoteness_premium",
    "base_efficiency",
    "cadre_efficiency",
    "support_efficiency",
    "leadership_efficiency",
    "participation_efficiency",
    "effect_cadres",
    "effect_village_leaders",
    "effect_vocational",
    "effect_support",
    "effect_participation",
    "effect_leadership",
    "effect_livelihood",
    "trend_multiplier",
    "livelihood_reference",
    "noise",
    "backslide_probability",
    "backslide_depth",
    "capacity_protection",
    "village_share_p135",
    "strictness_multiplier",
    "base_participation",
    "campaign_effect",
    "campaign_reference",
    "recognised_weight",
    "attrition",
    "initial_capacity",
    "cadre_posts",
    "board_size",
    "households_per_village",
    "cost_cadre",
    "cost_village_leader",
    "cost_vocational",
    "cost_campaign",
    "priority_boost",
];

/// Budget sources in the order version 1 numbers them (frozen: append only).
pub const SOURCE_KEYS_V1: &[&str] = &[
    "central_ntm",
    "program_135",
    "decision_1385",
    "provincial",
    "integrated",
    "credit_enterprise",
    "community",
];

/// Allocation rules in the order version 1 numbers them (frozen: append only).
pub const RULE_KEYS_V1: &[&str] = &[
    "equal_per_unit",
    "needs_based",
    "nearest_first",
    "poorest_border_first",
    "custom_weights",
];
