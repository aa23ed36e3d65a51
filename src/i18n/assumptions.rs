//! The assumptions panel: its frame, the Monte Carlo settings, the money sources' table, and
//! the Vietnamese wording of each parameter's and source's basis (the model states them in
//! English only; a test checks this table covers every parameter and source).

use ntm_model::params::ParamKey;
use ntm_model::scenario::{Eligibility, Source, SourceSpec};

use super::{Lang, Translate};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssumptionMsg {
    Intro,
    /// The disclosure holding the domain brief.
    BriefSummary,
    /// Who wrote the brief, for whom, and why it reads as it does.
    BriefLead,
    /// "{n}": a basis's reference, as a button.
    BriefGoTo,
    ResetAll,
    /// "{n} assumptions changed".
    ChangedCount,
    /// One changed: "1 lever changed", not "1 levers".
    OneChanged,
    NoneChanged,
    GroupSimulation,
    Uncertainty,
    UncertaintyHint,
    Runs,
    RunsHint,
    Seed,
    SeedHint,
    /// A seed box given other than a whole number: "{typed}", the seed kept "{value}".
    SeedRefused,
    Until,
    UntilHint,
    GroupParameters,
    Filter,
    FilterPlaceholder,
    /// No assumption matches the filter: "{typed}".
    FilterNoMatch,
    /// "plausible range: {low}–{high}".
    Range,
    /// A value past the plausible range: "{range}".
    OutsideRangeNote,
    Sampled,
    NotSampled,
    Basis,
    /// Before a parameter's key (its name in scenario files and MODEL.md).
    KeyLabel,
    KeyTip,
    GroupSources,
    SourcesCaption,
    SourceName,
    GoesTo,
    InvestmentShare,
    /// What a source card's rules are and where they come from (their tooltip).
    SourceRuleTip,
    InvestmentShareTip,
    Cliff,
    AfterRecognition,
    Lost,
    Kept,
    Reduced,
    Full,
    /// A source a recognised commune loses with the cliff: all of it only without the cliff.
    FullUnlessCliff,
    ParticipationScaled,
    UnitRuns,
}

