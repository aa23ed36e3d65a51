//! The charts panel's messages: tab names, headings, captions, legends, axes, table headers.
//!
//! Messages with `{name}` placeholders are templates: fill them with [`fill`], never by
//! concatenating fragments (word order differs between the two languages).

use super::Translate;

/// A user-visible message of the charts panel. Add a variant, and both `vi` and `en` must say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartMsg {
    PanelHeading,
    /// Accessible name of the chart picker (the tab list).
    PickerLabel,
    NoResults,
    ShowTable,
    HideTable,
    ExportPng,
    /// Accessible name of the export button: `{chart}` is the chart's heading.
    ExportPngFor,
    ExportFailed,
    /// The export's footer line, drawn into the PNG under the chart.
    ExportFooter,
    /// Before the footer when the scenario has a name: `{name}`.
    ExportScenario,

    TabVillages,
    TabCommunes,
    TabAverage,
    TabCommuneCriteria,
    TabVillageCriteria,
    TabSpending,
    TabDistricts,

    HeadingVillages,
    HeadingCommunes,
    HeadingAverage,
    /// `{year}`.
    HeadingCommuneCriteria,
    /// `{year}`.
    HeadingVillageCriteria,
    HeadingSpending,
    /// `{year}`.
    HeadingDistricts,

    /// `{villages}` villages in the dataset, `{runs}` runs.
    CaptionVillages,
    /// Added to a yearly chart's caption when the baseline is drawn.
    CaptionBaseline,
    /// Said only when the ticks are drawn (not while the default itself is shown).
    CaptionBaselineTicks,
    /// Said instead when the default applies another commune criteria set in the year shown
    /// (its switch year differs), so its ticks would not compare like with like.
    CaptionBaselineOtherSet,
    /// Said only when a target falls within the years shown.
    CaptionTargets,
    /// Said only when the default's diamonds are drawn on the districts chart.
    CaptionDistrictsBaseline,
    /// `{runs}`, `{switch}` the year the stricter set arrives.
    CaptionCommunes,
    /// `{runs}`: the horizon ends before any change of criteria set.
    CaptionCommunesNoSwitch,
    /// `{runs}`, `{n}` village criteria.
    CaptionAverage,
    /// `{year}`, `{set}` the set's name, `{runs}`, `{n}` highlighted criteria.
    CaptionCommuneCriteria,
    /// `{year}`, `{set}`, `{runs}`, `{n}`.
    CaptionVillageCriteria,
    /// `{runs}`, `{base}` the base year (counted for half a year).
    CaptionSpending,
    /// `{year}`, `{runs}`.
    CaptionDistricts,
    /// Added when the selected year lies outside the results: `{year}` is the year shown.
    CaptionYearShown,

    AriaVillages,
    AriaCommunes,
    AriaAverage,
    AriaCriteria,
    AriaSpending,
    AriaDistricts,

    LegendCurrent,
    LegendBand,
    LegendBaseline,
    LegendTarget,
    /// `{date}`: the base date's point.
    LegendStart,
    LegendRecognised,
    LegendRecognisedBaseline,
    LegendMeetingAll,
    LegendVillageCurrent,
    LegendVillageBaseline,
    LegendCommuneCurrent,
    LegendCommuneBaseline,
    LegendRate,
    /// `{n}` lowest criteria.
    LegendLowest,
    LegendBaselineTick,
    LegendBudgetTotal,
    LegendMedianBar,
    LegendWhisker,

    AxisYear,
    /// Charts of states at the end of each year.
    AxisYearEnd,
    AxisVillages,
    AxisCommunes,
    AxisCriteria,
    AxisBillionVnd,
    AxisRatePct,

    PanelCommunesRecognised,
    PanelVillagesStandard,
    /// District with no village in the dataset.
    NoVillagesInData,

    TableSeries,
    /// `{date}`: the base date's column.
    TableStart,
    TableCurrentP10,
    TableCurrentMedian,
    TableCurrentP90,
    TableBaselineMedian,
    /// `{name}` the target's wording.
    TableTarget,
    TableMeetingAllMedian,
    TableMeetingAllBaseline,
    TableRank,
    TableCriterion,
    TableCurrentPct,
    TableBaselinePct,
    /// "{n}": how many criteria are highlighted.
    TableLowestNote,
    TableDisbursedTotal,
    /// Training and campaigns' cost, counted but not taken from the budget.
    TableTrainingCost,
    TablePerVillage,
    TableSources,
    TablePerCommune,
    TableDistrict,
    TableRangeP10P90,
    /// Column group over the district table's commune columns.
    TableCommunesGroup,
    /// Column group over the district table's village columns.
    TableVillagesGroup,
    TableMedianShort,
    TableBaselineShort,
    /// The districts table's last column of each group: what the count is out of.
    TableCommunesTotal,
    TableVillagesTotal,
}

