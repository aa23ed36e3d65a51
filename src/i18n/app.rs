//! The app's general messages: page frame, language toggle, the illustrative-data note, words
//! every panel uses (default, changed, reset), and where a figure comes from.

use super::Translate;

/// A user-visible message. Add a variant, and both `vi` and `en` must say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// `<title>` of the page.
    DocumentTitle,
    AppTitle,
    /// Followed by the dataset's name.
    AppSubtitle,
    /// The name of this language, written in it: the toggle shows the *other* language's name.
    LanguageName,
    /// Accessible label of the toggle that switches *to* this language.
    SwitchToThisLanguage,
    IllustrativeNote,
    IllustrativeMore,
    EndOfYear,
    Median,
    RangeP10P90,
    Default,
    /// "default: {value}".
    DefaultIs,
    Changed,
    /// Label of a reset button: "Reset {lever}".
    ResetLever,
    ResetToAbove,
    ResetShort,
    Dismiss,
    /// A number box refused what was typed: "{typed}", the value kept "{value}".
    FieldNotANumber,
    FieldPastedCells,
    /// The box was emptied: `{value}` kept.
    FieldEmpty,
    /// A number box brought what was typed into its range: "{typed}", "{min}", "{max}", "{value}".
    FieldClamped,
    /// …into a range without an upper limit: "{typed}", "{min}", "{value}".
    FieldBelowMin,
    /// A number box rounded what was typed to the precision it shows: "{typed}", "{value}".
    FieldRounded,
    /// Vietnamese: "1,000" read as 1 (the comma marks decimals): "{typed}", "{value}".
    FieldCommaDecimal,
    FieldDotDecimal,
    /// A number typed with "%" (the unit is beside the box): "{typed}", "{value}" kept.
    FieldPercentSign,
    /// Said under a number box while what is typed is not yet taken.
    FieldPending,
    DatasetFailed,
    /// Where a figure comes from.
    FromData,
    FromAssumption,
    FromSimulation,
    FromLever,
    /// "Unit: {unit}".
    UnitIs,
    Loading,
    // The first chart's messages (components/charts, until the charts area has its own).
    ChartVillagesHeading,
    ChartVillagesAria,
    ChartLegendMedian,
    ChartLegendBand,
    AxisYear,
    AxisVillages,
    TableVillagesCaption,
    /// The name of a table's scroll area (a focusable region of its own): `{name}` is the
    /// table's, said differently so that it is not taken for the section around it.
    ScrollTable,
}

impl Translate for Msg {
    fn vi(self) -> &'static str {
        vi(self)
    }

    fn en(self) -> &'static str {
        en(self)
    }
}

fn vi(msg: Msg) -> &'static str {
    match msg {
        Msg::DocumentTitle => "NTM Planner — Mô phỏng xây dựng nông thôn mới",
        Msg::AppTitle => "NTM Planner",
        Msg::AppSubtitle => "Mô phỏng xây dựng nông thôn mới",
        Msg::LanguageName => "Tiếng Việt",
        Msg::SwitchToThisLanguage => "Chuyển sang tiếng Việt",
        Msg::IllustrativeNote => {
            "Bộ dữ liệu mặc định mang tính minh họa, không phải số liệu thống kê chính thức: \
             được hiệu chỉnh để khớp với các số liệu tổng hợp đã công bố."
        }
        Msg::IllustrativeMore => "Số liệu nào là thật?",
        Msg::EndOfYear => "Cuối năm",
        Msg::Median => "Trung vị",
        Msg::RangeP10P90 => "P10–P90",
        Msg::Default => "mặc định",
        Msg::DefaultIs => "mặc định: {value}",
        Msg::Changed => "đã đổi",
        Msg::ResetLever => "Về mặc định: {lever}",
        Msg::ResetToAbove => "Theo cấp trên: {lever}",
        Msg::ResetShort => "Về mặc định",
        Msg::Dismiss => "Đóng",
        Msg::FieldPastedCells => {
            "“{typed}” là nhiều ô: mỗi ô chỉ nhận một số (nhập hoặc dán từng ô một): giữ nguyên \
             {value}."
        }
        Msg::FieldNotANumber => {
            "“{typed}” không phải là một số viết kiểu Việt Nam (như 1.234,5): giữ nguyên {value}."
        }
        Msg::FieldEmpty => "Ô để trống: giữ nguyên {value}. Muốn đặt bằng 0 thì gõ 0.",
        Msg::FieldPending => "Nhấn Enter (hoặc Tab) để áp dụng; Esc để bỏ.",
        Msg::FieldClamped => "{typed} nằm ngoài khoảng {min}–{max}: giữ nguyên {value}.",
        Msg::FieldBelowMin => "{typed} nhỏ hơn mức tối thiểu {min}: giữ nguyên {value}.",
        Msg::FieldRounded => "{typed} đã được làm tròn thành {value}.",
        Msg::FieldCommaDecimal => {
            "“{typed}” được đọc là {value} (dấu phẩy là dấu thập phân). Một nghìn viết là 1.000."
        }
        // Only in English; in Vietnamese the dot groups thousands.
        Msg::FieldDotDecimal => "“{typed}” được đọc là {value}.",
        Msg::FieldPercentSign => {
            "“{typed}”: gõ số không kèm dấu % (đơn vị đã ghi cạnh ô): giữ nguyên {value}."
        }
        Msg::DatasetFailed => "Không tải được bộ dữ liệu mặc định.",
        Msg::FromData => "Nguồn: dữ liệu đầu vào",
        Msg::FromAssumption => "Nguồn: giả định (có thể thay đổi ở thẻ Giả định)",
        Msg::FromSimulation => "Nguồn: kết quả mô phỏng",
        Msg::FromLever => "Nguồn: đòn bẩy chính sách của kịch bản",
        Msg::UnitIs => "Đơn vị: {unit}",
        Msg::Loading => "Đang tải…",
        Msg::ChartVillagesHeading => "Xóm đạt chuẩn theo năm",
        Msg::ChartVillagesAria => {
            "Biểu đồ đường: số xóm đạt chuẩn cuối mỗi năm, trung vị và khoảng P10–P90. \
             Số liệu có trong bảng bên dưới."
        }
        Msg::ChartLegendMedian => "Trung vị",
        Msg::ChartLegendBand => "Khoảng P10–P90",
        Msg::AxisYear => "Năm",
        Msg::AxisVillages => "Số xóm",
        Msg::TableVillagesCaption => "Số xóm đạt chuẩn cuối mỗi năm",
        Msg::ScrollTable => "Bảng cuộn được: {name}",
    }
}

