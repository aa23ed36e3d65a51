//! The comparison screen: its frame, the scenario pickers, the overlaid charts, the table of
//! headline differences, and how every lever of the model's lever diff is named, with its
//! unit, its values and the difference between two of them.
//!
//! Lever names reuse the levers panel's wording (`LeverMsg`, `unit_field_label`,
//! `rule_name`), the assumptions' names from the model, and the dataset's place names, so a
//! lever reads the same here as where it is set.

use ntm_model::params::Unit;
use ntm_model::scenario::diff::{LeverPath, LeverValue, TrainingKind, UnitField};
use ntm_model::Dataset;

use super::{rule_name, unit_field_label, AssumptionMsg, Lang, LeverMsg, Translate};
use crate::names::commune_label;
use crate::state::levers::NEVER;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareMsg {
    Heading,
    Intro,
    PickersLabel,
    /// "Scenario {letter}".
    Slot,
    /// "Scenario {letter} (reference)".
    SlotReference,
    GroupCurrent,
    GroupPresets,
    GroupSaved,
    Add,
    /// Accessible label of the remove button: "Remove scenario {letter}".
    Remove,
    Bands,
    BandsHint,
    /// Under the table: what the brackets hold.
    RangeNote,
    /// It, when a scenario is simulated unlike A (the differences are not the levers' alone).
    RangeNoteUnlike,
    /// RangeNote when a column sets another assumption than A: the difference is not the levers' alone.
    RangeNoteAssumptions,
    /// After it, when the money rows are shown: why money allocated may be below the budget,
    /// and what "–" means in the cost row (a slide has no tooltips to say it).
    MoneyNote,
    /// "{letter}": a scenario run with another seed than A's.
    UnlikeSeed,
    /// "{letter}": a scenario with uncertainty set otherwise than A's.
    UnlikeUncertainty,
    /// "{done}/{total} runs".
    Progress,
    /// "{total} runs".
    Done,
    Waiting,
    ChartVillagesHeading,
    ChartVillagesCaption,
    ChartVillagesAria,
    ChartCommunesHeading,
    ChartCommunesCaption,
    ChartCommunesAria,
    /// Legend and table: "{letter}: {name}".
    SeriesName,
    /// Table rows: "{letter}: median", "{letter}: P10", "{letter}: P90".
    RowMedian,
    RowP10,
    RowP90,
    LegendBands,
    /// With three or four scenarios only A's range is shaded.
    LegendBandA,
    HeadlineHeading,
    HeadlineCaption,
    ColumnFigure,
    /// "{what}, {when}".
    FigureRow,
    TargetsMet,
    FigureRowTip,
    /// A figure's cell: "{what}", "{when}", "{letter}", "{median}", "{range}", "{unit}",
    /// "{runs}".
    FigureCellTip,
    MoneyDisbursed,
    MoneyTraining,
    MoneyPerCommune,
    MoneyTip,
    MoneyTrainingTip,
    MoneyPerCommuneTip,
    /// Under a cost per extra commune whose communes are not gained in most paired runs.
    MoneyPerCommuneUnsure,
    /// [`CompareMsg::MoneyPerCommuneUnsure`] on a slide, where the cell's column is narrow.
    MoneyPerCommuneUnsureBrief,
    /// " (trung bình các lần chạy)" after a cost's working, where no note says it.
    MoneyPerCommuneMean,
    /// [`CompareMsg::MoneyPerCommuneMoved`] on a slide: "{moved}".
    MoneyPerCommuneMovedBrief,
    /// Under the cost per extra commune: what it divides.
    MoneyPerCommuneBasis,
    MoneyPerCommuneSaves,
    MoneyPerCommuneSavesBasis,
    MoneyPerCommuneSameBasis,
    MoneyPerCommuneUnsureTip,
    /// "{moved}": billion VND the scenario moves between units against A.
    MoneyPerCommuneMoved,
    /// In place of a cost per extra commune when the median falls while the mean rises.
    MoneyPerCommuneWithheld,
    /// "{fall}": communes the median is lower by; "{gain}": communes the mean rises by.
    MoneyPerCommuneWithheldWhy,
    PairedRow,
    PairedCell,
    PairedTip,
    PairedUnpaired,
    TargetsMetHint,
    /// "{met} of {total}".
    TargetsMetValue,
    /// "{n}": targets neither likely nor unlikely, beside the count of likely ones.
    TargetsUncertain,
    /// A target's row label: "Target: {name}".
    TargetRow,
    /// "reached in {p} of runs".
    ReachedIn,
    /// Accessible text of a difference: "{delta} compared with scenario A".
    DeltaAgainst,
    Better,
    Worse,
    Same,
    /// A difference that does not hold run by run.
    Unclear,
    /// "{higher}", "{lower}": shares of the paired runs.
    DeltaRuns,
    /// A district's difference run by run: "{reference}", "{higher}", "{lower}".
    DistrictDeltaRuns,
    /// The button that prints the comparison, and its tooltip.
    Print,
    PrintHint,
    /// On paper: "{place}", "{date}".
    PrintFacts,
    LeversHeading,
    DistrictsHeading,
    CommunesHeading,
    CommunesCaption,
    /// Added to the caption when a commune of its own levers is listed.
    CommunesCaptionOwn,
    /// "{year}", "{least}": the caption when only communes of their own levers are listed.
    CommunesCaptionNoneMoved,
    CommunesNone,
    /// "{year}", "{district}", "{least}".
    CommunesCaptionDistrict,
    CommunesNoneDistrict,
    CommunesDistrict,
    CommunesAllDistricts,
    ColumnCommune,
    /// "{year}", "{reference}": what the differences are from.
    DistrictsCaption,
    /// The comparison's reference: "kịch bản A".
    ReferenceA,
    ColumnDistrict,
    /// "{c}": communes recognised.
    CellCommunes,
    /// "{v}": villages at the standard.
    CellVillages,
    CellMoney,
    /// "{c}" (communes' P10–P90), then "{v}" (villages') where the district lists villages:
    /// without units, in the order of the figures above them (four English columns with
    /// "communes" and "villages" twice did not fit 1366 px).
    CellRange,
    CellRangeVillages,
    LeversCaption,
    LeversNone,
    ColumnLever,
    ColumnUnit,
    ColumnDelta,
    /// "(+50 compared with A)".
    DeltaShort,
    /// A district's lever: "{district} district: {lever}".
    DistrictLever,
    /// A lever of the city, whose name already says what it is ("Thành phố Cao Bằng").
    CityLever,
    /// A commune's lever: "{commune}: {lever}".
    CommuneLever,
    Unset,
    DefaultWeight,
    Year,
}