impl Translate for AssumptionMsg {
    fn vi(self) -> &'static str {
        use AssumptionMsg::*;
        match self {
            Intro => "Giả định là những con số mô hình cần nhưng không phải đòn bẩy chính sách. \
                      Thay đổi chúng để xem kết quả chắc chắn đến đâu, không phải để so sánh chính sách. \
                      Căn cứ “tóm tắt lĩnh vực, mục N” là mục N của bản tóm tắt các số liệu đã công bố \
                      kèm theo phần mềm, mở được ngay dưới đây.",
            BriefSummary => "Bản tóm tắt lĩnh vực: các số liệu đã công bố mà mô hình dựa vào (tiếng Anh)",
            BriefGoTo => "Mở mục {n} của bản tóm tắt lĩnh vực (ở đầu thẻ này)",
            BriefLead => "Nhóm xây dựng phần mềm soạn bản này (bằng tiếng Anh) làm căn cứ cho mô hình: các số liệu đã công bố và nguồn của chúng, mức độ chắc chắn của từng số liệu, và những gì chưa nguồn nào cho biết. Một số câu là yêu cầu đặt ra cho phần mềm (“the simulator must…”).",
            ResetAll => "Đặt lại mọi giả định",
            ChangedCount => "{n} giả định đã thay đổi so với mặc định",
            OneChanged => "1 giả định đã thay đổi so với mặc định",
            NoneChanged => "Chưa thay đổi giả định nào",
            GroupSimulation => "Cách mô phỏng",
            Uncertainty => "Tính đến độ bất định của giả định",
            UncertaintyHint => "Khi bật, mỗi lần chạy rút ngẫu nhiên giá trị của các giả định được đánh dấu “rút ngẫu nhiên trong khoảng”, trong khoảng hợp lý của chúng (hay gặp nhất là giá trị đang đặt, nhưng cả khoảng đều có thể). Vì vậy dải P10–P90 chủ yếu do các khoảng quyết định: đổi một giá trị chỉ dời điểm hay gặp nhất. Một số khoảng lệch về một phía so với giá trị mặc định, nên trung vị có thể khác kết quả đúng tại các giá trị đang đặt; tắt mục này để xem kết quả ấy.",
            Runs => "Số lần chạy Monte Carlo",
            RunsHint => "Nhiều lần chạy hơn cho khoảng P10–P90 ổn định hơn nhưng tính lâu hơn.",
            Seed => "Số khởi tạo ngẫu nhiên (seed)",
            SeedHint => "Cùng kịch bản, cùng số khởi tạo cho đúng cùng kết quả trên mọi máy.",
            SeedRefused => "“{typed}” không phải là số nguyên từ 0 đến 18.446.744.073.709.551.615: giữ nguyên {value}.",
            Until => "Năm cuối mô phỏng",
            UntilHint => "Mô phỏng từ năm gốc đến hết năm này.",
            GroupParameters => "Các giả định của mô hình",
            Filter => "Lọc giả định",
            FilterPlaceholder => "gõ một từ, ví dụ: chi phí",
            FilterNoMatch => "Không có giả định nào có “{typed}” trong tên. Thử một từ khác, hoặc gõ không dấu.",
            Range => "khoảng hợp lý: {low}–{high}",
            OutsideRangeNote => "ngoài khoảng hợp lý {range}: kiểm tra lại nếu không cố ý",
            Sampled => "rút ngẫu nhiên trong khoảng",
            NotSampled => "giữ cố định",
            Basis => "Căn cứ",
            KeyLabel => "mã tham số",
            KeyTip => "Tên của giả định này trong tệp kịch bản (.ntm.json), trong ntm-sim và trong MODEL.md.",
            GroupSources => "Các nguồn vốn và mục đích chi",
            SourcesCaption => "Mỗi nguồn vốn đi đâu và chi cho gì (chỉ để đọc; do mô hình quy định).",
            SourceName => "Nguồn vốn",
            GoesTo => "Được chi cho",
            InvestmentShare => "Phần chi cho tiêu chí đầu tư",
            SourceRuleTip => "Quy tắc của mô hình cho nguồn vốn này, cố định (không phải đòn bẩy); căn cứ ghi dưới thẻ",
            InvestmentShareTip => "Phần vốn của nguồn này chi cho các tiêu chí đầu tư (hạ tầng, dịch vụ); phần còn lại hỗ trợ sinh kế, sản xuất. Giả định của mô hình, cố định; căn cứ ghi dưới thẻ",
            Cliff => "Khi xã đạt chuẩn",
            AfterRecognition => "Xã đạt chuẩn còn nhận",
            Lost => "mất (nếu bật “thôi hỗ trợ khi đạt chuẩn”)",
            Kept => "vẫn nhận",
            Reduced => "một phần (giả định)",
            Full => "đầy đủ",
            FullUnlessCliff => "đầy đủ nếu không bật “thôi hỗ trợ khi đạt chuẩn”",
            ParticipationScaled => "nhân theo mức tham gia của người dân",
            UnitRuns => "lần",
        }
    }

    fn en(self) -> &'static str {
        use AssumptionMsg::*;
        match self {
            Intro => "Assumptions are numbers the model needs that are not policy levers. \
                      Change them to see how sure the answer is, not to compare policies. \
                      A basis of “domain brief §N” is section N of the summary of published figures \
                      that comes with the software, which opens just below.",
            BriefSummary => "The domain brief: the published figures the model rests on",
            BriefGoTo => "Open section {n} of the domain brief (at the top of this tab)",
            BriefLead => "Written by the team that builds the software, as the basis of the model: the published figures and their sources, how sure each is, and what no source gives. Some sentences are requirements for the software (“the simulator must…”).",
            ResetAll => "Reset every assumption",
            ChangedCount => "{n} assumptions changed from the default",
            OneChanged => "1 assumption changed from the default",
            NoneChanged => "No assumption changed yet",
            GroupSimulation => "How the simulation runs",
            Uncertainty => "Include the uncertainty of the assumptions",
            UncertaintyHint => "When on, each run draws every assumption marked “drawn from its range” from its plausible range (the value set is the most likely, but the whole range can come up). So the P10–P90 band mostly follows the ranges: changing a value only moves the most likely point. Some ranges lean to one side of their default, so the median can differ from the result at exactly the values set; turn this off to see that result.",
            Runs => "Monte Carlo runs",
            RunsHint => "More runs give a steadier P10–P90 range but take longer.",
            Seed => "Random seed",
            SeedHint => "The same scenario with the same seed gives exactly the same results on every machine.",
            SeedRefused => "“{typed}” is not a whole number from 0 to 18,446,744,073,709,551,615: kept {value}.",
            Until => "Last simulated year",
            UntilHint => "The simulation runs from the base year to the end of this year.",
            GroupParameters => "The model's assumptions",
            Filter => "Filter assumptions",
            FilterPlaceholder => "type a word, e.g. cost",
            FilterNoMatch => "No assumption has “{typed}” in its name. Try another word.",
            Range => "plausible range: {low}–{high}",
            OutsideRangeNote => "outside the plausible range {range}: check it is meant",
            Sampled => "drawn from its range",
            NotSampled => "held fixed",
            Basis => "Basis",
            KeyLabel => "parameter key",
            KeyTip => "This assumption's name in scenario files (.ntm.json), in ntm-sim and in MODEL.md.",
            GroupSources => "Money sources and what they pay for",
            SourcesCaption => "Where each source's money goes and what it pays for (read-only; set by the model).",
            SourceName => "Source",
            GoesTo => "Goes to",
            InvestmentShare => "Share spent on investment criteria",
            SourceRuleTip => "A rule of the model for this source, fixed (not a lever); its basis is under the card",
            InvestmentShareTip => "The share of this source spent on investment criteria (infrastructure, services); the rest supports livelihoods and production. An assumption of the model, fixed; its basis is under the card",
            Cliff => "When a commune is recognised",
            AfterRecognition => "A recognised commune still gets",
            Lost => "lost (if the graduation cliff is on)",
            Kept => "kept",
            Reduced => "a part (an assumption)",
            FullUnlessCliff => "all of it, unless the graduation cliff is on",
            Full => "all",
            ParticipationScaled => "scaled by community participation",
            UnitRuns => "runs",
        }
    }
}

