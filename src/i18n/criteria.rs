//! Messages of the criteria matrix and the commune detail panel, and the few sentences they
//! build from numbers and names (counts, "Vướng: Thu nhập (đạt ở 35% số lần chạy)…", dates,
//! money).
//! Criterion, group and unit names come from the dataset, which has both languages.

use ntm_model::criteria::Driver;

use super::{Lang, Translate};

/// A fixed message of the criteria area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CriteriaMsg {
    MatrixHeading,
    MatrixExplainer,
    UnitsGroupLabel,
    FilterDistrict,
    AllDistricts,
    FilterCommune,
    AllCommunes,
    ScopeOnly,
    FilterStatus,
    StatusAny,
    StatusRecognised,
    StatusMeetsAll,
    StatusNotYet,
    StatusVillageMeets,
    StatusVillageNotYet,
    StatusHint,
    /// Beside a count filtered by status: a majority count, not the headline's median.
    StatusCounted,
    Search,
    SearchPlaceholder,
    ShowOtherUnits,
    ClearFilters,
    OtherUnitsHeading,
    NotSimulated,
    ColCommune,
    ColVillage,
    ColDistrict,
    ColMet,
    ColMetHint,
    ColStandard,
    ColStandardHint,
    ColVillageStandardHint,
    ColRecognised,
    ColRecognisedHint,
    SortHint,
    ScopeTag,
    ScopeTagHint,
    ScopeTagSpoken,
    /// Beside a commune the scenario treats on its own (`criteria_logic::own`).
    OwnTag,
    OwnTagCommune,
    OwnTagDistrict,
    /// On the comparison's commune table.
    OwnTagCompare,
    OwnTagBoth,
    /// What a screen reader says for the tag.
    OwnTagSpoken,
    /// Read out after a district's name that has settings of its own.
    OwnTagDistrictSpoken,
    /// Beside a commune that receives no allocated money (its own setting or its district's).
    ExcludedTag,
    ExcludedTagHint,
    ExcludedTagVillageHint,
    ExcludedTagSpoken,
    OpenDetail,
    NoRows,
    WaitingForResults,
    LegendHeading,
    LegendCells,
    LegendSymbols,
    LegendBinding,
    LegendNotSimulated,
    GroupWord,
    // The detail panel.
    DetailClose,
    DetailYear,
    BlockersHeading,
    BlockedBy,
    /// Binding criteria investment money closes.
    HelpsInvestment,
    /// The commune detail of a commune left out of the allocation.
    DetailExcluded,
    /// The same, by the district's setting.
    DetailExcludedDistrict,
    /// Before the investment criteria of a commune the scenario gives no money.
    HelpsInvestmentWithheld,
    /// Binding criteria it does not: what moves them.
    HelpsCapacity,
    NothingBlocks,
    /// No criterion below half the runs, yet the commune meets them all in fewer than half:
    /// the criteria not yet certain seldom come together. `{pct}`: its chance.
    SeveralTogether,
    Uncertain,
    /// "{pct}": the first figure of a list of criteria, said as a share of runs ("đạt 20%" read
    /// as 20 % of the way, beside a table of levels against the threshold).
    MetWord,
    /// Above the matrix and the commune detail of the illustrative dataset: real names,
    /// made-up statuses.
    IllustrativeStatus,
    BlockersSource,
    FactsHeading,
    FactsSource,
    FactType,
    FactCode,
    FactCodeHint,
    /// "{year}": what the type, district, flags and recognition are, and where from (every
    /// figure on the page says so; these five said nothing).
    FactTypeHint,
    FactDistrictHint,
    FactFlagHint,
    FactScopeHint,
    FactRecognisedHint,
    FactDistrict,
    FactHouseholds,
    FactHouseholdsUnit,
    FactHouseholdsHint,
    FactPoverty,
    FactPovertyHint,
    FactRemoteness,
    FactRemotenessHint,
    /// The remoteness value with its scale, said on screen and not only in the tooltip.
    FactRemotenessValue,
    FactExtremelyDifficult,
    FactProgram135,
    FactScope,
    FactBorder,
    FactBorderHint,
    FactRecognised,
    Yes,
    No,
    NotEstablished,
    NotYetRecognised,
    /// A ward or township: NTM recognition is for xã only.
    NotCandidateRecognised,
    /// The facts' heading for a ward or township: "About the {unit}".
    FactsHeadingUnit,
    NotCandidate,
    TrajectoryHeading,
    TrajectoryChartAria,
    ThisScenario,
    Baseline,
    NoBaseline,
    ColYear,
    ColPStandard,
    ColPRecognised,
    ColMoney,
    MoneyHint,
    CriteriaHeading,
    ColCriterion,
    ColAtBase,
    ColAtBaseHint,
    /// Over the year column: the share of runs meeting the criterion.
    ColChance,
    ColInYearHint,
    /// The column of what closing each gap takes, from the base date.
    ColToClose,
    /// "{year}": under "to close the gap", whose thresholds it is against (a criterion met at
    /// the base date can have a gap against the stricter set).
    ColToCloseSet,
    ColToCloseHint,
    /// Under the criteria: "{need}", "{got}" (billion VND), "{from}" (7/2020), "{year}".
    MoneyNeedAndGot,
    /// "≈ {x} tỷ đồng".
    MoneyToClose,
    /// A capacity criterion: not bought with investment money.
    NotForMoney,
    NotForMoneyHint,
    MetAtBase,
    UnmetAtBase,
    LevelHint,
    VillagesHeading,
    ColHouseholds,
    ColVillageBinding,
    /// What a screen reader hears after a binding cell's figure (one criterion).
    BindingCellSpoken,
    None,
    CommuneLevers,
}

impl Translate for CriteriaMsg {
    fn vi(self) -> &'static str {
        vi(self)
    }

    fn en(self) -> &'static str {
        en(self)
    }
}