fn en(msg: Msg) -> &'static str {
    match msg {
        Msg::DocumentTitle => "NTM Planner — New Rural Development simulator",
        Msg::AppTitle => "NTM Planner",
        Msg::AppSubtitle => "New Rural Development simulator",
        Msg::LanguageName => "English",
        Msg::SwitchToThisLanguage => "Switch to English",
        Msg::IllustrativeNote => {
            "The default dataset is illustrative, not official statistics: it is calibrated \
             to published aggregates."
        }
        Msg::IllustrativeMore => "Which figures are real?",
        Msg::EndOfYear => "End of",
        Msg::Median => "Median",
        Msg::RangeP10P90 => "P10–P90",
        Msg::Default => "default",
        Msg::DefaultIs => "default: {value}",
        Msg::Changed => "changed",
        Msg::ResetLever => "Reset to default: {lever}",
        Msg::ResetToAbove => "Follow the level above: {lever}",
        Msg::ResetShort => "Reset",
        Msg::Dismiss => "Dismiss",
        Msg::FieldPastedCells => {
            "“{typed}” is several cells: each box takes one number (type or paste them one by \
             one): kept {value}."
        }
        Msg::FieldNotANumber => "“{typed}” is not a number written as 1,234.5: kept {value}.",
        Msg::FieldEmpty => "The box was left empty: kept {value}. Type 0 for zero.",
        Msg::FieldPending => "Press Enter (or Tab) to apply; Esc to cancel.",
        Msg::FieldClamped => "{typed} is outside {min}–{max}: kept {value}.",
        Msg::FieldBelowMin => "{typed} is below the minimum of {min}: kept {value}.",
        Msg::FieldRounded => "{typed} was rounded to {value}.",
        Msg::FieldCommaDecimal => {
            "“{typed}” was read as {value} (the comma marks decimals in Vietnamese). A thousand is 1.000."
        }
        Msg::FieldDotDecimal => {
            "“{typed}” was read as {value} (the dot marks decimals in English). A thousand is 1,000."
        }
        Msg::FieldPercentSign => {
            "“{typed}”: type the number without the % sign (the unit is beside the box): kept {value}."
        }
        Msg::DatasetFailed => "The default dataset could not be loaded.",
        Msg::FromData => "Source: input data",
        Msg::FromAssumption => "Source: an assumption (change it on the Assumptions tab)",
        Msg::FromSimulation => "Source: simulation result",
        Msg::FromLever => "Source: a policy lever of the scenario",
        Msg::UnitIs => "Unit: {unit}",
        Msg::Loading => "Loading…",
        Msg::ChartVillagesHeading => "Villages meeting the standard, by year",
        Msg::ChartVillagesAria => {
            "Line chart: villages meeting the standard at the end of each year, median and \
             P10–P90 range. The numbers are in the table below."
        }
        Msg::ChartLegendMedian => "Median",
        Msg::ChartLegendBand => "P10–P90 range",
        Msg::AxisYear => "Year",
        Msg::AxisVillages => "Villages",
        Msg::TableVillagesCaption => "Villages meeting the standard at the end of each year",
        Msg::ScrollTable => "Scrollable table: {name}",
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn titles_keep_their_diacritics() {
        assert_eq!(
            Lang::Vi.t(Msg::DocumentTitle),
            "NTM Planner — Mô phỏng xây dựng nông thôn mới"
        );
    }
}
