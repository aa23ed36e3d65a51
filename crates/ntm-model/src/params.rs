//! Assumptions: every number the model needs that is not a policy lever, with its name in
//! Vietnamese and English, unit, default, plausible range and basis.
//!
//! Kept apart from the levers on purpose (as En-ROADS does): a planner changes levers to
//! compare policies, and changes assumptions only to test how sure the answer is. The Monte
//! Carlo samples each sampled parameter from a triangular distribution on its range, peaked at
//! the scenario's value. This module owns the table; it must not know how the engine uses it.

use serde::{Deserialize, Serialize};

/// The unit a parameter is expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A dimensionless multiplier (×).
    Multiplier,
    /// A share between 0 and 1, shown as a percentage.
    Share,
    /// Progress index points (1.0 = one criterion threshold).
    Index,
    /// Billion VND per 1,000 households per year.
    BillionPerThousandHouseholds,
    /// Million VND per person trained.
    MillionPerPerson,
    /// Million VND per communication campaign.
    MillionPerCampaign,
    /// Campaigns per commune per year.
    CampaignsPerYear,
    /// People.
    People,
    /// Households.
    Households,
}

impl Unit {
    /// Short Vietnamese label.
    pub fn label_vi(self) -> &'static str {
        match self {
            Unit::Multiplier => "lần",
            Unit::Share => "%",
            Unit::Index => "điểm chỉ số",
            Unit::BillionPerThousandHouseholds => "tỷ đồng/1.000 hộ/năm",
            Unit::MillionPerPerson => "triệu đồng/người",
            Unit::MillionPerCampaign => "triệu đồng/đợt",
            Unit::CampaignsPerYear => "đợt/xã/năm",
            Unit::People => "người",
            Unit::Households => "hộ",
        }
    }

    /// Short English label.
    pub fn label_en(self) -> &'static str {
        match self {
            Unit::Multiplier => "×",
            Unit::Share => "%",
            Unit::Index => "index points",
            Unit::BillionPerThousandHouseholds => "billion VND/1,000 households/year",
            Unit::MillionPerPerson => "million VND/person",
            Unit::MillionPerCampaign => "million VND/campaign",
            Unit::CampaignsPerYear => "campaigns/commune/year",
            Unit::People => "people",
            Unit::Households => "households",
        }
    }
}

/// One assumption's description.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamSpec {
    /// The parameter.
    pub key: ParamKey,
    /// Vietnamese name.
    pub name_vi: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Unit.
    pub unit: Unit,
    /// Default value.
    pub default: f64,
    /// Lowest plausible value (also the lower end of the Monte Carlo range).
    pub low: f64,
    /// Highest plausible value.
    pub high: f64,
    /// Whether the Monte Carlo draws it from its range.
    pub sampled: bool,
    /// Where the number comes from ("assumption" when no source gives it).
    pub basis: &'static str,
}

macro_rules! params {
    ($( $variant:ident = $key:literal, $vi:literal, $en:literal, $unit:ident, $def:expr, $lo:expr, $hi:expr, $sampled:expr, $basis:literal; )*) => {
        /// Every assumption, by stable key (serialized in scenarios and links: append only).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum ParamKey { $( #[doc = $en] $variant, )* }

        impl ParamKey {
            /// Every parameter, in table order.
            pub const ALL: &'static [ParamKey] = &[ $( ParamKey::$variant, )* ];

            /// The stable key used in files and links.
            pub fn key(self) -> &'static str {
                match self { $( ParamKey::$variant => $key, )* }
            }

            /// The parameter's description.
            pub fn spec(self) -> ParamSpec {
                match self {
                    $( ParamKey::$variant => ParamSpec {
                        key: ParamKey::$variant, name_vi: $vi, name_en: $en, unit: Unit::$unit,
                        default: $def, low: $lo, high: $hi, sampled: $sampled, basis: $basis,
                    }, )*
                }
            }
        }
    };
}