fn vi(msg: CriteriaMsg) -> &'static str {
    use CriteriaMsg as M;
    match msg {
        M::MatrixHeading => "Ma trận tiêu chí",
        M::MatrixExplainer => {
            "Mỗi ô: tỷ lệ số lần chạy mô phỏng mà đơn vị đạt tiêu chí đó vào cuối năm. \
             Bấm vào một dòng (hoặc Tab đến tên xã rồi Enter) để xem chi tiết xã."
        }
        M::UnitsGroupLabel => "Xem theo",
        M::FilterDistrict => "Huyện",
        M::AllDistricts => "Tất cả huyện, thành phố",
        M::FilterCommune => "Xã",
        M::AllCommunes => "Tất cả xã",
        M::ScopeOnly => "Chỉ xã thuộc phạm vi QĐ 1385",
        M::FilterStatus => "Tình trạng",
        M::StatusAny => "Tất cả",
        M::StatusRecognised => "Được công nhận NTM",
        M::StatusMeetsAll => "Đạt đủ tiêu chí",
        M::StatusNotYet => "Chưa đạt",
        M::StatusVillageMeets => "Đạt chuẩn",
        M::StatusVillageNotYet => "Chưa đạt chuẩn",
        M::StatusHint => "Tính theo đa số: ở ít nhất một nửa số lần chạy mô phỏng.",
        M::StatusCounted => "Lọc theo tình trạng ở ít nhất một nửa số lần chạy, nên số đếm có thể lệch một vài đơn vị so với trung vị ở Kết quả chính",
        M::Search => "Tìm theo tên",
        M::SearchPlaceholder => "Có dấu hoặc không",
        M::ShowOtherUnits => "Hiện cả thị trấn, phường",
        M::ClearFilters => "Bỏ lọc",
        M::OtherUnitsHeading => {
            "Thị trấn, phường: không thuộc đối tượng xét công nhận xã NTM, không được mô phỏng"
        }
        M::NotSimulated => "không mô phỏng",
        M::ColCommune => "Xã",
        M::ColVillage => "Xóm",
        M::ColDistrict => "Huyện",
        M::ColMet => "TC đạt",
        M::ColMetHint => {
            "Số tiêu chí đạt cuối năm, bình quân các lần chạy (mô phỏng), trên tổng số tiêu chí \
             của bộ đang áp dụng"
        }
        M::ColStandard => "Đạt đủ",
        M::ColStandardHint => {
            "Xác suất xã đạt đủ mọi tiêu chí của bộ đang áp dụng vào cuối năm: % số lần chạy, \
             làm tròn xuống để 99,8% không đọc thành 100% (mô phỏng; tệp CSV có số đầy đủ)"
        }
        M::ColVillageStandardHint => {
            "Xác suất xóm đạt đủ mọi tiêu chí xóm vào cuối năm: % số lần chạy, làm tròn xuống \
             (mô phỏng; tệp CSV có số đầy đủ)"
        }
        M::ColRecognised => "Công nhận",
        M::ColRecognisedHint => {
            "Xác suất xã đã được công nhận đạt chuẩn NTM tính đến cuối năm: % số lần chạy, làm \
             tròn xuống (mô phỏng; xã đã công nhận giữ danh hiệu; tệp CSV có số đầy đủ)"
        }
        M::SortHint => "Bấm để sắp xếp; bấm lần nữa để đảo chiều",
        M::ScopeTag => "1385",
        M::ScopeTagHint => "Thuộc phạm vi Quyết định 1385/QĐ-TTg (dữ liệu minh họa)",
        M::ScopeTagSpoken => "thuộc phạm vi Quyết định 1385",
        M::OwnTag => "Riêng",
        M::OwnTagSpoken => "có thiết lập riêng trong kịch bản",
        M::OwnTagCommune => "Kịch bản có thiết lập riêng cho xã này (xem “Theo xã” ở phần đòn bẩy)",
        M::OwnTagDistrict => {
            "Kịch bản có thiết lập riêng cho huyện này, áp dụng cho các xã của huyện ở những đòn \
             bẩy xã không đặt mức riêng (xem “Theo huyện” ở phần đòn bẩy)"
        }
        M::OwnTagCompare => {
            "Các kịch bản đặt đòn bẩy riêng khác nhau cho xã này (xem bảng “Đòn bẩy khác nhau” \
             bên dưới)"
        }
        M::OwnTagDistrictSpoken => "huyện có thiết lập riêng trong kịch bản",
        M::OwnTagBoth => {
            "Kịch bản có thiết lập riêng cho xã này và cho huyện của xã (xem “Theo xã”, “Theo \
             huyện” ở phần đòn bẩy)"
        }
        M::ExcludedTag => "Không cấp vốn",
        M::ExcludedTagHint => {
            "Kịch bản không cấp vốn phân bổ cho xã này: “Loại khỏi phân bổ vốn” là Có cho xã \
             hoặc cho huyện của xã (phần đòn bẩy, “Theo xã” / “Theo huyện”)"
        }
        M::ExcludedTagVillageHint => {
            "Kịch bản không cấp vốn phân bổ cho xã của xóm này, nên xóm cũng không nhận vốn: \
             “Loại khỏi phân bổ vốn” là Có cho xã hoặc cho huyện (phần đòn bẩy, “Theo xã” / \
             “Theo huyện”)"
        }
        M::ExcludedTagSpoken => "không nhận vốn phân bổ",
        M::OpenDetail => "mở chi tiết xã",
        M::NoRows => "Không có dòng nào khớp bộ lọc.",
        M::WaitingForResults => "Đang chờ kết quả mô phỏng…",
        M::LegendHeading => "Chú giải",
        M::LegendCells => "Số trong ô: % số lần chạy đạt tiêu chí",
        M::LegendSymbols => "✓: đạt ở gần như mọi lần chạy (≥ 99,5%); ✗: gần như không lần nào (< 0,5%)",
        M::LegendBinding => "Viền đậm: tiêu chí vướng (đạt ở dưới 50% số lần chạy)",
        M::LegendNotSimulated => "–: không mô phỏng",
        M::GroupWord => "Nhóm",
        M::DetailClose => "Đóng",
        M::DetailYear => "Năm xem",
        M::BlockersHeading => "Xã còn vướng những tiêu chí nào?",
        M::BlockedBy => "Vướng",
        M::HelpsInvestment => "Tiến triển nhờ vốn đầu tư",
        M::DetailExcluded => {
            "Kịch bản này loại xã khỏi phân bổ vốn (mục “Loại khỏi phân bổ vốn” của xã): xã \
             không nhận vốn nào, kể cả vốn cấp thêm cố định, nên các tiêu chí cần vốn đầu tư không tiến \
             triển nhờ vốn."
        }
        M::DetailExcludedDistrict => {
            "Kịch bản này loại xã khỏi phân bổ vốn (mục “Loại khỏi phân bổ vốn” của huyện, xã \
             theo cấp trên): xã không nhận vốn nào, kể cả vốn cấp thêm cố định, nên các tiêu chí cần vốn \
             đầu tư không tiến triển nhờ vốn."
        }
        M::HelpsInvestmentWithheld => "Cần vốn đầu tư, nhưng kịch bản này không cấp vốn cho xã",
        M::HelpsCapacity => "Không thể đạt chỉ bằng vốn đầu tư, tiến triển nhờ {drivers}",
        M::NothingBlocks => {
            "Không vướng tiêu chí nào: mỗi tiêu chí đạt ở ít nhất một nửa số lần chạy."
        }
        M::SeveralTogether => {
            "Không tiêu chí nào đạt ở dưới một nửa số lần chạy, nhưng các tiêu chí chưa chắc chắn \
             hiếm khi cùng đạt: xã đạt đủ tiêu chí ở {pct} số lần chạy."
        }
        M::Uncertain => "Chưa chắc chắn",
        M::MetWord => "đạt ở {pct} số lần chạy",
        M::IllustrativeStatus => {
            "Tên và mã xã là thật; tình trạng tiêu chí của từng xã, từng xóm là minh họa (tạo ngẫu \
             nhiên, hiệu chỉnh theo số liệu tổng hợp đã công bố), không phải số liệu của xã. Dùng \
             số liệu thật của tỉnh: mục “Dùng số liệu của tỉnh…” ở đầu trang."
        }
        M::BlockersSource => {
            "Mô phỏng: tiêu chí vướng là tiêu chí đạt ở dưới 50% số lần chạy; chưa chắc chắn: \
             50–90%."
        }
        M::FactsHeading => "Thông tin xã",
        M::FactsSource => "Dữ liệu: mã và tên đơn vị là thật ({year}); các chỉ số khác là minh họa.",
        M::FactType => "Loại đơn vị",
        M::FactCode => "Mã đơn vị",
        M::FactCodeHint => "Mã đơn vị hành chính của Tổng cục Thống kê ({year}) — dữ liệu",
        M::FactTypeHint => {
            "Loại đơn vị hành chính (xã, phường, thị trấn) theo danh mục của Tổng cục Thống kê \
             ({year}); chỉ xã được xét công nhận nông thôn mới — dữ liệu"
        }
        M::FactDistrictHint => "Huyện theo danh mục của Tổng cục Thống kê ({year}) — dữ liệu",
        M::FactFlagHint => "Theo bộ dữ liệu, năm {year} — dữ liệu minh họa",
        M::FactScopeHint => {
            "Có trong danh sách xã thuộc phạm vi Quyết định 1385 của bộ dữ liệu — dữ liệu minh họa"
        }
        M::FactRecognisedHint => {
            "Năm xã được công nhận đạt chuẩn nông thôn mới, đến năm {year}, theo bộ dữ liệu — dữ \
             liệu minh họa"
        }
        M::FactDistrict => "Huyện",
        M::FactHouseholds => "Số hộ",
        M::FactHouseholdsUnit => "hộ",
        M::FactHouseholdsHint => "Số hộ gia đình năm {year} — dữ liệu minh họa",
        M::FactPoverty => "Tỷ lệ hộ nghèo",
        M::FactPovertyHint => "Tỷ lệ hộ nghèo năm {year}, % số hộ — dữ liệu minh họa",
        M::FactRemoteness => "Mức độ xa xôi",
        M::FactRemotenessHint => {
            "Chỉ số từ 0 (trung tâm tỉnh) đến 1 (xa nhất); làm tăng chi phí đầu tư — dữ liệu \
             minh họa"
        }
        M::FactRemotenessValue => "{value} (thang 0–1, 1 là xa nhất)",
        M::FactExtremelyDifficult => "Xã đặc biệt khó khăn",
        M::FactProgram135 => "Chương trình 135",
        M::FactScope => "Phạm vi QĐ 1385",
        M::FactBorder => "Xã biên giới",
        M::FactBorderHint => {
            "“Có” khi có nguồn xác nhận; nếu không, ghi “chưa xác định” (không suy ra là không)"
        }
        M::FactRecognised => "Đạt chuẩn NTM (dữ liệu)",
        M::Yes => "Có",
        M::No => "Không",
        M::NotEstablished => "Chưa xác định",
        M::NotYetRecognised => "Chưa",
        M::NotCandidateRecognised => "Không áp dụng (chỉ xã được xét)",
        M::FactsHeadingUnit => "Thông tin {unit}",
        M::NotCandidate => {
            "Thị trấn, phường không thuộc đối tượng xét công nhận xã NTM nên không được mô \
             phỏng. Dưới đây là tình trạng tiêu chí theo dữ liệu."
        }
        M::TrajectoryHeading => "Khả năng đạt chuẩn theo năm",
        M::TrajectoryChartAria => {
            "Biểu đồ đường: xác suất đạt đủ tiêu chí và được công nhận cuối mỗi năm, kịch bản \
             này và kịch bản mặc định. Số liệu có trong bảng bên dưới."
        }
        M::ThisScenario => "Kịch bản này",
        M::Baseline => "Kịch bản mặc định",
        M::NoBaseline => "Chưa có kết quả kịch bản mặc định.",
        M::ColYear => "Năm",
        M::ColPStandard => "Đạt đủ tiêu chí",
        M::ColPRecognised => "Được công nhận",
        M::ColMoney => "Vốn nhận (tỷ đồng)",
        M::MoneyHint => {
            "Vốn bình quân xã nhận trong năm, mọi nguồn (trừ vốn QĐ 1385 cấp thẳng cho xóm), tỷ \
             đồng — mô phỏng, bình quân các lần chạy"
        }
        M::CriteriaHeading => "Các tiêu chí",
        M::ColCriterion => "Tiêu chí",
        M::ColAtBase => "Mức so với ngưỡng, tại",
        M::ColChance => "Khả năng đạt (% số lần chạy),",
        M::ColAtBaseHint => {
            "Mức tiêu chí tại thời điểm gốc so với ngưỡng bộ 2016–2020 (100% = vừa đạt) — \
             dữ liệu minh họa"
        }
        M::ColInYearHint => "% số lần chạy mà xã đạt tiêu chí vào cuối năm — mô phỏng",
        M::ColToClose => "Cần để đạt",
        M::ColToCloseSet => "ngưỡng năm {year}",
        M::ColToCloseHint => {
            "Từ mức tại thời điểm gốc (số liệu) tới ngưỡng của bộ tiêu chí đang áp dụng: vốn đầu tư \
             ước tính theo các giả định của kịch bản (đơn giá × hệ số chi phí × độ xa ÷ hiệu quả sử \
             dụng vốn cơ bản), chưa tính năng lực giúp vốn đi xa hơn. Tiêu chí mềm không thể đạt \
             chỉ bằng vốn đầu tư."
        }
        M::MoneyNeedAndGot => {
            "Các tiêu chí hạ tầng còn thiếu cần tổng cộng ≈ {need} tỷ đồng vốn đầu tư (ước tính từ \
             thời điểm gốc). Xã được phân bổ ≈ {got} tỷ đồng từ {from} đến hết năm {year} (trung \
             bình các lần chạy, mọi nguồn trừ vốn QĐ 1385 cấp thẳng cho xóm), trong đó chỉ ≈ {invested} tỷ đồng là vốn đầu tư dùng \
             được cho hạ tầng; phần còn lại là vốn sinh kế, sản xuất và tín dụng, hoặc phần vốn \
             Chương trình 135 chuyển cho các xóm. Vốn đầu tư chỉ thành tiến độ theo hiệu quả sử \
             dụng vốn (giả định), và được dành trước cho tiêu chí cần ít vốn nhất để đạt, nên tiêu \
             chí tốn kém nhất đạt sau cùng. Các tổng cộng từ số chưa làm tròn, nên có thể lệch vài \
             phần mười so với cộng các số đã làm tròn ở bảng."
        }
        M::MoneyToClose => "≈ {x} tỷ đồng",
        M::NotForMoney => "năng lực, sinh kế",
        M::NotForMoneyHint => {
            "Tiêu chí mềm: tiến lên nhờ đào tạo, đơn vị hỗ trợ, lãnh đạo, sự tham gia và vốn sinh \
             kế, không nhờ vốn đầu tư (các hệ số ở thẻ “Giả định”)."
        }
        M::MetAtBase => "đạt",
        M::UnmetAtBase => "chưa đạt",
        M::LevelHint => "Mức so với ngưỡng (100% = vừa đạt)",
        M::VillagesHeading => "Các xóm thuộc phạm vi QĐ 1385",
        M::ColHouseholds => "Số hộ",
        M::ColVillageBinding => "Tiêu chí vướng",
        M::BindingCellSpoken => "tiêu chí vướng",
        M::None => "không",
        M::CommuneLevers => "Điều chỉnh riêng cho xã này",
    }
}