impl Translate for CompareMsg {
    fn vi(self) -> &'static str {
        use CompareMsg::*;
        match self {
            Heading => "So sánh kịch bản",
            Intro => {
                "Chọn 2 đến 4 kịch bản: kịch bản đang làm, kịch bản có sẵn của bộ dữ liệu hoặc \
                 kịch bản đã lưu. Mọi chênh lệch tính so với kịch bản A."
            }
            PickersLabel => "Các kịch bản được so sánh",
            Slot => "Kịch bản {letter}",
            SlotReference => "Kịch bản {letter} (mốc so sánh)",
            GroupCurrent => "Đang làm",
            GroupPresets => "Có sẵn",
            GroupSaved => "Đã lưu",
            Add => "+ Thêm kịch bản",
            Remove => "Bỏ kịch bản {letter}",
            Bands => "Hiện khoảng P10–P90 của từng kịch bản",
            BandsHint => "Vùng tô màu: 8 trên 10 lần chạy nằm trong khoảng này.",
            RangeNote => {
                "Trong ngoặc: khoảng P10–P90, 8 trên 10 lần chạy nằm trong khoảng này. Nguồn: \
                 mô phỏng từng kịch bản với cùng các số ngẫu nhiên, nên chênh lệch là do đòn bẩy."
            }
            RangeNoteAssumptions => {
                "Trong ngoặc: khoảng P10–P90, 8 trên 10 lần chạy nằm trong khoảng này. Nguồn: \
                 mô phỏng từng kịch bản với cùng các số ngẫu nhiên. Có kịch bản đặt giả định khác \
                 A (xem bảng đòn bẩy và giả định): chênh lệch của nó là do cả giả định, \
                 không chỉ do đòn bẩy chính sách."
            }
            RangeNoteUnlike => "Trong ngoặc: khoảng P10–P90, 8 trên 10 lần chạy nằm trong khoảng này. Nguồn: mô phỏng từng kịch bản. Chênh lệch của kịch bản mô phỏng khác A (xem ghi chú trên bảng) không được gọi là tốt hơn hay kém hơn.",
            UnlikeSeed => "{letter} chạy với số khởi tạo ngẫu nhiên khác A: các lần chạy không ghép cặp được, nên chênh lệch so với A có phần chỉ là nhiễu. Đặt cùng số khởi tạo (phần Giả định) để so sánh đòn bẩy.",
            UnlikeUncertainty => "{letter} đặt độ bất định của giả định khác A: chênh lệch so với A có phần do cách tính, không chỉ do đòn bẩy. Đặt giống nhau (phần Giả định) để so sánh đòn bẩy.",
            MoneyNote => {
                "Vốn phân bổ là kết quả mô phỏng, có thể thấp hơn tổng vốn: đóng góp của cộng \
                 đồng chỉ đến theo mức tham gia. Chi phí cho mỗi xã đạt chuẩn thêm: theo số xã trung \
                 bình các lần chạy (không theo trung vị như các dòng trên); “–” ở kịch bản A \
                 (không có gì để so) và khi kịch bản không thêm được nửa xã. Xóm chỉ nhận vốn QĐ \
                 1385 và phần vốn đầu tư Chương trình 135 dành cho xóm (giả định); các nguồn khác \
                 đầu tư cho tiêu chí của xã, nên trong mô hình hầu như không làm thêm xóm đạt chuẩn."
            }
            Progress => "đang tính: {done}/{total} lần chạy",
            Done => "{total} lần chạy",
            Waiting => "Đang tính…",
            ChartVillagesHeading => "Số xóm đạt chuẩn NTM theo năm, từng kịch bản",
            ChartVillagesCaption => {
                "Đường: trung vị các lần chạy của mỗi kịch bản; vùng tô (nếu bật): khoảng P10–P90. \
                 Hình thoi: mục tiêu chính thức. Nguồn: mô phỏng."
            }
            ChartVillagesAria => "Biểu đồ đường: số xóm đạt chuẩn theo năm của từng kịch bản",
            ChartCommunesHeading => "Số xã được công nhận đạt chuẩn NTM theo năm, từng kịch bản",
            ChartCommunesCaption => {
                "Đường: trung vị các lần chạy của mỗi kịch bản; vùng tô (nếu bật): khoảng P10–P90. \
                 Hình thoi: mục tiêu chính thức. Nguồn: mô phỏng."
            }
            ChartCommunesAria => "Biểu đồ đường: số xã được công nhận theo năm của từng kịch bản",
            SeriesName => "{letter}: {name}",
            RowMedian => "{letter}: trung vị",
            RowP10 => "{letter}: P10",
            RowP90 => "{letter}: P90",
            LegendBands => "Vùng tô: P10–P90",
            LegendBandA => "Vùng tô: P10–P90 của A (với 3, 4 kịch bản chỉ tô của A)",
            HeadlineHeading => "Kết quả chính theo kịch bản",
            HeadlineCaption => {
                "Trung vị các lần chạy, trong ngoặc khoảng P10–P90; sau đó là chênh lệch so với \
                 kịch bản A."
            }
            ColumnFigure => "Chỉ số",
            FigureRow => "{what}, {when}",
            TargetsMet => "Số mục tiêu nhiều khả năng đạt",
            TargetsMetHint => {
                "Mục tiêu được tính khi ít nhất 80% số lần chạy đạt mục tiêu (“nhiều khả năng đạt”)."
            }
            TargetsMetValue => "{met}/{total}",
            TargetsUncertain => "(chưa chắc: {n})",
            MoneyDisbursed => "Vốn phân bổ {years}, tỷ đồng",
            MoneyTraining => "Đào tạo và tuyên truyền {years}, tỷ đồng",
            MoneyPerCommune => "Chi phí cho mỗi xã đạt chuẩn thêm so với A ({when}), tỷ đồng",
            MoneyTip => {
                "Kết quả mô phỏng, trung bình các lần chạy: tiền của mọi nguồn đã phân bổ đến xã, \
                 xóm. Xã, xóm đã đạt hết tiêu chí hạ tầng vẫn nhận phần của mình và giữ lại chờ \
                 dùng, nên đây là vốn đã phân bổ, không phải vốn đã dùng hết. Có thể thấp hơn tổng \
                 vốn: đóng góp của cộng đồng chỉ đến theo mức tham gia, và nguồn không có xã nào \
                 đủ điều kiện nhận thì không được phân bổ. Chi phí đào tạo và tuyên truyền là số \
                 người, số đợt nhân đơn giá (giả định). Bên dưới: chênh lệch so với kịch bản A."
            }
            MoneyTrainingTip => {
                "Chi phí đào tạo và tuyên truyền của kịch bản, tỷ đồng, trả ngoài tổng vốn: số cán \
                 bộ, công chức xã, trưởng xóm và ban phát triển xóm, lao động được đào tạo nghề và \
                 số đợt tuyên truyền mà kịch bản đặt, nhân đơn giá của từng loại (giả định); như \
                 nhau ở mọi lần chạy. Bên dưới: chênh lệch so với kịch bản A."
            }
            MoneyPerCommuneTip => {
                "(Tổng vốn phân bổ và tiền đào tạo của kịch bản − của A) ÷ (số xã được công nhận \
                 trung bình − của A), cuối năm cuối; theo số trung bình các lần chạy, không theo \
                 trung vị. “–” khi kịch bản không thêm được nửa xã; “không tính” khi trung vị giảm dù \
                 trung bình tăng; “không tốn thêm” khi kịch bản thêm xã \
                 mà tốn ít tiền hơn A. Khi kịch bản chuyển giữa các xã, xóm nhiều tiền hơn số tiền \
                 nó thêm, số tiền chuyển được ghi bên cạnh: số xã thêm khi đó có phần do chia lại \
                 vốn."
            }
            MoneyPerCommuneUnsure => "chưa rõ: số xã tăng thêm chưa chắc",
            MoneyPerCommuneUnsureBrief => "chưa rõ",
            MoneyPerCommuneMean => " (trung bình các lần chạy)",
            MoneyPerCommuneMovedBrief => {
                "và {moved} tỷ đồng chuyển giữa các xã, xóm: con số trên không phải chi phí thực"
            }
            MoneyPerCommuneBasis => "{equals} {money} ÷ {communes} xã{mean}",
            MoneyPerCommuneSaves => "không tốn thêm",
            MoneyPerCommuneSavesBasis => {
                "ít hơn A {money} tỷ đồng mà thêm {communes} xã{mean}"
            }
            MoneyPerCommuneSameBasis => {
                "cùng số tiền với A mà thêm {communes} xã{mean}"
            }
            MoneyPerCommuneMoved => {
                "và {moved} tỷ đồng chuyển từ xã, xóm này sang xã, xóm khác: số xã thêm có phần do \
                 chia lại vốn, nên đây không phải chi phí thực để một xã đạt chuẩn"
            }
            MoneyPerCommuneWithheld => "không tính",
            MoneyPerCommuneWithheldWhy => {
                "trung vị thấp hơn A {fall} xã, chỉ riêng số trung bình các lần chạy tăng {gain} \
                 xã, nên không tính chi phí cho mỗi xã thêm"
            }
            MoneyPerCommuneUnsureTip => {
                "Số xã được công nhận thêm so với A chỉ có ở chưa đến 80% số lần chạy (hàng “Xã \
                 đạt chuẩn NTM” ghi “chưa rõ”), nên chi phí cho mỗi xã thêm chỉ là con số tham khảo."
            }
            PairedRow => "So với A, từng lần chạy: {what}, {when}",
            PairedCell => "cao hơn ở {higher}, thấp hơn ở {lower} số lần chạy; chênh lệch P10–P90: {p10} đến {p90}",
            PairedTip => {
                "Lần chạy thứ i của hai kịch bản dùng cùng các số ngẫu nhiên (cùng số khởi tạo), nên \
                 chênh lệch từng lần chạy là tác động của đòn bẩy, không phải nhiễu; khoảng P10–P90 \
                 của chênh lệch hẹp hơn hai khoảng P10–P90 đặt cạnh nhau."
            }
            PairedUnpaired => "khác số khởi tạo: không so được từng lần chạy",
            FigureRowTip => {
                "Kết quả mô phỏng: trung vị các lần chạy của mỗi kịch bản, trong ngoặc là khoảng \
                 P10–P90, sau đó là chênh lệch so với kịch bản A. Đơn vị: {unit}."
            }
            FigureCellTip => {
                "{what}, {when}, kịch bản {letter}: trung vị {median} ({unit}) của {runs} lần mô \
                 phỏng; 80% số lần chạy nằm trong khoảng P10–P90 {range}. Kết quả mô phỏng."
            }
            TargetRow => "Mục tiêu: {name}",
            ReachedIn => "đạt ở {p} số lần chạy",
            DeltaAgainst => "{delta} so với kịch bản A",
            Better => "tốt hơn",
            Worse => "kém hơn",
            Same => "như nhau",
            Unclear => "chưa rõ",
            DistrictDeltaRuns => "So từng lần chạy với {reference} (cùng số ngẫu nhiên): cao hơn ở {higher}, thấp hơn ở {lower} số lần chạy; ghi chưa rõ khi không theo một chiều ở ít nhất 80% số lần chạy",
            DeltaRuns => "So từng lần chạy với A (cùng số ngẫu nhiên): cao hơn ở {higher}, thấp hơn ở {lower} số lần chạy; gọi là tốt hơn hay kém hơn khi khác theo một chiều ở ít nhất 80% số lần chạy, nếu không là chưa rõ",
            Print => "In bản so sánh",
            PrintHint => {
                "Mở hộp thoại in của trình duyệt: bản so sánh trên giấy A4 ngang, không có nút \
                 bấm; chọn “Lưu dưới dạng PDF” để gửi đi."
            }
            PrintFacts => "{place}. Ngày in: {date}.",
            LeversHeading => "Đòn bẩy khác nhau",
            DistrictsHeading => "Theo huyện",
            CommunesHeading => "Khả năng được công nhận của từng xã",
            CommunesCaption => {
                "Khả năng mỗi xã được công nhận đạt chuẩn NTM đến hết năm {year} (tỷ lệ lần chạy), \
                 {n} xã thay đổi nhiều nhất so với kịch bản A (từ {least} điểm % trở lên); trong \
                 ngoặc là chênh lệch. Nguồn: mô phỏng."
            }
            CommunesCaptionNoneMoved => {
                "Khả năng mỗi xã được công nhận đạt chuẩn NTM đến hết năm {year} (tỷ lệ lần chạy): \
                 không xã nào thay đổi từ {least} điểm % trở lên so với kịch bản A; trong ngoặc là \
                 chênh lệch. Nguồn: mô phỏng."
            }
            CommunesCaptionOwn => {
                "Xã gắn nhãn “Riêng” có đòn bẩy riêng khác nhau giữa các kịch bản và luôn được \
                 liệt kê, dù thay đổi ít."
            }
            CommunesNone => "Không xã nào có khả năng được công nhận thay đổi từ {least} điểm % trở lên so với kịch bản A.",
            CommunesCaptionDistrict => {
                "Khả năng mỗi xã của {district} được công nhận đạt chuẩn NTM đến hết năm {year} \
                 (tỷ lệ lần chạy): mọi xã, thay đổi nhiều nhất so với kịch bản A trước; trong ngoặc \
                 là chênh lệch (dưới {least} điểm % có thể chỉ là may rủi của các lần chạy). Nguồn: \
                 mô phỏng."
            }
            CommunesNoneDistrict => {
                "{district} không có xã nào xét công nhận nông thôn mới (chỉ có thị trấn, \
                 phường)."
            }
            CommunesDistrict => "Liệt kê xã của",
            CommunesAllDistricts => "cả tỉnh (tối đa {n} xã thay đổi nhiều nhất)",
            ColumnCommune => "Xã",
            DistrictsCaption => {
                "Cuối năm {year}, trung vị các lần chạy: số xã được công nhận đạt chuẩn · số xóm \
                 đạt chuẩn của mỗi huyện (chỉ huyện có xóm trong danh sách, tức phạm vi 1385); trong \
                 ngoặc là chênh lệch so với {reference}, ghi “chưa rõ” khi nó không theo một chiều ở ít nhất \
                 80% số lần chạy; dòng thứ hai: khoảng P10–P90; dòng dưới cùng: vốn phân bổ cho huyện từ năm gốc \
                 đến hết năm {year} (trung bình các lần chạy, làm tròn đến tỷ đồng nên tổng các huyện có \
                 thể lệch vài tỷ đồng so với toàn tỉnh). Nguồn: mô phỏng."
            }
            ColumnDistrict => "Huyện, thành phố",
            ReferenceA => "kịch bản A",
            CellCommunes => "{n} xã",
            CellVillages => "{n} xóm",
            CellMoney => "{n} tỷ đồng",
            CellRange => "P10–P90: {c}",
            CellRangeVillages => " · {v}",
            LeversCaption => {
                "Chỉ liệt kê những đòn bẩy và giả định có giá trị khác nhau giữa các kịch bản; \
                 chênh lệch tính so với kịch bản A."
            }
            LeversNone => "Các kịch bản có cùng mọi đòn bẩy và giả định.",
            ColumnLever => "Đòn bẩy hoặc giả định",
            ColumnUnit => "Đơn vị",
            ColumnDelta => "Chênh lệch (B − A)",
            DeltaShort => "({delta} so với A)",
            DistrictLever => "Huyện {district}: {lever}",
            CityLever => "{district}: {lever}",
            CommuneLever => "{commune}: {lever}",
            Unset => "theo cấp trên",
            DefaultWeight => "1 (mặc định)",
            Year => "năm",
        }
    }

    fn en(self) -> &'static str {
        use CompareMsg::*;
        match self {
            Heading => "Compare scenarios",
            Intro => {
                "Choose 2 to 4 scenarios: the one you are working on, the dataset's ready-made \
                 ones or your saved ones. Every difference is against scenario A."
            }
            PickersLabel => "The scenarios compared",
            Slot => "Scenario {letter}",
            SlotReference => "Scenario {letter} (reference)",
            GroupCurrent => "Working on",
            GroupPresets => "Ready-made",
            GroupSaved => "Saved",
            Add => "+ Add a scenario",
            Remove => "Remove scenario {letter}",
            Bands => "Show each scenario's P10–P90 range",
            BandsHint => "Shaded area: 8 runs in 10 fall in this range.",
            RangeNote => {
                "In brackets: the P10–P90 range, in which 8 runs in 10 fall. Source: each \
                 scenario simulated with the same random numbers, so differences come from the levers."
            }
            RangeNoteAssumptions => {
                "In brackets: the P10–P90 range, in which 8 runs in 10 fall. Source: each \
                 scenario simulated with the same random numbers. A scenario sets an assumption \
                 unlike A (see the table of levers and assumptions): its differences come \
                 from the assumption too, not from the policy levers alone."
            }
            RangeNoteUnlike => "In brackets: the P10–P90 range, in which 8 runs in 10 fall. Source: each scenario simulated. Differences of a scenario simulated unlike A (see the note above the table) are not called better or worse.",
            UnlikeSeed => "{letter} runs with another random seed than A: the runs do not pair, so part of its difference from A is only noise. Use the same seed (Assumptions) to compare the levers.",
            UnlikeUncertainty => "{letter} sets the assumptions' uncertainty otherwise than A: part of its difference from A comes from how it is computed, not from the levers. Set it alike (Assumptions) to compare the levers.",
            MoneyNote => {
                "Money allocated is simulated and may be below the budget: community contributions \
                 come only as far as people take part. Cost per extra NTM commune: by the mean \
                 number of communes over the runs (not the median, as in the rows above); “–” for \
                 scenario A (nothing to compare with) and when a scenario adds less than half a \
                 commune. Villages receive only Decision 1385 money and Program 135's village share \
                 of investment (an assumption); the other sources pay for communes' criteria, so in \
                 the model they add few or no villages at the standard."
            }
            Progress => "computing: {done} of {total} runs",
            Done => "{total} runs",
            Waiting => "Computing…",
            ChartVillagesHeading => "Villages at the NTM standard per year, by scenario",
            ChartVillagesCaption => {
                "Lines: the median of each scenario's runs; shaded (when shown): the P10–P90 \
                 range. Diamonds: official targets. Source: simulation."
            }
            ChartVillagesAria => "Line chart: villages at the standard per year, by scenario",
            ChartCommunesHeading => "Communes recognised as NTM communes per year, by scenario",
            ChartCommunesCaption => {
                "Lines: the median of each scenario's runs; shaded (when shown): the P10–P90 \
                 range. Diamonds: official targets. Source: simulation."
            }
            ChartCommunesAria => "Line chart: communes recognised per year, by scenario",
            SeriesName => "{letter}: {name}",
            RowMedian => "{letter}: median",
            RowP10 => "{letter}: P10",
            RowP90 => "{letter}: P90",
            LegendBands => "Shaded: P10–P90",
            LegendBandA => "Shaded: A's P10–P90 (with 3 or 4 scenarios only A's)",
            HeadlineHeading => "Headline results by scenario",
            HeadlineCaption => {
                "Median of the runs, the P10–P90 range in brackets; then the difference from \
                 scenario A."
            }
            ColumnFigure => "Figure",
            FigureRow => "{what}, {when}",
            TargetsMet => "Targets likely met",
            TargetsMetHint => {
                "A target counts when at least 80% of the runs reach it (“likely”)."
            }
            TargetsMetValue => "{met} of {total}",
            TargetsUncertain => "({n} uncertain)",
            MoneyDisbursed => "Money allocated {years}, billion VND",
            MoneyTraining => "Training and communication {years}, billion VND",
            MoneyPerCommune => "Cost per extra NTM commune against A ({when}), billion VND",
            MoneyTip => {
                "Simulated, the mean of the runs: money from every source allocated to communes \
                 and villages. A commune or village that already meets every infrastructure \
                 criterion still receives its share and keeps it for later, so this is money \
                 allocated, not money used up. It can be less than the budget: community \
                 contributions come only as far as people take part, and a source with no \
                 eligible commune is not allocated. Training and communication cost is people and \
                 campaigns times their unit costs (assumptions). Below: the difference from \
                 scenario A."
            }
            MoneyTrainingTip => {
                "The scenario's cost of training and communication, billion VND, paid for apart \
                 from the budget: the commune cadres and civil servants, village heads and \
                 development board members, vocational trainees and campaigns it sets, times each \
                 one's unit cost (an assumption); the same in every run. Below: the difference \
                 from scenario A."
            }
            MoneyPerCommuneTip => {
                "(The scenario's money allocated and training cost − A's) ÷ (its mean recognised \
                 communes − A's), at the end of the last year, by the means of the runs, not the \
                 medians. “–” when it adds less than half a commune; “not priced” when the median falls \
                 though the mean rises; “no extra cost” when it adds \
                 communes for less money than A. When it moves more money between communes and \
                 villages than it adds, the money moved is said beside it: the extra communes then \
                 come partly from sharing the money otherwise."
            }
            MoneyPerCommuneUnsure => "unclear: the gain in communes is uncertain",
            MoneyPerCommuneUnsureBrief => "unclear",
            MoneyPerCommuneMean => " (mean of the runs)",
            MoneyPerCommuneMovedBrief => {
                "and {moved} billion VND moved between communes and villages: the figure above is \
                 not a true cost"
            }
            MoneyPerCommuneBasis => "{equals} {money} ÷ {communes} communes{mean}",
            MoneyPerCommuneSaves => "no extra cost",
            MoneyPerCommuneSavesBasis => {
                "{money} billion VND less than A, and {communes} more communes{mean}"
            }
            MoneyPerCommuneSameBasis => {
                "the same money as A, and {communes} more communes{mean}"
            }
            MoneyPerCommuneMoved => {
                "and {moved} billion VND moved from some communes and villages to others: the \
                 extra communes come partly from sharing the money otherwise, so this is not what \
                 a commune costs"
            }
            MoneyPerCommuneWithheld => "not priced",
            MoneyPerCommuneWithheldWhy => {
                "the median is {fall} lower than A's; only the mean of the runs rises, by {gain}, \
                 so no cost per extra commune is given"
            }
            MoneyPerCommuneUnsureTip => {
                "The extra communes recognised against A appear in fewer than 80% of the runs \
                 (the “NTM communes” row says “unclear”), so the cost per extra commune is only a \
                 rough guide."
            }
            PairedRow => "Against A, run by run: {what}, {when}",
            PairedCell => "higher in {higher}, lower in {lower} of runs; difference P10–P90: {p10} to {p90}",
            PairedTip => {
                "Run i of both scenarios draws the same random numbers (the same seed), so the \
                 difference run by run is the levers' effect, not noise; its P10–P90 range is \
                 narrower than the two P10–P90 ranges side by side."
            }
            PairedUnpaired => "different seeds: runs cannot be paired",
            FigureRowTip => {
                "Simulated: the median of each scenario's runs, the P10–P90 range in brackets, \
                 and then the difference from scenario A. Unit: {unit}."
            }
            FigureCellTip => {
                "{what}, {when}, scenario {letter}: median {median} ({unit}) of {runs} simulated \
                 runs; 80% of runs lie in the P10–P90 range {range}. Simulated."
            }
            TargetRow => "Target: {name}",
            ReachedIn => "reached in {p} of runs",
            DeltaAgainst => "{delta} compared with scenario A",
            Better => "better",
            Worse => "worse",
            Same => "the same",
            Unclear => "unclear",
            DistrictDeltaRuns => "Run by run against {reference} (the same random numbers): higher in {higher}, lower in {lower} of the runs; marked unclear when it does not go one way in at least 80% of the runs",
            DeltaRuns => "Run by run against A (the same random numbers): higher in {higher}, lower in {lower} of the runs; called better or worse when it goes one way in at least 80% of the runs, otherwise unclear",
            Print => "Print the comparison",
            PrintHint => {
                "Opens the browser's print dialog: the comparison on A4 landscape, without its \
                 buttons; choose “Save as PDF” to send it."
            }
            PrintFacts => "{place}. Printed on {date}.",
            LeversHeading => "Levers that differ",
            DistrictsHeading => "By district",
            CommunesHeading => "Each commune's chance of recognition",
            CommunesCaption => {
                "Each commune's chance of being recognised as an NTM commune by the end of {year} \
                 (share of runs): the {n} that change most from scenario A (by {least} percentage \
                 points or more); in brackets, the change. Source: simulation."
            }
            CommunesCaptionNoneMoved => {
                "Each commune's chance of being recognised as an NTM commune by the end of {year} \
                 (share of runs): none changes by {least} percentage points or more from scenario \
                 A; in brackets, the change. Source: simulation."
            }
            CommunesCaptionOwn => {
                "Communes tagged “Own” have levers of their own that differ between the scenarios \
                 and are always listed, however little they change."
            }
            CommunesNone => "No commune's chance of recognition changes by {least} percentage points or more from scenario A.",
            CommunesCaptionDistrict => {
                "The chance that each commune of {district} is recognised NTM by the end of {year} \
                 (share of runs): every one, the largest change from scenario A first; in brackets, \
                 the change (under {least} percentage points it may be only the luck of the runs). \
                 Source: simulation."
            }
            CommunesNoneDistrict => {
                "{district} has no commune up for NTM recognition (only townships and wards)."
            }
            CommunesDistrict => "List the communes of",
            CommunesAllDistricts => "the whole province (up to the {n} that change most)",
            ColumnCommune => "Commune",
            DistrictsCaption => {
                "End of {year}, medians of the runs: communes recognised as NTM communes · villages \
                 at the standard in each district (only where villages are listed, that is the 1385 \
                 scope); in brackets, the difference from {reference}, marked “unclear” where it does not go one \
                 way in at least 80% of the runs; on the second line, the P10–P90 range; on the last, the money allocated to \
                 the district from the base year to the end of {year} (mean of the runs, rounded to the \
                 billion, so the districts may add up to a few billion more or less than the province). \
                 Source: simulation."
            }
            ColumnDistrict => "District",
            ReferenceA => "scenario A",
            CellCommunes => "{n} communes",
            CellVillages => "{n} villages",
            CellMoney => "{n} billion VND",
            CellRange => "P10–P90: {c}",
            CellRangeVillages => " · {v}",
            LeversCaption => {
                "Only the levers and assumptions whose values differ between the scenarios; \
                 differences are against scenario A."
            }
            LeversNone => "The scenarios have the same levers and assumptions.",
            ColumnLever => "Lever or assumption",
            ColumnUnit => "Unit",
            ColumnDelta => "Difference (B − A)",
            DeltaShort => "({delta} compared with A)",
            DistrictLever => "{district} district: {lever}",
            CityLever => "{district}: {lever}",
            CommuneLever => "{commune}: {lever}",
            Unset => "as the level above",
            DefaultWeight => "1 (default)",
            Year => "year",
        }
    }
}