params! {
    CostMultiplier = "cost_multiplier", "Hệ số chi phí đầu tư các tiêu chí", "Investment cost multiplier", Multiplier, 1.0, 0.7, 1.5, true,
        "Assumption. Unit costs per criterion are assumptions (domain brief §3); this scales all of them.";
    RemotenessPremium = "remoteness_premium", "Chi phí tăng thêm ở nơi xa nhất", "Extra cost at the most remote place", Share, 0.8, 0.4, 1.2, true,
        "Assumption: costs scale by 1 + premium × remoteness (domain brief §3: costs scaled by remoteness).";
    BaseEfficiency = "base_efficiency", "Hiệu quả sử dụng vốn cơ bản", "Base efficiency of investment money", Share, 0.6, 0.45, 0.75, true,
        "Assumption: share of money that turns into criterion progress before capacity effects.";
    CadreEfficiency = "cadre_efficiency", "Đào tạo cán bộ xã làm tăng hiệu quả vốn", "Gain in money efficiency from trained commune cadres", Share, 0.15, 0.0, 0.3, true,
        "Assumption (domain brief §6: no quantitative estimate found).";
    SupportEfficiency = "support_efficiency", "Đơn vị hỗ trợ làm tăng hiệu quả vốn", "Gain in money efficiency from a support unit", Share, 0.1, 0.0, 0.2, true,
        "Assumption (domain brief §6).";
    LeadershipEfficiency = "leadership_efficiency", "Sự lãnh đạo làm tăng hiệu quả vốn", "Gain in money efficiency from leadership priority", Share, 0.1, 0.0, 0.2, true,
        "Assumption (domain brief §6).";
    ParticipationEfficiency = "participation_efficiency", "Sự tham gia của cộng đồng làm tăng hiệu quả vốn", "Gain in money efficiency from community participation", Share, 0.15, 0.0, 0.3, true,
        "Assumption: households' labour and land stretch public money; the domain brief names community participation from survey to implementation as a lever (§4) and gives no size for it (§6).";
    EffectCadres = "effect_cadres", "Tác động của cán bộ xã được đào tạo lên tiêu chí mềm", "Effect of trained commune cadres on soft criteria", Multiplier, 0.6, 0.2, 1.0, true,
        "Assumption (domain brief §6): gain on a soft criterion's yearly trend when the driver is full.";
    EffectVillageLeaders = "effect_village_leaders", "Tác động của trưởng xóm, ban phát triển xóm được đào tạo", "Effect of trained village heads and boards", Multiplier, 0.6, 0.2, 1.0, true,
        "Assumption (domain brief §6).";
    EffectVocational = "effect_vocational", "Tác động của đào tạo nghề", "Effect of vocational training", Multiplier, 0.8, 0.3, 1.3, true,
        "Assumption (domain brief §6; NTM raised household incomes 16–28% in one study, none in another).";
    EffectSupport = "effect_support", "Tác động của đơn vị hỗ trợ", "Effect of a support unit", Multiplier, 0.5, 0.1, 0.9, true,
        "Assumption (domain brief §6).";
    EffectParticipation = "effect_participation", "Tác động của sự tham gia cộng đồng", "Effect of community participation", Multiplier, 0.5, 0.1, 0.9, true,
        "Assumption (domain brief §6).";
    EffectLeadership = "effect_leadership", "Tác động của sự lãnh đạo", "Effect of leadership priority", Multiplier, 0.4, 0.1, 0.8, true,
        "Assumption (domain brief §6).";
    EffectLivelihood = "effect_livelihood", "Tác động của vốn sinh kế, sản xuất", "Effect of livelihood and production money", Multiplier, 0.8, 0.3, 1.3, true,
        "Assumption (domain brief §6).";
    TrendMultiplier = "trend_multiplier", "Hệ số xu hướng nền của tiêu chí mềm", "Background trend of soft criteria", Multiplier, 1.0, 0.8, 1.2, true,
        "Calibrated so that the province gains about one criterion per commune per year early on (national figures, domain brief §5).";
    LivelihoodReference = "livelihood_reference", "Mức vốn sinh kế đạt một nửa tác động", "Livelihood money giving half its effect", BillionPerThousandHouseholds, 6.0, 3.0, 10.0, true,
        "Assumption: the livelihood driver is money ÷ (money + this), money per 1,000 households a year: half its effect at this amount.";
    Noise = "noise", "Biến động ngẫu nhiên hằng năm (tiêu chí mềm, hiệu quả vốn)", "Yearly randomness (soft criteria, use of money)", Share, 0.5, 0.3, 0.8, true,
        "Assumption. Scales the yearly shocks: a commune's soft-criteria progress is multiplied by a factor of mean 1 and standard deviation noise ÷ 2 (a village's by its commune's and its own, about 0.7 × noise together); the efficiency of the year's investment varies uniformly by ± 0.4 × noise.";
    BackslideProbability = "backslide_probability", "Xác suất một tiêu chí mềm bị tụt trong năm", "Yearly chance that a soft criterion slips", Share, 0.05, 0.02, 0.1, true,
        "Assumption: met criteria can become unmet and recognition can be revoked (domain brief §1); no source says how often a soft criterion slips (§6).";
    BackslideDepth = "backslide_depth", "Mức tụt khi tiêu chí mềm bị tụt", "How far a slipping criterion falls", Index, 0.06, 0.03, 0.1, true,
        "Assumption.";
    CapacityProtection = "capacity_protection", "Năng lực làm giảm nguy cơ tụt tiêu chí", "How much capacity lowers the chance of slipping", Share, 0.5, 0.2, 0.8, true,
        "Assumption.";
    VillageShareP135 = "village_share_p135", "Tỷ lệ vốn đầu tư Chương trình 135 dành cho xóm", "Share of Program 135 investment spent on villages", Share, 0.3, 0.2, 0.4, true,
        "Assumption: Program 135 funds extremely difficult communes and villages (domain brief §3).";
    StrictnessMultiplier = "strictness_multiplier", "Mức khó hơn của bộ tiêu chí 2021–2025", "How much stricter the 2021–2025 set is", Multiplier, 1.0, 0.6, 1.4, true,
        "Assumption: scales every threshold increase of the later set (domain brief §1: stricter thresholds).";
    BaseParticipation = "base_participation", "Mức tham gia cộng đồng ban đầu", "Community participation before campaigns", Share, 0.5, 0.3, 0.7, true,
        "Assumption.";
    CampaignEffect = "campaign_effect", "Mức tăng tham gia khi tuyên truyền đầy đủ", "Participation gained from full communication", Share, 0.35, 0.15, 0.5, true,
        "Assumption (domain brief §4 names communication campaigns as a lever; no size found).";
    CampaignReference = "campaign_reference", "Số đợt tuyên truyền đạt một nửa tác động", "Campaigns giving half their effect", CampaignsPerYear, 2.0, 1.0, 4.0, false,
        "Assumption.";
    RecognisedWeight = "recognised_weight", "Tỷ lệ vốn NTM xã đã đạt chuẩn vẫn nhận", "Share of NTM money a recognised commune still receives", Share, 0.3, 0.1, 0.5, true,
        "Assumption: recognised communes keep some money to maintain and raise the standard.";
    Attrition = "attrition", "Tỷ lệ hao hụt người đã đào tạo mỗi năm", "Yearly attrition of trained people", Share, 0.15, 0.08, 0.25, true,
        "Assumption: cadres rotate, village heads change at elections.";
    InitialCapacity = "initial_capacity", "Năng lực sẵn có năm gốc của số liệu (so với mức đầy đủ)", "Capacity already in place in the data's base year (share of full)", Share, 0.4, 0.2, 0.6, true,
        "Assumption.";
    CadrePosts = "cadre_posts", "Số cán bộ, công chức cấp xã", "Commune cadres and civil servants per commune", People, 20.0, 15.0, 25.0, false,
        "Decree 34/2019/NĐ-CP sets about 20 cadre and civil-servant posts for a typical commune.";
    BoardSize = "board_size", "Số thành viên ban phát triển mỗi xóm (kể cả trưởng xóm)", "Village development board members per village (with the head)", People, 5.0, 3.0, 7.0, false,
        "Assumption.";
    HouseholdsPerVillage = "households_per_village", "Số hộ bình quân mỗi xóm (dùng khi không có danh sách xóm)", "Households per village (used where villages are not listed)", Households, 90.0, 60.0, 120.0, false,
        "Assumption for Cao Bằng's mountain villages (xóm).";
    CostCadre = "cost_cadre", "Chi phí đào tạo một cán bộ xã", "Cost of training one commune cadre", MillionPerPerson, 6.0, 4.0, 9.0, false,
        "Assumption.";
    CostVillageLeader = "cost_village_leader", "Chi phí đào tạo một trưởng xóm, thành viên ban phát triển", "Cost of training one village head or board member", MillionPerPerson, 3.0, 2.0, 5.0, false,
        "Assumption.";
    CostVocational = "cost_vocational", "Chi phí đào tạo nghề một lao động", "Cost of one vocational trainee", MillionPerPerson, 4.0, 3.0, 6.0, false,
        "Assumption (short rural vocational courses).";
    CostCampaign = "cost_campaign", "Chi phí một đợt tuyên truyền", "Cost of one communication campaign", MillionPerCampaign, 30.0, 15.0, 50.0, false,
        "Assumption.";
    PriorityBoost = "priority_boost", "Hệ số ưu tiên của xã được ưu tiên", "Allocation weight of a priority commune", Multiplier, 2.0, 1.5, 3.0, false,
        "Definition: a commune marked as priority gets this times its usual share.";
}

impl ParamKey {
    /// The default value.
    pub fn default_value(self) -> f64 {
        self.spec().default
    }

    /// Looks a parameter up by its stable key.
    pub fn from_key(key: &str) -> Option<ParamKey> {
        ParamKey::ALL.iter().copied().find(|p| p.key() == key)
    }
}

/// Every parameter's value for one run, indexed by `ParamKey as usize`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamValues(pub Vec<f64>);

impl ParamValues {
    /// All defaults.
    pub fn defaults() -> ParamValues {
        ParamValues(ParamKey::ALL.iter().map(|p| p.default_value()).collect())
    }

    /// The value of `key`.
    #[inline]
    pub fn get(&self, key: ParamKey) -> f64 {
        self.0[key as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_lies_in_its_range_and_keys_are_unique() {
        let mut keys = std::collections::BTreeSet::new();
        for &p in ParamKey::ALL {
            let s = p.spec();
            assert!(s.low <= s.default && s.default <= s.high, "{}", s.name_en);
            assert!(keys.insert(p.key()), "duplicate key {}", p.key());
            assert_eq!(ParamKey::from_key(p.key()), Some(p));
            assert!(!s.basis.is_empty());
        }
    }
}