fn en(msg: CriteriaMsg) -> &'static str {
    use CriteriaMsg as M;
    match msg {
        M::MatrixHeading => "Criteria matrix",
        M::MatrixExplainer => {
            "Each cell: share of simulation runs in which the unit meets that criterion at the \
             end of the year. Click a row (or Tab to the commune's name and press Enter) for the \
             commune's details."
        }
        M::UnitsGroupLabel => "Show",
        M::FilterDistrict => "District",
        M::AllDistricts => "All districts",
        M::FilterCommune => "Commune",
        M::AllCommunes => "All communes",
        M::ScopeOnly => "Decision 1385 scope only",
        M::FilterStatus => "Status",
        M::StatusAny => "All",
        M::StatusRecognised => "Recognised as NTM",
        M::StatusMeetsAll => "Meets every criterion",
        M::StatusNotYet => "Not yet",
        M::StatusVillageMeets => "At the standard",
        M::StatusVillageNotYet => "Not yet at the standard",
        M::StatusHint => "By majority: in at least half of the simulation runs.",
        M::StatusCounted => "Filtered by status in at least half of the runs, so the count can differ by a few from the median in the Headline results",
        M::Search => "Search by name",
        M::SearchPlaceholder => "Accents optional",
        M::ShowOtherUnits => "Also show townships and wards",
        M::ClearFilters => "Clear filters",
        M::OtherUnitsHeading => {
            "Townships (thị trấn) and wards (phường): not NTM candidates, not simulated"
        }
        M::NotSimulated => "not simulated",
        M::ColCommune => "Commune",
        M::ColVillage => "Village",
        M::ColDistrict => "District",
        M::ColMet => "Met",
        M::ColMetHint => {
            "Criteria met at the end of the year, mean over runs (simulation), out of the \
             criteria of the set in force"
        }
        M::ColStandard => "All met",
        M::ColStandardHint => {
            "Probability that the commune meets every criterion of the set in force at the end \
             of the year: % of runs, rounded down so that 99.8% never reads 100% (simulation; \
             the CSV file has the full figure)"
        }
        M::ColVillageStandardHint => {
            "Probability that the village meets every village criterion at the end of the \
             year: % of runs, rounded down (simulation; the CSV file has the full figure)"
        }
        // A soft hyphen: the narrow column breaks it as "Recog-nised", not mid-letter.
        M::ColRecognised => "Recog\u{ad}nised",
        M::ColRecognisedHint => {
            "Probability that the commune holds NTM recognition by the end of the year: % of \
             runs, rounded down (simulation; a recognised commune keeps it; the CSV file has the \
             full figure)"
        }
        M::SortHint => "Click to sort; click again to reverse",
        M::ScopeTag => "1385",
        M::ScopeTagHint => "In the Decision 1385/QĐ-TTg scope (illustrative data)",
        M::ScopeTagSpoken => "in the Decision 1385 scope",
        M::OwnTag => "Own",
        M::OwnTagSpoken => "with levers of its own in the scenario",
        M::OwnTagCommune => "The scenario sets levers of this commune's own (see “By commune” in the levers)",
        M::OwnTagDistrict => {
            "The scenario sets levers of this district's own, which apply to its communes wherever \
             a commune sets none of its own (see “By district” in the levers)"
        }
        M::OwnTagCompare => {
            "The scenarios set this commune's own levers differently (see “Levers that differ” \
             below)"
        }
        M::OwnTagDistrictSpoken => "a district with levers of its own in the scenario",
        M::OwnTagBoth => {
            "The scenario sets levers of this commune's own and of its district (see “By \
             commune” and “By district” in the levers)"
        }
        M::ExcludedTag => "No money",
        M::ExcludedTagHint => {
            "The scenario gives this commune no allocated money: “Left out of the allocation” \
             is Yes for the commune or its district (in the levers, “By commune” / “By district”)"
        }
        M::ExcludedTagVillageHint => {
            "The scenario gives this village's commune no allocated money, so the village gets \
             none either: “Left out of the allocation” is Yes for the commune or its district \
             (in the levers, “By commune” / “By district”)"
        }
        M::ExcludedTagSpoken => "receives no allocated money",
        M::OpenDetail => "open the commune's details",
        M::NoRows => "No row matches the filters.",
        M::WaitingForResults => "Waiting for the simulation…",
        M::LegendHeading => "Legend",
        M::LegendCells => "Number in a cell: % of runs meeting the criterion",
        M::LegendSymbols => "✓: met in (almost) every run (≥ 99.5%); ✗: in (almost) none (< 0.5%)",
        M::LegendBinding => "Heavy border: binding criterion (met in fewer than 50% of runs)",
        M::LegendNotSimulated => "–: not simulated",
        M::GroupWord => "Group",
        M::DetailClose => "Close",
        M::DetailYear => "Year shown",
        M::BlockersHeading => "What blocks it?",
        M::BlockedBy => "Blocked by",
        M::HelpsInvestment => "Moved by investment money",
        M::DetailExcludedDistrict => {
            "This scenario leaves the commune out of the allocation (“Left out of the \
             allocation”, set for its district, which the commune follows): it receives no money, \
             its fixed extra amount included, so the criteria that need investment get none."
        }
        M::HelpsInvestmentWithheld => "Need investment money, which this scenario withholds from the commune",
        M::DetailExcluded => {
            "This scenario leaves the commune out of the allocation (“Left out of the \
             allocation”, set for the commune): it receives no money, its fixed extra \
             amount included, so the criteria that need investment get none."
        }
        M::HelpsCapacity => "Not bought directly with investment money; moved by {drivers}",
        M::NothingBlocks => "No criterion blocks it: each is met in at least half of the runs.",
        M::SeveralTogether => {
            "No criterion is met in fewer than half of the runs, but the criteria not yet certain \
             seldom come together: the commune meets every criterion in {pct} of the runs."
        }
        M::Uncertain => "Not certain",
        M::MetWord => "met in {pct} of runs",
        M::IllustrativeStatus => {
            "The communes' names and codes are real; each commune's and village's criteria status \
             is illustrative (generated, calibrated to published aggregates), not the commune's \
             own figures. For the province's real data: “Use your province's data…” at the top \
             of the page."
        }
        M::BlockersSource => {
            "Simulation: a binding criterion is met in fewer than 50% of runs; not certain: \
             50–90%."
        }
        M::FactsHeading => "About the commune",
        M::FactsSource => {
            "Data: unit codes and names are real ({year}); other figures are illustrative."
        }
        M::FactType => "Type",
        M::FactCode => "Code",
        M::FactCodeHint => {
            "Administrative unit code of the General Statistics Office ({year}) — data"
        }
        M::FactTypeHint => {
            "Type of administrative unit (commune, ward, township) in the General Statistics Office's \
             list ({year}); only communes, not wards or townships, are NTM candidates — data"
        }
        M::FactDistrictHint => "District in the General Statistics Office's list ({year}) — data",
        M::FactFlagHint => "As the dataset gives it for {year} — illustrative data",
        M::FactScopeHint => "On the dataset's list of Decision 1385 communes — illustrative data",
        M::FactRecognisedHint => {
            "The year the commune was recognised NTM, up to {year}, as the dataset gives it — \
             illustrative data"
        }
        M::FactDistrict => "District",
        M::FactHouseholds => "Households",
        M::FactHouseholdsUnit => "households",
        M::FactHouseholdsHint => "Households in {year} — illustrative data",
        M::FactPoverty => "Poor households",
        M::FactPovertyHint => "Share of poor households in {year}, % — illustrative data",
        M::FactRemoteness => "Remoteness",
        M::FactRemotenessHint => {
            "Index from 0 (provincial centre) to 1 (most remote); raises investment costs — \
             illustrative data"
        }
        M::FactRemotenessValue => "{value} (0–1 scale, 1 is most remote)",
        M::FactExtremelyDifficult => "Extremely difficult commune",
        M::FactProgram135 => "Program 135",
        M::FactScope => "Decision 1385 scope",
        M::FactBorder => "Border commune",
        M::FactBorderHint => {
            "“Yes” where a source confirms it; otherwise “not established” (never assumed to be no)"
        }
        M::FactRecognised => "Recognised as NTM (data)",
        M::Yes => "Yes",
        M::No => "No",
        M::NotEstablished => "Not established",
        M::NotYetRecognised => "Not yet",
        M::NotCandidateRecognised => "Not applicable (only rural communes are candidates)",
        M::FactsHeadingUnit => "About the {unit}",
        M::NotCandidate => {
            "Townships and wards are not NTM commune candidates, so they are not simulated. \
             Below is their criteria status in the data."
        }
        M::TrajectoryHeading => "Chance of reaching the standard, by year",
        M::TrajectoryChartAria => {
            "Line chart: probability of meeting every criterion and of being recognised at the \
             end of each year, this scenario and the default scenario. The numbers are in the table below."
        }
        M::ThisScenario => "This scenario",
        M::Baseline => "Default scenario",
        M::NoBaseline => "No results for the default scenario yet.",
        M::ColYear => "Year",
        M::ColPStandard => "Meets every criterion",
        M::ColPRecognised => "Recognised",
        M::ColMoney => "Money received (billion VND)",
        M::MoneyHint => {
            "Mean money the commune receives in the year, all sources (but Decision 1385 money \
             straight to its villages), billion VND — simulation, mean over runs"
        }
        M::CriteriaHeading => "Criteria",
        M::ColCriterion => "Criterion",
        M::ColAtBase => "Level against the threshold, at",
        M::ColChance => "Chance of meeting it (% of runs),",
        M::ColAtBaseHint => {
            "Level at the base date against the 2016–2020 threshold (100% = just met) — \
             illustrative data"
        }
        M::ColInYearHint => {
            "% of runs in which the commune meets the criterion at the end of the year — simulation"
        }
        M::ColToClose => "To close the gap",
        M::ColToCloseSet => "to {year}'s thresholds",
        M::ColToCloseHint => {
            "From the level at the base date (data) to the threshold of the set in force: the \
             investment money this takes at the scenario's assumptions (unit cost × cost \
             multiplier × remoteness ÷ base efficiency), before capacity makes money go further. \
             Soft criteria are not bought with investment money."
        }
        M::MoneyNeedAndGot => {
            "The infrastructure criteria still short need about {need} billion VND of investment \
             in all (estimated from the base date). The commune is allocated about {got} billion \
             VND from {from} to the end of {year} (mean over the runs, every source but Decision 1385 money straight to its villages), of which only \
             about {invested} billion VND is investment money that infrastructure can use; the \
             rest is livelihood, production and credit money, or the Program 135 share passed on \
             to its villages. Investment money turns into progress at the efficiency of its use \
             (an assumption), and goes to the cheapest gap first, so the dearest criterion is met \
             last. Totals add the \
             unrounded figures, so they can differ from the sum of the rounded ones by a few \
             tenths."
        }
        M::MoneyToClose => "≈ {x} billion VND",
        M::NotForMoney => "capacity, livelihoods",
        M::NotForMoneyHint => {
            "A soft criterion: it moves with training, support units, leadership, participation and \
             livelihood money, not with investment money (the coefficients are under “Assumptions”)."
        }
        M::MetAtBase => "met",
        M::UnmetAtBase => "not met",
        M::LevelHint => "Level against the threshold (100% = just met)",
        M::VillagesHeading => "Villages in the Decision 1385 scope",
        M::ColHouseholds => "Households",
        M::ColVillageBinding => "Binding criteria",
        M::BindingCellSpoken => "binding criterion",
        M::None => "none",
        M::CommuneLevers => "Levers for this commune",
    }
}

