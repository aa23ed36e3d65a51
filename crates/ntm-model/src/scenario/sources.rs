//! Money sources and what each one pays for.

use serde::{Deserialize, Serialize};

/// A source of money (the budget lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Central NTM budget.
    CentralNtm,
    /// Program 135.
    #[serde(rename = "program_135")]
    Program135,
    /// Decision 1385 village support.
    #[serde(rename = "decision_1385")]
    Decision1385,
    /// Provincial budget.
    Provincial,
    /// Integrated programmes (ethnic-minority programme and others).
    Integrated,
    /// Credit and enterprise (OCOP, production linkage).
    CreditEnterprise,
    /// Community contributions.
    Community,
}

/// Which units a source's money can go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eligibility {
    /// Every xã.
    AllCommunes,
    /// Extremely difficult xã (Program 135 and Area III).
    ExtremelyDifficult,
    /// Villages in the Decision 1385 scope.
    ScopeVillages,
}

/// What a source is and what it pays for.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSpec {
    /// The source.
    pub source: Source,
    /// Vietnamese name.
    pub name_vi: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Where its money may go.
    pub eligibility: Eligibility,
    /// Share spent on investment criteria (infrastructure and services); the rest is livelihood
    /// and production support, which drives soft criteria.
    pub investment_share: f64,
    /// A recognised commune loses this money when the graduation cliff is on.
    pub cliff: bool,
    /// Recognised communes get only the `recognised_weight` share of it.
    pub tapers_after_recognition: bool,
    /// Scaled by community participation (what households actually give).
    pub participation_scaled: bool,
    /// Basis of the split.
    pub basis: &'static str,
}

impl Source {
    /// Every source, in display order (also the engine's array order).
    pub const ALL: [Source; 7] = [
        Source::CentralNtm,
        Source::Program135,
        Source::Decision1385,
        Source::Provincial,
        Source::Integrated,
        Source::CreditEnterprise,
        Source::Community,
    ];

    /// Position in [`Source::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable key used in files.
    pub fn key(self) -> &'static str {
        match self {
            Source::CentralNtm => "central_ntm",
            Source::Program135 => "program_135",
            Source::Decision1385 => "decision_1385",
            Source::Provincial => "provincial",
            Source::Integrated => "integrated",
            Source::CreditEnterprise => "credit_enterprise",
            Source::Community => "community",
        }
    }

    /// What the source is and pays for.
    pub fn spec(self) -> SourceSpec {
        let s = |name_vi, name_en, eligibility, investment_share, cliff, taper, part, basis| {
            SourceSpec {
                source: self,
                name_vi,
                name_en,
                eligibility,
                investment_share,
                cliff,
                tapers_after_recognition: taper,
                participation_scaled: part,
                basis,
            }
        };
        match self {
            Source::CentralNtm => s(
                "Ngân sách trung ương cho NTM",
                "Central NTM budget",
                Eligibility::AllCommunes,
                0.8,
                false,
                true,
                false,
                "Assumption: mostly infrastructure, some production support.",
            ),
            Source::Program135 => s(
                "Chương trình 135",
                "Program 135",
                Eligibility::ExtremelyDifficult,
                0.65,
                true,
                false,
                false,
                "Program 135 funds infrastructure and production support in extremely difficult communes (domain brief §3).",
            ),
            Source::Decision1385 => s(
                "Hỗ trợ thôn, bản theo Quyết định 1385",
                "Decision 1385 village support",
                Eligibility::ScopeVillages,
                0.7,
                false,
                false,
                false,
                "Assumption: village infrastructure first, then livelihoods (Decision 1385/QĐ-TTg).",
            ),
            Source::Provincial => s(
                "Ngân sách tỉnh",
                "Provincial budget",
                Eligibility::AllCommunes,
                1.0,
                false,
                true,
                false,
                "Assumption: counterpart funds for infrastructure.",
            ),
            Source::Integrated => s(
                "Lồng ghép các chương trình (dân tộc thiểu số…)",
                "Integrated programmes (ethnic minorities…)",
                Eligibility::ExtremelyDifficult,
                0.6,
                true,
                false,
                false,
                "From 2021 an NTM commune moves to Area I and loses Area II/III policies (domain brief §3).",
            ),
            Source::CreditEnterprise => s(
                "Tín dụng, doanh nghiệp (OCOP, liên kết sản xuất)",
                "Credit and enterprise (OCOP, production linkage)",
                Eligibility::AllCommunes,
                0.0,
                false,
                false,
                false,
                "Household credit and enterprise investment go to livelihoods and production.",
            ),
            Source::Community => s(
                "Đóng góp của cộng đồng",
                "Community contributions",
                Eligibility::AllCommunes,
                1.0,
                false,
                false,
                true,
                "The line is what households would give at full participation; communication raises participation.",
            ),
        }
    }
}