/// The letter of column `i`: A, B, C, D.
pub fn letter(i: usize) -> String {
    char::from(b'A' + (i % 26) as u8).to_string()
}

/// How a lever's numbers are shown: a share as a percentage, everything else as stored.
fn factor(path: &LeverPath) -> f64 {
    match path {
        LeverPath::Leadership
        | LeverPath::District(_, UnitField::Leadership)
        | LeverPath::Commune(_, UnitField::Leadership) => 100.0,
        LeverPath::Assumption(k) if k.spec().unit == Unit::Share => 100.0,
        _ => 1.0,
    }
}

/// Decimals at most (trailing zeros dropped).
fn decimals(path: &LeverPath) -> usize {
    match path {
        LeverPath::BudgetScale
        | LeverPath::SupportUnits
        | LeverPath::Seed
        | LeverPath::Runs
        | LeverPath::Until
        | LeverPath::StricterSetYear
        | LeverPath::Leadership => 0,
        LeverPath::Assumption(_) => 3,
        _ => 2,
    }
}

fn training_msg(kind: TrainingKind) -> LeverMsg {
    match kind {
        TrainingKind::Cadres => LeverMsg::TrainingCadres,
        TrainingKind::VillageLeaders => LeverMsg::TrainingLeaders,
        TrainingKind::Vocational => LeverMsg::TrainingVocational,
    }
}