/// `p` (0–1) as the whole percentage [`percent`] shows, rounded down (the epsilon undoes float
/// error such as 0.29 × 100 = 28.999…): differences between two shown figures are worked out
/// from these, so "9% → 85%" says "+76", what a reader subtracts.
pub fn whole_percent(p: f64) -> f64 {
    (p * 100.0 + 1e-9).floor().clamp(0.0, 100.0)
}

/// "13,9 / 15": the mean number of criteria met, out of the set's `n`. A mean short of every
/// criterion is never rounded up to all of them: 14,97 shows as "14,97 / 15", since
/// "15,0 / 15" would say that every run meets every criterion.
pub fn criteria_of(lang: Lang, mean: f64, n: usize) -> String {
    format!("{} / {n}", mean_criteria(lang, mean, n))
}

/// A mean count of criteria met out of `n`, to one decimal, or two where one would round up
/// to all `n` ("14,96", not "15,0", for a unit that meets every criterion in 96 % of runs).
pub fn mean_criteria(lang: Lang, mean: f64, n: usize) -> String {
    let all = n as f64;
    if mean < all && (mean * 10.0).round() >= all * 10.0 {
        lang.number((mean * 100.0).floor() / 100.0, 2)
    } else {
        lang.number(mean, 1)
    }
}

