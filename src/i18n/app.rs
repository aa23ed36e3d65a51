//! The app's general messages (page frame, headline, budget lever, first chart, errors).

use super::Translate;

/// A user-visible message. Add a variant, and both `vi` and `en` must say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// `<title>` of the page.
    DocumentTitle,
    AppTitle,
    AppSubtitle,
    /// The name of this language, written in it: the toggle shows the *other* language's name.
    LanguageName,
    /// Accessible label of the toggle that switches *to* this language.
    SwitchToThisLanguage,
    IllustrativeNote,
    HeadlineHeading,
    HeadlineExplainer,
    Computing,
    VillagesStandard,
    CommunesRecognised,
    EndOfYear,
    Median,
    RangeP10P90,
    LeversHeading,
    BudgetScaleLabel,
    BudgetScaleHint,
    BudgetScaleDefaultMark,
    ResetToDefault,
    ChartVillagesHeading,
    ChartVillagesAria,
    ChartLegendMedian,
    ChartLegendBand,
    AxisYear,
    AxisVillages,
    TableVillagesCaption,
    LinkInvalid,
    Dismiss,
    DatasetFailed,
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
        Msg::AppSubtitle => "Mô phỏng xây dựng nông thôn mới — tỉnh Cao Bằng",
        Msg::LanguageName => "Tiếng Việt",
        Msg::SwitchToThisLanguage => "Chuyển sang tiếng Việt",
        Msg::IllustrativeNote => {
            "Bộ dữ liệu mặc định chỉ mang tính minh họa, không phải số liệu thống kê chính thức."
        }
        Msg::HeadlineHeading => "Kết quả chính",
        Msg::HeadlineExplainer => "Số lớn là trung vị các lần mô phỏng; khoảng P10–P90 ở dưới.",
        Msg::Computing => "Đang tính toán…",
        Msg::VillagesStandard => "Thôn, xóm đạt chuẩn",
        Msg::CommunesRecognised => "Xã đạt chuẩn NTM",
        Msg::EndOfYear => "Cuối năm",
        Msg::Median => "Trung vị",
        Msg::RangeP10P90 => "P10–P90",
        Msg::LeversHeading => "Điều chỉnh kịch bản",
        Msg::BudgetScaleLabel => "Ngân sách tỉnh (% so với kế hoạch)",
        Msg::BudgetScaleHint => "100% là kế hoạch mặc định; mọi khoản chi nhân theo tỷ lệ này.",
        Msg::BudgetScaleDefaultMark => "mặc định",
        Msg::ResetToDefault => "Về mặc định (100%)",
        Msg::ChartVillagesHeading => "Thôn, xóm đạt chuẩn theo năm",
        Msg::ChartVillagesAria => {
            "Biểu đồ đường: số thôn, xóm đạt chuẩn cuối mỗi năm, trung vị và khoảng P10–P90. \
             Số liệu có trong bảng bên dưới."
        }
        Msg::ChartLegendMedian => "Trung vị",
        Msg::ChartLegendBand => "Khoảng P10–P90",
        Msg::AxisYear => "Năm",
        Msg::AxisVillages => "Số thôn, xóm",
        Msg::TableVillagesCaption => "Số thôn, xóm đạt chuẩn cuối mỗi năm",
        Msg::LinkInvalid => "Liên kết không hợp lệ: đang hiển thị kịch bản mặc định.",
        Msg::Dismiss => "Đóng",
        Msg::DatasetFailed => "Không tải được bộ dữ liệu mặc định.",
    }
}

fn en(msg: Msg) -> &'static str {
    match msg {
        Msg::DocumentTitle => "NTM Planner — New Rural Development simulator",
        Msg::AppTitle => "NTM Planner",
        Msg::AppSubtitle => "New Rural Development simulator — Cao Bằng province",
        Msg::LanguageName => "English",
        Msg::SwitchToThisLanguage => "Switch to English",
        Msg::IllustrativeNote => "The default dataset is illustrative, not official statistics.",
        Msg::HeadlineHeading => "Headline results",
        Msg::HeadlineExplainer => "Large figure: median of the runs; P10–P90 range below.",
        Msg::Computing => "Computing…",
        Msg::VillagesStandard => "Villages at the standard",
        Msg::CommunesRecognised => "NTM communes",
        Msg::EndOfYear => "End of",
        Msg::Median => "Median",
        Msg::RangeP10P90 => "P10–P90",
        Msg::LeversHeading => "Adjust the scenario",
        Msg::BudgetScaleLabel => "Province budget (% of the plan)",
        Msg::BudgetScaleHint => "100% is the default plan; every budget line scales with it.",
        Msg::BudgetScaleDefaultMark => "default",
        Msg::ResetToDefault => "Reset to default (100%)",
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
        Msg::LinkInvalid => "Invalid link: showing the default scenario.",
        Msg::Dismiss => "Dismiss",
        Msg::DatasetFailed => "The default dataset could not be loaded.",
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn vietnamese_is_the_default_and_the_toggle_goes_both_ways() {
        assert_eq!(Lang::default(), Lang::Vi);
        assert_eq!(Lang::Vi.other(), Lang::En);
        assert_eq!(Lang::En.other().other(), Lang::En);
    }

    #[test]
    fn titles_keep_their_diacritics() {
        assert_eq!(
            Lang::Vi.t(Msg::DocumentTitle),
            "NTM Planner — Mô phỏng xây dựng nông thôn mới"
        );
        assert_eq!(Lang::Vi.end_of_year(2025), "Cuối năm 2025");
        assert_eq!(Lang::En.end_of_year(2020), "End of 2020");
    }

    #[test]
    fn numbers_follow_the_language() {
        let cases = [
            (Lang::Vi, 1234.5, 1, "1.234,5"),
            (Lang::En, 1234.5, 1, "1,234.5"),
            (Lang::Vi, 40.0, 0, "40"),
        ];
        for (lang, x, decimals, want) in cases {
            assert_eq!(lang.number(x, decimals), want, "{lang:?} {x}");
        }
    }
}