impl Translate for ChartMsg {
    fn vi(self) -> &'static str {
        vi(self)
    }

    fn en(self) -> &'static str {
        en(self)
    }
}

fn vi(msg: ChartMsg) -> &'static str {
    use ChartMsg::*;
    match msg {
        PanelHeading => "Biểu đồ",
        PickerLabel => "Chọn biểu đồ",
        NoResults => "Đang chờ kết quả mô phỏng để vẽ biểu đồ…",
        ShowTable => "Xem bảng số liệu",
        HideTable => "Ẩn bảng số liệu",
        ExportPng => "Tải ảnh PNG",
        ExportPngFor => "Tải ảnh PNG: {chart}",
        ExportFailed => "Không tạo được ảnh PNG của biểu đồ.",
        ExportFooter => "NTM Planner · bộ dữ liệu Cao Bằng mang tính minh họa, không phải số liệu thống kê chính thức",
        ExportScenario => "Kịch bản: {name}",

        TabVillages => "Xóm đạt chuẩn",
        TabCommunes => "Xã đạt chuẩn",
        TabAverage => "Bình quân tiêu chí",
        TabCommuneCriteria => "Tiêu chí xã",
        TabVillageCriteria => "Tiêu chí xóm",
        TabSpending => "Nguồn vốn",
        TabDistricts => "Theo huyện",

        HeadingVillages => "Số xóm đạt chuẩn nông thôn mới theo năm",
        HeadingCommunes => "Số xã đạt chuẩn nông thôn mới theo năm",
        HeadingAverage => "Bình quân số tiêu chí đạt của mỗi xóm và mỗi xã",
        HeadingCommuneCriteria => "Tỷ lệ xã đạt từng tiêu chí, cuối năm {year}",
        HeadingVillageCriteria => "Tỷ lệ xóm đạt từng tiêu chí, cuối năm {year}",
        HeadingSpending => "Vốn phân bổ theo nguồn mỗi năm (tỷ đồng)",
        HeadingDistricts => "So sánh các huyện, cuối năm {year}",

        CaptionVillages => {
            "Số xóm (trong {villages} xóm của bộ dữ liệu) đạt đủ tiêu chí cuối mỗi năm: \
             trung vị của {runs} lần mô phỏng, vùng tô là khoảng P10–P90."
        }
        CaptionBaseline => "Nét đứt là kịch bản mặc định.",
        CaptionTargets => "Hình thoi là mục tiêu của tỉnh và Trung ương.",
        CaptionBaselineTicks => "Vạch đen là kịch bản mặc định.",
        CaptionBaselineOtherSet => {
            "Vạch của kịch bản mặc định không được vẽ: cuối năm {year} kịch bản này áp dụng \
             {set}, nên tỷ lệ không so sánh được."
        }
        CaptionCommunes => {
            "Xã được công nhận đạt chuẩn và xã đạt đủ tiêu chí của bộ tiêu chí đang áp dụng: trung vị \
             của {runs} lần mô phỏng, vùng tô là khoảng P10–P90 của số xã được công nhận (đường xã \
             đạt đủ tiêu chí chỉ là trung vị). Từ năm {switch} áp dụng bộ \
             tiêu chí 2021–2025 chặt hơn nên số xã đạt đủ tiêu chí giảm, còn xã đã được công nhận \
             vẫn giữ danh hiệu."
        }
        CaptionCommunesNoSwitch => {
            "Xã được công nhận đạt chuẩn và xã đạt đủ tiêu chí của bộ tiêu chí đang áp dụng: trung vị \
             của {runs} lần mô phỏng, vùng tô là khoảng P10–P90 của số xã được công nhận (đường xã \
             đạt đủ tiêu chí chỉ là trung vị)."
        }
        CaptionAverage => {
            "Bình quân số tiêu chí đạt của mỗi xóm (bộ {n} tiêu chí minh họa) và mỗi xã (19 \
             tiêu chí của bộ đang áp dụng, nên có thể giảm khi bộ 2021–2025 chặt hơn có hiệu lực): trung vị của \
             {runs} lần mô phỏng."
        }
        CaptionCommuneCriteria => {
            "Tỷ lệ xã đạt mỗi tiêu chí cuối năm {year} theo {set}: trung bình của {runs} lần mô \
             phỏng, xếp từ thấp đến cao; {n} tiêu chí thấp nhất (màu đỏ cam) là những tiêu chí kìm \
             hãm tỉnh."
        }
        CaptionVillageCriteria => {
            "Tỷ lệ xóm đạt mỗi tiêu chí cuối năm {year} theo {set}: trung bình của {runs} lần \
             mô phỏng, xếp từ thấp đến cao; {n} tiêu chí thấp nhất (màu đỏ cam) kìm hãm các \
             xóm."
        }
        CaptionSpending => {
            "Vốn phân bổ trong năm theo từng nguồn, tỷ đồng (năm {base} chỉ tính phần còn lại của \
             năm): tiền đã phân bổ đến xã, xóm, trung bình của {runs} lần mô phỏng (xã, xóm đã đạt \
             hết tiêu chí hạ tầng giữ phần của mình chờ dùng); số trên mỗi cột là tổng vốn phân bổ \
             năm đó, đặt trên hình thoi khi kế hoạch cao hơn; đường nét đứt là tổng kế hoạch vốn \
             của kịch bản (đóng góp của cộng đồng theo mức tham gia nên vốn phân bổ có thể thấp \
             hơn kế hoạch một chút; bảng số liệu ghi cả hai, và cột cuối cộng từ số chưa làm \
             tròn nên có thể lệch vài phần mười so với cộng các ô)."
        }
        CaptionDistricts => {
            "Mỗi huyện: số xã được công nhận và số xóm đạt chuẩn cuối năm {year}. Cột là trung \
             vị của {runs} lần mô phỏng, vạch ngang là khoảng P10–P90; \
             số sau dấu “/” là số xã của huyện (hoặc số xóm của huyện trong dữ liệu). Trung vị của các huyện cộng lại có thể lệch vài đơn vị so với trung vị của \
             toàn tỉnh: các huyện không cùng may rủi trong một lần chạy."
        }
        CaptionDistrictsBaseline => "Hình thoi rỗng là kịch bản mặc định.",
        CaptionYearShown => "(Kết quả không có năm đã chọn: đang hiển thị năm {year}.)",

        AriaVillages => {
            "Biểu đồ đường: số xóm đạt chuẩn cuối mỗi năm, bắt đầu từ số liệu tại thời điểm \
             khởi điểm, kịch bản hiện tại với khoảng P10–P90, kịch bản mặc định và các mục tiêu. Số liệu có trong bảng (nút Xem bảng số liệu)."
        }
        AriaCommunes => {
            "Biểu đồ đường: số xã được công nhận (bắt đầu từ số liệu tại thời điểm khởi điểm) và \
             số xã đạt đủ tiêu chí cuối mỗi năm, kịch bản hiện tại, kịch bản mặc định và mục tiêu. Số liệu có trong bảng (nút Xem bảng số liệu)."
        }
        AriaAverage => {
            "Biểu đồ đường: bình quân số tiêu chí đạt của mỗi xóm và mỗi xã, bắt đầu từ số liệu \
             tại thời điểm khởi điểm, kịch bản hiện tại và kịch bản mặc định. Số liệu có trong bảng (nút Xem bảng số liệu)."
        }
        AriaCriteria => {
            "Biểu đồ cột ngang: tỷ lệ đạt của từng tiêu chí, xếp từ thấp đến cao, các tiêu chí thấp \
             nhất được tô màu khác. Số liệu có trong bảng (nút Xem bảng số liệu)."
        }
        AriaSpending => {
            "Biểu đồ cột chồng: vốn phân bổ mỗi năm theo từng nguồn, tỷ đồng, và tổng kế hoạch \
             vốn. Số liệu có trong bảng (nút Xem bảng số liệu)."
        }
        AriaDistricts => {
            "Biểu đồ cột ngang theo huyện: số xã được công nhận và số xóm đạt chuẩn, trung vị \
             với khoảng P10–P90 và kịch bản mặc định. Số liệu có trong bảng (nút Xem bảng số liệu)."
        }

        LegendCurrent => "Kịch bản hiện tại (trung vị)",
        LegendBand => "Khoảng P10–P90",
        LegendBaseline => "Kịch bản mặc định",
        LegendTarget => "Mục tiêu",
        LegendStart => "Khởi điểm {date} (theo bộ dữ liệu, không mô phỏng)",
        LegendRecognised => "Xã được công nhận (hiện tại)",
        LegendRecognisedBaseline => "Xã được công nhận (kịch bản mặc định)",
        LegendMeetingAll => "Xã đạt đủ tiêu chí bộ đang áp dụng (hiện tại)",
        LegendVillageCurrent => "Mỗi xóm (hiện tại)",
        LegendVillageBaseline => "Mỗi xóm (kịch bản mặc định)",
        LegendCommuneCurrent => "Mỗi xã (hiện tại)",
        LegendCommuneBaseline => "Mỗi xã (kịch bản mặc định)",
        LegendRate => "Tỷ lệ đạt (hiện tại)",
        LegendLowest => "{n} tiêu chí thấp nhất",
        LegendBaselineTick => "Kịch bản mặc định",
        LegendBudgetTotal => "Tổng kế hoạch vốn",
        LegendMedianBar => "Trung vị (hiện tại)",
        LegendWhisker => "Khoảng P10–P90",

        AxisYear => "Năm",
        AxisYearEnd => "Cuối năm",
        AxisVillages => "Số xóm",
        AxisCommunes => "Số xã",
        AxisCriteria => "Số tiêu chí đạt",
        AxisBillionVnd => "Tỷ đồng",
        AxisRatePct => "Tỷ lệ đạt (%)",

        PanelCommunesRecognised => "Xã được công nhận",
        PanelVillagesStandard => "Xóm đạt chuẩn",
        NoVillagesInData => "không có xóm trong dữ liệu",

        TableSeries => "Chỉ số",
        TableSources => "Nguồn vốn",
        TableStart => "{date} (khởi điểm)",
        TableCurrentP10 => "Hiện tại: P10",
        TableCurrentMedian => "Hiện tại: trung vị",
        TableCurrentP90 => "Hiện tại: P90",
        TableBaselineMedian => "Kịch bản mặc định: trung vị",
        TableTarget => "Mục tiêu: {name}",
        TableMeetingAllMedian => "Đạt đủ tiêu chí bộ đang áp dụng: trung vị",
        TableMeetingAllBaseline => "Đạt đủ tiêu chí bộ đang áp dụng: kịch bản mặc định",
        TableRank => "Thứ tự",
        TableCriterion => "Tiêu chí",
        TableCurrentPct => "Hiện tại (%)",
        TableBaselinePct => "Kịch bản mặc định (%)",
        TableLowestNote => "trong {n} tiêu chí thấp nhất",
        TableDisbursedTotal => "Tổng vốn phân bổ",
        TableTrainingCost => "Chi phí đào tạo, tuyên truyền (ngoài tổng vốn)",
        TablePerVillage => {
            "Bình quân mỗi xóm đạt chuẩn thêm từ {start}: vốn đến xóm (QĐ 1385, phần Chương trình \
             135 cho xóm) tính đến hết năm, chia cho số xóm tăng thêm trung bình các lần chạy (không \
             theo trung vị)"
        }
        TablePerCommune => {
            "Bình quân mỗi xã được công nhận thêm từ {start}: mọi nguồn và chi phí đào tạo, tuyên \
             truyền tính đến hết năm, chia cho số xã tăng thêm trung bình các lần chạy (không theo \
             trung vị)"
        }
        TableDistrict => "Huyện",
        TableRangeP10P90 => "P10–P90",
        TableCommunesGroup => "Xã được công nhận",
        TableVillagesGroup => "Xóm đạt chuẩn",
        TableMedianShort => "Trung vị",
        TableBaselineShort => "Mặc định",
        TableCommunesTotal => "Tổng số xã",
        TableVillagesTotal => "Tổng số xóm",
    }
}