/// `p` (0–1) as a whole percentage, rounded down like the matrix cells, so the same figure
/// reads the same everywhere: "35%"; "< 1%" when it is met in some runs but fewer than one in
/// a hundred (like the cell's "<1": "0%" would claim it is never met).
pub fn percent(lang: Lang, p: f64) -> String {
    if !p.is_finite() {
        return "–".into();
    }
    let pct = whole_percent(p);
    if pct == 0.0 && p > 0.0 {
        return "< 1%".into();
    }
    format!("{}%", lang.number(pct, 0))
}

/// The name in `lang` of something the dataset names in both languages.
pub fn pick<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// "Xã × 19 tiêu chí" / "Communes × 19 criteria".
pub fn units_label(lang: Lang, villages: bool, criteria: usize) -> String {
    match (lang, villages) {
        (Lang::Vi, false) => format!("Xã × {criteria} tiêu chí"),
        (Lang::Vi, true) => format!("Xóm × {criteria} tiêu chí"),
        (Lang::En, false) => format!("Communes × {criteria} criteria"),
        (Lang::En, true) => format!("Villages × {criteria} criteria"),
    }
}

/// "Đang hiện 45 trên 139 xã" / "Showing 45 of 139 communes".
pub fn rows_shown(lang: Lang, villages: bool, shown: usize, total: usize) -> String {
    let (s, t) = (lang.number(shown as f64, 0), lang.number(total as f64, 0));
    match (lang, villages) {
        (Lang::Vi, false) => format!("Đang hiện {s} trên {t} xã"),
        (Lang::Vi, true) => format!("Đang hiện {s} trên {t} xóm"),
        (Lang::En, false) => format!("Showing {s} of {t} communes"),
        (Lang::En, true) => format!("Showing {s} of {t} villages"),
    }
}