/// A lever's name as the levers panel says it, with its place and year when it has them.
pub fn lever_name(path: &LeverPath, ds: &Dataset, lang: Lang) -> String {
    name_through(path, None, ds, lang)
}

/// The year a per-year lever is set for (`None` for the others).
pub fn lever_year(path: &LeverPath) -> Option<u16> {
    match path {
        LeverPath::BudgetLine(_, y) | LeverPath::Training(_, y) | LeverPath::Campaigns(y) => {
            Some(*y)
        }
        _ => None,
    }
}

/// `b` is the per-year lever `a` one year later.
pub fn next_year_of(a: &LeverPath, b: &LeverPath) -> bool {
    match (a, b) {
        (LeverPath::BudgetLine(s, y), LeverPath::BudgetLine(t, z)) => s == t && *z == y + 1,
        (LeverPath::Training(k, y), LeverPath::Training(l, z)) => k == l && *z == y + 1,
        (LeverPath::Campaigns(y), LeverPath::Campaigns(z)) => *z == y + 1,
        _ => false,
    }
}

/// A per-year lever's name for its year through `last` ("…, năm 2020–2025"), when its values
/// are the same in all of them.
pub fn lever_name_through(path: &LeverPath, last: u16, ds: &Dataset, lang: Lang) -> String {
    name_through(path, Some(last), ds, lang)
}