fn en(msg: ChartMsg) -> &'static str {
    use ChartMsg::*;
    match msg {
        PanelHeading => "Charts",
        PickerLabel => "Choose a chart",
        NoResults => "Waiting for the simulation results to draw the charts…",
        ShowTable => "Show the numbers",
        HideTable => "Hide the numbers",
        ExportPng => "Download PNG",
        ExportPngFor => "Download PNG: {chart}",
        ExportFailed => "The chart could not be saved as a PNG.",
        ExportFooter => {
            "NTM Planner · the Cao Bằng dataset is illustrative, not official statistics"
        }
        ExportScenario => "Scenario: {name}",

        TabVillages => "Villages",
        TabCommunes => "Communes",
        TabAverage => "Average criteria",
        TabCommuneCriteria => "Commune criteria",
        TabVillageCriteria => "Village criteria",
        TabSpending => "Spending",
        TabDistricts => "Districts",

        HeadingVillages => "Villages at the NTM standard, by year",
        HeadingCommunes => "NTM communes (recognised) by year",
        HeadingAverage => "Average criteria met per village and per commune",
        HeadingCommuneCriteria => "Share of communes meeting each criterion, end of {year}",
        HeadingVillageCriteria => "Share of villages meeting each criterion, end of {year}",
        HeadingSpending => "Money allocated by source, per year (billion VND)",
        HeadingDistricts => "Districts side by side, end of {year}",

        CaptionVillages => {
            "Villages (of the dataset's {villages}) meeting every criterion at the end of each \
             year: median of {runs} simulation runs, shaded P10–P90 range."
        }
        CaptionBaseline => "Dashed: the default scenario.",
        CaptionTargets => "Diamonds: the provincial and national targets.",
        CaptionBaselineTicks => "Black ticks: the default scenario.",
        CaptionBaselineOtherSet => {
            "The default scenario is not drawn: at the end of {year} it applies the {set}, so \
             its rates do not compare."
        }
        CaptionCommunes => {
            "Communes recognised as NTM communes and communes meeting every criterion of the set in force: \
             median of {runs} simulation runs; the shaded band is the P10–P90 range of communes \
             recognised (the line of communes meeting every criterion is a median only). From \
             {switch} the stricter 2021–2025 set applies, so fewer communes meet every criterion, \
             while recognised communes keep their title."
        }
        CaptionCommunesNoSwitch => {
            "Communes recognised as NTM communes and communes meeting every criterion of the set in force: \
             median of {runs} simulation runs; the shaded band is the P10–P90 range of communes \
             recognised (the line of communes meeting every criterion is a median only)."
        }
        CaptionAverage => {
            "Average criteria met per village (illustrative set of {n}) and per commune (19 \
             criteria of the set in force, so it can drop when the stricter 2021–2025 set applies): median of \
             {runs} simulation runs."
        }
        CaptionCommuneCriteria => {
            "Share of communes meeting each criterion at the end of {year}, {set}: mean of {runs} \
             simulation runs, lowest first; the {n} lowest (vermilion) hold the province back."
        }
        CaptionVillageCriteria => {
            "Share of villages meeting each criterion at the end of {year}, {set}: mean of {runs} \
             simulation runs, lowest first; the {n} lowest (vermilion) hold the villages back."
        }
        CaptionSpending => {
            "Money allocated in each year by source, billion VND ({base} counts only the rest of \
             that year): money allocated to communes and villages, mean of {runs} simulation runs \
             (one that meets every infrastructure criterion keeps its share for later); the figure \
             over each bar is the year's total allocated, set above the diamond when the plan is \
             higher; dashed line: the scenario's total budget plan (community contributions \
             follow participation, so the money allocated can fall a little short of the plan; \
             the data table gives both, and its last column sums unrounded figures, so it may \
             differ by a few tenths from the cells added up)."
        }
        CaptionDistricts => {
            "Per district: communes recognised and villages at the standard at the end of {year}. \
             Bars: median of {runs} simulation runs; whiskers: P10–P90 range; \
             the number after “/” is the district's communes (or its villages in \
             the data). The districts' medians can add up to a few more or less \
             than the province's median: districts do not have the same luck in a run."
        }
        CaptionDistrictsBaseline => "Hollow diamonds: the default scenario.",
        CaptionYearShown => "(The results do not include the chosen year: showing {year}.)",

        AriaVillages => {
            "Line chart: villages meeting the standard at the end of each year, starting from the \
             data at the base date, current scenario with its P10–P90 range, the default scenario and the targets. The numbers are in the table \
             (Show the numbers button)."
        }
        AriaCommunes => {
            "Line chart: communes recognised (starting from the data at the base date) and \
             communes meeting every criterion at the end of each year, current scenario, default scenario and target. The numbers are in the table (Show \
             the numbers button)."
        }
        AriaAverage => {
            "Line chart: average criteria met per village and per commune, starting from the data \
             at the base date, current scenario and the default scenario. The numbers are in the table (Show the numbers button)."
        }
        AriaCriteria => {
            "Horizontal bar chart: share meeting each criterion, lowest first, the lowest \
             highlighted. The numbers are in the table (Show the numbers button)."
        }
        AriaSpending => {
            "Stacked bar chart: money allocated each year by source, billion VND, and the total \
             budget plan. The numbers are in the table (Show the numbers button)."
        }
        AriaDistricts => {
            "Horizontal bar chart by district: communes recognised and villages at the standard, \
             median with P10–P90 range and the default scenario. The numbers are in the table (Show the \
             numbers button)."
        }

        LegendCurrent => "Current scenario (median)",
        LegendBand => "P10–P90 range",
        LegendBaseline => "Default scenario",
        LegendTarget => "Target",
        LegendStart => "Starting point, {date} (from the dataset, not simulated)",
        LegendRecognised => "Communes recognised (current)",
        LegendRecognisedBaseline => "Communes recognised (default scenario)",
        LegendMeetingAll => "Communes meeting every criterion in force (current)",
        LegendVillageCurrent => "Per village (current)",
        LegendVillageBaseline => "Per village (default scenario)",
        LegendCommuneCurrent => "Per commune (current)",
        LegendCommuneBaseline => "Per commune (default scenario)",
        LegendRate => "Share meeting it (current)",
        LegendLowest => "The {n} lowest criteria",
        LegendBaselineTick => "Default scenario",
        LegendBudgetTotal => "Total budget plan",
        LegendMedianBar => "Median (current)",
        LegendWhisker => "P10–P90 range",

        AxisYear => "Year",
        AxisYearEnd => "End of year",
        AxisVillages => "Villages",
        AxisCommunes => "Communes",
        AxisCriteria => "Criteria met",
        AxisBillionVnd => "Billion VND",
        AxisRatePct => "Share meeting it (%)",

        PanelCommunesRecognised => "Communes recognised",
        PanelVillagesStandard => "Villages at the standard",
        NoVillagesInData => "no villages in the dataset",

        TableSeries => "Series",
        TableSources => "Source",
        TableStart => "{date} (starting point)",
        TableCurrentP10 => "Current: P10",
        TableCurrentMedian => "Current: median",
        TableCurrentP90 => "Current: P90",
        TableBaselineMedian => "Default scenario: median",
        TableTarget => "Target: {name}",
        TableMeetingAllMedian => "Meeting every criterion in force: median",
        TableMeetingAllBaseline => "Meeting every criterion in force: default scenario",
        TableRank => "Rank",
        TableCriterion => "Criterion",
        TableCurrentPct => "Current (%)",
        TableBaselinePct => "Default scenario (%)",
        TableLowestNote => "among the {n} lowest",
        TableDisbursedTotal => "Total allocated",
        TableTrainingCost => "Cost of training and campaigns (paid for apart from the budget)",
        TablePerVillage => {
            "Per village at the standard gained since {start}: money to villages (Decision 1385, \
             Program 135's village share) to the year's end, divided by the mean number gained over \
             the runs (not the median)"
        }
        TablePerCommune => {
            "Per commune recognised gained since {start}: every source and training and campaigns \
             to the year's end, divided by the mean number gained over the runs (not the median)"
        }
        TableDistrict => "District",
        TableRangeP10P90 => "P10–P90",
        TableCommunesGroup => "Communes recognised",
        TableVillagesGroup => "Villages at the standard",
        TableMedianShort => "Median",
        TableBaselineShort => "Default",
        TableCommunesTotal => "Out of (communes)",
        TableVillagesTotal => "Out of (villages)",
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn templates_are_filled_in_either_language() {
        let cases = [
            (
                Lang::Vi,
                ChartMsg::HeadingCommuneCriteria,
                "Tỷ lệ xã đạt từng tiêu chí, cuối năm 2025",
            ),
            (
                Lang::En,
                ChartMsg::HeadingDistricts,
                "Districts side by side, end of 2025",
            ),
        ];
        for (lang, msg, want) in cases {
            assert_eq!(lang.fill(msg, &[("year", "2025")]), want);
        }
    }

    #[test]
    fn captions_leave_no_placeholder_behind() {
        let values = [
            ("villages", "294"),
            ("runs", "200"),
            ("switch", "2022"),
            ("n", "3"),
            ("year", "2025"),
            ("set", "S"),
            ("base", "2020"),
        ];
        for lang in [Lang::Vi, Lang::En] {
            for msg in [
                ChartMsg::CaptionVillages,
                ChartMsg::CaptionCommunes,
                ChartMsg::CaptionAverage,
                ChartMsg::CaptionCommuneCriteria,
                ChartMsg::CaptionVillageCriteria,
                ChartMsg::CaptionSpending,
                ChartMsg::CaptionDistricts,
            ] {
                let text = lang.fill(msg, &values);
                assert!(!text.contains('{'), "{lang:?} {msg:?}: {text}");
            }
        }
    }
}