/// Where a source's money can go.
/// What a recognised commune still gets of a source, in words that agree with the line above
/// it ("lost if the cliff is on"): all of a cliff source only without the cliff.
pub fn after_recognition(spec: &SourceSpec) -> AssumptionMsg {
    match (spec.tapers_after_recognition, spec.cliff) {
        (true, _) => AssumptionMsg::Reduced,
        (false, true) => AssumptionMsg::FullUnlessCliff,
        (false, false) => AssumptionMsg::Full,
    }
}

pub fn eligibility(e: Eligibility, lang: Lang) -> &'static str {
    let (vi, en) = match e {
        Eligibility::AllCommunes => ("mọi xã", "every commune"),
        Eligibility::ExtremelyDifficult => ("xã đặc biệt khó khăn", "extremely difficult communes"),
        Eligibility::ScopeVillages => (
            "xóm thuộc phạm vi Quyết định 1385",
            "villages in the Decision 1385 scope",
        ),
    };
    lang.pick(vi, en)
}

/// The basis of a source's split, in Vietnamese (the model's `SourceSpec::basis` in English).
pub fn source_basis_vi(source: Source) -> &'static str {
    match source {
        Source::CentralNtm => "Giả định: chủ yếu cho hạ tầng, một phần hỗ trợ sản xuất.",
        Source::Program135 => {
            "Chương trình 135 hỗ trợ hạ tầng và sản xuất ở các xã đặc biệt khó khăn (tóm tắt lĩnh vực, mục 3)."
        }
        Source::Decision1385 => {
            "Giả định: hạ tầng xóm trước, sau đó là sinh kế (Quyết định 1385/QĐ-TTg)."
        }
        Source::Provincial => "Giả định: vốn đối ứng cho hạ tầng.",
        Source::Integrated => {
            "Từ năm 2021 xã đạt chuẩn NTM chuyển sang khu vực I và thôi hưởng chính sách khu vực II, III (tóm tắt lĩnh vực, mục 3)."
        }
        Source::CreditEnterprise => {
            "Tín dụng hộ gia đình và vốn doanh nghiệp dùng cho sinh kế và sản xuất."
        }
        Source::Community => {
            "Số trong kế hoạch là mức người dân đóng góp khi tham gia đầy đủ; tuyên truyền làm tăng mức tham gia."
        }
    }
}