fn name_through(path: &LeverPath, last: Option<u16>, ds: &Dataset, lang: Lang) -> String {
    let years = |year: u16| match last {
        Some(l) if l > year => format!("{year}–{l}"),
        _ => year.to_string(),
    };
    let year_cell = |kind: &str, year: u16| {
        lang.fill(
            LeverMsg::PerYearCell,
            &[("kind", kind), ("year", &years(year))],
        )
    };
    // "Xã Đức Long — Huyện Thạch An", but "Hợp Giang (phường) — Thành phố Cao Bằng": a ward
    // or a town is not a xã, and its label says what it is.
    let commune = |code: &str| match ds.commune_index(code) {
        Some(i) if lang == Lang::Vi && ds.communes[i].is_candidate() => {
            format!("Xã {}", commune_label(ds, i, lang))
        }
        Some(i) => commune_label(ds, i, lang),
        None => code.to_string(),
    };
    match path {
        LeverPath::BudgetScale => lang.t(LeverMsg::BudgetScale).into(),
        LeverPath::BudgetLine(s, year) => {
            let spec = s.spec();
            lang.fill(
                LeverMsg::BudgetCell,
                &[
                    ("source", lang.pick(spec.name_vi, spec.name_en)),
                    ("year", &years(*year)),
                ],
            )
        }
        LeverPath::Rule => lang.t(LeverMsg::RuleLegend).into(),
        LeverPath::CustomWeight(code) => lang.fill(
            CompareMsg::CommuneLever,
            &[
                ("commune", &commune(code)),
                ("lever", lang.t(LeverMsg::CustomWeight)),
            ],
        ),
        LeverPath::Training(kind, year) => year_cell(lang.t(training_msg(*kind)), *year),
        LeverPath::Campaigns(year) => year_cell(lang.t(LeverMsg::Campaigns), *year),
        LeverPath::SupportUnits => lang.t(LeverMsg::SupportUnits).into(),
        LeverPath::Leadership => lang.t(LeverMsg::Leadership).into(),
        LeverPath::StricterSetYear => lang.t(LeverMsg::StricterYear).into(),
        LeverPath::GraduationCliff => lang.t(LeverMsg::Cliff).into(),
        LeverPath::Backsliding => lang.t(LeverMsg::Backsliding).into(),
        LeverPath::District(code, field) => {
            let district = ds.district_index(code).map(|i| &ds.districts[i]);
            let name = district.map_or(code.as_str().into(), |d| d.name_in(lang.into()));
            let is_city = district.is_some_and(|d| d.kind == "city");
            lang.fill(
                if is_city {
                    CompareMsg::CityLever
                } else {
                    CompareMsg::DistrictLever
                },
                &[
                    ("district", &name),
                    ("lever", unit_field_label(*field, lang)),
                ],
            )
        }
        LeverPath::Commune(code, field) => lang.fill(
            CompareMsg::CommuneLever,
            &[
                ("commune", &commune(code)),
                ("lever", unit_field_label(*field, lang)),
            ],
        ),
        LeverPath::Assumption(k) => {
            let spec = k.spec();
            lang.pick(spec.name_vi, spec.name_en).into()
        }
        LeverPath::Uncertainty => lang.t(AssumptionMsg::Uncertainty).into(),
        LeverPath::Seed => lang.t(AssumptionMsg::Seed).into(),
        LeverPath::Runs => lang.t(AssumptionMsg::Runs).into(),
        LeverPath::Until => lang.t(AssumptionMsg::Until).into(),
    }
}

