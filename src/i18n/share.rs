//! The share dialog (link, copy, QR code, the scenario's short description) and the results
//! downloads (CSV).

use super::Translate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareMsg {
    Button,
    ButtonTip,
    Title,
    Intro,
    /// Shared from the comparison: the other scenarios stay behind.
    OnlyCurrent,
    LinkLabel,
    /// "{n}": characters.
    LinkLength,
    Copy,
    Copied,
    CopyFailed,
    QrLabel,
    QrCaption,
    QrTooLong,
    AboutHeading,
    /// Before the scenario's name, which the link carries.
    NameLine,
    Close,
    /// "{years}", "{total}", "{pct}".
    SummaryBudget,
    /// "{rule}".
    SummaryRule,
    /// "{cadres}", "{leaders}", "{vocational}".
    SummaryTraining,
    /// After the training counts: the `{units}` ("1 huyện và 2 xã") that set their own.
    SummaryTrainingOwn,
    /// After the rule: the `{units}` that split the money their own way.
    SummaryRuleOwn,
    /// "{n}".
    SummaryChanged,
    SummaryMore,
    SummaryOneMore,
    SummaryDefault,
    /// No lever changed, but an assumption or the last year did.
    SummaryLeversDefault,
    /// "{until}", "{default}".
    SummaryUntil,
    /// "{units}": the districts and communes with settings of their own.
    SummaryUnits,
    /// "{n}".
    SummaryAssumptions,
    /// "{runs}", "{until}", "{seed}".
    SummaryRuns,
    /// "{year}", "{villages}", "{communes}".
    SummaryResults,
    CsvButton,
    CsvTip,
    CsvHeading,
    CsvProvince,
    CsvDistrict,
    CsvCommune,
    CsvProvinceTip,
    CsvDistrictTip,
    CsvCommuneTip,
    /// "{runs}", "{from}", "{to}".
    CsvNote,
    /// The file format choice: its legend and the two formats.
    CsvStyleLegend,
    CsvStyleVietnamese,
    CsvStyleStandard,
    CsvWaiting,
}

