//! The workspace frame: the two panes, their tabs, the year picker, and the placeholders where
//! the charts, the criteria matrix and the commune detail go.

use super::Translate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WorkspaceMsg {
    ScenarioPane,
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
}

impl Translate for WorkspaceMsg {
    fn vi(self) -> &'static str {
        use WorkspaceMsg::*;
        match self {
            ScenarioPane => "Kịch bản",
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
        }
    }

    fn en(self) -> &'static str {
        use WorkspaceMsg::*;
        match self {
            ScenarioPane => "Scenario",
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
        }
    }
}
