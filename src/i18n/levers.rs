//! The policy levers panel: province, district and commune levers, the budget table, the
//! allocation rules with their one-line explanations, units.

use ntm_model::scenario::diff::{TrainingKind, UnitField};
use ntm_model::scenario::AllocationRule;

use super::{Lang, Translate};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeverMsg {
    ResetAll,
    /// "{n} levers changed".
    ChangedCount,
    /// One changed: "1 lever changed", not "1 levers".
    OneChanged,
    NoneChanged,
    ScopeLabel,
    ScopeProvince,
    ScopeDistrict,
    ScopeCommune,
    GroupBudget,
    GroupAllocation,
    GroupTraining,
    GroupCampaigns,
    GroupSupport,
    GroupPolicy,
    BudgetScale,
    BudgetScaleHint,
    BudgetTable,
    BudgetTableCaption,
    BudgetFirstYear,
    BudgetPeriodTotal,
    BudgetDefaultBasis,
    /// Which sources reach the villages (a village card that barely moves when the central
    /// budget quadruples is otherwise unexplained). "{source}": the 1385 line's name;
    /// "{assumption}": the name of Program 135's village share.
    BudgetVillages,
    /// "{share}": a source's share spent on investment criteria, in its row's tip.
    InvestmentShare,
    /// The same for a source spent wholly on investment criteria, and for one spent on none.
    InvestmentShareAll,
    InvestmentShareNone,
    SourceColumn,
    TotalScaled,
    /// "{scale}": the budget scale, percent.
    TotalScaledTip,
    /// "{source}, {year}".
    BudgetCell,
    /// A budget cell typed far above its default: "{value}" (what was taken), "{times}",
    /// "{source}", "{year}", "{default}".
    BudgetCellUnusual,
    RuleLegend,
    CustomWeightsNote,
    /// "{n}" communes with their own weight.
    CustomWeightsCount,
    TrainingCadres,
    TrainingLeaders,
    TrainingVocational,
    TrainingHint,
    /// The province's yearly totals of training, campaigns and their cost (`training_totals.rs`).
    /// The per-year training table's caption, before its unit.
    TrainingTableCaption,
    TotalsSummary,
    /// "{n}" xã.
    TotalsCaption,
    /// "{base}" (the base year), "{date}" (the base date).
    TotalsNote,
    TotalsItem,
    TotalsCampaigns,
    TotalsCost,
    TotalsPeople,
    /// The whole period's column: "{period}" (7/2020–2025).
    TotalsWhole,
    /// Under the base year's head: "{date}" (30/6).
    TotalsSince,
    PerYear,
    VariesByYear,
    /// Under a unit's lever that inherits a province plan that changes by year: "{range}".
    InheritVaries,
    /// Under a unit's own setting that replaces such a plan: "{range}".
    OwnOverVaries,
    /// "{kind}, {year}".
    PerYearCell,
    Campaigns,
    CampaignsHint,
    SupportUnits,
    SupportUnitsHint,
    Leadership,
    LeadershipHint,
    StricterYear,
    StricterYearHint,
    Never,
    TrainingFromStart,
    InheritVariesTraining,
    InheritVariesAbove,
    OwnOverVariesAbove,
    OwnOverVariesTraining,
    TrainingToEnd,
    TrainingYearsHint,
    TrainingYearsHintDistrict,
    AboveRange,
    OwnTrainingYears,
    /// Its years fall outside the simulated ones.
    OwnTrainingNoYear,
    TrainingAfterHorizon,
    Cliff,
    CliffHint,
    Backsliding,
    BackslidingHint,
    On,
    Off,
    Yes,
    No,
    Inherit,
    /// A support unit left to the province's assignment of its units.
    SupportByProvince,
    /// "as above: {value}".
    InheritValue,
    /// Beside a unit's own setting: what it would have without it.
    AboveValue,
    /// A value typed beyond the slider's usual range: "{min}–{max}".
    BeyondSlider,
    /// Support units past the communes: "{surplus}", "{communes}".
    SupportUnitsSurplus,
    Override,
    PickDistrict,
    NoDistrict,
    DistrictHint,
    ResetDistrict,
    DistrictsChanged,
    PickCommune,
    SearchPlaceholder,
    /// "{n} commune-level units match" (xã, phường and thị trấn alike).
    Matches,
    NoMatch,
    CommuneHint,
    ResetCommune,
    /// Names a unit's form for a screen reader: its boxes are labelled as the province's.
    UnitFormLabel,
    /// Read out once a commune's settings are all removed (its button turns off).
    ResetCommuneDone,
    /// Read out once a district's settings are all removed.
    ResetDistrictDone,
    CommunesChanged,
    /// On the chip of a unit left out of the allocation.
    ChipExcluded,
    /// After a setting that a unit left out of the allocation voids, in its chip's name.
    ChipNotApplied,
    ChipDistrictExcluded,
    /// Before the names of a district's communes that set levers of their own.
    DistrictCommunesOwn,
    /// "{district}", "{year}", "{n}", "{of}": a district's own result, under its levers.
    DistrictOutcome,
    /// "{n}": the default scenario's figure beside it.
    DistrictOutcomeDefault,
    /// "{n}", "{of}": its villages at the standard.
    DistrictOutcomeVillages,
    DistrictOutcomeTip,
    OpenDetail,
    /// The same for a thị trấn or phường, which is described but not simulated.
    OpenDetailTown,
    LeversInDetail,
    NotCandidate,
    CustomWeight,
    CustomWeightHint,
    CommuneListLabel,
    BudgetWeightHint,
    /// What "Loại khỏi phân bổ vốn" does (it had no hint; set by mistake it showed a green
    /// "better" for the province).
    ExcludedHint,
    /// Under a district's or commune's "support unit" choice: the province's order, and that
    /// "Có" moves a unit rather than adding one.
    SupportUnitHint,
    PriorityHint,
    FixedAmountHint,
    /// Under "poorest and border first": "{border}" communes marked border, "{unknown}" not known.
    BorderDataNote,
    /// A unit left out of the allocation that also has a fixed amount or priority: "{what}".
    ExcludedOverrides,
    /// Under the fixed amount of a unit left out of the allocation.
    FixedNotApplied,
    /// "{what}" of `ExcludedOverrides`: the fixed amount, the priority, both.
    ExcludedFixed,
    ExcludedPriority,
    ExcludedBoth,
    /// "{year}", "{fixed}", "{pooled}" (billion VND a year): fixed amounts scaled down to fit.
    FixedOverrun,
    /// The same over several years: "{years}" (`FixedOverrunSpan` or `FixedOverrunSome`), and
    /// the least paid year's figures.
    FixedOverrunYears,
    /// "{first}", "{last}": every year between them overruns.
    FixedOverrunSpan,
    /// "{n}" years between "{first}" and "{last}" overrun.
    FixedOverrunSome,
    /// "{forced}" xã given a support unit by their district's or own setting, more than the
    /// province's "{units}": "{extra}" more.
    SupportForcedBeyond,
    UnitBillionPerYear,
    UnitBillionPerCommuneYear,
    UnitBillion,
    UnitTimes,
    UnitPercent,
    UnitPeoplePerYear,
    UnitPeoplePerCommuneYear,
    UnitCampaignsPerYear,
    UnitCampaignsPerCommuneYear,
    UnitUnits,
    Year,
}