/// A lever's unit ("" for choices, switches and years).
pub fn lever_unit(path: &LeverPath, lang: Lang) -> String {
    // A district's amounts and counts apply to each of its communes, so their units say "per
    // commune", as the lever itself does (`components::levers::unit`); a commune's are its own.
    let unit_field = |field: &UnitField, district: bool| -> &'static str {
        let per = |commune: LeverMsg, district_msg: LeverMsg| {
            lang.t(if district { district_msg } else { commune })
        };
        match field {
            UnitField::BudgetWeight | UnitField::TrainingScale => lang.t(LeverMsg::UnitTimes),
            UnitField::FixedAmount => per(
                LeverMsg::UnitBillionPerYear,
                LeverMsg::UnitBillionPerCommuneYear,
            ),
            UnitField::Training(_) => per(
                LeverMsg::UnitPeoplePerYear,
                LeverMsg::UnitPeoplePerCommuneYear,
            ),
            UnitField::Campaigns => per(
                LeverMsg::UnitCampaignsPerYear,
                LeverMsg::UnitCampaignsPerCommuneYear,
            ),
            UnitField::Leadership => "%",
            UnitField::Excluded
            | UnitField::Priority
            | UnitField::SupportUnit
            | UnitField::TrainingFrom
            | UnitField::TrainingUntil => "",
        }
    };
    match path {
        LeverPath::BudgetScale | LeverPath::Leadership => "%".into(),
        LeverPath::BudgetLine(..) => lang.t(LeverMsg::UnitBillionPerYear).into(),
        LeverPath::CustomWeight(_) => lang.t(LeverMsg::UnitTimes).into(),
        LeverPath::Training(..) => lang.t(LeverMsg::UnitPeoplePerCommuneYear).into(),
        LeverPath::Campaigns(_) => lang.t(LeverMsg::UnitCampaignsPerCommuneYear).into(),
        LeverPath::SupportUnits => lang.t(LeverMsg::UnitUnits).into(),
        LeverPath::District(_, f) => unit_field(f, true).into(),
        LeverPath::Commune(_, f) => unit_field(f, false).into(),
        LeverPath::Assumption(k) => {
            let unit = k.spec().unit;
            lang.pick(unit.label_vi(), unit.label_en()).into()
        }
        LeverPath::Runs => lang.t(AssumptionMsg::UnitRuns).into(),
        LeverPath::Rule
        | LeverPath::StricterSetYear
        | LeverPath::GraduationCliff
        | LeverPath::Backsliding
        | LeverPath::Uncertainty
        | LeverPath::Seed
        | LeverPath::Until => String::new(),
    }
}

/// A lever whose value is a year or a seed: an identifier, written without a thousands
/// separator and with no difference worked out.
fn is_year_or_seed(path: &LeverPath) -> bool {
    matches!(
        path,
        LeverPath::Seed
            | LeverPath::Until
            | LeverPath::StricterSetYear
            | LeverPath::District(_, UnitField::TrainingFrom | UnitField::TrainingUntil)
            | LeverPath::Commune(_, UnitField::TrainingFrom | UnitField::TrainingUntil)
    )
}

/// A lever's value as the levers panel shows it.
pub fn lever_value(path: &LeverPath, value: &LeverValue, lang: Lang) -> String {
    match value {
        LeverValue::Number(x) => {
            if *path == LeverPath::StricterSetYear && *x >= f64::from(NEVER) {
                return lang.t(LeverMsg::Never).into();
            }
            if is_year_or_seed(path) {
                // Years and seeds are identifiers, not quantities: no thousands separator.
                return format!("{x:.0}");
            }
            lang.number_short(x * factor(path), decimals(path))
        }
        LeverValue::Flag(on) => {
            let plain = matches!(
                path,
                LeverPath::GraduationCliff | LeverPath::Backsliding | LeverPath::Uncertainty
            );
            let msg = match (plain, on) {
                (true, true) => LeverMsg::On,
                (true, false) => LeverMsg::Off,
                (false, true) => LeverMsg::Yes,
                (false, false) => LeverMsg::No,
            };
            lang.t(msg).into()
        }
        LeverValue::Rule(rule) => rule_name(*rule, lang).into(),
        LeverValue::Unset => match path {
            LeverPath::CustomWeight(_) => lang.t(CompareMsg::DefaultWeight).into(),
            // A unit's own training without years applies in every year, not "as above".
            LeverPath::District(_, UnitField::TrainingFrom)
            | LeverPath::Commune(_, UnitField::TrainingFrom) => {
                lang.t(LeverMsg::TrainingFromStart).into()
            }
            LeverPath::District(_, UnitField::TrainingUntil)
            | LeverPath::Commune(_, UnitField::TrainingUntil) => {
                lang.t(LeverMsg::TrainingToEnd).into()
            }
            // A district's communes are left to the province's order, one by one (a xã's row
            // says what that order gives it): "theo cấp trên (tỉnh phân bổ)", as the panel.
            LeverPath::District(_, UnitField::SupportUnit) => format!(
                "{} ({})",
                lang.t(CompareMsg::Unset),
                lang.t(LeverMsg::SupportByProvince)
            ),
            _ => lang.t(CompareMsg::Unset).into(),
        },
    }
}

/// `b − a` in the lever's display unit, signed ("+50", "−0,2"); `None` unless both are
/// numbers and differ (a year or a seed has no meaningful difference either).
pub fn lever_delta(path: &LeverPath, a: &LeverValue, b: &LeverValue, lang: Lang) -> Option<String> {
    if is_year_or_seed(path) {
        return None;
    }
    let (LeverValue::Number(a), LeverValue::Number(b)) = (a, b) else {
        return None;
    };
    let d = (b - a) * factor(path);
    let text = lang.number_short(d.abs(), decimals(path));
    (text != "0").then(|| format!("{}{text}", if d < 0.0 { "−" } else { "+" }))
}

/// A signed difference between two results ("+12", "−3", "0"), as the headline formats it.
pub fn signed(d: f64, text_of_abs: &str) -> String {
    // What rounds to nothing takes no sign ("0%", not "−0%", after a change of −0,2%).
    let digits = || text_of_abs.chars().filter(char::is_ascii_digit);
    if digits().next().is_some() && digits().all(|c| c == '0') {
        text_of_abs.into()
    } else if d < 0.0 {
        format!("−{text_of_abs}")
    } else {
        format!("+{text_of_abs}")
    }
}

/// Extra money (billion VND) that rounds to nothing where it is shown (0 decimals).
const NO_EXTRA_MONEY: f64 = 0.5;

/// A cost per extra commune, billion VND, given the extra money it divides. Below zero it is
/// more communes for less money, and with no extra money ("0,0 = 0 ÷ 3,6 xã", the nearest-first
/// rule over the same budget) more for the same: both said in words, since "−4,7" or "0,0 tỷ
/// đồng per extra commune" reads as a price to a leader, and a wrong one.
pub fn per_commune_text(lang: Lang, x: f64, money: f64, decimals: usize) -> String {
    if x < 0.0 || money.abs() < NO_EXTRA_MONEY {
        lang.t(CompareMsg::MoneyPerCommuneSaves).to_string()
    } else {
        lang.number(x, decimals)
    }
}

/// What a cost per extra commune divides (extra money, billion VND, by extra communes), or,
/// when the scenario costs less than A, what it saves and what it adds; `shown` is the figure
/// beside it and its decimals.
pub fn basis_text(
    lang: Lang,
    money: f64,
    communes: f64,
    shown: (f64, usize),
    brief: bool,
) -> String {
    let communes_exact = communes;
    let communes = lang.number(communes, 1);
    // "(mean of the runs)": on a slide its note says it once for every cell.
    let mean = if brief {
        ""
    } else {
        lang.t(CompareMsg::MoneyPerCommuneMean)
    };
    if money.abs() < NO_EXTRA_MONEY {
        lang.fill(
            CompareMsg::MoneyPerCommuneSameBasis,
            &[("communes", &communes), ("mean", mean)],
        )
    } else if money < 0.0 {
        lang.fill(
            CompareMsg::MoneyPerCommuneSavesBasis,
            &[
                ("money", &lang.number(-money, 0)),
                ("communes", &communes),
                ("mean", mean),
            ],
        )
    } else {
        // The division a reader redoes on a calculator: "4.313 ÷ 14,6" is 295,4, not the 294,8
        // shown beside it; with two decimals (14,63) it mostly checks, and where it still does
        // not ("4.313 ÷ 14,31" is 301,4, the figure 301,3 from unrounded values) it says "≈".
        let (x, decimals) = shown;
        // The figures as the reader sees them (parsed back from their text: `format!` rounds
        // a half to even, `f64::round` away from zero, and 14,625 would be redone as 14,63).
        let written = |x: f64, d: usize| format!("{x:.d$}").parse::<f64>().unwrap_or(x);
        let redone = written(money, 0) / written(communes_exact, 2);
        let checks = lang.number(redone, decimals) == lang.number(x, decimals);
        lang.fill(
            CompareMsg::MoneyPerCommuneBasis,
            &[
                ("equals", if checks { "=" } else { "≈" }),
                ("money", &lang.number(money, 0)),
                ("communes", &lang.number(communes_exact, 2)),
                ("mean", mean),
            ],
        )
    }
}