/// What happens to the thị trấn and phường: hidden (by default) or listed below. A kind
/// there is none of (in a district filtered to) is not named: "2 thị trấn và 0 phường".
pub fn other_units_note(lang: Lang, thi_tran: usize, phuong: usize, shown: bool) -> String {
    let units = match lang {
        Lang::Vi => [(thi_tran, "thị trấn"), (phuong, "phường")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect::<Vec<_>>()
            .join(" và "),
        Lang::En => [
            (thi_tran, "township", "townships"),
            (phuong, "ward", "wards"),
        ]
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
        .collect::<Vec<_>>()
        .join(" and "),
    };
    let one = thi_tran + phuong == 1;
    match (lang, shown) {
        (Lang::Vi, false) => format!("{units} không xét công nhận NTM nên được ẩn."),
        (Lang::Vi, true) => format!("{units} (không xét công nhận NTM) ở cuối bảng."),
        (Lang::En, false) if one => format!("{units} is hidden: it is not an NTM candidate."),
        (Lang::En, false) => format!("{units} are hidden: they are not NTM candidates."),
        (Lang::En, true) if one => format!("{units} (not an NTM candidate) is listed at the end."),
        (Lang::En, true) => format!("{units} (not NTM candidates) are listed at the end."),
    }
}

/// The heading's year: "cuối năm 2025" / "end of 2025".
pub fn heading_year(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Vi => format!("cuối năm {year}"),
        Lang::En => format!("end of {year}"),
    }
}

/// "Năm 2025 nằm ngoài các năm đã mô phỏng." / "2025 is outside the simulated years."
pub fn year_not_simulated(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Vi => format!("Năm {year} nằm ngoài các năm đã mô phỏng."),
        Lang::En => format!("{year} is outside the simulated years."),
    }
}

/// Which criteria set the columns are: "Bộ tiêu chí áp dụng: … (Quyết định 1980/QĐ-TTg …)";
/// an illustrative set's decision line says that it is illustrative.
pub fn set_in_force(lang: Lang, name: &str, decision: &str) -> String {
    match lang {
        Lang::Vi => format!("Bộ tiêu chí áp dụng: {name} ({decision})"),
        Lang::En => format!("Criteria set in force: {name} ({decision})"),
    }
}

/// Why a column is out of its number's place: "Cột xếp theo nhóm: tiêu chí 15 đứng cùng nhóm
/// của nó."
pub fn columns_by_group(lang: Lang, numbers: &str) -> String {
    match lang {
        Lang::Vi => {
            format!("Các cột xếp theo nhóm tiêu chí: tiêu chí {numbers} đứng cùng nhóm của nó.")
        }
        Lang::En => {
            format!("Columns go by criteria group: criterion {numbers} stands with its group.")
        }
    }
}

/// A criterion's full name: "Tiêu chí 10: Thu nhập" / "Criterion 10: Income".
pub fn criterion_title(lang: Lang, number: u8, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Tiêu chí {number}: {name}"),
        Lang::En => format!("Criterion {number}: {name}"),
    }
}

/// A group's full name: "Nhóm 3: Kinh tế và tổ chức sản xuất".
pub fn group_title(lang: Lang, group: u8, name: &str) -> String {
    format!("{} {group}: {name}", lang.t(CriteriaMsg::GroupWord))
}

/// A cell's tooltip: "Tiêu chí 10: Thu nhập — đạt ở 35% số lần chạy (mô phỏng)".
pub fn cell_title(lang: Lang, number: u8, name: &str, p: f64, binding: bool) -> String {
    let title = criterion_title(lang, number, name);
    let pct = percent(lang, p);
    match (lang, binding) {
        (Lang::Vi, false) => format!("{title} — đạt ở {pct} số lần chạy (mô phỏng)"),
        (Lang::Vi, true) => format!("{title} — đạt ở {pct} số lần chạy (mô phỏng); tiêu chí vướng"),
        (Lang::En, false) => format!("{title} — met in {pct} of runs (simulation)"),
        (Lang::En, true) => {
            format!("{title} — met in {pct} of runs (simulation); binding criterion")
        }
    }
}

/// The sentence of what blocks a unit: "Vướng: Thu nhập (đạt ở 35% số lần chạy), Hộ nghèo (40%)".
/// `items` are (criterion name, probability met), weakest first; the word "đạt"/"met" is
/// written once, on the first figure.
pub fn blocked_by(lang: Lang, items: &[(&str, f64)]) -> String {
    format!(
        "{}: {}",
        lang.t(CriteriaMsg::BlockedBy),
        name_list(lang, items)
    )
}