impl Translate for LeverMsg {
    fn vi(self) -> &'static str {
        use LeverMsg::*;
        match self {
            ResetAll => "Đặt lại mọi đòn bẩy",
            ChangedCount => "{n} đòn bẩy đã thay đổi so với mặc định",
            OneChanged => "1 đòn bẩy đã thay đổi so với mặc định",
            NoneChanged => "Chưa thay đổi đòn bẩy nào",
            ScopeLabel => "Phạm vi đòn bẩy",
            ScopeProvince => "Toàn tỉnh",
            ScopeDistrict => "Theo huyện",
            ScopeCommune => "Theo xã",
            GroupBudget => "Nguồn vốn",
            GroupAllocation => "Phân bổ vốn cho các xã",
            GroupTraining => "Đào tạo (mỗi xã, mỗi năm)",
            GroupCampaigns => "Tuyên truyền, vận động",
            GroupSupport => "Đơn vị hỗ trợ và sự lãnh đạo",
            GroupPolicy => "Chính sách",
            BudgetScale => "Tổng vốn so với kế hoạch",
            BudgetScaleHint => "100% là kế hoạch mặc định; mọi nguồn vốn, mọi năm nhân theo tỷ lệ này.",
            BudgetTable => "Vốn theo nguồn và năm",
            BudgetTableCaption => "Tỷ đồng mỗi năm: từng nguồn trước khi nhân tỷ lệ ở trên; dòng cuối là tổng sau khi nhân",
            BudgetDefaultBasis => "Số mặc định là giả định, suy từ số liệu công bố: {basis}",
            BudgetPeriodTotal => "Cả giai đoạn {period}: {total} tỷ đồng, tổng các năm mà mô hình dùng (“Tổng vốn” ở báo cáo).",
            BudgetFirstYear => "Năm {year} chỉ tính phần sau ngày gốc của dữ liệu: mô hình dùng {used} trong {total} tỷ đồng của cột {year} (như biểu đồ “Nguồn vốn”).",
            BudgetVillages => "Vốn đến xóm: chỉ “{source}” và phần vốn đầu tư Chương trình 135 dành cho xóm (giả định “{assumption}”). Các nguồn khác đầu tư cho tiêu chí của xã: thêm vốn ở đó làm thêm xã đạt chuẩn, nhưng hầu như không làm thêm xóm đạt chuẩn.",
            InvestmentShare => "phần chi cho tiêu chí đầu tư (hạ tầng, dịch vụ): {share}; phần còn lại hỗ trợ sinh kế, sản xuất",
            InvestmentShareAll => "toàn bộ chi cho tiêu chí đầu tư (hạ tầng, dịch vụ)",
            InvestmentShareNone => "không chi cho tiêu chí đầu tư: toàn bộ hỗ trợ sinh kế, sản xuất",
            SourceColumn => "Nguồn vốn",
            TotalScaled => "Tổng sau khi nhân tỷ lệ",
            TotalScaledTip => "Tổng các nguồn của năm nhân tỷ lệ tổng vốn ({scale}%), tỷ đồng — từ đòn bẩy của kịch bản",
            BudgetCell => "{source}, năm {year}",
            BudgetCellUnusual => "{value} tỷ đồng là hơn {times} lần kế hoạch mặc định cho {source} năm {year} ({default} tỷ đồng). Ô tính bằng tỷ đồng: nếu bạn nhập theo triệu đồng, hãy chia cho 1.000. Đã nhận {value}.",
            RuleLegend => "Cách chia vốn cho các xã",
            CustomWeightsNote => "Trọng số của từng xã đặt ở phần “Theo xã” (mặc định 1).",
            CustomWeightsCount => "{n} xã có trọng số riêng.",
            TrainingCadres => "Cán bộ, công chức xã được đào tạo",
            TrainingLeaders => "Trưởng xóm, ban phát triển xóm được đào tạo",
            TrainingVocational => "Lao động được đào tạo nghề",
            TrainingHint => {
                "Số người mỗi xã mỗi năm; kéo thanh để đặt cùng một mức cho mọi năm. Chi phí đào \
                 tạo được tính vào chi phí cho mỗi xã đạt thêm, nhưng không trừ vào tổng \
                 vốn (giả định: đào tạo có nguồn riêng)."
            }
            TrainingTableCaption => "Số người được đào tạo",
            TotalsSummary => "Tổng toàn tỉnh theo năm (gồm mức riêng của huyện, xã)",
            TotalsCaption => "Số người được đào tạo, số đợt tuyên truyền và chi phí: tổng của {n} xã",
            TotalsNote => {
                "Tính từ các đòn bẩy chính sách (kế hoạch của tỉnh, mức và năm riêng của huyện, \
                 xã), không phải kết quả mô phỏng. Năm {base} chỉ tính từ ngày khởi điểm ({date}). \
                 Chi phí theo đơn giá ở thẻ “Giả định”, ngoài tổng vốn (mô hình không lấy từ \
                 nguồn vốn nào). Mỗi ô đã làm tròn; cột tổng cộng từ số chưa làm tròn nên có \
                 thể lệch vài phần mười so với cộng các ô."
            }
            TotalsItem => "Hạng mục",
            TotalsCampaigns => "Tuyên truyền, vận động (đợt)",
            TotalsCost => "Chi phí đào tạo, tuyên truyền (tỷ đồng)",
            TotalsPeople => "người",
            TotalsWhole => "Tổng {period}",
            TotalsSince => "từ {date}",
            PerYear => "Theo từng năm",
            VariesByYear => "khác nhau theo năm",
            InheritVaries => {
                "theo kế hoạch từng năm của tỉnh: {range}; đặt mức riêng sẽ dùng một mức cho mọi năm"
            }
            InheritVariesTraining => {
                "theo kế hoạch từng năm của tỉnh: {range}; đặt mức riêng sẽ dùng một mức cho mọi \
                 năm, hoặc cho những năm chọn sau đó"
            }
            OwnOverVaries => {
                "mức riêng này dùng cho mọi năm, thay kế hoạch từng năm của tỉnh ({range}; đặt \
                 lại để theo)"
            }
            OwnOverVariesTraining => {
                "mức riêng này dùng cho mọi năm (hoặc các năm chọn bên dưới), thay kế hoạch từng \
                 năm của tỉnh ({range}; đặt lại để theo)"
            }
            PerYearCell => "{kind}, năm {year}",
            Campaigns => "Số đợt tuyên truyền",
            CampaignsHint => "Tuyên truyền làm tăng sự tham gia của người dân.",
            SupportUnits => "Đơn vị hỗ trợ xã (sở, ngành, lực lượng vũ trang, doanh nghiệp)",
            SupportUnitsHint => "Tỉnh đã phân công 70 cơ quan, đơn vị, doanh nghiệp giúp đỡ các xã; mỗi đơn vị đỡ đầu một xã.",
            Leadership => "Mức ưu tiên của cấp ủy, chính quyền",
            LeadershipHint => "0% là không ưu tiên, 100% là ưu tiên cao nhất.",
            StricterYear => "Năm bắt đầu áp dụng bộ tiêu chí 2021–2025 (khó hơn)",
            StricterYearHint => "Xã đã đạt bộ cũ có thể không còn đạt bộ mới.",
            Never => "Không áp dụng",
            TrainingFromStart => "Từ năm đầu",
            InheritVariesAbove => {
                "theo cấp trên: {range} (mức riêng của huyện trong {years}, các năm khác theo \
                 tỉnh); đặt mức riêng sẽ dùng một mức cho mọi năm, hoặc cho những năm chọn sau đó"
            }
            OwnOverVariesAbove => {
                "mức riêng này dùng cho mọi năm (hoặc các năm chọn bên dưới), thay mức của cấp \
                 trên: {range} (mức riêng của huyện trong {years}, các năm khác theo tỉnh; đặt lại \
                 để theo)"
            }
            OwnTrainingYears => "Mức riêng áp dụng trong {years}; các năm khác theo cấp trên.",
            OwnTrainingNoYear => {
                "Mức riêng không áp dụng năm nào trong các năm mô phỏng (xem các năm áp dụng bên \
                 dưới); mọi năm theo cấp trên."
            }
            TrainingAfterHorizon => {
                "Năm này sau năm mô phỏng cuối ({last}): mức đào tạo riêng không được áp dụng năm \
                 nào. Chọn một năm sớm hơn, hoặc kéo dài thời gian mô phỏng."
            }
            TrainingToEnd => "Đến năm cuối",
            TrainingYearsHint => {
                "Ngoài các năm này, xã đào tạo theo cấp trên. Dùng để đào tạo lần lượt từng xã, \
                 mỗi xã một vài năm."
            }
            TrainingYearsHintDistrict => {
                "Ngoài các năm này, các xã của huyện đào tạo theo kế hoạch của tỉnh (trừ xã có \
                 mức riêng). Dùng để đào tạo lần lượt từng huyện, mỗi huyện một vài năm."
            }
            AboveRange => "cấp trên: {range}, khác nhau theo năm (đặt lại để theo)",
            Cliff => "Xã đạt chuẩn mất vốn Chương trình 135 và chính sách xã khu vực II, III",
            CliffHint => "“Thôi hỗ trợ khi đạt chuẩn”: khi bật, xã được công nhận đạt chuẩn thôi hưởng các nguồn này (hết diện Chương trình 135, chuyển sang xã khu vực I). Tổng vốn của tỉnh không đổi: phần đó chia cho các xã chưa đạt chuẩn, nên toàn tỉnh thường có thêm xã đạt chuẩn khi bật. Nếu trung ương cắt vốn theo số xã đã thoát diện, hãy giảm các dòng này trong bảng “Vốn theo nguồn và năm”.",
            Backsliding => "Tiêu chí mềm có thể bị tụt",
            BackslidingHint => "Thu nhập, hộ nghèo… có thể giảm trở lại trong năm khó khăn.",
            On => "Bật",
            Off => "Tắt",
            Yes => "Có",
            No => "Không",
            Inherit => "Theo cấp trên",
            SupportByProvince => "tỉnh phân bổ",
            InheritValue => "theo cấp trên: {value}",
            AboveValue => "cấp trên: {value} (đặt lại để theo)",
            BeyondSlider => "ngoài khoảng thường dùng {range}: kiểm tra lại nếu không cố ý",
            SupportUnitsSurplus => "mỗi xã được kèm nhiều nhất một đơn vị: {surplus} đơn vị vượt số {communes} xã không có tác dụng",
            Override => "thiết lập riêng",
            PickDistrict => "Chọn huyện",
            NoDistrict => "— chọn một huyện —",
            DistrictHint => "Thiết lập của huyện áp dụng cho mọi xã trong huyện, trừ khi xã có thiết lập riêng.",
            ResetDistrict => "Bỏ mọi thiết lập riêng của huyện",
            DistrictsChanged => "Huyện có thiết lập riêng",
            PickCommune => "Tìm và chọn xã",
            SearchPlaceholder => "gõ tên xã, huyện hoặc mã xã…",
            Matches => "{n} đơn vị cấp xã khớp",
            NoMatch => "Không có đơn vị cấp xã nào khớp.",
            CommuneHint => "Thiết lập của xã thay cho thiết lập của huyện và của tỉnh.",
            ResetCommune => "Bỏ mọi thiết lập riêng của xã",
            UnitFormLabel => "Thiết lập riêng của {unit}",
            ResetCommuneDone => "Đã bỏ mọi thiết lập riêng của xã: xã theo thiết lập của huyện và của tỉnh.",
            ResetDistrictDone => "Đã bỏ mọi thiết lập riêng của huyện: huyện theo thiết lập của tỉnh.",
            CommunesChanged => "Xã có thiết lập riêng",
            ChipExcluded => "không cấp vốn",
            ChipNotApplied => "không áp dụng",
            ChipDistrictExcluded => "Huyện loại khỏi phân bổ vốn",
            DistrictCommunesOwn => "Xã của huyện có thiết lập riêng (ở các mục đã đặt, xã giữ mức của mình, không theo huyện)",
            DistrictOutcome => "{district}, cuối năm {year} (trung vị các lần chạy): {n} trên {of} xã được công nhận đạt chuẩn NTM",
            DistrictOutcomeDefault => " (mặc định: {n})",
            DistrictOutcomeVillages => "; {n} trên {of} xóm đạt chuẩn",
            DistrictOutcomeTip => "Kết quả mô phỏng của huyện theo kịch bản đang xem: trung vị các lần chạy; trong ngoặc là kịch bản mặc định. Khoảng P10–P90: biểu đồ “Theo huyện”; từng xã: tab “Tiêu chí”, lọc theo huyện.",
            OpenDetail => "Xem chi tiết xã",
            OpenDetailTown => "Xem thông tin đơn vị",
            LeversInDetail => "Các đòn bẩy của xã này đang mở trong khung chi tiết xã.",
            NotCandidate => "Thị trấn, phường không xét công nhận nông thôn mới nên không được mô phỏng.",
            CustomWeight => "Trọng số riêng khi chia vốn theo trọng số",
            CommuneListLabel => "Các xã tìm thấy: chọn một xã",
            CustomWeightHint => "Chỉ dùng khi cách chia vốn là “Theo trọng số tự đặt”.",
            BudgetWeightHint => {
                "Nhân phần của mỗi xã (và các xóm của xã) khi chia vốn. Tổng vốn không đổi, nên hệ \
                 số 2 cho nhiều hơn nhưng chưa đến gấp đôi, và các xã khác nhận ít hơn. Số tiền \
                 từng huyện nhận: màn “So sánh kịch bản”, bảng “Theo huyện”; từng xã: tệp CSV (nút \
                 “Tải CSV”). Hệ số và ưu tiên nhân với nhau (hệ số 2 và ưu tiên: ×4 khi chia). Muốn \
                 thêm vốn mà không bớt của nơi khác: tăng vốn ở mục “Nguồn vốn”."
            }
            SupportUnitHint => {
                "Theo cấp trên, tỉnh giao đơn vị hỗ trợ theo thứ tự: các xã thuộc phạm vi Quyết \
                 định 1385 (kể cả xã đã đạt chuẩn), rồi xã đặc biệt khó khăn chưa đạt chuẩn, rồi các \
                 xã chưa đạt chuẩn khác, rồi xã đã đạt chuẩn (tình trạng năm gốc); trong mỗi nhóm, \
                 xã có tỷ lệ hộ nghèo cao hơn trước. “Có” giao cho xã (với huyện: mọi xã của huyện) \
                 một đơn vị lấy từ xã đứng cuối trong số các xã được giao (xã vốn đã được giao thì \
                 không đổi); “Không” chuyển đơn vị của xã sang xã kế tiếp. Khi số xã chọn “Có” nhiều \
                 hơn số đơn vị của tỉnh, mỗi xã ấy vẫn có một đơn vị, nên tổng số đơn vị tăng (có \
                 cảnh báo)."
            }
            ExcludedHint => {
                "Có: không cấp vốn phân bổ nào cho xã (với huyện: cho mọi xã của huyện), kể cả vốn \
                 cấp thêm cố định. Tổng vốn không đổi: phần này chia cho các xã khác, nên kết quả toàn tỉnh \
                 có thể tốt lên trong khi các xã bị loại kém đi (xem biểu đồ “Theo huyện”)."
            }
            PriorityHint => {
                "Phần của mỗi xã khi chia vốn được nhân với hệ số ưu tiên (giả định “Hệ số ưu tiên \
                 của xã được ưu tiên”, mặc định 2), nhân thêm với hệ số chia vốn nếu có. Tổng vốn \
                 không đổi: phần thêm lấy từ các xã khác. Muốn thêm vốn mà không bớt của nơi khác: tăng vốn ở mục “Nguồn vốn”. \
                 Nhân hệ số ưu tiên với một phần gần bằng 0 thì vẫn gần bằng 0: khi chia theo nhu cầu, \
                 xã đã gần ngưỡng ở mọi tiêu chí hầu như không được chia vốn; muốn chắc chắn cấp vốn \
                 cho xã ấy, dùng “Vốn cấp thêm cố định mỗi năm”."
            }
            FixedAmountHint => {
                "Cộng thêm vào phần được chia theo quy tắc: khoản này lấy trước từ vốn NTM trung \
                 ương và ngân sách tỉnh, phần còn lại mới chia theo quy tắc (cả nơi này cũng được \
                 chia). Tổng vốn không đổi: phần này bớt của các xã khác. Muốn thêm vốn mà không bớt \
                 của nơi khác: tăng vốn ở mục “Nguồn vốn”."
            }
            FixedNotApplied => "không áp dụng: bị loại khỏi phân bổ vốn, không được cấp đồng nào",
            ExcludedOverrides => "Bị loại khỏi phân bổ vốn nên {what} không có tác dụng: không được cấp đồng nào. Muốn cấp vốn, đặt “Loại khỏi phân bổ vốn” là Không.",
            BorderDataNote => "Trong dữ liệu, {border} xã là xã biên giới hoặc thuộc phạm vi 1385; {unknown} xã chưa rõ có giáp biên hay không được tính như xã không giáp biên.",
            ExcludedFixed => "vốn cấp thêm cố định",
            ExcludedPriority => "ưu tiên khi chia vốn",
            ExcludedBoth => "vốn cấp thêm cố định và ưu tiên khi chia vốn",
            FixedOverrun => {
                "Năm {year}: vốn cấp thêm cố định của các huyện, xã ({fixed} tỷ đồng/năm) vượt vốn NTM trung \
                 ương và ngân sách tỉnh ({pooled} tỷ đồng/năm), nên mọi khoản cố định được giảm \
                 theo cùng một tỷ lệ cho vừa: mỗi khoản chỉ nhận {share}% số đã đặt."
            }
            FixedOverrunYears => {
                "{years}: vốn cấp thêm cố định của các huyện, xã vượt vốn NTM trung ương và ngân sách tỉnh, \
                 nên trong mỗi năm ấy mọi khoản cố định được giảm theo cùng một tỷ lệ cho vừa. Nặng nhất \
                 là năm {year}: đặt {fixed} tỷ đồng/năm, có {pooled} tỷ đồng/năm, mỗi khoản chỉ \
                 nhận {share}% số đã đặt."
            }
            FixedOverrunSpan => "Các năm {first}–{last}",
            FixedOverrunSome => "{n} năm trong {first}–{last}",
            SupportForcedBeyond => "Thiết lập “Có đơn vị hỗ trợ” của các huyện, xã dành đơn vị đỡ đầu cho {forced} xã, nhiều hơn {units} đơn vị hỗ trợ của tỉnh: mô hình vẫn dành cho mỗi xã đó một đơn vị, tức thêm {extra} đơn vị ngoài số của tỉnh. Nếu tỉnh không có thêm, hãy tăng “Đơn vị hỗ trợ xã” hoặc bỏ bớt các thiết lập đó.",
            UnitBillionPerYear => "tỷ đồng/năm",
            UnitBillionPerCommuneYear => "tỷ đồng/xã/năm",
            UnitBillion => "tỷ đồng",
            UnitTimes => "lần",
            UnitPercent => "%",
            UnitPeoplePerYear => "người/năm",
            UnitPeoplePerCommuneYear => "người/xã/năm",
            UnitCampaignsPerYear => "đợt/năm",
            UnitCampaignsPerCommuneYear => "đợt/xã/năm",
            UnitUnits => "đơn vị",
            Year => "Năm",
        }
    }

    fn en(self) -> &'static str {
        use LeverMsg::*;
        match self {
            ResetAll => "Reset every lever",
            ChangedCount => "{n} levers changed from the default",
            OneChanged => "1 lever changed from the default",
            NoneChanged => "No lever changed yet",
            ScopeLabel => "Lever scope",
            ScopeProvince => "Province",
            ScopeDistrict => "By district",
            ScopeCommune => "By commune",
            GroupBudget => "Budget",
            GroupAllocation => "Allocation to communes",
            GroupTraining => "Training (per commune, per year)",
            GroupCampaigns => "Communication campaigns",
            GroupSupport => "Support units and leadership",
            GroupPolicy => "Policy",
            BudgetScale => "Total budget compared with the plan",
            BudgetScaleHint => "100% is the default plan; every source in every year scales with it.",
            BudgetTable => "Budget by source and year",
            BudgetTableCaption => "Billion VND per year: each source before the scale above; the last row is the total after it",
            BudgetDefaultBasis => "The default figures are an assumption, derived from published figures: {basis}",
            BudgetPeriodTotal => "The whole period, {period}: {total} billion VND, the sum of the years the model uses (the report's “Budget”).",
            BudgetFirstYear => "{year} counts only from the dataset's base date: the model uses {used} of the {total} billion VND in the {year} column (as the spending chart shows).",
            BudgetVillages => "Money reaching villages: only “{source}” and the part of Program 135 investment spent on villages (the assumption “{assumption}”). The other sources invest in the communes' criteria: more money there makes more communes meet the standard, but hardly any more villages.",
            InvestmentShare => "share spent on investment criteria (infrastructure, services): {share}; the rest supports livelihoods and production",
            InvestmentShareAll => "all spent on investment criteria (infrastructure, services)",
            InvestmentShareNone => "none spent on investment criteria: all of it supports livelihoods and production",
            SourceColumn => "Source",
            TotalScaled => "Total after the scale",
            TotalScaledTip => "The year's sources added up, times the budget scale ({scale}%), billion VND — from the scenario's levers",
            BudgetCell => "{source}, {year}",
            BudgetCellUnusual => "{value} billion VND is more than {times} times the default plan for {source} in {year} ({default} billion VND). The cell is in billion VND: if you typed million VND, divide by 1,000. {value} taken.",
            RuleLegend => "How money is split between communes",
            CustomWeightsNote => "Each commune's weight is set under “By commune” (1 if not set).",
            CustomWeightsCount => "{n} communes have their own weight.",
            TrainingCadres => "Commune cadres and civil servants trained",
            TrainingLeaders => "Village heads and development board members trained",
            TrainingVocational => "Vocational trainees",
            TrainingHint => {
                "People per commune per year; the slider sets the same level for every year. \
                 Training's cost counts in the cost per extra commune, but is not \
                 taken out of the budget (an assumption: training has money of its own)."
            }
            TrainingTableCaption => "People trained",
            TotalsSummary => "Province totals by year (district and commune levels included)",
            TotalsCaption => "People trained, communication campaigns and their cost, summed over {n} communes",
            TotalsNote => {
                "Worked out from the levers (the province's plan, districts' and communes' own \
                 levels and years), not a simulation result. {base} counts only from the base \
                 date ({date}). Costs at the unit costs on the “Assumptions” tab, paid for apart \
                 from the budget (the model takes them from no money source). Each cell is \
                 rounded; the total adds the unrounded figures, so it can differ from the cells' \
                 sum by a few tenths."
            }
            TotalsItem => "Item",
            TotalsCampaigns => "Communication campaigns (campaigns)",
            TotalsCost => "Cost of training and campaigns (billion VND)",
            TotalsPeople => "people",
            TotalsWhole => "Total {period}",
            TotalsSince => "from {date}",
            PerYear => "Year by year",
            VariesByYear => "varies by year",
            InheritVaries => {
                "the province's year-by-year plan: {range}; a setting of its own would be one \
                 level for every year"
            }
            InheritVariesTraining => {
                "the province's year-by-year plan: {range}; a setting of its own would be one \
                 level for every year, or for the years then chosen"
            }
            OwnOverVaries => {
                "this setting applies to every year, in place of the province's year-by-year plan \
                 ({range}; reset to follow it)"
            }
            OwnOverVariesTraining => {
                "this setting applies to every year (or the years chosen below), in place of the \
                 province's year-by-year plan ({range}; reset to follow it)"
            }
            PerYearCell => "{kind}, {year}",
            Campaigns => "Communication campaigns",
            CampaignsHint => "Campaigns raise community participation.",
            SupportUnits => "Support units (departments, armed forces, enterprises)",
            SupportUnitsHint => "The province assigned 70 units to help communes; each unit is paired with one commune.",
            Leadership => "Priority given by party committees and authorities",
            LeadershipHint => "0% is no priority, 100% the highest.",
            StricterYear => "First year of the 2021–2025 (stricter) criteria set",
            StricterYearHint => "Communes that met the old set may fall short of the new one.",
            Never => "Never",
            TrainingFromStart => "From the first year",
            InheritVariesAbove => {
                "the level above's: {range} (the district's own in {years}, the province's in \
                 the other years); a setting of its own would be one level for every year, or for \
                 the years then chosen"
            }
            OwnOverVariesAbove => {
                "this setting applies to every year (or the years chosen below), in place of the \
                 level above's: {range} (the district's own in {years}, the province's in the \
                 other years; reset to follow it)"
            }
            OwnTrainingYears => "This setting applies in {years}; other years follow the level above.",
            OwnTrainingNoYear => {
                "This setting applies in none of the simulated years (see its years below); every \
                 year follows the level above."
            }
            TrainingAfterHorizon => {
                "This year is after the last simulated year ({last}): the unit's own training \
                 never applies. Choose an earlier year, or simulate further."
            }
            TrainingToEnd => "To the last year",
            TrainingYearsHint => {
                "Outside these years the commune trains as the level above. For training the \
                 communes in turn, a few years each."
            }
            TrainingYearsHintDistrict => {
                "Outside these years the district's communes train as the province plans (except \
                 those with a setting of their own). For training the districts in turn, a few \
                 years each."
            }
            AboveRange => "level above: {range}, changing by year (reset to follow it)",
            Cliff => "Recognised communes lose Program 135 and Area II/III money",
            CliffHint => "The “graduation cliff”: when on, a commune recognised at the standard stops receiving these sources (it leaves Program 135 and becomes an Area I commune). The province's total is unchanged: that money goes to the communes still below the standard, so the province usually gets more communes to the standard with it on. If the centre cuts the money as communes graduate, lower these lines in the budget table.",
            Backsliding => "Soft criteria can slip back",
            BackslidingHint => "Income, poverty and others can fall again in a bad year.",
            On => "On",
            Off => "Off",
            Yes => "Yes",
            No => "No",
            Inherit => "As the level above",
            SupportByProvince => "assigned by the province",
            InheritValue => "as the level above: {value}",
            AboveValue => "level above: {value} (reset to follow it)",
            BeyondSlider => "beyond the usual range {range}: check it is meant",
            SupportUnitsSurplus => "one unit per commune at most: the {surplus} units beyond the {communes} communes have no effect",
            Override => "own setting",
            PickDistrict => "Choose a district",
            NoDistrict => "— choose a district —",
            DistrictHint => "A district's setting applies to every commune in it, unless the commune has its own.",
            ResetDistrict => "Remove every setting of this district",
            DistrictsChanged => "Districts with their own settings",
            PickCommune => "Find and choose a commune",
            SearchPlaceholder => "type a commune or district name, or a code…",
            Matches => "{n} commune-level units match",
            NoMatch => "No commune-level unit matches.",
            CommuneHint => "A commune's setting replaces its district's and the province's.",
            ResetCommune => "Remove every setting of this commune",
            UnitFormLabel => "Own settings of {unit}",
            ResetCommuneDone => "Every setting of this commune removed: it follows its district's and the province's.",
            ResetDistrictDone => "Every setting of this district removed: it follows the province's.",
            CommunesChanged => "Communes with their own settings",
            ChipExcluded => "no money",
            ChipNotApplied => "not applied",
            ChipDistrictExcluded => "District left out of the allocation",
            DistrictCommunesOwn => "Communes of this district with their own settings (where they set one, they keep it rather than follow the district)",
            DistrictOutcome => "{district}, end of {year} (median of the runs): {n} of {of} communes recognised NTM",
            DistrictOutcomeDefault => " (default: {n})",
            DistrictOutcomeVillages => "; {n} of {of} villages at the standard",
            DistrictOutcomeTip => "The district's simulated result under the scenario shown: median of the runs; in brackets, the default scenario. The P10–P90 range: the “Districts” chart; each commune: the “Criteria” tab, filtered by district.",
            OpenDetail => "Open the commune detail",
            OpenDetailTown => "Open the unit's details",
            LeversInDetail => "This commune's levers are open in the commune detail panel.",
            NotCandidate => "Townships and wards are not candidates for NTM recognition and are not simulated.",
            CustomWeight => "Own weight when money is split by weights",
            CommuneListLabel => "Communes found: choose one",
            CustomWeightHint => "Used only when the allocation rule is “Custom weights”.",
            BudgetWeightHint => {
                "Multiplies the share of each commune (and its villages) when money is split. The \
                 total does not change, so a weight of 2 gives more but less than double, and the \
                 other communes get less. What each district receives: the “Compare scenarios” \
                 screen, table “By district”; each commune: the CSV files (“Download CSV”). Weight \
                 and priority multiply (a weight of 2 with priority: ×4 in the split). To give more \
                 without taking from others: raise the budget under “Budget”."
            }
            SupportUnitHint => {
                "Left to the province, support units go in this order: communes in the Decision \
                 1385 scope (recognised ones too), then extremely difficult communes not yet \
                 recognised, then other communes not yet recognised, then recognised ones (as in the \
                 base year); within each group, the higher poverty rate first. “Yes” gives this \
                 commune (for a district, each of its communes) a unit taken from the last commune \
                 that order gives one to (none moves if it had one already); “No” passes its unit \
                 to the next commune. When more communes say “Yes” than the province has units, \
                 each still gets one and the total grows (with a warning)."
            }
            ExcludedHint => {
                "Yes: the commune (for a district: each of its communes) gets no allocated money, \
                 its fixed extra amount included. The total does not change: that money goes to the \
                 other communes, so the province's results may improve while the communes left \
                 out fall behind (see the “Districts” chart)."
            }
            PriorityHint => {
                "Each commune's share of the money is multiplied by the priority weight (assumption \
                 “Allocation weight of a priority commune”, 2 by default), and by the allocation \
                 weight if one is set. The total does not change: whatever it gains, the other communes lose. To give more without \
                 taking from others: raise the budget under “Budget”. A share near zero stays near zero \
                 whatever the weight: under the needs-based rule a commune already close to every \
                 threshold gets almost nothing; to be sure it receives money, use “Fixed extra amount \
                 per year”."
            }
            FixedAmountHint => {
                "On top of the share the rule gives: taken first from central NTM and provincial \
                 money, the rest is split by the rule (this unit gets its share of it too). The \
                 total does not change: this is taken from the other communes. To add money \
                 without taking it from elsewhere: raise the budget under “Budget”."
            }
            FixedNotApplied => "not applied: left out of the allocation, nothing is given",
            ExcludedOverrides => "Left out of the allocation, so {what} has no effect: nothing is given. To give money, set “Left out of the allocation” to No.",
            BorderDataNote => "In the data, {border} communes are border or 1385-scope ones; the {unknown} whose border status the data does not give are counted as not on the border.",
            ExcludedFixed => "the fixed extra amount",
            ExcludedPriority => "the priority",
            ExcludedBoth => "the fixed extra amount and the priority",
            FixedOverrun => {
                "{year}: the districts' and communes' fixed extra amounts ({fixed} billion VND/year) exceed \
                 the central NTM and provincial money ({pooled} billion VND/year), so every fixed \
                 amount is scaled down by the same factor to fit: each gets only {share}% of what was set."
            }
            FixedOverrunYears => {
                "{years}: the districts' and communes' fixed extra amounts exceed the central NTM and \
                 provincial money, so each year's fixed extra amounts are scaled down by the same factor \
                 to fit. The least paid year is {year}: {fixed} billion VND/year set, {pooled} \
                 billion VND/year there, each amount gets only {share}% of what was set."
            }
            FixedOverrunSpan => "Every year {first}–{last}",
            FixedOverrunSome => "{n} years of {first}–{last}",
            SupportForcedBeyond => "The districts' and communes' “Support unit assigned” settings give {forced} communes a unit, more than the province's {units} support units: the model still pairs each of them with one, {extra} units beyond the province's number. If the province has no more, raise “Support units” or remove some of those settings.",
            UnitBillionPerYear => "billion VND/year",
            UnitBillionPerCommuneYear => "billion VND/commune/year",
            UnitBillion => "billion VND",
            UnitTimes => "×",
            UnitPercent => "%",
            UnitPeoplePerYear => "people/year",
            UnitPeoplePerCommuneYear => "people/commune/year",
            UnitCampaignsPerYear => "campaigns/year",
            UnitCampaignsPerCommuneYear => "campaigns/commune/year",
            UnitUnits => "units",
            Year => "Year",
        }
    }
}