/// [`signed`], with no change said as "= 0" (as the headline's rows say it), not a bare "0"
/// that reads as a figure, and a change too small to show as "≈ 0" (1.264 → 1.259 is not
/// "= 0%").
pub fn signed_or_same(d: f64, text_of_abs: &str) -> String {
    let text = signed(d, text_of_abs);
    if text.starts_with(['+', '−']) {
        text
    } else if d == 0.0 {
        format!("= {text}")
    } else {
        format!("≈ {text}")
    }
}

/// The difference `b − a` as the two figures read with `decimals`: "8.626" beside "8.626"
/// is "≈ 0", not the "+1" its 0,6 rounds to, and 100,4 against 101,6 is "+2", as the figures
/// shown differ. The sign is the real difference's (rounding never reverses it).
pub fn shown_difference(lang: Lang, a: f64, b: f64, decimals: usize) -> String {
    let scale = 10f64.powi(decimals as i32);
    let shown = |x: f64| (x * scale).round() / scale;
    let apart = (shown(b) - shown(a)).abs();
    signed_or_same(b - a, &lang.number(apart, decimals))
}

/// A stable text key of a lever, for test hooks: `budget_scale`, `budget_line.central_ntm.2022`,
/// `commune.01417.fixed_amount`, `assumption.noise`.
pub fn lever_key(path: &LeverPath) -> String {
    let field = |f: &UnitField| f.key();
    match path {
        LeverPath::Seed => "seed".into(),
        LeverPath::Runs => "runs".into(),
        LeverPath::Until => "until".into(),
        LeverPath::BudgetScale => "budget_scale".into(),
        LeverPath::BudgetLine(s, y) => format!("budget_line.{}.{y}", s.key()),
        LeverPath::Rule => "rule".into(),
        LeverPath::CustomWeight(c) => format!("custom_weight.{c}"),
        LeverPath::Training(k, y) => format!("training.{}.{y}", k.key()),
        LeverPath::Campaigns(y) => format!("campaigns.{y}"),
        LeverPath::SupportUnits => "support_units".into(),
        LeverPath::Leadership => "leadership".into(),
        LeverPath::StricterSetYear => "stricter_set_year".into(),
        LeverPath::GraduationCliff => "graduation_cliff".into(),
        LeverPath::Backsliding => "backsliding".into(),
        LeverPath::District(c, f) => format!("district.{c}.{}", field(f)),
        LeverPath::Commune(c, f) => format!("commune.{c}.{}", field(f)),
        LeverPath::Assumption(k) => format!("assumption.{}", k.key()),
        LeverPath::Uncertainty => "uncertainty".into(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::params::ParamKey;
    use ntm_model::scenario::{AllocationRule, Source};

    #[test]
    fn a_district_s_counts_read_per_commune_as_its_lever_does() {
        use ntm_model::scenario::diff::TrainingKind;
        let (d, c) = ("04".to_string(), "01234".to_string());
        let cadres = UnitField::Training(TrainingKind::Cadres);
        let unit = |path: LeverPath, lang| lever_unit(&path, lang);
        assert_eq!(
            unit(LeverPath::District(d.clone(), cadres), Lang::Vi),
            "người/xã/năm"
        );
        assert_eq!(
            unit(LeverPath::Commune(c.clone(), cadres), Lang::Vi),
            "người/năm"
        );
        assert_eq!(
            unit(
                LeverPath::District(d.clone(), UnitField::FixedAmount),
                Lang::Vi
            ),
            "tỷ đồng/xã/năm"
        );
        assert_eq!(
            unit(LeverPath::District(d, UnitField::Campaigns), Lang::En),
            "campaigns/commune/year"
        );
        assert_eq!(
            unit(LeverPath::Commune(c, UnitField::Campaigns), Lang::En),
            "campaigns/year"
        );
    }

    #[test]
    fn a_difference_reads_as_the_figures_shown_differ() {
        assert_eq!(shown_difference(Lang::Vi, 8626.4, 8625.8, 0), "≈ 0");
        assert_eq!(shown_difference(Lang::Vi, 8625.8, 8626.4, 0), "≈ 0");
        assert_eq!(shown_difference(Lang::Vi, 100.4, 101.6, 0), "+2");
        assert_eq!(shown_difference(Lang::Vi, 101.6, 100.4, 0), "−2");
        assert_eq!(shown_difference(Lang::Vi, 101.0, 101.0, 0), "= 0");
        assert_eq!(shown_difference(Lang::Vi, 8626.0, 12939.0, 0), "+4.313");
        assert_eq!(shown_difference(Lang::Vi, 294.84, 15.61, 1), "−279,2");
    }

    #[test]
    fn a_scenario_adding_communes_for_less_money_says_so_instead_of_a_negative_price() {
        assert_eq!(per_commune_text(Lang::Vi, 4.74, 11.0, 1), "4,7");
        assert_eq!(
            per_commune_text(Lang::Vi, -4.74, -11.0, 1),
            "không tốn thêm"
        );
        assert_eq!(per_commune_text(Lang::En, -4.74, -11.0, 1), "no extra cost");
        // The same money for more communes is no extra cost either, not "0,0".
        assert_eq!(per_commune_text(Lang::Vi, 0.01, 0.04, 1), "không tốn thêm");
        assert_eq!(
            basis_text(Lang::Vi, 0.04, 3.61, (0.01, 1), false),
            "cùng số tiền với A mà thêm 3,6 xã (trung bình các lần chạy)"
        );
        assert_eq!(
            basis_text(Lang::Vi, 11.0, 2.34, (11.0 / 2.34, 1), false),
            "= 11 ÷ 2,34 xã (trung bình các lần chạy)"
        );
        // Where the rounded figures do not redo the one shown, it says so.
        assert_eq!(
            basis_text(Lang::Vi, 4312.9, 14.313, (4312.9 / 14.313, 1), false),
            "≈ 4.313 ÷ 14,31 xã (trung bình các lần chạy)"
        );
        let saves = basis_text(Lang::Vi, -11.0, 2.34, (-11.0 / 2.34, 1), false);
        assert_eq!(
            saves,
            "ít hơn A 11 tỷ đồng mà thêm 2,3 xã (trung bình các lần chạy)"
        );
        assert!(!saves.contains(['-', '−']), "{saves}");
        // On a slide the note says "mean of the runs" once for every cell.
        assert_eq!(
            basis_text(Lang::En, 11.0, 2.34, (11.0 / 2.34, 1), true),
            "= 11 ÷ 2.34 communes"
        );
    }

    fn ds() -> Dataset {
        Dataset::caobang_2020().expect("the embedded dataset loads")
    }

    #[test]
    fn no_change_is_equal_and_a_change_too_small_to_show_is_about_nothing() {
        assert_eq!(signed_or_same(3.0, "3"), "+3");
        assert_eq!(signed_or_same(-0.4, "0,4"), "−0,4");
        assert_eq!(signed_or_same(0.0, "0"), "= 0");
        assert_eq!(signed_or_same(-0.004, "0%"), "≈ 0%");
    }

    /// (path, a, b, vi name, vi unit, vi a, vi b, vi delta, en name, en b)
    type Case = (
        LeverPath,
        LeverValue,
        LeverValue,
        String,
        &'static str,
        &'static str,
        &'static str,
        Option<&'static str>,
        String,
        &'static str,
    );

    #[test]
    fn levers_read_as_on_the_levers_panel() {
        let ds = ds();
        let code = ds.communes[10].code.clone();
        let district = ds.districts[2].code.clone();
        // (path, a, b, vi name, vi unit, vi a, vi b, vi delta, en name, en b)
        let n = LeverValue::Number;
        let cases: Vec<Case> = vec![
            (
                LeverPath::BudgetScale,
                n(100.0),
                n(150.0),
                "Tổng vốn so với kế hoạch".into(),
                "%",
                "100",
                "150",
                Some("+50"),
                "Total budget compared with the plan".into(),
                "150",
            ),
            (
                LeverPath::BudgetLine(Source::Program135, 2022),
                n(250.0),
                n(300.5),
                "Chương trình 135, năm 2022".into(),
                "tỷ đồng/năm",
                "250",
                "300,5",
                Some("+50,5"),
                "Program 135, 2022".into(),
                "300.5",
            ),
            (
                LeverPath::Leadership,
                n(0.5),
                n(0.8),
                "Mức ưu tiên của cấp ủy, chính quyền".into(),
                "%",
                "50",
                "80",
                Some("+30"),
                "Priority given by party committees and authorities".into(),
                "80",
            ),
            (
                LeverPath::Rule,
                LeverValue::Rule(AllocationRule::EqualPerUnit),
                LeverValue::Rule(AllocationRule::NearestFirst),
                "Cách chia vốn cho các xã".into(),
                "",
                "Chia đều",
                "Ưu tiên xã gần đạt chuẩn (về đích)",
                None,
                "How money is split between communes".into(),
                "Nearest to the standard first",
            ),
            (
                LeverPath::StricterSetYear,
                n(2022.0),
                n(f64::from(NEVER)),
                "Năm bắt đầu áp dụng bộ tiêu chí 2021–2025 (khó hơn)".into(),
                "",
                "2022",
                "Không áp dụng",
                None,
                "First year of the 2021–2025 (stricter) criteria set".into(),
                "Never",
            ),
            (
                LeverPath::GraduationCliff,
                LeverValue::Flag(true),
                LeverValue::Flag(false),
                "Xã đạt chuẩn mất vốn Chương trình 135 và chính sách xã khu vực II, III".into(),
                "",
                "Bật",
                "Tắt",
                None,
                "Recognised communes lose Program 135 and Area II/III money".into(),
                "Off",
            ),
            (
                LeverPath::Commune(code.clone(), UnitField::FixedAmount),
                LeverValue::Unset,
                n(2.0),
                format!(
                    "Xã {}: Vốn cấp thêm cố định mỗi năm",
                    commune_label(&ds, 10, Lang::Vi)
                ),
                "tỷ đồng/năm",
                "theo cấp trên",
                "2",
                None,
                format!(
                    "{}: Fixed extra amount per year",
                    commune_label(&ds, 10, Lang::En)
                ),
                "2",
            ),
            // A unit's training years: years without a thousands separator or a
            // difference, and unset is every year, not "as above".
            (
                LeverPath::Commune(code.clone(), UnitField::TrainingFrom),
                LeverValue::Unset,
                n(2022.0),
                format!(
                    "Xã {}: Áp dụng mức đào tạo riêng từ năm",
                    commune_label(&ds, 10, Lang::Vi)
                ),
                "",
                "Từ năm đầu",
                "2022",
                None,
                format!("{}: Own training from", commune_label(&ds, 10, Lang::En)),
                "2022",
            ),
            (
                LeverPath::District(district.clone(), UnitField::TrainingUntil),
                n(2023.0),
                n(2025.0),
                format!(
                    "Huyện {}: Áp dụng mức đào tạo riêng đến năm",
                    ds.districts[2].name
                ),
                "",
                "2023",
                "2025",
                None,
                format!("{} district: Own training until", ds.districts[2].name),
                "2025",
            ),
            (
                LeverPath::District(district.clone(), UnitField::Priority),
                LeverValue::Unset,
                LeverValue::Flag(true),
                format!("Huyện {}: Được ưu tiên khi chia vốn", ds.districts[2].name),
                "",
                "theo cấp trên",
                "Có",
                None,
                format!(
                    "{} district: Priority in the allocation",
                    ds.districts[2].name
                ),
                "Yes",
            ),
            // A district's support units are the province's to give, xã by xã.
            (
                LeverPath::District(district.clone(), UnitField::SupportUnit),
                LeverValue::Unset,
                LeverValue::Flag(true),
                format!("Huyện {}: Có đơn vị hỗ trợ", ds.districts[2].name),
                "",
                "theo cấp trên (tỉnh phân bổ)",
                "Có",
                None,
                format!("{} district: Support unit assigned", ds.districts[2].name),
                "Yes",
            ),
            (
                LeverPath::Assumption(ParamKey::Noise),
                n(0.5),
                n(0.7),
                ParamKey::Noise.spec().name_vi.into(),
                ParamKey::Noise.spec().unit.label_vi(),
                "50",
                "70",
                Some("+20"),
                ParamKey::Noise.spec().name_en.into(),
                "70",
            ),
        ];
        for (path, a, b, name, unit, va, vb, delta, name_en, vb_en) in cases {
            let key = lever_key(&path);
            assert_eq!(lever_name(&path, &ds, Lang::Vi), name, "{key}");
            assert_eq!(lever_unit(&path, Lang::Vi), unit, "{key}");
            assert_eq!(lever_value(&path, &a, Lang::Vi), va, "{key}");
            assert_eq!(lever_value(&path, &b, Lang::Vi), vb, "{key}");
            assert_eq!(
                lever_delta(&path, &a, &b, Lang::Vi).as_deref(),
                delta,
                "{key}"
            );
            assert_eq!(lever_name(&path, &ds, Lang::En), name_en, "{key}");
            assert_eq!(lever_value(&path, &b, Lang::En), vb_en, "{key}");
        }
    }

    #[test]
    fn the_city_is_not_called_a_district() {
        let ds = ds();
        let city = ds
            .districts
            .iter()
            .find(|d| d.kind == "city")
            .expect("a city");
        let path = LeverPath::District(city.code.clone(), UnitField::Priority);
        assert_eq!(
            lever_name(&path, &ds, Lang::Vi),
            "Thành phố Cao Bằng: Được ưu tiên khi chia vốn"
        );
        assert_eq!(
            lever_name(&path, &ds, Lang::En),
            "Cao Bằng City: Priority in the allocation"
        );
    }

    #[test]
    fn differences_carry_their_sign_and_keys_are_stable() {
        let p = LeverPath::BudgetScale;
        let n = LeverValue::Number;
        assert_eq!(
            lever_delta(&p, &n(150.0), &n(100.0), Lang::Vi).as_deref(),
            Some("−50")
        );
        assert_eq!(lever_delta(&p, &n(100.0), &n(100.0), Lang::Vi), None);
        assert_eq!(
            lever_delta(&LeverPath::Seed, &n(1.0), &n(2.0), Lang::Vi),
            None
        );
        assert_eq!(signed(-3.0, "3"), "−3");
        assert_eq!(signed(12.0, "12"), "+12");
        assert_eq!(signed(0.0, "0"), "0");
        assert_eq!(signed(-0.002, "0%"), "0%");
        assert_eq!(signed(-0.002, "0,0"), "0,0");
        assert_eq!(signed(-0.2, "0,2"), "−0,2");
        assert_eq!(
            lever_key(&LeverPath::BudgetLine(Source::CentralNtm, 2022)),
            "budget_line.central_ntm.2022"
        );
        assert_eq!(
            lever_key(&LeverPath::Commune(
                "01417".into(),
                UnitField::Training(TrainingKind::Cadres)
            )),
            "commune.01417.training.cadres"
        );
        assert_eq!(letter(0), "A");
        assert_eq!(letter(3), "D");
    }
}