impl Translate for ShareMsg {
    fn vi(self) -> &'static str {
        use ShareMsg::*;
        match self {
            Button => "Chia sẻ",
            ButtonTip => "Liên kết và mã QR của kịch bản đang xem",
            Title => "Chia sẻ kịch bản",
            Intro => {
                "Liên kết này chứa toàn bộ kịch bản (đòn bẩy, giả định, số khởi tạo ngẫu nhiên) và \
                 cách xem (thẻ đang mở, năm, huyện, xã, bộ lọc và cách sắp xếp của ma trận tiêu \
                 chí). Ai mở liên kết sẽ thấy đúng các con số này."
            }
            OnlyCurrent => {
                "Liên kết chỉ chứa kịch bản hiện tại và mở ở màn “Lập kịch bản”; các kịch bản \
                 đang so sánh không đi kèm. Để gửi cả so sánh, tải từng kịch bản thành tệp \
                 (“Kịch bản” → nút tải tệp của từng kịch bản) và gửi các tệp."
            }
            LinkLabel => "Liên kết",
            LinkLength => "{n} ký tự",
            Copy => "Sao chép liên kết",
            Copied => "Đã sao chép liên kết vào bộ nhớ tạm.",
            CopyFailed => {
                "Trình duyệt không cho sao chép tự động: liên kết đã được chọn, hãy nhấn Ctrl+C."
            }
            QrLabel => "Mã QR của liên kết: quét bằng điện thoại để mở đúng kịch bản này.",
            QrCaption => "Quét mã để mở kịch bản này",
            QrTooLong => "Liên kết quá dài để làm mã QR; hãy gửi liên kết.",
            AboutHeading => "Kịch bản này",
            NameLine => "Tên (đi kèm liên kết):",
            Close => "Đóng",
            SummaryBudget => {
                "Tổng vốn {years}: {total} tỷ đồng ({pct} kế hoạch mặc định); đào tạo và tuyên truyền: \
                 {training} tỷ đồng, ngoài tổng vốn"
            }
            SummaryRule => "Chia vốn: {rule}",
            SummaryTrainingOwn => " (mức chung của tỉnh; {units} đặt mức riêng)",
            SummaryRuleOwn => {
                "; {units} có hệ số, ưu tiên, vốn cấp thêm cố định hoặc bị loại khi chia: tổng vốn \
                 không đổi, vốn chỉ chia lại giữa các xã"
            }
            SummaryTraining => {
                "Đào tạo mỗi xã mỗi năm: {cadres} cán bộ, công chức xã, {leaders} trưởng xóm và \
                 thành viên ban phát triển xóm, {vocational} lao động học nghề"
            }
            SummaryChanged => "{n} đòn bẩy khác mặc định: {names}",
            SummaryMore => "và {n} thay đổi khác",
            SummaryOneMore => "và 1 thay đổi khác",
            SummaryDefault => "Kịch bản mặc định: chưa đổi đòn bẩy nào",
            SummaryLeversDefault => "Đòn bẩy như mặc định",
            SummaryUntil => "Mô phỏng đến cuối năm {until} (mặc định: {default})",
            SummaryUnits => "Thiết lập riêng: {units}",
            SummaryAssumptions => "{n} giả định khác mặc định",
            SummaryRuns => "{runs} lần chạy mô phỏng đến cuối năm {until}, số khởi tạo {seed}",
            SummaryResults => {
                "Cuối năm {year} (trung vị): {villages} xóm đạt chuẩn và {communes} xã được công nhận đạt chuẩn NTM"
            }
            CsvButton => "Tải CSV",
            CsvTip => "Tải kết quả theo năm (tỉnh, huyện, xã) dạng CSV, mở được bằng Excel",
            CsvHeading => "Tải kết quả theo năm (CSV)",
            CsvProvince => "Toàn tỉnh",
            CsvDistrict => "Theo huyện",
            CsvCommune => "Theo xã",
            CsvProvinceTip => "Mỗi chỉ số của tỉnh theo năm: trung bình, P10, trung vị, P90; vốn phân bổ và kế hoạch vốn theo từng nguồn, chi phí đào tạo, tuyên truyền, bình quân mỗi xóm, xã tăng thêm (vốn phân bổ và bình quân: chỉ cột trung bình)",
            CsvDistrictTip => {
                "Mỗi huyện theo năm: xã đạt đủ tiêu chí, xã được công nhận, xóm đạt chuẩn, vốn"
            }
            CsvCommuneTip => {
                "Mỗi xã theo năm: xác suất đạt đủ tiêu chí và được công nhận, số tiêu chí, vốn, \
                 tiêu chí còn vướng"
            }
            CsvNote => {
                "Số liệu từ {runs} lần chạy mô phỏng của kịch bản đang xem, năm {from}–{to}. \
                 Tệp UTF-8, mở bằng Excel vẫn đúng dấu tiếng Việt. Nếu Excel dồn cả dòng vào một \
                 cột, hoặc số có dấu phẩy hiện thành chữ, hãy tải lại với định dạng kia."
            }
            CsvStyleLegend => "Định dạng tệp",
            CsvStyleVietnamese => "Excel tiếng Việt: 1234,5; cột cách nhau bằng “;”",
            CsvStyleStandard => {
                "CSV chuẩn: 1234.5; cột cách nhau bằng “,” (Excel tiếng Anh, phần mềm phân tích)"
            }
            CsvWaiting => "Đang chạy mô phỏng: tải được khi chạy xong.",
        }
    }

    fn en(self) -> &'static str {
        use ShareMsg::*;
        match self {
            Button => "Share",
            ButtonTip => "The link and QR code of the scenario on screen",
            Title => "Share this scenario",
            Intro => {
                "This link holds the whole scenario (levers, assumptions, random seed) and the \
                 view (the tabs open, the year, district and commune, the criteria matrix's \
                 filters and sort). Whoever opens it sees exactly these figures."
            }
            OnlyCurrent => {
                "The link holds the current scenario only and opens on “Build a scenario”; the scenarios \
                 being compared stay behind. To send the comparison, download each scenario as a \
                 file (“Scenarios” → each scenario's download button) and send the files."
            }
            LinkLabel => "Link",
            LinkLength => "{n} characters",
            Copy => "Copy link",
            Copied => "The link is copied to the clipboard.",
            CopyFailed => "The browser did not allow copying: the link is selected, press Ctrl+C.",
            QrLabel => "QR code of the link: scan it with a phone to open this very scenario.",
            QrCaption => "Scan to open this scenario",
            QrTooLong => "The link is too long for a QR code; send the link instead.",
            AboutHeading => "This scenario",
            NameLine => "Name (travels with the link):",
            Close => "Close",
            SummaryBudget => {
                "Budget {years}: {total} billion VND ({pct} of the default plan); training and \
                 communication: {training} billion VND, paid for apart from the budget"
            }
            SummaryRule => "Allocation: {rule}",
            SummaryTrainingOwn => " (the province-wide level; own levels in {units})",
            SummaryRuleOwn => {
                "; own weight, priority, fixed extra amount or exclusion in {units}: the total does \
                 not change, money only moves between communes"
            }
            SummaryTraining => {
                "Training per commune per year: {cadres} commune cadres and civil servants, \
                 {leaders} village heads and development board members, {vocational} vocational \
                 trainees"
            }
            SummaryChanged => "Levers changed from the default: {n} ({names})",
            SummaryMore => "and {n} more changes",
            SummaryOneMore => "and 1 more change",
            SummaryDefault => "The default scenario: no lever changed",
            SummaryLeversDefault => "Levers as in the default",
            SummaryUntil => "Simulated to the end of {until} (default: {default})",
            SummaryUnits => "Own settings: {units}",
            SummaryAssumptions => "Assumptions changed from the default: {n}",
            SummaryRuns => "{runs} simulation runs to the end of {until}, seed {seed}",
            SummaryResults => {
                "End of {year} (median): {villages} villages at the standard and {communes} NTM communes (recognised)"
            }
            CsvButton => "Download CSV",
            CsvTip => "Download the yearly results (province, districts, communes) as CSV for Excel",
            CsvHeading => "Download the yearly results (CSV)",
            CsvProvince => "Province",
            CsvDistrict => "By district",
            CsvCommune => "By commune",
            CsvProvinceTip => "Each province figure by year: mean, P10, median, P90; money allocated and planned by source, the cost of training and campaigns, the cost per village and commune gained (allocations and costs per unit: the mean column only)",
            CsvDistrictTip => {
                "Each district by year: communes meeting every criterion, communes recognised, \
                 villages at the standard, money"
            }
            CsvCommuneTip => {
                "Each commune by year: probability of meeting every criterion and of recognition, \
                 criteria met, money, blocking criteria"
            }
            CsvNote => {
                "Figures from {runs} simulation runs of the scenario on screen, years \
                 {from}–{to}. UTF-8, so Excel shows Vietnamese names correctly. If Excel puts a \
                 whole line in one column, or shows numbers as text, download again in the other \
                 format."
            }
            CsvStyleLegend => "File format",
            CsvStyleVietnamese => "Excel set to Vietnamese: 1234,5; columns split by “;”",
            CsvStyleStandard => "Standard CSV: 1234.5; columns split by “,” (Excel in English, analysis tools)",
            CsvWaiting => "The simulation is running: download when it is done.",
        }
    }
}