/// The name of an allocation rule.
pub fn rule_name(rule: AllocationRule, lang: Lang) -> &'static str {
    let (vi, en) = match rule {
        AllocationRule::EqualPerUnit => ("Chia đều", "Equal shares"),
        AllocationRule::NeedsBased => ("Theo nhu cầu", "By need"),
        AllocationRule::NearestFirst => (
            "Ưu tiên xã gần đạt chuẩn (về đích)",
            "Nearest to the standard first",
        ),
        AllocationRule::PoorestBorderFirst => {
            ("Ưu tiên xã nghèo, xã biên giới", "Poorest and border first")
        }
        AllocationRule::CustomWeights => ("Theo trọng số tự đặt", "Custom weights"),
    };
    lang.pick(vi, en)
}

/// One line on what an allocation rule does.
pub fn rule_about(rule: AllocationRule, lang: Lang) -> &'static str {
    let (vi, en) = match rule {
        AllocationRule::EqualPerUnit => (
            "Mỗi xã đủ điều kiện nhận như nhau, trừ khi huyện, xã có hệ số chia vốn hoặc được \
             ưu tiên riêng.",
            "Every eligible commune gets the same amount, unless a district or commune has its \
             own allocation weight or priority.",
        ),
        AllocationRule::NeedsBased => (
            "Nhiều hơn cho xã còn xa chuẩn (tổng khoảng cách tới ngưỡng các tiêu chí). Ít xã \
             dưới 15 tiêu chí nhất, nhưng ít xã được công nhận hơn chia đều: vốn dồn vào những \
             xã khó về đích nhất trong kỳ.",
            "More to communes further from the standard (their total gap to the thresholds). \
             The fewest communes below 15 criteria, but fewer recognised than an equal split: \
             the money goes where the standard is hardest to reach in the period.",
        ),
        AllocationRule::NearestFirst => (
            "Nhiều nhất cho xã chưa được công nhận còn ít tiêu chí chưa đạt mà vốn đầu tư còn giúp \
             được (còn tiêu chí hạ tầng chưa đạt), để sớm về đích; xã đã được công nhận nhận ít \
             nhất. Giúp nhiều xã được công nhận hơn khi vốn ít, nhưng để các xã còn xa tụt lại \
             (thêm xã dưới 15 tiêu chí); khi vốn dồi dào, chia đều được công nhận nhiều hơn.",
            "Most to communes not yet recognised with few criteria left where investment can \
             still help (an infrastructure criterion is unmet), to get them over the line; \
             communes already recognised get the least. More communes are recognised while \
             money is short, but the far ones fall behind (more below 15 criteria); with ample \
             money an equal split recognises more.",
        ),
        AllocationRule::PoorestBorderFirst => (
            "Theo tỷ lệ hộ nghèo; xã biên giới và xã thuộc phạm vi 1385 được thêm 50%.",
            "By poverty rate; border and 1385-scope communes get 50% more.",
        ),
        AllocationRule::CustomWeights => (
            "Theo trọng số đặt cho từng xã ở phần “Theo xã” (mặc định 1).",
            "By the weight set for each commune under “By commune” (1 if not set).",
        ),
    };
    lang.pick(vi, en)
}