/// What moves the binding criteria: "Tiến triển nhờ vốn đầu tư: Giao thông." and, for the
/// others, "Không thể đạt chỉ bằng vốn đầu tư, tiến triển nhờ đào tạo nghề, vốn sinh kế …:
/// Thu nhập, Nghèo đa chiều." with each criterion's own drivers and their weights (the criteria
/// data's; criteria moved by the same drivers share a line, which names them the strongest
/// first), so a planner sees why more money moves one commune more than another, and which
/// lever moves which criterion.
/// With `withheld` (the scenario gives the commune no money), the investment criteria are said
/// to need money it does not get, not to be moved by it.
pub fn what_helps(
    lang: Lang,
    investment: &[&str],
    capacity: &[(&str, Vec<(Driver, f64)>)],
    withheld: bool,
) -> Vec<String> {
    let mut lines = Vec::new();
    if !investment.is_empty() {
        let lead = if withheld {
            CriteriaMsg::HelpsInvestmentWithheld
        } else {
            CriteriaMsg::HelpsInvestment
        };
        lines.push(format!("{}: {}.", lang.t(lead), investment.join(", ")));
    }
    // Per group: its drivers (in `Driver::ALL` order, the key), their summed weights, names.
    let mut groups: Vec<(Vec<Driver>, Vec<f64>, Vec<&str>)> = Vec::new();
    for (name, weighted) in capacity {
        let weight = |d: Driver| {
            weighted
                .iter()
                .filter(|(w, _)| *w == d)
                .map(|(_, x)| x)
                .sum::<f64>()
        };
        let key: Vec<Driver> = Driver::ALL
            .into_iter()
            .filter(|&d| weight(d) > 0.0)
            .collect();
        match groups.iter_mut().find(|(k, ..)| *k == key) {
            Some((k, sums, names)) => {
                for (s, &d) in sums.iter_mut().zip(k.iter()) {
                    *s += weight(d);
                }
                names.push(name);
            }
            None => {
                let sums = key.iter().map(|&d| weight(d)).collect();
                groups.push((key, sums, vec![name]));
            }
        }
    }
    for (drivers, sums, names) in groups {
        let mut order: Vec<usize> = (0..drivers.len()).collect();
        // The strongest first; a tie keeps `Driver::ALL`'s order (the sort is stable).
        order.sort_by(|&a, &b| sums[b].total_cmp(&sums[a]));
        let said: Vec<&str> = order
            .iter()
            .map(|&i| driver_name(lang, drivers[i]))
            .collect();
        lines.push(format!(
            "{}: {}.",
            lang.fill(
                CriteriaMsg::HelpsCapacity,
                &[("drivers", &and_list(lang, &said))]
            ),
            names.join(", ")
        ));
    }
    lines
}

/// What a driver of the criteria is, as the levers name it.
pub fn driver_name(lang: Lang, d: Driver) -> &'static str {
    match (lang, d) {
        (Lang::Vi, Driver::Cadres) => "cán bộ xã được đào tạo",
        (Lang::Vi, Driver::VillageLeaders) => "trưởng xóm, ban phát triển xóm được đào tạo",
        (Lang::Vi, Driver::Vocational) => "đào tạo nghề",
        (Lang::Vi, Driver::Support) => "đơn vị hỗ trợ",
        (Lang::Vi, Driver::Participation) => "sự tham gia của người dân (tuyên truyền)",
        (Lang::Vi, Driver::Leadership) => "sự lãnh đạo",
        (Lang::Vi, Driver::Livelihood) => "vốn sinh kế (phần vốn không dành cho đầu tư)",
        (Lang::En, Driver::Cadres) => "trained commune cadres",
        (Lang::En, Driver::VillageLeaders) => "trained village heads and boards",
        (Lang::En, Driver::Vocational) => "vocational training",
        (Lang::En, Driver::Support) => "support units",
        (Lang::En, Driver::Participation) => "people's participation (communication)",
        (Lang::En, Driver::Leadership) => "leadership",
        (Lang::En, Driver::Livelihood) => "livelihood money (the part not for investment)",
    }
}

/// "a, b và c" / "a, b and c".
fn and_list(lang: Lang, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), lang.pick("và", "and")),
    }
}

/// "Chưa chắc chắn: Môi trường (đạt ở 62% số lần chạy), …".
pub fn uncertain(lang: Lang, items: &[(&str, f64)]) -> String {
    format!(
        "{}: {}",
        lang.t(CriteriaMsg::Uncertain),
        name_list(lang, items)
    )
}

