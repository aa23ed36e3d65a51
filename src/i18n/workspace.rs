//! The workspace frame: the two panes, their tabs, the year picker, and the placeholders where
//! the charts, the criteria matrix and the commune detail go.

use super::Translate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WorkspaceMsg {
    ScenarioPane,
    /// The scenario pane's heading for screen readers (its tabs are not headings).
    ScenarioPaneHeading,
    ResultsPane,
    SkipToResults,
    TabLevers,
    TabAssumptions,
    TabCharts,
    TabCriteria,
    Year,
    DetailHeading,
    DetailClose,
    CommuneLeversHeading,
    Widen,
    WidenTip,
}

impl Translate for WorkspaceMsg {
    fn vi(self) -> &'static str {
        use WorkspaceMsg::*;
        match self {
            ScenarioPane => "Kịch bản",
            ScenarioPaneHeading => "Kịch bản: đòn bẩy chính sách và giả định",
            ResultsPane => "Kết quả",
            SkipToResults => "Bỏ qua tới kết quả",
            TabLevers => "Đòn bẩy chính sách",
            TabAssumptions => "Giả định",
            TabCharts => "Biểu đồ",
            TabCriteria => "Tiêu chí",
            Year => "Năm hiển thị",
            DetailHeading => "Chi tiết xã",
            DetailClose => "Đóng chi tiết xã",
            CommuneLeversHeading => "Đòn bẩy riêng của xã",
            Widen => "Mở rộng kết quả",
            WidenTip => "Ẩn phần đòn bẩy để kết quả (bảng tiêu chí đủ 19 cột, biểu đồ) chiếm cả chiều rộng màn hình, tiện khi trình chiếu; bấm lần nữa để hiện lại đòn bẩy.",
        }
    }

    fn en(self) -> &'static str {
        use WorkspaceMsg::*;
        match self {
            ScenarioPane => "Scenario",
            ScenarioPaneHeading => "Scenario: policy levers and assumptions",
            ResultsPane => "Results",
            SkipToResults => "Skip to the results",
            TabLevers => "Policy levers",
            TabAssumptions => "Assumptions",
            TabCharts => "Charts",
            TabCriteria => "Criteria",
            Year => "Year shown",
            DetailHeading => "Commune detail",
            DetailClose => "Close the commune detail",
            CommuneLeversHeading => "The commune's own levers",
            Widen => "Widen the results",
            WidenTip => "Hide the levers so that the results (the criteria table with all 19 columns, the charts) take the whole width of the screen, handy when presenting; press again to show the levers.",
        }
    }
}