/// The label of a district or commune lever.
pub fn unit_field_label(field: UnitField, lang: Lang) -> &'static str {
    let (vi, en) = match field {
        UnitField::Excluded => ("Loại khỏi phân bổ vốn", "Left out of the allocation"),
        UnitField::Priority => ("Được ưu tiên khi chia vốn", "Priority in the allocation"),
        UnitField::BudgetWeight => ("Hệ số chia vốn", "Allocation weight"),
        // "Per commune" is the unit's to say (tỷ đồng/xã/năm for a district): in the label it
        // repeated itself on a commune's lever.
        UnitField::FixedAmount => (
            "Vốn cấp thêm cố định mỗi năm",
            "Fixed extra amount per year",
        ),
        UnitField::Training(TrainingKind::Cadres) => (
            "Cán bộ, công chức xã được đào tạo",
            "Commune cadres and civil servants trained",
        ),
        UnitField::Training(TrainingKind::VillageLeaders) => (
            "Trưởng xóm, ban phát triển xóm được đào tạo",
            "Village heads and development board members trained",
        ),
        UnitField::Training(TrainingKind::Vocational) => {
            ("Lao động được đào tạo nghề", "Vocational trainees")
        }
        UnitField::TrainingScale => ("Hệ số nhân số người được đào tạo", "Training multiplier"),
        UnitField::TrainingFrom => ("Áp dụng mức đào tạo riêng từ năm", "Own training from"),
        UnitField::TrainingUntil => ("Áp dụng mức đào tạo riêng đến năm", "Own training until"),
        UnitField::Campaigns => ("Số đợt tuyên truyền", "Communication campaigns"),
        UnitField::SupportUnit => ("Có đơn vị hỗ trợ", "Support unit assigned"),
        UnitField::Leadership => (
            "Mức ưu tiên của cấp ủy, chính quyền",
            "Priority given by party committees and authorities",
        ),
    };
    lang.pick(vi, en)
}