/// The basis of a parameter, in Vietnamese (the model's `ParamSpec::basis` in English).
pub fn basis_vi(key: ParamKey) -> &'static str {
    use ParamKey::*;
    match key {
        CostMultiplier => {
            "Giả định. Đơn giá từng tiêu chí là giả định (tóm tắt lĩnh vực, mục 3); hệ số này nhân tất cả."
        }
        RemotenessPremium => {
            "Giả định: chi phí tăng theo 1 + mức tăng × độ xa (tóm tắt lĩnh vực, mục 3: chi phí theo độ xa)."
        }
        BaseEfficiency => {
            "Giả định: phần vốn biến thành tiến bộ của tiêu chí, trước tác động của năng lực."
        }
        CadreEfficiency => "Giả định (tóm tắt lĩnh vực, mục 6: chưa có ước lượng định lượng).",
        SupportEfficiency => "Giả định (tóm tắt lĩnh vực, mục 6).",
        LeadershipEfficiency => "Giả định (tóm tắt lĩnh vực, mục 6).",
        ParticipationEfficiency => {
            "Giả định: công lao động, đất của người dân làm vốn nhà nước đi xa hơn; tóm tắt lĩnh vực nêu sự tham gia của cộng đồng từ khảo sát đến thực hiện là một đòn bẩy (mục 4) nhưng không cho con số nào (mục 6)."
        }
        EffectCadres => {
            "Giả định (tóm tắt lĩnh vực, mục 6): mức tăng xu hướng hằng năm của tiêu chí mềm khi yếu tố này đầy đủ."
        }
        EffectVillageLeaders => "Giả định (tóm tắt lĩnh vực, mục 6).",
        EffectVocational => {
            "Giả định (tóm tắt lĩnh vực, mục 6; một nghiên cứu thấy NTM tăng thu nhập hộ 16–28%, một nghiên cứu khác không thấy tác động)."
        }
        EffectSupport => "Giả định (tóm tắt lĩnh vực, mục 6).",
        EffectParticipation => "Giả định (tóm tắt lĩnh vực, mục 6).",
        EffectLeadership => "Giả định (tóm tắt lĩnh vực, mục 6).",
        EffectLivelihood => "Giả định (tóm tắt lĩnh vực, mục 6).",
        TrendMultiplier => {
            "Hiệu chỉnh để trong những năm đầu tỉnh tăng khoảng một tiêu chí mỗi xã mỗi năm (số liệu cả nước, tóm tắt lĩnh vực, mục 5)."
        }
        LivelihoodReference => {
            "Giả định: tác động của vốn sinh kế là vốn ÷ (vốn + mức này), vốn tính trên 1.000 hộ mỗi năm: đạt một nửa tác động ở mức này."
        }
        Noise => "Giả định. Độ lớn của các cú sốc hằng năm: tiến bộ tiêu chí mềm của một xã được nhân với một hệ số có trung bình 1 và độ lệch chuẩn bằng một nửa giá trị này (của một xóm: hệ số của xã nhân hệ số của xóm, cộng lại khoảng 0,7 lần giá trị này); hiệu quả sử dụng vốn đầu tư trong năm dao động đều trong khoảng ± 0,4 lần giá trị này.",
        BackslideProbability => {
            "Giả định: tiêu chí đã đạt có thể trở lại chưa đạt và xã có thể bị thu hồi công nhận (tóm tắt lĩnh vực, mục 1); chưa nguồn nào cho biết tiêu chí mềm tụt thường đến đâu (mục 6)."
        }
        BackslideDepth => "Giả định.",
        CapacityProtection => "Giả định.",
        VillageShareP135 => {
            "Giả định: Chương trình 135 hỗ trợ xã và thôn, bản đặc biệt khó khăn (tóm tắt lĩnh vực, mục 3)."
        }
        StrictnessMultiplier => {
            "Giả định: nhân mọi mức nâng ngưỡng của bộ tiêu chí mới (tóm tắt lĩnh vực, mục 1: ngưỡng cao hơn)."
        }
        BaseParticipation => "Giả định.",
        CampaignEffect => {
            "Giả định (tóm tắt lĩnh vực, mục 4 nêu tuyên truyền là một đòn bẩy; chưa có số đo tác động)."
        }
        CampaignReference => "Giả định.",
        RecognisedWeight => {
            "Giả định: xã đã đạt chuẩn vẫn nhận một phần vốn để duy trì và nâng cao."
        }
        Attrition => "Giả định: cán bộ luân chuyển, trưởng xóm thay sau bầu cử.",
        InitialCapacity => "Giả định.",
        CadrePosts => {
            "Nghị định 34/2019/NĐ-CP quy định khoảng 20 cán bộ, công chức cho một xã điển hình."
        }
        BoardSize => "Giả định.",
        HouseholdsPerVillage => "Giả định cho các xóm miền núi Cao Bằng.",
        CostCadre => "Giả định.",
        CostVillageLeader => "Giả định.",
        CostVocational => "Giả định (các khóa đào tạo nghề ngắn hạn ở nông thôn).",
        CostCampaign => "Giả định.",
        PriorityBoost => {
            "Định nghĩa: xã được đánh dấu ưu tiên nhận gấp ngần này lần phần thường lệ."
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_source_lost_with_the_cliff_is_not_said_to_be_kept_in_full() {
        let p135 = Source::Program135.spec();
        assert!(p135.cliff && !p135.tapers_after_recognition);
        assert_eq!(after_recognition(&p135), AssumptionMsg::FullUnlessCliff);
        let central = Source::CentralNtm.spec();
        assert_eq!(after_recognition(&central), AssumptionMsg::Reduced);
        let credit = Source::CreditEnterprise.spec();
        assert!(!credit.cliff && !credit.tapers_after_recognition);
        assert_eq!(after_recognition(&credit), AssumptionMsg::Full);
    }

    #[test]
    fn every_basis_has_a_vietnamese_wording_that_says_whether_it_is_an_assumption() {
        for &k in ParamKey::ALL {
            let en = k.spec().basis;
            let vi = basis_vi(k);
            assert!(!vi.is_empty(), "{}", k.key());
            // An English basis that calls itself an assumption must say so in Vietnamese too.
            let assumed = en.starts_with("Assumption");
            assert_eq!(
                vi.starts_with("Giả định"),
                assumed,
                "{}: {vi:?} vs {en:?}",
                k.key()
            );
        }
        for s in Source::ALL {
            assert!(!source_basis_vi(s).is_empty());
        }
    }

    /// Each basis cites the brief's sections in both languages alike, and only sections the
    /// brief has: the page links them to the brief it shows.
    #[test]
    fn every_basis_cites_sections_the_brief_has_in_both_languages() {
        use crate::domain_brief::{basis_pieces, blocks, BasisPiece, Block};
        let sections: Vec<u8> = blocks()
            .iter()
            .filter_map(|b| match b {
                Block::Section { number, .. } => *number,
                _ => None,
            })
            .collect();
        let cited = |text: &str| -> Vec<u8> {
            basis_pieces(text)
                .into_iter()
                .filter_map(|p| match p {
                    BasisPiece::Section { number, .. } => Some(number),
                    BasisPiece::Text(_) => None,
                })
                .collect()
        };
        let mut any = 0;
        let pairs = ParamKey::ALL
            .iter()
            .map(|&k| (k.key().to_string(), k.spec().basis, basis_vi(k)))
            .chain(
                Source::ALL
                    .iter()
                    .map(|&s| (format!("{s:?}"), s.spec().basis, source_basis_vi(s))),
            );
        for (name, en, vi) in pairs {
            let (en, vi) = (cited(en), cited(vi));
            assert_eq!(en, vi, "{name}");
            assert!(en.iter().all(|n| sections.contains(n)), "{name}: {en:?}");
            any += en.len();
        }
        assert!(any > 10, "the bases cite the brief: {any}");
    }
}