/// "Thu nhập (đạt ở 35% số lần chạy), Hộ nghèo (40%)".
pub fn name_list(lang: Lang, items: &[(&str, f64)]) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, (name, p))| {
            if i == 0 {
                format!(
                    "{name} ({})",
                    lang.fill(CriteriaMsg::MetWord, &[("pct", &percent(lang, *p))])
                )
            } else {
                format!("{name} ({})", percent(lang, *p))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A base date written `YYYY-MM-DD` the reader's way: "30/6/2020", "30 June 2020"
/// (`ntm_model::format::iso_date`).
pub fn date(lang: Lang, iso: &str) -> String {
    ntm_model::format::iso_date(iso, lang.into())
}

/// "1,2 tỷ đồng" / "1.2 billion VND".
pub fn billion(lang: Lang, x: f64) -> String {
    match lang {
        Lang::Vi => format!("{} tỷ đồng", lang.number(x, 1)),
        Lang::En => format!("{} billion VND", lang.number(x, 1)),
    }
}

/// "Đạt chuẩn năm 2019" / "Recognised in 2019".
pub fn recognised_in(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Vi => format!("Có, năm {year}"),
        Lang::En => format!("Yes, in {year}"),
    }
}

/// Under the commune's yearly table: the first year's money is from the base date on.
pub fn first_year_money(lang: Lang, year: u16, from: &str) -> String {
    match lang {
        Lang::Vi => format!("Vốn năm {year} tính từ {from} (ngày gốc của dữ liệu) đến hết năm, chưa đủ một năm."),
        Lang::En => format!("The money of {year} is from {from} (the data's base date) to the year's end, part of a year."),
    }
}

/// Under the commune's yearly table, when its villages got Decision 1385 money straight: that
/// money is not in "Vốn nhận", which a reviewer adding the communes up found short of the
/// province by exactly it.
pub fn villages_money(lang: Lang, money: &str, period: &str) -> String {
    match lang {
        Lang::Vi => format!(
            "Ngoài cột “Vốn nhận”, các xóm của xã còn nhận thẳng ≈ {money} tỷ đồng vốn QĐ 1385 \
             trong {period} (trung bình các lần chạy)."
        ),
        Lang::En => format!(
            "Besides “Money received”, the commune's villages got ≈ {money} billion VND of \
             Decision 1385 money straight, {period} (mean of the runs)."
        ),
    }
}

/// The source line of simulated figures: "Mô phỏng, 1.000 lần chạy".
pub fn simulated_runs(lang: Lang, runs: u32) -> String {
    let n = lang.number(f64::from(runs), 0);
    match lang {
        Lang::Vi => format!("Nguồn: mô phỏng, {n} lần chạy, so với kịch bản mặc định."),
        Lang::En => format!("Source: simulation, {n} runs, against the default scenario."),
    }
}

/// A row button's accessible name: what is visible first (the name and its tags' words, so
/// that a voice command "click Cốc Pàng 1385" finds it), what the tags mean, where it is and
/// what the button does: "Cốc Pàng 1385 (thuộc phạm vi Quyết định 1385), Bảo Lạc: mở chi
/// tiết xã". One label, not hidden spans: the browser read those as "Cốc Pàng 1385 , Bảo
/// Lạc" (a bare number, and a pause before each hidden part).
pub fn open_detail_label(lang: Lang, name: &str, tags: &[(&str, &str)], place: &str) -> String {
    let mut out = name.to_string();
    for (shown, _) in tags {
        out.push(' ');
        out.push_str(shown);
    }
    if !tags.is_empty() {
        let said: Vec<&str> = tags.iter().map(|(_, said)| *said).collect();
        out.push_str(&format!(" ({})", said.join(", ")));
    }
    format!("{out}, {place}: {}", lang.t(CriteriaMsg::OpenDetail))
}

/// The dialog's accessible description of a unit: "Xã Sóc Hà" / "Sóc Hà commune".
pub fn unit_title(lang: Lang, type_vi: &str, type_en: &str, name: &str) -> String {
    match lang {
        Lang::Vi => {
            let mut t = type_vi.chars();
            let cap = t
                .next()
                .map_or(String::new(), |c| c.to_uppercase().collect());
            format!("{cap}{} {name}", t.as_str())
        }
        Lang::En => format!("{name} {type_en}"),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn blocked_by_reads_like_the_brief() {
        let items = [("Thu nhập", 0.35), ("Hộ nghèo", 0.4)];
        assert_eq!(
            blocked_by(Lang::Vi, &items),
            "Vướng: Thu nhập (đạt ở 35% số lần chạy), Hộ nghèo (40%)"
        );
        let items = [("Income", 0.35), ("Poverty", 0.4)];
        assert_eq!(
            blocked_by(Lang::En, &items),
            "Blocked by: Income (met in 35% of runs), Poverty (40%)"
        );
    }

    #[test]
    fn a_mean_short_of_every_criterion_is_never_shown_as_all_of_them() {
        let cases = [
            (13.94, "13,9 / 15"),
            (14.94, "14,9 / 15"),
            (14.97, "14,97 / 15"),
            (14.999, "14,99 / 15"),
            (15.0, "15,0 / 15"),
        ];
        for (mean, want) in cases {
            assert_eq!(criteria_of(Lang::Vi, mean, 15), want, "{mean}");
        }
        assert_eq!(criteria_of(Lang::En, 18.96, 19), "18.96 / 19");
    }

    #[test]
    fn formats_follow_the_language() {
        let cases = [
            (percent(Lang::Vi, 0.999), "99%"),
            (percent(Lang::Vi, 1.0), "100%"),
            (percent(Lang::En, 0.0), "0%"),
            (percent(Lang::Vi, 0.006), "< 1%"),
            (percent(Lang::Vi, 0.01), "1%"),
            (billion(Lang::Vi, 1234.56), "1.234,6 tỷ đồng"),
            (billion(Lang::En, 1.26), "1.3 billion VND"),
            (date(Lang::Vi, "2020-06-30"), "30/6/2020"),
            (date(Lang::En, "2020-06-30"), "30 June 2020"),
            (date(Lang::En, "mid-2020"), "mid-2020"),
            (
                rows_shown(Lang::Vi, false, 45, 1390),
                "Đang hiện 45 trên 1.390 xã",
            ),
            (
                rows_shown(Lang::En, true, 9, 294),
                "Showing 9 of 294 villages",
            ),
            (
                other_units_note(Lang::Vi, 14, 8, false),
                "14 thị trấn và 8 phường không xét công nhận NTM nên được ẩn.",
            ),
            // In a district with townships only: no "0 phường".
            (
                other_units_note(Lang::Vi, 2, 0, true),
                "2 thị trấn (không xét công nhận NTM) ở cuối bảng.",
            ),
            (
                other_units_note(Lang::En, 1, 0, false),
                "1 township is hidden: it is not an NTM candidate.",
            ),
            (
                other_units_note(Lang::En, 14, 8, true),
                "14 townships and 8 wards (not NTM candidates) are listed at the end.",
            ),
            (
                unit_title(Lang::Vi, "thị trấn", "township", "Nước Hai"),
                "Thị trấn Nước Hai",
            ),
            (
                unit_title(Lang::En, "xã", "commune", "Sóc Hà"),
                "Sóc Hà commune",
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
        // Income and poverty are moved by the same two, weighted differently: one line, the
        // stronger overall first; a driver of no weight is not named.
        let income = vec![
            (Driver::Vocational, 1.0),
            (Driver::Livelihood, 0.5),
            (Driver::Participation, 0.0),
        ];
        let poverty = vec![(Driver::Livelihood, 0.8), (Driver::Vocational, 0.6)];
        let people = vec![(Driver::Participation, 1.0), (Driver::VillageLeaders, 1.0)];
        let helps = what_helps(
            Lang::Vi,
            &["Giao thông"],
            &[
                ("Thu nhập", income.clone()),
                ("Văn hóa", people),
                ("Nghèo đa chiều", poverty),
            ],
            false,
        );
        assert_eq!(
            helps,
            [
                "Tiến triển nhờ vốn đầu tư: Giao thông.",
                "Không thể đạt chỉ bằng vốn đầu tư, tiến triển nhờ đào tạo nghề và vốn sinh kế \
                 (phần vốn không dành cho đầu tư): Thu nhập, Nghèo đa chiều.",
                "Không thể đạt chỉ bằng vốn đầu tư, tiến triển nhờ trưởng xóm, ban phát triển \
                 xóm được đào tạo và sự tham gia của người dân (tuyên truyền): Văn hóa.",
            ]
        );
        assert_eq!(
            what_helps(Lang::En, &[], &[("Income", income)], false).len(),
            1
        );
        assert!(what_helps(Lang::En, &[], &[], false).is_empty());
        // A commune given no money: its investment criteria need money it does not get.
        assert_eq!(
            what_helps(Lang::Vi, &["Giao thông"], &[], true),
            ["Cần vốn đầu tư, nhưng kịch bản này không cấp vốn cho xã: Giao thông."]
        );
    }

    #[test]
    fn every_message_has_both_languages() {
        // The exhaustive matches guarantee a translation exists; this catches an empty one
        // and an English text left in the Vietnamese table.
        let all = [
            CriteriaMsg::MatrixHeading,
            CriteriaMsg::BlockedBy,
            CriteriaMsg::HelpsInvestment,
            CriteriaMsg::HelpsCapacity,
            CriteriaMsg::NothingBlocks,
            CriteriaMsg::SeveralTogether,
            CriteriaMsg::OtherUnitsHeading,
            CriteriaMsg::FactBorderHint,
            CriteriaMsg::CommuneLevers,
        ];
        for m in all {
            assert!(
                !Lang::Vi.t(m).is_empty() && !Lang::En.t(m).is_empty(),
                "{m:?}"
            );
            assert_ne!(Lang::Vi.t(m), Lang::En.t(m), "{m:?}");
        }
    }
}
